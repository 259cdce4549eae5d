"""`make check`'s dependency audit: reports every finding and fails on high, critical or unrated
ones (the policy in scripts/audit_deps.py), tested on canned pip-audit output."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_deps.py"
SEVERITIES = {"GHSA-high": "HIGH", "GHSA-low": "LOW", "PYSEC-mod": "MODERATE"}


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_deps"] = module
    spec.loader.exec_module(module)
    return module


def _report(*vulns: dict[str, object]) -> dict[str, object]:
    return {
        "dependencies": [
            {"name": "somelib", "version": "1.0", "vulns": list(vulns)},
            {"name": "other", "version": "2.0", "vulns": []},
        ]
    }


def _vuln(vuln_id: str, *aliases: str) -> dict[str, object]:
    return {"id": vuln_id, "aliases": list(aliases), "fix_versions": ["1.1"]}


def test_high_fails_low_is_reported() -> None:
    audit = _module()
    lines, failing, _ = audit.assess(_report(_vuln("PYSEC-1", "GHSA-high"), _vuln("GHSA-low")), SEVERITIES.get, set())
    assert len(lines) == 2 and len(failing) == 1 and "HIGH" in failing[0] and "fixed in 1.1" in failing[0]


def test_unrated_findings_fail_and_accepted_ones_do_not() -> None:
    audit = _module()
    _, failing, _ = audit.assess(_report(_vuln("PYSEC-9")), SEVERITIES.get, set())
    assert failing and "UNKNOWN" in failing[0]
    lines, failing, _ = audit.assess(_report(_vuln("PYSEC-9", "CVE-1")), SEVERITIES.get, {"CVE-1"})
    assert not failing and lines[0].startswith("[accepted]")


def test_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audit = _module()
    monkeypatch.setattr(audit, "osv_severity", SEVERITIES.get)
    monkeypatch.setattr(audit, "ACCEPTED", tmp_path / "none.txt")
    bad, good, blind = tmp_path / "bad.json", tmp_path / "good.json", tmp_path / "blind.json"
    bad.write_text(json.dumps(_report(_vuln("GHSA-high"))))
    good.write_text(json.dumps(_report(_vuln("GHSA-low"))))
    blind.write_text(json.dumps({"dependencies": [{"name": "x", "version": "1", "skip_reason": "offline"}]}))
    assert audit.main(["--json", str(bad)]) == 1
    assert audit.main(["--json", str(good)]) == 0
    assert audit.main(["--json", str(blind)]) == 0
    monkeypatch.setenv("STRICT_AUDIT", "1")
    assert audit.main(["--json", str(blind)]) == 1
