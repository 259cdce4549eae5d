"""The store key (file, environment, systemd credential), its rotation, and encrypted backups."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from appliance import cli
from appliance.cases import casework
from appliance.config import Settings
from appliance.errors import StoreError
from appliance.safeguards import audit, backup
from appliance.store import Store, cases, open_store
from appliance.store.keys import (
    finish_interrupted_rotation,
    key_source,
    load_key,
    new_key,
    rotate_key,
    staged_key_path,
    write_key_file,
)

CHILD = "Isolde Fenwick-Marsh"


def _settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", **extra)  # type: ignore[arg-type]


def _seed(settings: Settings, name: str = CHILD) -> int:
    store = open_store(settings)
    try:
        case_id = casework.create_case(store, {"child_name": name})
        audit.record(store, "case.create", actor="cw", case_id=case_id)
        return case_id
    finally:
        store.close()


def _names(settings: Settings) -> list[str]:
    store = open_store(settings)
    try:
        with store.read() as conn:
            return [c.child_name for c in cases.list_cases(conn)]
    finally:
        store.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------------------- where the key comes from
def test_a_systemd_credential_is_used_before_the_key_file(tmp_path: Path) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    key = new_key()
    (creds / "store-key").write_text(key.hex())
    settings = _settings(tmp_path, credentials_directory=creds)
    assert load_key(settings) == key and key_source(settings) == "systemd credential (store-key)"
    assert not settings.key_path.exists()


def test_a_bad_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="64 hexadecimal"):
        load_key(_settings(tmp_path, store_key="not-a-key"))


# ---------------------------------------------------------------------------- rotation
def test_rotation_rekeys_the_store_and_replaces_the_key_file(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    old = load_key(settings)
    target = rotate_key(settings)
    new = load_key(settings)
    assert target == settings.key_path and new != old and _mode(settings.key_path) == 0o600
    assert not staged_key_path(settings).exists()
    assert _names(settings) == [CHILD]
    with pytest.raises(StoreError):
        Store(settings.store_file, old)


def test_an_interrupted_rotation_is_finished(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    new = new_key()
    write_key_file(staged_key_path(settings), new)  # the new key was staged...
    store = open_store(settings)
    store.rekey(new)  # ...and the store re-keyed, then the power went
    store.close()
    with pytest.raises(StoreError):
        open_store(settings)
    assert "finished" in (finish_interrupted_rotation(settings) or "")
    assert load_key(settings) == new and _names(settings) == [CHILD]


def test_a_rotation_interrupted_before_rekeying_is_undone(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    old = load_key(settings)
    write_key_file(staged_key_path(settings), new_key())
    assert "undid" in (finish_interrupted_rotation(settings) or "")
    assert load_key(settings) == old and not staged_key_path(settings).exists()


def test_a_key_from_the_environment_is_rotated_into_a_new_file(tmp_path: Path) -> None:
    key = new_key()
    settings = _settings(tmp_path, store_key=key.hex())
    _seed(settings)
    with pytest.raises(StoreError, match="--out"):
        rotate_key(settings)
    out = tmp_path / "new.key"
    assert rotate_key(settings, out) == out and _mode(out) == 0o600
    assert _names(_settings(tmp_path, key_file=out)) == [CHILD]


def test_cli_key_rotate_is_audited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    monkeypatch.setenv("EHCP_DATA_DIR", str(settings.data_dir))
    assert cli.main(["key", "rotate"]) == 0
    store = open_store(settings)
    try:
        assert audit.search(store, audit.Query(action="key.rotate"))
        assert audit.verify(store).ok
    finally:
        store.close()


# ---------------------------------------------------------------------------- backup and restore
def test_backup_is_encrypted_and_restores(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    dest = tmp_path / "backups" / "b1.db"
    store = open_store(settings)
    try:
        backup.backup(store, load_key(settings), dest)
    finally:
        store.close()
    data = dest.read_bytes()
    assert not data.startswith(b"SQLite format 3") and CHILD.encode() not in data
    assert _mode(dest) == 0o600
    with pytest.raises(StoreError):
        Store(dest, new_key())
    _seed(settings, "Added After Backup")
    assert _names(settings) == [CHILD, "Added After Backup"]
    restored = backup.restore(settings, dest, actor="it")
    assert _names(settings) == [CHILD]
    assert restored.replaced is not None and restored.replaced.exists()
    store = open_store(settings)
    try:
        assert audit.verify(store).ok
        assert audit.search(store, audit.Query(limit=1))[0]["action"] == "store.restore"
    finally:
        store.close()


def test_backup_refuses_to_overwrite(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    dest = tmp_path / "b.db"
    dest.write_bytes(b"keep me")
    store = open_store(settings)
    try:
        with pytest.raises(Exception, match="already exists"):
            backup.backup(store, load_key(settings), dest)
    finally:
        store.close()
    assert dest.read_bytes() == b"keep me"


def test_restore_refuses_a_file_it_cannot_open_and_keeps_the_store(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    alien = tmp_path / "alien.db"
    Store(alien, new_key()).close()
    with pytest.raises(StoreError):
        backup.restore(settings, alien)
    assert _names(settings) == [CHILD]


def test_cli_backup_restore_round_trip_across_a_rotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    _seed(settings)
    monkeypatch.setenv("EHCP_DATA_DIR", str(settings.data_dir))
    old_key_copy = tmp_path / "old.key"
    write_key_file(old_key_copy, load_key(settings))
    dest = tmp_path / "nightly.db"
    assert cli.main(["backup", str(dest)]) == 0
    assert cli.main(["backup", str(dest)]) == 1  # never overwritten
    assert cli.main(["key", "rotate"]) == 0
    _seed(settings, "Later Child")
    assert cli.main(["restore", str(dest)]) == 1  # made with the old key
    assert cli.main(["restore", str(dest), "--backup-key-file", str(old_key_copy)]) == 0
    assert _names(settings) == [CHILD]  # and it opens with the current key
    for leftover in settings.data_dir.iterdir():
        assert _mode(leftover) & 0o077 == 0, leftover
    assert os.listdir(tmp_path / "data")
