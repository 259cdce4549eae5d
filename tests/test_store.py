"""The store is one encrypted SQLCipher file: no plaintext header, no child's name in its bytes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from appliance.cases import casework
from appliance.config import Settings
from appliance.errors import StoreError
from appliance.store import Store, cases
from appliance.store.keys import load_key, new_key
from appliance.store.migrations import MIGRATIONS, migrate
from tests.builders import CHILD, EP_REPORT, docx_bytes


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_store_file_is_encrypted_and_holds_no_child_name(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "s.db"
    store = Store(path, new_key())
    case_id = casework.create_case(
        store, {"child_name": CHILD}, lawful_basis="public task", family_informed_on="2025-01-01"
    )
    casework.add_document(store, case_id, "EP report.docx", docx_bytes(EP_REPORT), settings)
    with store.read() as conn:
        assert cases.get(conn, case_id).child_name == CHILD
    store.close()
    data = _all_bytes(path)
    assert not data.startswith(b"SQLite format 3")
    assert CHILD.encode() not in data
    assert b"Zara" not in data
    assert "Zara".encode("utf-16-le") not in data


def test_wrong_key_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "s.db", new_key()).close()
    with pytest.raises(StoreError):
        Store(tmp_path / "s.db", new_key())


def test_key_file_created_owner_only(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    key = load_key(settings)
    mode = stat.S_IMODE(os.stat(settings.key_path).st_mode)
    assert mode == 0o600
    assert load_key(settings) == key


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    load_key(settings)
    os.chmod(settings.key_path, 0o644)
    with pytest.raises(StoreError, match="chmod 600"):
        load_key(settings)


def test_key_from_environment_wins(tmp_path: Path) -> None:
    key = new_key()
    settings = Settings(data_dir=tmp_path, store_key=key.hex())
    assert load_key(settings) == key
    assert not settings.key_path.exists()


def test_migrations_are_recorded_and_not_rerun(store: Store) -> None:
    with store.write() as conn:
        assert migrate(conn) == []
        names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == sorted(m.__name__ for m in MIGRATIONS)


def test_uploads_are_kept_inside_the_store(store: Store, settings: Settings) -> None:
    case_id = casework.create_case(store, {"child_name": CHILD}, lawful_basis="x", family_informed_on="2025-01-01")
    data = docx_bytes(EP_REPORT)
    doc_id = casework.add_document(store, case_id, "EP.docx", data, settings)
    from appliance.store import documents

    with store.read() as conn:
        assert documents.content(conn, doc_id) == data
    # the same file again is not stored twice
    assert casework.add_document(store, case_id, "EP copy.docx", data, settings) == doc_id


def test_a_documents_author_service_is_stored_and_older_stores_gain_the_column(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from appliance.store import documents, migrations

    key, path = new_key(), tmp_path / "old.db"
    before = migrations.MIGRATIONS.index(migrations.m005_document_author_service)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])  # a store from before m005
    old = Store(path, key)
    with old.write() as conn:
        cur = conn.execute(
            "INSERT INTO cases (child_name, created_at, lawful_basis, family_informed_on) "
            "VALUES (?, '2025-01-01', 'x', '2025-01-01')",
            (CHILD,),
        )
        case_id = int(cur.lastrowid)
        conn.execute(
            "INSERT INTO documents (case_id, filename, media_type, content, sha256, uploaded_at) "
            "VALUES (?, 'old.txt', 'text/plain', x'00', 'h', '2025-01-01')",
            (case_id,),
        )
    old.close()
    monkeypatch.undo()
    store = Store(path, key)
    try:
        casework.add_document(store, case_id, "EP.docx", docx_bytes(EP_REPORT), settings)
        with store.read() as conn:
            services = [d.record.author_service for d in documents.advice_documents(conn, case_id)]
        assert services == [None, "Westmere Educational Psychology Service"]
    finally:
        store.close()
