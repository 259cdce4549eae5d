"""The life of a case's data: consent before uploads, closure and retention, erasure that leaves
no trace in the file (checked by decrypting every page of it and of its WAL), subject access."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from fastapi.testclient import TestClient

from appliance.cases import casework
from appliance.cases.casework import draft_options
from appliance.config import Settings
from appliance.errors import ConsentRequired, InputError
from appliance.llm.fake import FakeLLM
from appliance.safeguards import audit, lifecycle
from appliance.store import Store, documents
from appliance.store.keys import new_key
from tests.builders import docx_bytes
from tests.conftest import csrf_of, sign_in_as, upload

CHILD = "Zebedee Quartermaine"
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 4 KiB pages, 16-byte IV + 64-byte HMAC reserved
REPORT = [
    ("h", "Educational psychology advice"),
    f"{CHILD} is in Year 4.",
    ("h", "Needs"),
    f"{CHILD} finds reading difficult and needs help with phonics.",
    ("h", "Recommendations"),
    "Daily phonics teaching for 20 minutes in a group of three, by a teaching assistant.",
]


# ---------------------------------------------------------------------------- reading the file
def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 : PAGE - RESERVE] if first else page[: PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


NOT_KNOWN = {"date_of_birth_unknown": "yes", "request_date_unknown": "yes"}


def plaintext_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the store and of its write-ahead log, decrypted with the store key: what
    anyone holding the key could read from the files, free pages included."""
    pages = []
    data = path.read_bytes()
    for offset in range(0, len(data) - PAGE + 1, PAGE):
        pages.append(_decrypt(data[offset : offset + PAGE], key, offset == 0))
    wal = Path(f"{path}-wal")
    raw = wal.read_bytes() if wal.exists() else b""
    offset = 32
    while offset + 24 + PAGE <= len(raw):
        page_number = int.from_bytes(raw[offset : offset + 4], "big")
        pages.append(_decrypt(raw[offset + 24 : offset + 24 + PAGE], key, page_number == 1))
        offset += 24 + PAGE
    return pages


def _holds(pages: list[bytes], text: str) -> bool:
    needles = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return any(n in page for page in pages for n in needles)


# ---------------------------------------------------------------------------- fixtures
@pytest.fixture
def keyed_store(tmp_path: Path) -> tuple[Store, bytes, Path]:
    key = new_key()
    path = tmp_path / "life.db"
    return Store(path, key), key, path


def _full_case(store: Store, settings: Settings, name: str = CHILD) -> int:
    case_id = casework.create_case(
        store,
        {"child_name": name, "la_reference": "LA-77"},
        lawful_basis="Public task",
        family_informed_on="2025-01-10",
    )
    blocks = [b.replace(CHILD, name) if isinstance(b, str) else b for b in REPORT]
    casework.add_document(store, case_id, f"EP advice - {name}.docx", docx_bytes(blocks), settings)
    casework.add_document(store, case_id, "views.txt", f"Views\n\n{name} likes trains.\n".encode(), settings)
    casework.draft_case(store, case_id, FakeLLM(), draft_options(settings))
    with store.write() as conn:
        conn.execute(
            "INSERT INTO flag_decisions (case_id, flag_key, decision, reason, decided_at) "
            "VALUES (?, 'k', 'dismissed', ?, '2025-02-01')",
            (case_id, f"{name} is fine"),
        )
        conn.execute(
            "INSERT INTO jobs (id, case_id, kind, status, message, created_at) "
            "VALUES (?, ?, 'draft', 'done', ?, '2025-02-01')",
            (f"job{case_id}", case_id, name),
        )
    audit.record(store, "case.view", actor="cw", case_id=case_id)
    return case_id


# ---------------------------------------------------------------------------- consent
def test_uploads_need_a_lawful_basis_and_the_date_the_family_was_informed(store: Store, settings: Settings) -> None:
    data = docx_bytes(REPORT)
    for basis, informed in [(None, None), ("Public task", None), (None, "2025-01-10")]:
        case_id = casework.create_case(store, {"child_name": CHILD}, lawful_basis=basis, family_informed_on=informed)
        with pytest.raises(ConsentRequired, match="lawful basis"):
            casework.add_document(store, case_id, "a.docx", data, settings)
        with store.read() as conn:
            assert documents.for_case(conn, case_id) == []


def test_the_web_upload_enforces_consent_until_it_is_recorded(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = app_client.post(
        "/cases", data={"csrf_token": token, "child_name": CHILD, **NOT_KNOWN}, follow_redirects=False
    ).headers["location"]
    files = [("files", ("views.txt", f"{CHILD} likes trains.".encode()))]
    refused = upload(app_client, case_url, token, files)
    assert refused[0]["ok"] is False and "lawful basis" in refused[0]["message"]
    app_client.post(
        f"{case_url}/consent",
        data={"csrf_token": token, "lawful_basis": "Public task", "family_informed_on": "2025-01-10"},
    )
    accepted = upload(app_client, case_url, token, files)
    assert accepted[0]["ok"] is True


def test_consent_needs_both_fields(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = app_client.post(
        "/cases", data={"csrf_token": token, "child_name": CHILD, **NOT_KNOWN}, follow_redirects=False
    ).headers["location"]
    for basis, informed in [("", "2025-01-10"), ("Public task", "")]:
        reply = app_client.post(
            f"{case_url}/consent",
            data={"csrf_token": token, "lawful_basis": basis, "family_informed_on": informed},
        )
        assert reply.status_code == 400 and "govuk-error-summary" in reply.text
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    assert not lifecycle.case_records(state.store)[0].lawful_basis_recorded


# ---------------------------------------------------------------------------- retention
def test_closing_sets_the_retention_date(store: Store) -> None:
    case_id = casework.create_case(store, {"child_name": CHILD})
    assert lifecycle.close_case(store, case_id, 6, on=date(2025, 3, 31)) == "2031-03-31"
    assert lifecycle.retention_date(date(2024, 2, 29), 1) == date(2025, 2, 28)
    record = lifecycle.case_records(store)[0]
    assert (record.status, record.closed_at, record.retention_until) == ("closed", "2025-03-31", "2031-03-31")
    lifecycle.reopen_case(store, case_id)
    assert lifecycle.case_records(store)[0].retention_until is None


def test_only_cases_past_their_date_are_due(store: Store) -> None:
    old, recent, open_case = (casework.create_case(store, {"child_name": n}) for n in ("A B", "C D", "E F"))
    today = date.today()
    lifecycle.close_case(store, old, 6, on=today - timedelta(days=6 * 366))
    lifecycle.close_case(store, recent, 6, on=today)
    assert [r.id for r in lifecycle.due_for_erasure(store, today)] == [old]
    assert open_case not in [r.id for r in lifecycle.due_for_erasure(store, today + timedelta(days=9999))]


# ---------------------------------------------------------------------------- erasure
def test_erasure_leaves_no_trace_in_the_file(keyed_store: tuple[Store, bytes, Path], settings: Settings) -> None:
    store, key, path = keyed_store
    case_id = _full_case(store, settings)
    other = _full_case(store, settings, name="Ottoline Brackenbury")
    assert _holds(plaintext_pages(path, key), CHILD), "the reader must see the name before erasure"
    erasure = lifecycle.erase_case(store, case_id, "erasure_request", actor="dpo1", role="dpo")
    assert erasure.rows["documents"] == 2 and erasure.rows["drafts"] == 1
    for table in lifecycle.case_tables(store._conn):
        with store.read() as conn:
            assert conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE case_id = ?', (case_id,)).fetchone()[0] == 0
    with store.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'Zebedee'").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE case_id = ?", (other,)).fetchone()[0] == 2
    pages = plaintext_pages(path, key)
    assert not _holds(pages, CHILD) and not _holds(pages, "Zebedee") and not _holds(pages, "Quartermaine")
    assert _holds(pages, "Ottoline"), "the other case is untouched"
    store.close()
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            assert b"Zebedee" not in side.read_bytes()
    assert not _holds(plaintext_pages(path, key), "Zebedee")


def test_erasure_is_audited_without_content(store: Store, settings: Settings) -> None:
    case_id = _full_case(store, settings)
    lifecycle.erase_case(store, case_id, "retention_expired", actor="dpo1", role="dpo", ip="10.0.0.5")
    rows = audit.search(store, audit.Query(case_id=case_id))
    assert rows[0]["action"] == "case.erase" and rows[0]["actor"] == "dpo1" and rows[0]["ip"] == "10.0.0.5"
    detail = json.loads(rows[0]["detail"])
    assert detail["reason"] == "retention_expired" and detail["rows"]["documents"] == 2
    assert all(CHILD not in json.dumps(r) and "Zebedee" not in json.dumps(r) for r in rows)
    assert audit.verify(store).ok


def test_erasure_needs_a_reason_and_never_depends_on_a_job(store: Store, settings: Settings) -> None:
    case_id = _full_case(store, settings)
    with pytest.raises(InputError):
        lifecycle.erase_case(store, case_id, "because", actor="dpo1")
    with store.write() as conn:  # a job a dead process left "running" (issue 14, item 3)
        conn.execute(
            "INSERT INTO jobs (id, case_id, kind, status, created_at) VALUES ('run', ?, 'draft', "
            "'running', '2025-01-01')",
            (case_id,),
        )
    erased = lifecycle.erase_case(store, case_id, "erasure_request", actor="dpo1")
    assert erased.rows["jobs"] >= 1 and lifecycle.case_records(store) == []


def test_the_dpo_erases_a_case_from_the_web_after_typing_its_number(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    case_id = _full_case(state.store, state.settings)
    token = sign_in_as(app_client, "dpo")
    page = app_client.get("/dpo/cases").text
    assert CHILD not in page and f'id="case-{case_id}"' in page
    wrong = app_client.post(
        f"/dpo/cases/{case_id}/erase",
        data={"csrf_token": token, "reason": "erasure_request", "confirm": "99"},
    )
    assert wrong.status_code == 400
    done = app_client.post(
        f"/dpo/cases/{case_id}/erase",
        data={"csrf_token": token, "reason": "erasure_request", "confirm": str(case_id)},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert lifecycle.case_records(state.store) == []


def test_the_dpo_erases_every_due_case_at_once(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    case_id = _full_case(state.store, state.settings)
    kept = casework.create_case(state.store, {"child_name": "Kept Child"})
    lifecycle.close_case(state.store, case_id, 1, on=date.today() - timedelta(days=800))
    token = sign_in_as(app_client, "dpo")
    assert f'id="case-{case_id}"' in app_client.get("/dpo/cases?due=true").text
    assert app_client.post("/dpo/retention/erase", data={"csrf_token": token}).status_code == 400
    app_client.post("/dpo/retention/erase", data={"csrf_token": token, "confirm": "erase"})
    assert [r.id for r in lifecycle.case_records(state.store)] == [kept]


def test_a_caseworker_closes_a_case_with_a_reason_and_can_undo_it(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    case_id = casework.create_case(state.store, {"child_name": CHILD})
    token = sign_in_as(app_client, "caseworker")
    refused = app_client.post(f"/cases/{case_id}/close", data={"csrf_token": token})
    assert refused.status_code == 400 and 'href="#reason"' in refused.text
    app_client.post(f"/cases/{case_id}/close", data={"csrf_token": token, "reason": "withdrawn"})
    record = lifecycle.case_records(state.store)[0]
    closed = date.fromisoformat(record.closed_at or "")
    assert record.status == "closed"
    assert record.retention_until == lifecycle.retention_date(closed, state.settings.retention_years).isoformat()
    assert audit.search(state.store, audit.Query(action="case.close", case_id=case_id))
    assert CHILD not in app_client.get("/").text and CHILD in app_client.get("/?status=closed").text
    page = app_client.get(f"/cases/{case_id}").text
    assert "The request was withdrawn" in page and "Erase case" not in page
    app_client.post(f"/cases/{case_id}/close/undo", data={"csrf_token": token})
    record = lifecycle.case_records(state.store)[0]
    assert (record.status, record.retention_until) == ("advice_gathering", None)
    assert app_client.post(f"/cases/{case_id}/close/undo", data={"csrf_token": token}).status_code == 400


def test_a_manager_erases_a_case_created_in_error_and_only_such_a_case(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    duplicate = casework.create_case(state.store, {"child_name": CHILD})
    withdrawn = casework.create_case(state.store, {"child_name": CHILD})
    lifecycle.close_case(state.store, duplicate, 6, reason="created_in_error")
    lifecycle.close_case(state.store, withdrawn, 6, reason="withdrawn")
    token = sign_in_as(app_client, "caseworker")
    assert (
        app_client.post(f"/cases/{duplicate}/erase", data={"csrf_token": token, "confirm": str(duplicate)}).status_code
        == 403
    )
    token = sign_in_as(app_client, "manager")
    assert "Erase case" in app_client.get(f"/cases/{duplicate}").text
    assert app_client.post(f"/cases/{duplicate}/erase", data={"csrf_token": token, "confirm": "1x"}).status_code == 400
    refused = app_client.post(f"/cases/{withdrawn}/erase", data={"csrf_token": token, "confirm": str(withdrawn)})
    assert refused.status_code == 400 and "the DPO erases the others" in refused.text
    app_client.post(f"/cases/{duplicate}/erase", data={"csrf_token": token, "confirm": str(duplicate)})
    assert [r.id for r in lifecycle.case_records(state.store)] == [withdrawn]
    erased = audit.search(state.store, audit.Query(action="case.erase", case_id=duplicate))
    assert erased and erased[0]["actor"] == "manager-user"


# ---------------------------------------------------------------------------- subject access
def test_subject_access_export_holds_everything_about_the_child(store: Store, settings: Settings) -> None:
    case_id = _full_case(store, settings)
    with store.read() as conn:
        originals = {d.filename: documents.content(conn, d.id) for d in documents.for_case(conn, case_id)}
    archive = zipfile.ZipFile(io.BytesIO(lifecycle.subject_access_export(store, case_id)))
    names = archive.namelist()
    assert json.loads(archive.read("case.json"))["child_name"] == CHILD
    listing = json.loads(archive.read("documents.json"))
    assert {d["filename"] for d in listing} == set(originals)
    for entry in listing:
        assert archive.read(entry["file_in_archive"]) == originals[entry["filename"]]
        assert all(not n.startswith("/") and ".." not in n for n in names)
    assert CHILD in archive.read("drafts/version-1.json").decode()
    assert {"records/flag_decisions.json", "records/jobs.json", "README.txt", "audit.csv"} <= set(names)
    audit_rows = list(csv.DictReader(io.StringIO(archive.read("audit.csv").decode())))
    assert audit_rows and all(r["case_id"] == str(case_id) for r in audit_rows)


def test_the_dpo_exports_and_views_only_with_a_reason(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    case_id = _full_case(state.store, state.settings)
    token = sign_in_as(app_client, "dpo")
    assert app_client.post(f"/dpo/cases/{case_id}/export", data={"csrf_token": token}).status_code == 400
    assert app_client.post(f"/dpo/cases/{case_id}/view", data={"csrf_token": token}).status_code == 400
    reply = app_client.post(f"/dpo/cases/{case_id}/export", data={"csrf_token": token, "reason": "SAR 2025/14"})
    assert reply.headers["content-type"] == "application/zip"
    assert "case.json" in zipfile.ZipFile(io.BytesIO(reply.content)).namelist()
    view = app_client.post(f"/dpo/cases/{case_id}/view", data={"csrf_token": token, "reason": "Complaint 7"})
    assert CHILD in view.text and "Complaint 7" in view.text
    records = audit.search(state.store, audit.Query(case_id=case_id, actor="dpo-user"))
    assert [(r["action"], json.loads(r["detail"])["reason"]) for r in records] == [
        ("case.view.dpo", "Complaint 7"),
        ("case.subject_access", "SAR 2025/14"),
    ]


def test_the_cases_page_of_the_dpo_names_no_child(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    _full_case(state.store, state.settings)
    sign_in_as(app_client, "dpo")
    for url in ("/dpo", "/dpo/cases", "/dpo/cases?due=true", "/dpo/audit"):
        page = app_client.get(url)
        assert page.status_code == 200 and CHILD not in page.text and "Zebedee" not in page.text
    token = csrf_of(app_client.get("/dpo/cases").text)
    assert token
