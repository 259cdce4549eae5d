"""What changed between two versions of a plan, statement by statement, with word-level text diffs."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from appliance.drafting.plan import SECTIONS, Draft, Statement

COMPARED_FIELDS = ("frequency", "duration", "group_size", "delivered_by", "timeframe", "area", "who", "meets")
TOKEN_RE = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class TextOp:
    op: str  # same | added | removed
    text: str


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class StatementChange:
    section: str
    statement_id: str
    kind: str  # added | removed | changed
    old_text: str | None
    new_text: str | None
    text: tuple[TextOp, ...]
    fields: tuple[FieldChange, ...] = ()
    citations_changed: bool = False


def text_ops(old: str, new: str) -> tuple[TextOp, ...]:
    a, b = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    ops: list[TextOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(TextOp("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(TextOp("removed", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(TextOp("added", "".join(b[j1:j2])))
    return tuple(ops)


def _value(stmt: Statement, name: str) -> str | None:
    value = getattr(stmt, name)
    if isinstance(value, tuple):
        return ", ".join(value) or None
    return value  # type: ignore[no-any-return]


def _changed(section: str, old: Statement, new: Statement) -> StatementChange | None:
    fields = tuple(
        FieldChange(n, _value(old, n), _value(new, n)) for n in COMPARED_FIELDS if _value(old, n) != _value(new, n)
    )
    cites = old.citations != new.citations
    if old.text == new.text and not fields and not cites:
        return None
    return StatementChange(section, new.id, "changed", old.text, new.text, text_ops(old.text, new.text), fields, cites)


def diff(old: Draft, new: Draft) -> list[StatementChange]:
    """Changes in plan order: the new version's order, with removed statements where they stood."""
    before = {s.id: (sec, s) for sec, s in old.statements()}
    after = {s.id: (sec, s) for sec, s in new.statements()}
    changes: list[StatementChange] = []
    for sec, stmt in old.statements():
        if stmt.id not in after:
            changes.append(StatementChange(sec, stmt.id, "removed", stmt.text, None, (TextOp("removed", stmt.text),)))
    for sec, stmt in new.statements():
        if stmt.id not in before:
            changes.append(StatementChange(sec, stmt.id, "added", None, stmt.text, (TextOp("added", stmt.text),)))
        elif (change := _changed(sec, before[stmt.id][1], stmt)) is not None:
            changes.append(change)
    return sorted(changes, key=_position)


def _position(change: StatementChange) -> tuple[int, int, str]:
    number = change.statement_id.rsplit("-", 1)[-1]
    index = SECTIONS.index(change.section) if change.section in SECTIONS else len(SECTIONS)
    return index, int(number) if number.isdigit() else 0, change.statement_id
