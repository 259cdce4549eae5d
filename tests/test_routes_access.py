"""Every route of the app, taken from the router (not a hand-written list), is walked:

- without a session, no route but the sign-in page answers, and none shows case data;
- each role gets 403 wherever its role is not allowed, and never sees case data there;
- a caseworker of another team gets 403 on every route of a case;
- every state-changing route refuses a request without the CSRF token;
- every successful request that touches a case leaves an audit record about that case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from appliance.cases import casework
from appliance.cases.casework import draft_options
from appliance.drafting.plan import Draft
from appliance.llm.fake import FakeLLM
from appliance.store import Store, users
from server.deps import CASE_ROLES, allowed_roles
from tests.conftest import sign_in_as

CHILD = "Xanthe Quillfeather"
ROLES = users.ROLES
PUBLIC = {
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/auth/oidc/start"),
    ("GET", "/auth/oidc/callback"),
    ("GET", "/healthz"),
}
# Paths that reach case data whatever their dependencies say (checked by behaviour too).
CASE_PATH = re.compile(r"^/$|^/cases|^/api/|\{case_id\}|\{job_id\}|\{document_id\}")


@dataclass(frozen=True)
class Endpoint:
    method: str
    template: str
    path: str
    roles: tuple[str, ...] | None  # None: any signed-in user

    @property
    def touches_case(self) -> bool:
        return bool(CASE_PATH.search(self.template)) and not self.template.startswith("/dpo")

    def refuses(self, role: str) -> bool:
        """Whether `role` must get 403: by the route's own dependencies, and by its area."""
        if self.roles is not None and role not in self.roles:
            return True
        if self.template.startswith("/admin"):
            return role != "admin"
        if self.template.startswith("/dpo"):
            return role != "dpo"
        return self.touches_case and role not in CASE_ROLES


def _roles(dependant: object) -> tuple[str, ...] | None:
    found: tuple[str, ...] | None = None
    for dep in getattr(dependant, "dependencies", []):
        mine = allowed_roles(dep.call) if dep.call else None
        below = _roles(dep)
        for roles in (mine, below):
            if roles is not None:
                found = roles if found is None else tuple(r for r in found if r in roles)
    return found


def _app_routes(client: TestClient) -> Iterator[object]:
    """Every endpoint the router serves (flattened through included routers)."""
    routes = client.app.routes  # type: ignore[attr-defined]
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before included routers were kept lazily
        yield from (r for r in routes if isinstance(r, APIRoute))
        return
    yield from (rc for rc in iter_route_contexts(routes) if getattr(rc, "methods", None))


def endpoints(client: TestClient, values: dict[str, str]) -> Iterator[Endpoint]:
    for route in _app_routes(client):
        template: str = route.path  # type: ignore[attr-defined]
        path = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: values.get(m.group(1), "1"), template)
        for method in sorted(route.methods - {"HEAD"}):  # type: ignore[attr-defined]
            yield Endpoint(method, template, path, _roles(route.dependant))  # type: ignore[attr-defined]


def seed_case(app_client: TestClient) -> tuple[int, int, Draft]:
    """A case of team `default` with one advice document and a draft made from it."""
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    store: Store = state.store
    case_id = casework.create_case(
        store, {"child_name": CHILD}, lawful_basis="Public task", family_informed_on="2025-01-10"
    )
    text = f"Advice about {CHILD}\n\nNeeds\n\n{CHILD} needs help with reading.\n".encode()
    doc_id = casework.add_document(store, case_id, "advice.txt", text, state.settings)
    _, draft = casework.draft_case(store, case_id, FakeLLM(), draft_options(state.settings))
    return case_id, doc_id, draft


@pytest.fixture
def world(app_client: TestClient) -> dict[str, str]:
    """A case of team `default` with a document, a draft and a job; a second user to act on."""
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    store: Store = state.store
    case_id, doc_id, _ = seed_case(app_client)
    with store.write() as conn:
        conn.execute(
            "INSERT INTO jobs (id, case_id, kind, status, created_at) VALUES ('j1', ?, 'draft', 'done', '2025-01-01')",
            (case_id,),
        )
        victim = users.create(conn, "victim", "Victim", "x", "caseworker")
    return {
        "case_id": str(case_id),
        "document_id": str(doc_id),
        "job_id": "j1",
        "user_id": str(victim),
        "version": "1",
        "section": "B",
        "flag_key": "x",
        "statement_id": "x",
    }


def _call(client: TestClient, ep: Endpoint, token: str = "", **extra: object):  # type: ignore[no-untyped-def]
    if ep.method == "GET":
        return client.get(ep.path, follow_redirects=False)
    data = {"csrf_token": token} if token else {}
    headers = {"X-CSRF-Token": token} if token else {}
    return client.request(ep.method, ep.path, data=data, headers=headers, follow_redirects=False, **extra)  # type: ignore[arg-type]


def test_the_walk_finds_the_routes(app_client: TestClient, world: dict[str, str]) -> None:
    found = {(e.method, e.template) for e in endpoints(app_client, world)}
    for expected in [
        ("GET", "/cases/{case_id}"),
        ("POST", "/cases/{case_id}/documents"),
        ("GET", "/admin/users"),
        ("GET", "/dpo/audit"),
        ("POST", "/dpo/cases/{case_id}/erase"),
        ("GET", "/api/jobs/{job_id}"),
    ]:
        assert expected in found
    assert len(found) > 30


def test_role_requirements_follow_the_area(app_client: TestClient, world: dict[str, str]) -> None:
    for ep in endpoints(app_client, world):
        if (ep.method, ep.template) in PUBLIC:
            continue
        if ep.template.startswith("/admin"):
            assert ep.roles == ("admin",), ep
        elif ep.template.startswith("/dpo"):
            assert ep.roles == ("dpo",), ep
        elif ep.touches_case and ep.roles is not None:
            assert set(ep.roles) <= set(CASE_ROLES), ep


def test_no_route_answers_without_a_session(app_client: TestClient, world: dict[str, str]) -> None:
    app_client.cookies.clear()
    for ep in endpoints(app_client, world):
        if (ep.method, ep.template) in PUBLIC:
            continue
        reply = _call(app_client, ep)
        assert reply.status_code in (401, 303), (ep, reply.status_code)
        if reply.status_code == 303:
            assert reply.headers["location"] == "/login", ep
        assert CHILD not in reply.text, ep


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_refused_where_it_must_be(app_client: TestClient, world: dict[str, str], role: str) -> None:
    token = sign_in_as(app_client, role)
    refused = 0
    for ep in endpoints(app_client, world):
        if (ep.method, ep.template) in PUBLIC or ep.template == "/logout":
            continue
        if not ep.refuses(role):
            continue
        reply = _call(app_client, ep, token)
        assert reply.status_code == 403, (role, ep, reply.status_code)
        assert CHILD not in reply.text, (role, ep)
        refused += 1
    assert refused > 0


def test_another_team_cannot_reach_the_case(app_client: TestClient, world: dict[str, str]) -> None:
    token = sign_in_as(app_client, "manager", username="elsewhere", team="north")
    for ep in endpoints(app_client, world):
        if "{case_id}" in ep.template and not ep.template.startswith("/dpo"):
            reply = _call(app_client, ep, token)
            assert reply.status_code == 403, (ep, reply.status_code)
            assert CHILD not in reply.text
    assert CHILD not in app_client.get("/").text


def _signed_in_roles(ep: Endpoint) -> list[str]:
    return list(ep.roles) if ep.roles else ["caseworker"]


def test_every_state_change_needs_the_csrf_token(app_client: TestClient, world: dict[str, str]) -> None:
    by_role: dict[str, list[Endpoint]] = {}
    for ep in endpoints(app_client, world):
        if ep.method != "GET" and (ep.method, ep.template) not in PUBLIC:
            by_role.setdefault(_signed_in_roles(ep)[0], []).append(ep)
    assert by_role
    for role, eps in by_role.items():
        sign_in_as(app_client, role, username=f"csrf-{role}")
        for ep in eps:
            reply = _call(app_client, ep)  # no token
            assert reply.status_code == 403, (ep, reply.status_code)
            assert "expired" in reply.text


def test_every_case_request_is_audited(app_client: TestClient, world: dict[str, str]) -> None:
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    token = sign_in_as(app_client, "manager")
    checked = 0
    for ep in endpoints(app_client, world):
        if "{case_id}" not in ep.template or ep.template.startswith("/dpo") or ep.method != "GET":
            continue
        with store.read() as conn:
            mark = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
        reply = _call(app_client, ep, token)
        if reply.status_code >= 400:
            continue
        with store.read() as conn:
            rows = conn.execute(
                "SELECT action FROM audit WHERE id > ? AND case_id = ?", (mark, int(world["case_id"]))
            ).fetchall()
        assert rows, f"{ep.method} {ep.template} left no audit record"
        checked += 1
    assert checked >= 4
