"""`python -m appliance draft CASE_DIR`: draft a plan from a folder of advice, with no server."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from appliance.config import Settings

if TYPE_CHECKING:
    from appliance.llm.base import LLM


class ProgressLine:
    """One updating line on a terminal; plain lines when stderr is not a terminal."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, stage: str, fraction: float, message: str) -> None:
        line = f"[{time.monotonic() - self.started:5.1f}s] {fraction:4.0%} {stage}: {message}"
        if self.tty:
            sys.stderr.write("\r" + line.ljust(90)[:120])
            sys.stderr.flush()
        elif message != self.last:
            print(line, file=sys.stderr)
        self.last = message

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


class FolderResult(Protocol):
    @property
    def unreadable(self) -> tuple[tuple[str, str], ...]: ...


R = TypeVar("R", bound=FolderResult)


def run_on_folder(
    args: argparse.Namespace, settings: Settings, run: Callable[[Path, Settings, LLM | None, ProgressLine], R]
) -> R | None:
    """`run` on the command's case folder with a progress line and the model (unless --no-model);
    each file that could not be read is reported. None when the folder is not one."""
    from appliance.llm import load_llm

    folder = Path(args.case_dir)
    if not folder.is_dir():
        print(f"{folder} is not a folder", file=sys.stderr)
        return None
    progress = ProgressLine()
    result = run(folder, settings, None if args.no_model else load_llm(settings), progress)
    progress.done()
    for name, why in result.unreadable:
        print(f"{name}: {why}", file=sys.stderr)
    return result


def cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.cases.folder import draft_folder
    from appliance.export import docx_export, json_export

    result = run_on_folder(args, settings, draft_folder)
    if result is None:
        return 2
    draft = result.draft
    data = json_export.to_json(draft)
    Path(args.out).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.docx:
        Path(args.docx).write_bytes(docx_export.family_copy(draft, settings.docx_template))
    if args.caseworker_docx:
        Path(args.caseworker_docx).write_bytes(docx_export.caseworker_copy(draft, settings.docx_template))
    stats = draft.stats
    failed = len(result.unreadable)
    print(
        f"Drafted {stats['statements']} statements from {result.documents} documents "
        f"({stats['written_by_model']} written by the model), {len(draft.flags)} QA flags"
        + (f"; {failed} file(s) could not be read" if failed else ""),
        file=sys.stderr,
    )
    return 0
