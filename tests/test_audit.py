"""The audit log: append-only, hash-chained, anchored at its head; searched and exported by the
DPO; written for every sign-in, view, upload, draft, export and admin action; no document text."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appliance import cli
from appliance.safeguards import audit
from appliance.store import Store
from appliance.store.keys import new_key, write_key_file
from tests.builders import docx_bytes
from tests.conftest import new_case, sign_in_as

CHILD = "Peregrine Ashdown-Vale"
SECRET_SENTENCE = "He loves the blue kite his grandmother made"


def _records(store: Store, n: int) -> None:
    for i in range(n):
        audit.record(store, "case.view", actor=f"user{i}", role="caseworker", case_id=i, ip="10.0.0.1")


def _sql(store: Store, *statements: str) -> None:
    with store.write() as conn:
        for sql in statements:
            conn.execute(sql)


def test_a_clean_log_verifies(store: Store) -> None:
    _records(store, 5)
    result = audit.verify(store)
    assert (result.ok, result.records) == (True, 5)
    assert result.head == audit.head(store) and result.head is not None and result.head.id == 5


def test_records_cannot_be_changed_or_deleted(store: Store) -> None:
    _records(store, 3)
    for sql in (
        "UPDATE audit SET actor = 'x' WHERE id = 2",
        "DELETE FROM audit WHERE id = 3",
        "UPDATE audit_head SET last_id = 1",
        "DELETE FROM audit_head",
    ):
        with pytest.raises(Exception, match="audit"):
            _sql(store, sql)
    assert audit.verify(store).ok


def test_an_edited_record_is_detected(store: Store) -> None:
    _records(store, 5)
    _sql(store, "DROP TRIGGER audit_no_update", "UPDATE audit SET actor = 'someone else' WHERE id = 3")
    result = audit.verify(store)
    assert (result.ok, result.first_bad) == (False, 3) and "altered" in result.reason


def test_a_deleted_record_is_detected(store: Store) -> None:
    _records(store, 5)
    _sql(store, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id = 2")
    result = audit.verify(store)
    assert not result.ok and "missing" in result.reason


def test_deleting_the_newest_records_is_detected_by_the_head_in_the_store(store: Store) -> None:
    _records(store, 5)
    _sql(store, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id >= 4")
    result = audit.verify(store)
    assert not result.ok and "after 3 were deleted" in result.reason


def test_deleting_the_newest_records_and_the_head_is_detected_by_the_anchor_file(store: Store) -> None:
    _records(store, 5)
    assert audit.read_anchor(store) == audit.head(store)
    _sql(
        store,
        "DROP TRIGGER audit_no_delete",
        "DROP TRIGGER audit_head_forward_only",
        "DELETE FROM audit WHERE id >= 4",
        "UPDATE audit_head SET last_id = 3, hash = (SELECT hash FROM audit WHERE id = 3)",
    )
    result = audit.verify(store)
    assert not result.ok and "anchor file" in result.reason


def test_a_head_recorded_outside_the_box_catches_a_rewritten_tail(store: Store) -> None:
    _records(store, 5)
    kept = audit.head(store)
    _sql(
        store,
        "DROP TRIGGER audit_no_delete",
        "DROP TRIGGER audit_head_forward_only",
        "DELETE FROM audit WHERE id >= 4",
        "UPDATE audit_head SET last_id = 3, hash = (SELECT hash FROM audit WHERE id = 3)",
        "DELETE FROM settings WHERE name = 'audit_anchor_written'",  # else the missing file is caught
    )
    anchor = audit.anchor_path(store)
    assert anchor is not None
    anchor.unlink()
    assert audit.verify(store).ok  # a thorough forger can hide it from the box itself...
    result = audit.verify(store, expected=kept)
    assert not result.ok and "you recorded" in result.reason  # ...but not from a head kept outside
    assert audit.Head.parse(str(kept)) == kept


def test_search_filters_and_csv(store: Store) -> None:
    _records(store, 4)
    audit.record(store, "sign_in", actor="=HYPERLINK(1)", ip="10.0.0.9")
    assert [r["case_id"] for r in audit.search(store, audit.Query(case_id=2))] == [2]
    assert [r["actor"] for r in audit.search(store, audit.Query(action="sign_in"))] == ["=HYPERLINK(1)"]
    assert len(audit.search(store, audit.Query(action="case"))) == 4  # "case" matches case.view
    assert audit.search(store, audit.Query(since="2999-01-01")) == []
    assert len(audit.search(store, audit.Query(until=time.strftime("%Y-%m-%d")))) == 5
    rows = list(csv.DictReader(io.StringIO(audit.to_csv(audit.search(store, audit.Query())))))
    assert rows[0]["actor"] == "'=HYPERLINK(1)"  # spreadsheet formulas are neutralised
    assert set(rows[0]) == set(audit.CSV_COLUMNS)


def _journey(client: TestClient) -> int:
    token = sign_in_as(client, "caseworker")
    case_url = new_case(client, token, CHILD)
    report = docx_bytes(
        [
            ("h", "Views"),
            f"{CHILD}: {SECRET_SENTENCE}.",
            ("h", "Needs"),
            f"{CHILD} needs support with reading.",
        ]
    )
    client.post(f"{case_url}/documents", headers={"X-CSRF-Token": token}, files=[("files", ("EP.docx", report))])
    client.get(case_url)
    job_url = client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False).headers["location"]
    for _ in range(100):
        if client.get("/api/jobs/" + job_url.rsplit("/", 1)[-1]).json()["status"] == "done":
            break
        time.sleep(0.1)
    client.get(f"{case_url}/draft")
    client.get(f"{case_url}/draft.docx")
    client.get(f"{case_url}/draft.json")
    client.post("/logout", data={"csrf_token": token})
    return int(case_url.rsplit("/", 1)[-1])


def test_the_journey_is_audited_with_no_document_text(app_client: TestClient) -> None:
    case_id = _journey(app_client)
    admin_token = sign_in_as(app_client, "admin", username="boss")
    app_client.post(
        "/admin/users",
        data={"csrf_token": admin_token, "username": "newbie", "display_name": "New", "role": "caseworker"},
    )
    app_client.post("/login", data={"username": "caseworker-user", "password": "wrong-Password-1"})
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    rows = audit.search(store, audit.Query(limit=None))
    actions = {r["action"] for r in rows}
    for expected in (
        "sign_in",
        "sign_in.failed",
        "sign_out",
        "case.create",
        "document.upload",
        "case.view",
        "draft.start",
        "draft.view",
        "export.docx",
        "export.json",
        "user.create",
        "appliance.start",
    ):
        assert expected in actions, expected
    upload = next(r for r in rows if r["action"] == "document.upload")
    assert (upload["actor"], upload["case_id"], upload["ip"]) == ("caseworker-user", case_id, "testclient")
    dump = json.dumps(rows)
    assert CHILD not in dump and SECRET_SENTENCE not in dump and "reading" not in dump
    assert audit.verify(store).ok


def test_the_dpo_searches_and_exports_the_audit(app_client: TestClient) -> None:
    case_id = _journey(app_client)
    sign_in_as(app_client, "dpo")
    page = app_client.get(f"/dpo/audit?case_id={case_id}&action=document")
    assert page.status_code == 200 and '<td class="govuk-table__cell">document.upload</td>' in page.text
    assert '<td class="govuk-table__cell">sign_in</td>' not in page.text
    export = app_client.get("/dpo/audit.csv?actor=caseworker-user")
    assert export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert rows and {r["actor"] for r in rows} == {"caseworker-user"}
    assert [int(r["id"]) for r in rows] == sorted(int(r["id"]) for r in rows)
    assert app_client.get("/dpo/audit?since=yesterday").status_code == 400
    home = app_client.get("/dpo").text
    assert "Intact" in home


def test_cli_verify_and_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = new_key()
    write_key_file(tmp_path / "store.key", key)
    monkeypatch.setenv("EHCP_DATA_DIR", str(tmp_path))
    store = Store(tmp_path / "appliance.db", key)
    _records(store, 3)
    store.close()
    assert cli.main(["audit", "head"]) == 0
    head = capsys.readouterr().out.strip()
    assert head.startswith("3:")
    assert cli.main(["audit", "verify", "--head", head]) == 0
    assert "intact: 3 records" in capsys.readouterr().out
    assert cli.main(["audit", "export", "--out", str(tmp_path / "a.csv"), "--case", "1"]) == 0
    assert len(list(csv.DictReader((tmp_path / "a.csv").open()))) == 1
    store = Store(tmp_path / "appliance.db", key)
    _sql(store, "DROP TRIGGER audit_no_update", "UPDATE audit SET actor = 'x' WHERE id = 2")
    store.close()
    assert cli.main(["audit", "verify"]) == 1
    assert "FAILS VERIFICATION at record 2" in capsys.readouterr().err
