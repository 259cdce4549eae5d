"""`python -m appliance review CASE_DIR --out amended.json [--docx notice.docx]`: propose the
amendments of an annual review from a folder (contracts/amendments.md), with no server."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from appliance.cli.draft import run_on_folder
from appliance.config import Settings


def add_command(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    r = sub.add_parser("review", help="propose the amendments of an annual review from a review case folder")
    r.add_argument("case_dir", help="folder with case.json, review.json, plan/ (the current plan) and documents/")
    r.add_argument("--out", required=True, help="where to write the proposal JSON (ehcp-draft/1 with amendments)")
    r.add_argument("--docx", help="also write the amendment notice: the plan with tracked changes (.docx)")
    r.add_argument("--no-model", action="store_true", help="faithful extracts only, no model rewriting")
    r.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.cases.review_folder import review_folder
    from appliance.export import notice_docx

    result = run_on_folder(args, settings, review_folder)
    if result is None:
        return 2
    proposal = result.proposal
    Path(args.out).write_text(json.dumps(proposal.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    if args.docx:
        Path(args.docx).write_bytes(notice_docx.render(proposal))
    counts = proposal.draft.stats.get("changes", {})
    print(
        f"Proposed {counts.get('modified', 0)} changed and {counts.get('added', 0)} new statements, "
        f"{len(proposal.amendment.removed)} removed, from {result.documents} documents; "
        f"{len(proposal.draft.flags)} QA flags",
        file=sys.stderr,
    )
    return 0
