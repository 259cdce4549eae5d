"""`python -m appliance review CASE_DIR --out amended.json --docx notice.docx`: the proposal and the
tracked-changes notice from a review folder, leaving nothing behind, with the embedded model and
with networking cut off."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from appliance.export.json_export import validation_errors
from tests import review_builders as rb
from tests.test_cli import _run


def _check(out: Path, docx: Path, tmp_path: Path, model: str | None) -> None:
    data = json.loads(out.read_text())
    assert validation_errors(data) == []
    assert data["review"]["deadlines"]["decision_and_notice"] == "2026-04-02"
    assert {s["previous_id"] for s in data["sections"]["F"] if s["change"] == "modified"} == {"cur-F-1"}
    assert data["model"].get("name") == model
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode()
    assert "<w:ins " in xml and "<w:del " in xml
    assert not any((tmp_path / "tmp").iterdir()), "the CLI left files in the temp folder"
    assert not (tmp_path / "data").exists(), "the CLI created a store on disk"


def test_cli_proposes_the_amendments_of_a_review_folder(tmp_path: Path) -> None:
    folder = rb.write_case(tmp_path / "case", "pdf")
    out, docx = tmp_path / "amended.json", tmp_path / "notice.docx"
    cmd = [sys.executable, "-m", "appliance", "review", str(folder), "--out", str(out), "--docx", str(docx)]
    result = _run([*cmd, "--no-model"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Proposed 3 changed" in result.stderr
    _check(out, docx, tmp_path, None)


def test_cli_explains_a_folder_without_review_json(tmp_path: Path) -> None:
    folder = rb.write_case(tmp_path / "case")
    (folder / "review.json").unlink()
    result = _run(
        [sys.executable, "-m", "appliance", "review", str(folder), "--out", str(tmp_path / "x.json")], tmp_path
    )
    assert result.returncode == 1 and "review.json" in result.stderr
    assert not (tmp_path / "x.json").exists()


@pytest.mark.model
@pytest.mark.netns
def test_cli_reviews_with_the_embedded_model_and_networking_cut_off(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode:
        pytest.skip("unshare -n is not permitted here")
    folder = rb.write_case(tmp_path / "case", "tables")
    out, docx = tmp_path / "amended.json", tmp_path / "notice.docx"
    cmd = [unshare, "-n", sys.executable, "-m", "appliance", "review", str(folder), "--out", str(out), "--docx"]
    result = _run([*cmd, str(docx)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "blocked an outbound connection" not in result.stderr
    _check(out, docx, tmp_path, "smollm2-135m")
