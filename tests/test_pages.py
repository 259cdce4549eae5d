"""The caseworker's pages render from the core's data, with the fake model: the journey from a new
case to an exported draft, every page checked for its heading and the actions on it."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

from fastapi.testclient import TestClient

from tests.builders import CHILD, EP_REPORT, PARENT_VIEWS, SCHOOL_ADVICE, docx_bytes
from tests.conftest import csrf_of, sign_in_as, upload


def _new_case(client: TestClient, csrf: str) -> int:
    response = client.post(
        "/cases",
        data={
            "csrf_token": csrf,
            "child_name": CHILD,
            "request_date": "2025-01-10",
            "date_of_birth": "2016-05-01",
            "year_group": "4",
            "lawful_basis": "Public task",
            "family_informed_on": "2025-01-03",
        },
    )
    assert response.status_code == 200, response.text[:300]
    return int(re.search(r"/cases/(\d+)", str(response.url)).group(1))  # type: ignore[union-attr]


def _drafted(client: TestClient, csrf: str) -> int:
    case_id = _new_case(client, csrf)
    files = [
        ("files", ("EP advice.docx", docx_bytes(EP_REPORT))),
        ("files", ("School.docx", docx_bytes(SCHOOL_ADVICE))),
        ("files", ("broken.pdf", b"%PDF-1.4 not really")),
        ("files", ("Parent views.docx", docx_bytes(PARENT_VIEWS))),
    ]
    results = upload(client, f"/cases/{case_id}", csrf, files)
    assert [r["ok"] for r in results] == [True, True, False, True]
    assert results[0]["advice_type"] == "Psychological advice"
    job_page = client.post(f"/cases/{case_id}/draft", data={"csrf_token": csrf})
    job_id = re.search(r"/jobs/([0-9a-f]+)", str(job_page.url)).group(1)  # type: ignore[union-attr]
    for _ in range(200):
        status = client.get(f"/api/jobs/{job_id}").json()
        if status["status"] == "done":
            break
        time.sleep(0.05)
    assert status["status"] == "done" and status["percent"] == 100
    return case_id


def test_home_lists_cases_with_deadline_and_filters(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    _new_case(app_client, csrf)
    page = app_client.get("/")
    assert "Your cases" in page.text and CHILD in page.text and "overdue" in page.text
    assert CHILD not in app_client.get("/?q=nobody").text
    assert CHILD in app_client.get("/?status=advice_gathering&due=overdue").text


def test_new_case_form_shows_errors_beside_fields(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    response = app_client.post("/cases", data={"csrf_token": csrf, "child_name": " ", "request_date": "soon"})
    assert response.status_code == 400
    assert "There is a problem" in response.text and 'href="#child_name"' in response.text
    assert 'href="#request_date-month"' in response.text and "must include a month and year" in response.text
    assert 'href="#date_of_birth-day"' in response.text and "Enter the date of birth, or tick" in response.text
    assert "<title>Error: New case" in response.text


def test_case_page_shows_missing_advice_and_documents(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    case_id = _drafted(app_client, csrf)
    page = app_client.get(f"/cases/{case_id}")
    assert "Advice still missing" in page.text and "Medical advice (reg 6(1)(c))" in page.text
    assert "EP advice.docx" in page.text and "Review the draft (version 1)" in page.text


def test_review_journey_edit_flag_diff_export(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    case_id = _drafted(app_client, csrf)
    page = app_client.get(f"/cases/{case_id}/draft")
    assert page.status_code == 200 and "Section F: Special educational provision" in page.text
    today = datetime.now(UTC).date()  # the parents' views state no date: K says when they were uploaded
    assert f"(not dated; received {today.day} {today:%B %Y})" in page.text
    sid = re.search(r'id="stmt-(F-\d+)"', page.text).group(1)  # type: ignore[union-attr]
    source = re.search(r'data-context="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    panel = app_client.get(source.replace("&amp;", "&"))
    assert "<mark>" in panel.text and "Open the whole document" in panel.text
    no_js = app_client.get(f"/cases/{case_id}/draft?source={source.split('/documents/')[1].split('/')[0]}.1")
    assert 'id="source-heading"' in no_js.text
    edited = app_client.post(
        f"/cases/{case_id}/draft/statements/{sid}",
        data={
            "csrf_token": csrf,
            "text": "Zara will attend a group.",
            "frequency": "twice a week",
            "expected_version": "1",
        },
    )
    assert edited.status_code == 200 and "Version 2" in edited.text and "twice a week" in edited.text
    assert "Your change is saved as a new version." in edited.text, "a confirmation banner after the save"
    key = re.search(r'app-flag--warning" id="flag-([0-9a-f]+)"', edited.text).group(1)  # type: ignore[union-attr]
    refused = app_client.post(f"/cases/{case_id}/flags/{key}", data={"csrf_token": csrf, "decision": "dismissed"})
    assert refused.status_code == 400 and "Enter the reason" in refused.text
    assert f'href="#reason-dismissed-{key}"' in refused.text and "<title>Error:" in refused.text
    dismissed = app_client.post(
        f"/cases/{case_id}/flags/{key}",
        data={"csrf_token": csrf, "decision": "dismissed", "reason": "Checked with the EP"},
    )
    assert "Checked with the EP" in dismissed.text
    reload = app_client.get(f"/cases/{case_id}/flags/{key}", follow_redirects=False)
    assert (reload.status_code, reload.headers["location"]) == (303, f"/cases/{case_id}/draft")
    reviewed = app_client.post(f"/cases/{case_id}/sections/A/reviewed", data={"csrf_token": csrf, "reviewed": "yes"})
    assert "Reviewed by caseworker-user" in reviewed.text
    diff = app_client.get(f"/cases/{case_id}/draft/versions?old=1&new=2")
    assert "<ins>" in diff.text and "twice a week" in diff.text and "Changed" in diff.text
    docx = app_client.get(f"/cases/{case_id}/draft.docx")
    assert docx.status_code == 200 and docx.content.startswith(b"PK")
    assert app_client.get(f"/cases/{case_id}/draft.json").json()["schema"] == "ehcp-draft/1"


def test_sign_off_button_is_for_managers(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    case_id = _drafted(app_client, csrf)
    assert "Sign-off" not in app_client.get(f"/cases/{case_id}/draft").text
    refused = app_client.post(f"/cases/{case_id}/sign-off", data={"csrf_token": csrf})
    assert refused.status_code == 403
    manager_csrf = sign_in_as(app_client, "manager")
    page = app_client.get(f"/cases/{case_id}/draft")
    assert "The plan can be signed off once" in page.text
    blocked = app_client.post(f"/cases/{case_id}/sign-off", data={"csrf_token": manager_csrf})
    assert blocked.status_code == 400 and "cannot be signed off yet" in blocked.text
    assert csrf_of(page.text)


def test_versions_page_with_a_single_version(app_client: TestClient) -> None:
    csrf = sign_in_as(app_client, "caseworker")
    case_id = _drafted(app_client, csrf)
    page = app_client.get(f"/cases/{case_id}/draft/versions")
    assert page.status_code == 200, page.text[:500]
    assert "No statement changed" in page.text
