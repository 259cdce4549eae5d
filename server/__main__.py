"""`python -m server`: serve the web app (`make run`). The appliance's own commands
(`python -m appliance ...`) work here too: `python -m server draft ...`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from appliance import cli
from appliance.config import Settings
from server.main import serve


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    return serve(settings)


def add_serve(sub: Any) -> None:
    sub.add_parser("serve", help="serve the web app").set_defaults(func=_serve)


if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:] or ["serve"], extra=add_serve))
