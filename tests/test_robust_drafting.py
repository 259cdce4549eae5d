"""No input fails a draft: passages of thousands of characters, tables of hundreds of rows and
documents with no headings at all are drafted, by the CLI's folder drafting and the web app's
draft job alike; a model that fails on a statement leaves that statement's extract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appliance.case import CaseDetails
from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.cases.folder import draft_folder
from appliance.config import Settings
from appliance.documents import AdviceDocument
from appliance.drafting.plan import SECTIONS
from appliance.errors import ModelError
from appliance.export.json_export import validation_errors
from appliance.llm.base import LLM, Completion, ModelInfo
from appliance.llm.fake import FakeLLM
from tests.builders import advice_document, docx_bytes
from tests.conftest import csrf_of, sign_in_as, upload, wait_for_job

LONG = " ".join(
    f"In lesson {n} Zara finds it hard to follow spoken instructions of more than two steps and needs them "
    "repeated by an adult before she can start."
    for n in range(1, 50)
)  # about 6,000 characters in one paragraph
ROWS = [["Provision", "Frequency", "Staff"]] + [
    [f"Precision teaching of sight words, set {n}", "Daily, 10 minutes", "Teaching assistant"] for n in range(200)
]
NO_HEADINGS = [
    "Zara is eight and lives with her mother and her brother.",
    "She finds reading hard and reads at the level of a six-year-old.",
    "Zara should have a structured reading programme for 20 minutes three times a week with a teaching assistant.",
]


def _case_folder(tmp_path: Path) -> Path:
    docs = tmp_path / "case" / "documents"
    docs.mkdir(parents=True)
    (docs / "Long paragraph.docx").write_bytes(docx_bytes([("h", "Needs"), LONG]))
    (docs / "Provision map.docx").write_bytes(docx_bytes([("h", "Provision map"), ROWS]))
    (docs / "No headings.docx").write_bytes(docx_bytes(NO_HEADINGS))
    (tmp_path / "case" / "case.json").write_text('{"child_name": "Zara Quinn", "year_group": 3}', encoding="utf-8")
    return tmp_path / "case"


class BrokenModel:
    """A model whose every call fails, as a council server might mid-draft."""

    info = ModelInfo(name="broken", backend="test", rewrite="all")

    def complete(self, messages: list[dict[str, str]], **_: object) -> Completion:
        raise ModelError("The reply schema could not be turned into a grammar.")


@pytest.fixture(scope="module")
def drafted_documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[CaseDetails, list[AdviceDocument]]:
    """The folder drafted once through the CLI's path; its documents reused with other models."""
    tmp = tmp_path_factory.mktemp("robust")
    result = draft_folder(_case_folder(tmp), Settings(data_dir=tmp / "data"), None)
    assert result.unreadable == ()
    docs = [
        advice_document(f"D{n}", p.name, p.read_bytes())
        for n, p in enumerate(sorted((tmp / "case" / "documents").iterdir()), 1)
    ]
    return result.draft.case, docs


@pytest.mark.slow
@pytest.mark.parametrize("llm", [None, FakeLLM(lambda m: {"text": "Zara will.", "cites": ["P1"]}), BrokenModel()])
def test_long_passages_large_tables_and_no_headings_are_drafted(
    drafted_documents: tuple[CaseDetails, list[AdviceDocument]], llm: LLM | None
) -> None:
    case, docs = drafted_documents
    draft = draft_and_check(case, docs, llm, DraftOptions(rewrite="all"))
    assert list(draft.sections) == list(SECTIONS) and validation_errors(draft.to_json()) == []
    assert len(draft.sections["F"]) >= 200  # every row of the provision map
    assert any("reads at the level of a six-year-old" in s.text for s in draft.sections["B"])
    assert all(s.origin == "extract" for _, s in draft.statements())  # nothing the model wrote survived


@pytest.mark.slow
def test_the_web_app_drafts_the_same_documents(app_client: TestClient, tmp_path: Path) -> None:
    sign_in_as(app_client, "caseworker")
    token = csrf_of(app_client.get("/cases/new").text)
    created = app_client.post(
        "/cases",
        data={
            "csrf_token": token,
            "child_name": "Zara Quinn",
            "date_of_birth": "2016-03-03",
            "year_group": "3",
            "request_date": "2025-01-15",
            "lawful_basis": "Public task",
            "family_informed_on": "2025-01-10",
        },
        follow_redirects=False,
    )
    case_url = created.headers["location"]
    folder = _case_folder(tmp_path) / "documents"
    files = [("files", (p.name, p.read_bytes())) for p in sorted(folder.iterdir())]
    assert all(r["ok"] for r in upload(app_client, case_url, token, files))
    started = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    job = wait_for_job(app_client, started.headers["location"], seconds=120)
    assert job["status"] == "done", job


@pytest.mark.model
def test_the_real_model_never_fails_a_draft_on_a_long_passage(tmp_path: Path) -> None:
    from appliance.llm import load_llm

    settings = Settings(data_dir=tmp_path / "data")
    docs = tmp_path / "case" / "documents"
    docs.mkdir(parents=True)
    long_provision = "I recommend that " + LONG.replace("finds it hard", "should have help") + " every day."
    (docs / "OT report.docx").write_bytes(docx_bytes([("h", "Recommendations"), long_provision]))
    llm = load_llm(settings)
    result = draft_folder(tmp_path / "case", settings, llm)
    assert result.draft.sections["F"] and validation_errors(result.draft.to_json()) == []
