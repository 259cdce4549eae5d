"""`python -m appliance draft` with the real embedded model, including with no network at all."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from appliance.drafting.plan import SECTIONS
from appliance.export.json_export import validation_errors
from tests.builders import (
    CHILD,
    EP_REPORT,
    PAEDIATRIC_LETTER,
    PARENT_VIEWS,
    SCHOOL_ADVICE,
    docx_bytes,
    pdf_bytes,
)

ROOT = Path(__file__).resolve().parent.parent


def _case_dir(tmp_path: Path) -> Path:
    docs = tmp_path / "case" / "documents"
    docs.mkdir(parents=True)
    (docs / "EP report.docx").write_bytes(docx_bytes(EP_REPORT))
    (docs / "School advice.docx").write_bytes(docx_bytes(SCHOOL_ADVICE))
    (docs / "Paediatric letter.pdf").write_bytes(pdf_bytes(PAEDIATRIC_LETTER))
    (docs / "Parent views.docx").write_bytes(docx_bytes(PARENT_VIEWS))
    (docs.parent / "case.json").write_text(
        json.dumps({"child_name": CHILD, "year_group": 3, "request_date": "2025-01-15"})
    )
    return docs.parent


def _run(cmd: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "EHCP_DATA_DIR": str(tmp_path / "data"),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def _check_outputs(out: Path, docx: Path, tmp_path: Path) -> None:
    data = json.loads(out.read_text())
    assert validation_errors(data) == []
    assert list(data["sections"]) == list(SECTIONS)
    assert data["model"]["name"] == "smollm2-135m"
    assert data["sections"]["F"] and all(s["citations"] for sec in data["sections"].values() for s in sec)
    headings = [p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs if p.style.name == "Heading 1"]
    assert [h.split(":")[0] for h in headings[: len(SECTIONS)]] == [f"Section {s}" for s in SECTIONS]
    assert not any((tmp_path / "tmp").iterdir()), "the CLI left files in the temp folder"
    assert not (tmp_path / "data").exists(), "the CLI created a store on disk"


@pytest.mark.model
def test_cli_drafts_a_case_with_the_embedded_model(tmp_path: Path) -> None:
    out, docx, caseworker = tmp_path / "draft.json", tmp_path / "draft.docx", tmp_path / "caseworker.docx"
    command = [sys.executable, "-m", "appliance", "draft", str(_case_dir(tmp_path)), "--out", str(out)]
    result = _run([*command, "--docx", str(docx), "--caseworker-docx", str(caseworker)], tmp_path)
    assert result.returncode == 0, result.stderr
    _check_outputs(out, docx, tmp_path)
    assert "Drafted" in result.stderr
    family_text = "\n".join(p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs)
    caseworker_text = "\n".join(p.text for p in Document(io.BytesIO(caseworker.read_bytes())).paragraphs)
    assert "Quality-assurance record" in caseworker_text and "Quality-assurance record" not in family_text


@pytest.mark.model
@pytest.mark.netns
def test_cli_drafts_with_networking_cut_off(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode:
        pytest.skip("unshare -n is not permitted here")
    out, docx = tmp_path / "draft.json", tmp_path / "draft.docx"
    result = _run(
        [
            unshare,
            "-n",
            sys.executable,
            "-m",
            "appliance",
            "draft",
            str(_case_dir(tmp_path)),
            "--out",
            str(out),
            "--docx",
            str(docx),
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "blocked an outbound connection" not in result.stderr
    _check_outputs(out, docx, tmp_path)
