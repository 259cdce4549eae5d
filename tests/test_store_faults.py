"""Store and key faults (issue 14, items 8, 11 and 12): an empty store file silently became a new
appliance with a fresh admin; a missing key file made the appliance write a new key and then
fail with "wrong key"; a corrupted store went unnoticed by offline-check and audit verify while
pages gave a 500; deleting the audit anchor file switched that check off."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from fastapi.testclient import TestClient
from pydantic import SecretStr

from appliance.cases import casework
from appliance.cli import main
from appliance.config import Settings
from appliance.errors import StoreError
from appliance.llm.fake import FakeLLM
from appliance.safeguards import audit
from appliance.store import open_store
from tests.builders import EP_REPORT, docx_bytes
from tests.conftest import new_case, sign_in_as


@pytest.fixture
def cli_env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("EHCP_DATA_DIR", str(settings.data_dir))
    return settings


def _appliance(settings: Settings) -> None:
    """A store that has been used: accounts, a case with advice, audit records and the anchor file."""
    store = open_store(settings)
    try:
        case_id = casework.create_case(
            store, {"child_name": "Zara Whitfield"}, lawful_basis="Public task", family_informed_on="2025-01-10"
        )
        casework.add_document(store, case_id, "EP.docx", docx_bytes(EP_REPORT), settings)
        audit.record(store, "case.create", actor="cw", case_id=case_id)
    finally:
        store.close()


# ---------------------------------------------------------------------------- item 8
def test_an_empty_store_file_is_never_started_afresh(cli_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    _appliance(cli_env)
    cli_env.store_file.write_bytes(b"")
    admin_password = cli_env.data_dir / "initial-admin-password"
    admin_password.unlink(missing_ok=True)
    with pytest.raises(StoreError, match="exists but is empty"):
        open_store(cli_env)
    from server.app import create_app

    with pytest.raises(StoreError, match="restore"), TestClient(create_app(cli_env, llm=FakeLLM())):
        pass
    assert main(["offline-check"]) == 1
    assert "exists but is empty" in capsys.readouterr().err
    assert cli_env.store_file.stat().st_size == 0 and not admin_password.exists()


def test_a_missing_key_is_an_error_that_says_so_and_no_new_key_is_made(
    cli_env: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    _appliance(cli_env)
    cli_env.key_path.unlink()
    with pytest.raises(StoreError, match=r"store key file .* is missing, but the store .* exists") as refused:
        open_store(cli_env)
    assert "backup of the key file" in str(refused.value)
    assert not cli_env.key_path.exists()
    assert main(["key", "check"]) == 1
    assert "is missing" in capsys.readouterr().err
    assert not cli_env.key_path.exists()


def test_key_check_says_the_key_opens_the_store(cli_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    _appliance(cli_env)
    assert main(["key", "check"]) == 0
    assert "opens the store" in capsys.readouterr().out


def test_a_database_that_is_not_a_store_is_refused(settings: Settings) -> None:
    key = os.urandom(32)
    settings.data_dir.mkdir(parents=True)
    conn = sqlcipher3.connect(str(settings.store_file))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an appliance store"):
        open_store(settings.model_copy(update={"store_key": SecretStr(key.hex())}))


# ---------------------------------------------------------------------------- item 11
def _corrupt_tail(path: Path, pages: int = 6) -> None:
    """Overwrite the middle of the last pages (the advice, passages and newest audit records)."""
    data = bytearray(path.read_bytes())
    size = 4096
    last = len(data) // size
    for page in range(last - pages, last - 1):
        data[page * size + 512 : page * size + 1024] = os.urandom(512)
    path.write_bytes(bytes(data))


@pytest.fixture
def corrupted(cli_env: Settings) -> Iterator[tuple[Settings, dict[str, str]]]:
    from server.app import create_app

    with TestClient(create_app(cli_env, llm=FakeLLM())) as client:
        token = sign_in_as(client, "caseworker")
        case_url = new_case(client, token, "Zara Whitfield")
        for n in range(3):
            files = {"files": (f"EP{n}.docx", docx_bytes([*EP_REPORT, f"Copy {n}. " + "Zara reads well. " * 400]))}
            client.post(f"{case_url}/documents", headers={"X-CSRF-Token": token}, files=files)
        cookies = dict(client.cookies)
    _corrupt_tail(cli_env.store_file)
    yield cli_env, {"case": case_url, **cookies}


def test_a_corrupted_store_fails_offline_check_and_audit_verify(
    corrupted: tuple[Settings, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["offline-check"]) == 1
    assert "integrity: DAMAGED" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 1
    assert "the store file is damaged" in capsys.readouterr().err


def test_pages_of_a_corrupted_store_say_so_plainly(corrupted: tuple[Settings, dict[str, str]]) -> None:
    from server.app import create_app

    settings, saved = corrupted
    case_url = saved.pop("case")
    with TestClient(create_app(settings, llm=FakeLLM())) as client:
        client.cookies.update(saved)
        pages = [client.get(case_url)]
        pages += [client.get(f"{case_url}/documents/{n}") for n in (1, 2, 3)]
    statuses = [p.status_code for p in pages]
    assert 500 not in statuses and 503 in statuses, statuses
    for page in pages:
        if page.status_code == 503:
            assert "store" in page.text and "restore the store from a backup" in page.text


# ---------------------------------------------------------------------------- item 12
def test_a_deleted_anchor_file_fails_verification(cli_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    _appliance(cli_env)
    assert main(["audit", "verify"]) == 0
    (cli_env.data_dir / "appliance.db.audit-head").unlink()
    assert main(["audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert "anchor file" in said and "is missing" in said
    store = open_store(cli_env)
    try:
        result = audit.verify(store)
    finally:
        store.close()
    assert not result.ok and "is missing (it has been written before)" in result.reason
