"""The small markup that fixture document bodies are written in.

    # Heading (## and ### for lower levels)
    A paragraph; continuation lines are joined with a space.

    > A line kept as its own paragraph (address blocks, signatures)
    - A bullet item
    | cell | cell |        table rows; a `|---|` line after the first row makes it a header row
    @include block-name    the text of fixture_specs/blocks/block-name.md
    @pagebreak

`{{name}}` placeholders are replaced from the document's variables before parsing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
SEPARATOR_ROW = re.compile(r"^\|\s*:?-{3,}")


@dataclass
class Block:
    kind: str  # heading | para | bullet | table | pagebreak
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    header_row: bool = False


def substitute(text: str, variables: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise KeyError(f"no value for placeholder {{{{{name}}}}}")
        return variables[name]

    return PLACEHOLDER.sub(replace, text)


def parse(source: str, variables: Mapping[str, str], include: Callable[[str], str]) -> list[Block]:
    blocks: list[Block] = []
    open_block: Block | None = None  # a paragraph or bullet that may continue on the next line
    for raw in substitute(source, variables).splitlines():
        line = raw.strip()
        if not line:
            open_block = None
            continue
        if line.startswith("@include "):
            blocks.extend(parse(include(line.split(None, 1)[1].strip()), variables, include))
            open_block = None
        elif line == "@pagebreak":
            blocks.append(Block("pagebreak"))
            open_block = None
        elif line.startswith("#"):
            marks = len(line) - len(line.lstrip("#"))
            blocks.append(Block("heading", line[marks:].strip(), level=marks))
            open_block = None
        elif line.startswith("|"):
            _add_table_row(blocks, line)
            open_block = None
        elif line.startswith("- "):
            open_block = Block("bullet", line[2:].strip())
            blocks.append(open_block)
        elif line.startswith("> "):
            blocks.append(Block("para", line[2:].strip()))
            open_block = None
        elif open_block is not None:
            open_block.text += " " + line
        else:
            open_block = Block("para", line)
            blocks.append(open_block)
    return blocks


def _add_table_row(blocks: list[Block], line: str) -> None:
    table = blocks[-1] if blocks and blocks[-1].kind == "table" else None
    if SEPARATOR_ROW.match(line):
        if table is None or len(table.rows) != 1:
            raise ValueError(f"header separator must follow a table's first row: {line!r}")
        table.header_row = True
        return
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if table is None:
        table = Block("table")
        blocks.append(table)
    elif len(cells) != len(table.rows[0]):
        raise ValueError(f"row has {len(cells)} cells, table has {len(table.rows[0])}: {line!r}")
    table.rows.append(cells)


def text_lines(blocks: list[Block], bullet_prefix: str = "") -> list[str]:
    """One entry per paragraph, heading, bullet or table row, in document order."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "table":
            lines.extend(" | ".join(row) for row in block.rows)
        elif block.kind == "bullet":
            lines.append(bullet_prefix + block.text)
        elif block.kind != "pagebreak":
            lines.append(block.text)
    return lines


def render_text(blocks: list[Block], header: str = "", footer: str = "", bullet_prefix: str = "") -> str:
    """The plain text of a document: paragraphs and table rows separated by blank lines."""
    parts = [header] if header else []
    parts += text_lines(blocks, bullet_prefix)
    if footer:
        parts.append(footer)
    return "\n\n".join(parts) + "\n"
