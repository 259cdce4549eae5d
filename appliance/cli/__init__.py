"""`python -m appliance ...`: draft a case folder and the IT/DPO commands (`python -m server` adds
`serve`, the web app)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from appliance.cli import admin as cli_admin
from appliance.cli import draft, review
from appliance.config import Settings
from appliance.errors import ApplianceError
from appliance.safeguards import offline

Command = Callable[[argparse.Namespace, Settings], int]
AddCommands = Callable[[Any], None]  # given the parser's subparsers; adds commands to them


def build_parser(extra: AddCommands | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m appliance", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draft", help="draft a plan from a folder of advice documents")
    d.add_argument("case_dir", help="folder with documents/ (or the documents themselves) and case.json")
    d.add_argument("--out", required=True, help="where to write the draft JSON (ehcp-draft/1)")
    d.add_argument("--docx", help="also write the family copy of the plan as a Word document")
    d.add_argument("--caseworker-docx", help="also write the caseworker copy (citations and QA report) in Word")
    d.add_argument("--no-model", action="store_true", help="faithful extracts only, no model rewriting")
    d.set_defaults(func=draft.cmd_draft)
    review.add_command(sub)
    cli_admin.add_commands(sub)
    if extra is not None:
        extra(sub)
    return parser


def _report_blocked(target: str) -> None:
    print(f"blocked an outbound connection to {target}", file=sys.stderr)


def main(argv: list[str] | None = None, *, extra: AddCommands | None = None) -> int:
    """Run one command. `extra` adds commands from outside the core (the web app's `serve`)."""
    os.umask(0o077)  # the store, key, backups and exports are created readable by their owner only
    offline.apply_library_opt_outs()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser(extra).parse_args(argv)
    settings = Settings()
    offline.install_network_guard(settings.allowed_networks, on_attempt=_report_blocked)
    func: Command = args.func
    try:
        return func(args, settings)
    except ApplianceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
