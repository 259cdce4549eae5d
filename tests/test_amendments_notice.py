"""The amendment notice: the existing plan with real Word tracked changes. Every change is a
`w:ins` / `w:del` revision; accepting them all gives the proposed plan, rejecting them all gives
the current plan; LibreOffice opens and converts it; the schedule gives reason and evidence."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from appliance.amendments.contract import Proposal
from appliance.amendments.schedule import changes, plan_paragraph, schedule
from appliance.cases.review_folder import review_folder
from appliance.config import Settings
from appliance.drafting.plan import SECTIONS
from appliance.export import notice_docx
from tests import review_builders as rb

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def proposal(tmp_path_factory: pytest.TempPathFactory) -> Proposal:
    tmp = tmp_path_factory.mktemp("notice")
    folder = rb.write_case(tmp / "case")
    return review_folder(folder, Settings(data_dir=tmp / "data", store_key=None, llm_base_url=None), None).proposal


@pytest.fixture(scope="module")
def notice(proposal: Proposal) -> bytes:
    return notice_docx.render(proposal)


def _body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _views(body: etree._Element) -> list[tuple[str | None, str | None, set[str]]]:
    """Each paragraph as (its text with every revision accepted, with every one rejected, the kinds
    of revision in it); None where accepting or rejecting removes the paragraph itself."""
    out = []
    for p in body.iter(f"{W}p"):
        mark = p.find(f"{W}pPr/{W}rPr/*")
        texts = {}
        for accept in (True, False):
            kept = []
            for run in p.iter(f"{W}r"):
                parent = run.getparent()
                if parent is not None and parent.tag in (f"{W}ins", f"{W}del") and (parent.tag == f"{W}ins") != accept:
                    continue
                kept += [t.text or "" for t in run if t.tag in (f"{W}t", f"{W}delText")]
            gone = mark is not None and (mark.tag == f"{W}ins") != accept
            texts[accept] = None if gone else " ".join("".join(kept).split())
        kinds = {el.tag.removeprefix(W) for el in p.iter(f"{W}ins", f"{W}del")}
        out.append((texts[True], texts[False], kinds))
    return out


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def test_every_change_is_a_tracked_revision(proposal: Proposal, notice: bytes) -> None:
    body = _body(notice)
    views = _views(body)
    found = changes(proposal)
    assert {i.change for i in found} == {"added", "modified", "removed"}
    for item in found:
        new, old = _norm(item.new), _norm(item.old)
        if item.change == "added":
            assert (new, None, {"ins"}) in views, item
        elif item.change == "removed":
            assert (None, old, {"del"}) in views, item
        else:
            assert any(v[:2] == (new, old) and v[2] for v in views), item
    marks = [*body.iter(f"{W}ins"), *body.iter(f"{W}del")]
    assert all(el.get(f"{W}author") and el.get(f"{W}date") for el in marks)
    assert len({el.get(f"{W}id") for el in marks}) == len(marks)


def test_accepting_gives_the_proposed_plan_and_rejecting_the_current_one(proposal: Proposal, notice: bytes) -> None:
    views = _views(_body(notice))
    accepted = [v[0] for v in views if v[0] is not None]
    rejected = [v[1] for v in views if v[1] is not None]
    proposed = [plan_paragraph(sec, s) for sec in SECTIONS for s in proposal.draft.sections[sec]]
    current = [plan_paragraph(sec, s) for sec, s in proposal.amendment.current.statements()]
    assert _subsequence(proposed, accepted)
    assert _subsequence(current, rejected)
    assert not _subsequence(current, accepted) and not _subsequence(proposed, rejected)


def _subsequence(wanted: list[str], paragraphs: list[str]) -> bool:
    it = iter(paragraphs)
    return all(any(" ".join(w.split()) == p for p in it) for w in wanted)


def test_the_schedule_gives_reason_and_evidence(proposal: Proposal, notice: bytes) -> None:
    doc = Document(io.BytesIO(notice))
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    table = next(t for t in tables if t[0] == ["Section", "Current plan", "Proposed", "Reason", "Evidence"])
    assert len(table) - 1 == len(changes(proposal))
    fluency = next(row for row in table if row[1].startswith("Fluency therapy"))
    assert "reduced from weekly" in fluency[4] and "SLT review letter" in fluency[4]
    outcomes = next(t for t in tables if t[0][0] == "Outcome")
    assert [row[3] for row in outcomes[1:]] == ["remove", "keep", "keep"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Mr Varga does not agree" in text and "15 days" in text
    assert len(schedule(proposal)) > len(changes(proposal))


def test_libreoffice_converts_the_notice(notice: bytes, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    (tmp_path / "notice.docx").write_bytes(notice)
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    result = subprocess.run(
        [
            soffice,
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "notice.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pdf = (tmp_path / "notice.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
