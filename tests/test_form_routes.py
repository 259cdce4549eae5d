"""No route answers a browser with raw JSON. Every form route, taken from the router, is sent an
empty form and a form of wrong values by a signed-in user of a role it serves; each answer is an
HTML page or a redirect (post/redirect/get), never JSON, never a server error, and a refused form
is a page titled "Error: ..." with a GOV.UK error summary. Opening a form's address in the browser
(a reload, a bookmark) leads to the page the form is on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from appliance.safeguards import accounts
from appliance.store import Store
from server.security import UPLOAD_PATH_RE
from tests.conftest import PASSWORD, csrf_of
from tests.test_routes_access import Endpoint, endpoints, seed_case

CHILD = "Olwen Marchbanks"
# Forms that are complete with nothing in them: a button that does one thing.
ACTIONS = {
    "/logout",
    "/cases/{case_id}/draft",
    "/cases/{case_id}/jobs/{job_id}/cancel",
    "/cases/{case_id}/flags/{flag_key}/reopen",
    "/cases/{case_id}/sections/{section}/reviewed",
    "/cases/{case_id}/reopen",
    "/cases/{case_id}/close/undo",
    "/admin/users/{user_id}/disable",
    "/admin/users/{user_id}/enable",
    "/admin/users/{user_id}/reset",
    "/cases/{case_id}/draft/statements/{statement_id}",  # sends no field: changes nothing
    "/cases/{case_id}/draft/statements/{statement_id}/delete",
}
# Every field name the app's forms use, each with a value it must refuse.
WRONG = {
    "child_name": " ",
    "date_of_birth-day": "31",
    "date_of_birth-month": "2",
    "date_of_birth-year": "2015",
    "request_date-day": "1",
    "request_date-month": "13",
    "request_date-year": "25",
    "family_informed_on-day": "x",
    "family_informed_on-month": "y",
    "family_informed_on-year": "z",
    "year_group": "year twelve",
    "assigned_to": "999",
    "lawful_basis": " ",
    "advice_type": "horoscope",
    "also_advice_type": "tea leaves",
    "decision": "maybe",
    "reason": " ",
    "section": "Z",
    "text": " ",
    "expected_version": "999",
    "from_document": "999",
    "from_spans": "1:9-2",
    "reviewed": "perhaps",
    "declaration": "no",
    "version": "999",
    "confirm": "nope",
    "action": "explode",
    "username": " ",
    "display_name": " ",
    "role": "emperor",
    "password": "short",
    "since": "yesterday",
}


@pytest.fixture
def world(app_client: TestClient) -> dict[str, str]:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    store: Store = state.store
    case_id, doc_id, draft = seed_case(app_client)
    job_id = state.queue.submit(case_id)
    for role in ("caseworker", "manager", "dpo", "admin"):
        accounts.create_user(store, f"{role}-1", PASSWORD, role, must_change_password=False)
    other = accounts.create_user(store, "spare", PASSWORD, "caseworker", must_change_password=False)
    statement = draft.statements()[0][1].id
    return {
        "case_id": str(case_id),
        "document_id": str(doc_id),
        "job_id": job_id,
        "user_id": str(other),
        "section": "B",
        "flag_key": draft.flags[0].key,
        "statement_id": statement,
        "index": "0",
    }


def _sign_in(client: TestClient, role: str) -> str:
    client.cookies.clear()
    page = client.post("/login", data={"username": f"{role}-1", "password": PASSWORD}, follow_redirects=True)
    return csrf_of(page.text)


def _role(ep: Endpoint) -> str:
    if ep.template.startswith("/admin"):
        return "admin"
    if ep.template.startswith("/dpo"):
        return "dpo"
    if "manager" in (ep.roles or ()) or ep.template.endswith(("/erase", "/sign-off", "/reopen")):
        return "manager"
    return "caseworker"


def _forms(client: TestClient, world: dict[str, str]) -> Iterator[Endpoint]:
    for ep in endpoints(client, world):
        if ep.method == "POST" and ep.template != "/login":
            yield ep


def _is_page_or_redirect(reply: Response, what: str) -> None:
    assert reply.status_code < 500 and reply.status_code != 422, f"{what}: {reply.status_code}"
    if reply.status_code in (302, 303):
        return
    assert reply.headers["content-type"].startswith("text/html"), f"{what} answered {reply.headers['content-type']}"
    if reply.status_code == 400:
        assert "govuk-error-summary" in reply.text and "<title>Error: " in reply.text, f"{what}: no error summary"


def test_every_form_refuses_empty_and_wrong_input_with_an_html_error_summary(
    app_client: TestClient, world: dict[str, str]
) -> None:
    forms = sorted(_forms(app_client, world), key=lambda e: (_role(e), e.template == "/logout"))
    assert len(forms) > 25
    signed_in, token = "", ""
    for ep in forms:
        if _role(ep) != signed_in:
            signed_in, token = _role(ep), _sign_in(app_client, _role(ep))
        # an upload's token travels in its address (its body is read only after the check)
        path = f"{ep.path}?csrf_token={token}" if UPLOAD_PATH_RE.match(ep.path) else ep.path
        empty = app_client.post(path, data={"csrf_token": token}, follow_redirects=False)
        _is_page_or_redirect(empty, f"{ep.template} empty")
        if ep.template not in ACTIONS:
            assert empty.status_code in (400, 404), f"{ep.template} accepted an empty form ({empty.status_code})"
            assert empty.status_code == 404 or "govuk-error-summary" in empty.text
        if ep.template == "/logout":
            token = _sign_in(app_client, signed_in)
        wrong = app_client.post(path, data={"csrf_token": token, **WRONG}, follow_redirects=False)
        _is_page_or_redirect(wrong, f"{ep.template} wrong")


def test_the_sign_in_form_refuses_an_empty_form_with_an_error_summary(app_client: TestClient) -> None:
    page = app_client.post("/login", data={})
    assert page.status_code == 400 and 'href="#username"' in page.text and "<title>Error: Sign in" in page.text


def test_opening_a_form_address_leads_to_the_page_of_the_form(app_client: TestClient, world: dict[str, str]) -> None:
    _sign_in(app_client, "caseworker")
    case = world["case_id"]
    for path, page in [
        (f"/cases/{case}/flags/{world['flag_key']}", f"/cases/{case}/draft"),
        (f"/cases/{case}/sections/B/reviewed", f"/cases/{case}/draft"),
        (f"/cases/{case}/draft/statements/{world['statement_id']}", f"/cases/{case}/draft"),
        (f"/cases/{case}/documents/{world['document_id']}/info", f"/cases/{case}/documents/{world['document_id']}"),
        (f"/cases/{case}/consent", f"/cases/{case}"),
        ("/cases", "/"),
    ]:
        reply = app_client.get(path, follow_redirects=False)
        assert (reply.status_code, reply.headers.get("location")) == (303, page), path
    missing = app_client.get("/no/such/page")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert app_client.get("/api/jobs/nope").headers["content-type"] == "application/json"
