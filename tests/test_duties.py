"""Separation of duties (issue 14, item 5): an admin could read any case by creating a
caseworker in its team, creating a DPO, or resetting a caseworker's password and signing in as
them. Accounts that can see case content and moves between teams now wait for a DPO or a
manager of the team; a reset makes the next user change the password and says who reset it;
the DPO's audit page highlights every such step."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from appliance.cases import casework
from appliance.safeguards import accounts
from appliance.store import Store, users
from tests.conftest import PASSWORD, csrf_of, sign_in_as

SECRET_CHILD = "Ottoline Marchbank"


def _store(client: TestClient) -> Store:
    return client.app.state.appliance.store  # type: ignore[attr-defined, no-any-return]


def _create(client: TestClient, token: str, username: str, role: str, team: str) -> str:
    """The admin creates an account; its one-off password."""
    page = client.post(
        "/admin/users",
        data={"csrf_token": token, "username": username, "display_name": username, "role": role, "team": team},
    )
    assert page.status_code == 200, page.text[:300]
    found = re.search(rf"Created {username}\. Their first password is <code>([^<]+)</code>", page.text)
    assert found
    return found.group(1)


def _sign_in(client: TestClient, username: str, password: str) -> tuple[int, str]:
    client.cookies.clear()
    reply = client.post("/login", data={"username": username, "password": password}, follow_redirects=True)
    return reply.status_code, reply.text


def _world(client: TestClient) -> None:
    """A DPO already exists (so no account is created without approval) and a case in 'north'."""
    accounts.create_user(_store(client), "dpo1", PASSWORD, "dpo", must_change_password=False)
    casework.create_case(_store(client), {"child_name": SECRET_CHILD}, team="north")


def test_an_admin_cannot_read_a_case_by_creating_a_caseworker_in_its_team(app_client: TestClient) -> None:
    _world(app_client)
    admin = sign_in_as(app_client, "admin")
    one_off = _create(app_client, admin, "mole", "caseworker", "north")
    status, text = _sign_in(app_client, "mole", one_off)
    assert status == 401 and "waiting for a DPO or a manager to approve it" in text
    assert SECRET_CHILD not in app_client.get("/").text

    sign_in_as(app_client, "manager", username="south-manager", team="south")
    assert 'id="no-approvals"' in app_client.get("/approvals").text  # not their team
    manager = sign_in_as(app_client, "manager", username="north-manager", team="north")
    page = app_client.get("/approvals").text
    assert "New caseworker account in the team north" in page and "mole" in page
    request_id = re.search(r'action="/approvals/(\d+)"', page).group(1)  # type: ignore[union-attr]
    app_client.post(f"/approvals/{request_id}", data={"csrf_token": manager, "decision": "approve"})
    status, _ = _sign_in(app_client, "mole", one_off)
    assert status == 200  # approved: the new colleague signs in (and must change the password)


def test_a_dpo_or_manager_account_waits_for_approval_and_a_manager_cannot_approve_a_dpo(app_client: TestClient) -> None:
    _world(app_client)
    admin = sign_in_as(app_client, "admin")
    one_off = _create(app_client, admin, "shadow-dpo", "dpo", "default")
    assert _sign_in(app_client, "shadow-dpo", one_off)[0] == 401
    sign_in_as(app_client, "manager", username="m1")
    assert "shadow-dpo" not in app_client.get("/approvals").text  # an active DPO exists: theirs to decide
    client = app_client
    client.cookies.clear()
    dpo = csrf_of(client.post("/login", data={"username": "dpo1", "password": PASSWORD}, follow_redirects=True).text)
    page = client.get("/approvals").text
    request_id = re.search(r'action="/approvals/(\d+)"', page).group(1)  # type: ignore[union-attr]
    client.post(f"/approvals/{request_id}", data={"csrf_token": dpo, "decision": "reject"})
    assert _sign_in(client, "shadow-dpo", one_off)[0] == 401
    with _store(client).read() as conn:
        rejected = users.by_username(conn, "shadow-dpo")[0]  # type: ignore[index]
    assert rejected.approval == "rejected" and rejected.disabled


def test_the_first_dpo_needs_no_approval_and_disabling_every_approver_does_not_reopen_that(
    app_client: TestClient,
) -> None:
    admin = sign_in_as(app_client, "admin")
    one_off = _create(app_client, admin, "first-dpo", "dpo", "default")
    assert _sign_in(app_client, "first-dpo", one_off)[0] == 200  # nobody could have approved it
    with _store(app_client).write() as conn:
        users.update(conn, users.by_username(conn, "first-dpo")[0].id, disabled=1)  # type: ignore[index]
    admin = sign_in_as(app_client, "admin", username="admin2")
    one_off = _create(app_client, admin, "second-manager", "manager", "north")
    assert _sign_in(app_client, "second-manager", one_off)[0] == 401


def test_a_move_between_teams_waits_for_approval(app_client: TestClient) -> None:
    _world(app_client)
    accounts.create_user(_store(app_client), "cw", PASSWORD, "caseworker", team="south", must_change_password=False)
    with _store(app_client).read() as conn:
        cw = users.by_username(conn, "cw")[0]  # type: ignore[index]
    admin = sign_in_as(app_client, "admin")
    page = app_client.post(f"/admin/users/{cw.id}/team", data={"csrf_token": admin, "team": "north"}).text
    assert "waits for a DPO or a manager of either team to approve it" in page
    assert _sign_in(app_client, "cw", PASSWORD)[0] == 200
    assert SECRET_CHILD not in app_client.get("/").text  # still in south
    manager = sign_in_as(app_client, "manager", username="north-manager", team="north")
    request_id = re.search(r'action="/approvals/(\d+)"', app_client.get("/approvals").text).group(1)  # type: ignore[union-attr]
    app_client.post(f"/approvals/{request_id}", data={"csrf_token": manager, "decision": "approve"})
    assert _sign_in(app_client, "cw", PASSWORD)[0] == 200
    assert SECRET_CHILD in app_client.get("/").text


def test_a_reset_tells_the_next_user_and_the_dpo_sees_every_step(app_client: TestClient) -> None:
    _world(app_client)
    accounts.create_user(_store(app_client), "cw", PASSWORD, "caseworker", team="north", must_change_password=False)
    with _store(app_client).read() as conn:
        cw = users.by_username(conn, "cw")[0]  # type: ignore[index]
    admin = sign_in_as(app_client, "admin", username="admin-ann")
    page = app_client.post(f"/admin/users/{cw.id}/reset", data={"csrf_token": admin}).text
    one_off = re.search(r"one-off password is <code>([^<]+)</code>", page).group(1)  # type: ignore[union-attr]
    status, text = _sign_in(app_client, "cw", one_off)
    assert status == 200 and 'id="password-reset-notice"' in text and "reset by admin-ann" in text
    assert SECRET_CHILD not in app_client.get("/").text  # nothing before a new password is set
    token = csrf_of(text)
    app_client.post(
        "/account/password", data={"csrf_token": token, "password": "New-Password-99", "confirm": "New-Password-99"}
    )
    assert 'id="password-reset-notice"' not in app_client.get("/account/password").text

    app_client.cookies.clear()
    app_client.post("/login", data={"username": "dpo1", "password": PASSWORD})
    audit_page = app_client.get("/dpo/audit", params={"duties": "1"}).text
    highlighted = re.findall(
        r'<tr class="govuk-table__row app-duty"><td class="govuk-table__cell">\d+</td><td[^>]*>[^<]*</td>'
        r'<td[^>]*>[^<]*</td><td class="govuk-table__cell">([\w.]+)',
        audit_page,
    )
    assert {"user.reset", "sign_in.after_reset"} <= set(highlighted)
    assert "sign_in.failed" not in highlighted
    assert 'id="duties-status"' in app_client.get("/dpo").text


def test_an_admin_cannot_approve(app_client: TestClient) -> None:
    _world(app_client)
    sign_in_as(app_client, "admin")
    assert app_client.get("/approvals").status_code == 403
