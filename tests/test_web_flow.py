"""The issue-2 journey through the web app with TestClient: sign in, create a case, upload
several documents, draft, see every section labelled with citations, download .docx and JSON."""

from __future__ import annotations

import html
import io
import re

from docx import Document
from fastapi.testclient import TestClient

from appliance.drafting.plan import SECTIONS
from appliance.export.json_export import validation_errors
from tests.builders import CHILD, EP_REPORT, PAEDIATRIC_LETTER, SCHOOL_ADVICE, docx_bytes, pdf_bytes
from tests.conftest import csrf_of, sign_in_as, upload, wait_for_job


def test_caseworker_journey(app_client: TestClient) -> None:
    sign_in_as(app_client, "caseworker")
    token = csrf_of(app_client.get("/cases/new").text)
    created = app_client.post(
        "/cases",
        data={
            "csrf_token": token,
            "child_name": CHILD,
            "date_of_birth": "2016-03-03",
            "year_group": "3",
            "request_date": "2025-01-15",
            "lawful_basis": "Public task",
            "family_informed_on": "2025-01-10",
        },
        follow_redirects=False,
    )
    assert created.status_code == 303
    case_url = created.headers["location"]
    files = [
        ("files", ("EP report.docx", docx_bytes(EP_REPORT))),
        ("files", ("Paediatric letter.pdf", pdf_bytes(PAEDIATRIC_LETTER))),
        ("files", ("School advice.docx", docx_bytes(SCHOOL_ADVICE))),
        ("files", ("Parent views.txt", b"Parent views\n\nWe hope Zara will make a good friend this year.\n")),
        ("files", ("broken.pdf", b"%PDF-1.4 this is not really a pdf")),
    ]
    results = {r["filename"]: r for r in upload(app_client, case_url, token, files)}
    assert [name for name, r in results.items() if r["ok"]] == [f[1][0] for f in files[:4]]
    assert results["broken.pdf"]["message"].startswith("This PDF")
    started = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    job = wait_for_job(app_client, started.headers["location"])
    assert job["status"] == "done" and job["version"] == 1
    draft_page = app_client.get(f"{case_url}/draft").text
    for sec in SECTIONS:
        assert f'id="section-{sec}"' in draft_page and f"Section {sec}:" in draft_page
    data = app_client.get(f"{case_url}/draft.json").json()
    assert validation_errors(data) == [] and len(data["documents"]) == 4
    for statements in data["sections"].values():
        for stmt in statements:  # every statement shows its source's locator; the passage opens beside it
            page = re.sub(r"<textarea.*?</textarea>", "", draft_page, flags=re.S).replace("&#39;", "'")
            assert html.escape(stmt["text"], quote=False) in page
            assert html.escape(stmt["citations"][0]["locator"], quote=False) in page
            quote = stmt["citations"][0]["quote"]
            if stmt["origin"] != "model" and len(quote) > 40:  # the quote is not repeated under its statement
                assert page.count(html.escape(quote, quote=False)) <= 1
    assert "Communication and interaction</h3>" in draft_page  # Section B by area of need
    assert "Nothing was drafted" not in draft_page
    for copy, qa in (("family", False), ("caseworker", True)):
        docx = app_client.get(f"{case_url}/draft.docx?copy={copy}")
        assert f"-{copy}.docx" in docx.headers["content-disposition"]
        headings = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs if p.style.name == "Heading 1"]
        assert sum(h.startswith("Section ") for h in headings) == len(SECTIONS)
        assert ("Quality-assurance record" in headings) is qa


def test_uploads_wait_for_a_lawful_basis(app_client: TestClient) -> None:
    sign_in_as(app_client, "caseworker")
    token = csrf_of(app_client.get("/cases/new").text)
    data = {"csrf_token": token, "child_name": CHILD, "date_of_birth_unknown": "yes", "request_date_unknown": "yes"}
    created = app_client.post("/cases", data=data, follow_redirects=False)
    case_url = created.headers["location"]
    results = upload(app_client, case_url, token, [("files", ("EP.docx", docx_bytes(EP_REPORT)))])
    assert results[0]["message"].startswith("Record the lawful basis")
