"""Audit the installed dependencies for known vulnerabilities (`make check`).

Runs pip-audit, prints every finding with its severity (looked up in OSV by the finding's id or
its GHSA alias), and exits 1 when any finding is HIGH or CRITICAL, or of unknown severity (an
unknown is treated as high). A finding the project has judged not to apply can be accepted in
scripts/pip-audit-accepted.txt: one id per line, then `#` and why. When the vulnerability
services cannot be reached (an offline build box) it says so loudly and exits 0; set
STRICT_AUDIT=1 to make that a failure too.

    python scripts/audit_deps.py [--json FILE]   # FILE: pip-audit's JSON, instead of running it
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ACCEPTED = Path(__file__).with_name("pip-audit-accepted.txt")
OSV = "https://api.osv.dev/v1/vulns/"
FAILING = {"HIGH", "CRITICAL", "UNKNOWN"}

Lookup = Callable[[str], str | None]


def run_pip_audit() -> dict[str, Any]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip_audit",
            "--skip-editable",
            "--progress-spinner",
            "off",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.stderr.strip():
        print(result.stderr.strip(), file=sys.stderr)
    try:
        return json.loads(result.stdout or "{}")  # type: ignore[no-any-return]
    except json.JSONDecodeError:
        return {"dependencies": [], "error": result.stdout[-500:]}


def osv_severity(vuln_id: str) -> str | None:
    """The severity OSV gives (GitHub advisories carry LOW / MODERATE / HIGH / CRITICAL)."""
    try:
        with urllib.request.urlopen(OSV + vuln_id, timeout=10) as reply:
            data = json.load(reply)
    except (OSError, ValueError):
        return None
    severity = (data.get("database_specific") or {}).get("severity")
    return str(severity).upper() if severity else None


def severity(vuln: dict[str, Any], lookup: Lookup) -> str:
    for vuln_id in [vuln["id"], *sorted(vuln.get("aliases", []), key=lambda a: not a.startswith("GHSA"))]:
        found = lookup(vuln_id)
        if found:
            return found
    return "UNKNOWN"


def accepted_ids(path: Path = ACCEPTED) -> set[str]:
    if not path.exists():
        return set()
    return {line.split("#")[0].strip() for line in path.read_text().splitlines() if line.split("#")[0].strip()}


def assess(report: dict[str, Any], lookup: Lookup, accepted: set[str]) -> tuple[list[str], list[str], int]:
    """Lines to print, the failing findings, and how many dependencies could not be audited."""
    lines, failing, skipped = [], [], 0
    for dep in report.get("dependencies", []):
        if dep.get("skip_reason"):
            skipped += 1
            continue
        for vuln in dep.get("vulns", []):
            level = severity(vuln, lookup)
            ids = {vuln["id"], *vuln.get("aliases", [])}
            status = "accepted" if ids & accepted else ("FAIL" if level in FAILING else "report")
            fix = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
            line = f"[{status}] {dep['name']} {dep['version']}: {vuln['id']} ({level}); fixed in {fix}"
            lines.append(line)
            if status == "FAIL":
                failing.append(line)
    return lines, failing, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="pip-audit JSON output to assess instead of running pip-audit")
    args = parser.parse_args(argv)
    report = json.loads(Path(args.json).read_text()) if args.json else run_pip_audit()
    lines, failing, skipped = assess(report, osv_severity, accepted_ids())
    print("\n".join(lines) or "pip-audit: no known vulnerabilities in the audited dependencies")
    total = len(report.get("dependencies", []))
    if total == 0 or skipped == total:
        print(
            "pip-audit: WARNING: NOTHING WAS AUDITED (no access to the vulnerability services?)",
            file=sys.stderr,
        )
        return 1 if os.environ.get("STRICT_AUDIT") == "1" else 0
    if skipped:
        print(f"pip-audit: {skipped} of {total} dependencies could not be audited", file=sys.stderr)
    if failing:
        print(f"pip-audit: {len(failing)} high, critical or unrated finding(s); see above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
