"""Encrypted backups of the store and restoring them.

A backup is a copy of the store made with `sqlcipher_export` into a new file encrypted with the
store key: as safe to keep as the store itself, and useless without the key (keep the key apart
from the backups). Restoring checks the file opens with the key, is intact and its audit chain
holds, brings its schema up to date, and only then moves it into place; the store it replaces
is kept beside it as `<store>.before-restore`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from appliance.config import Settings
from appliance.errors import InputError, StoreError
from appliance.safeguards import audit
from appliance.store import Store
from appliance.store.keys import load_key


@dataclass(frozen=True)
class Restored:
    path: Path
    audit_records: int
    replaced: Path | None


def _integrity(store: Store) -> None:
    if not store.integrity_ok():
        raise StoreError("The store file is damaged (integrity check failed).")


def backup(store: Store, key: bytes, dest: Path) -> Path:
    """Write an encrypted copy of `store` to `dest` (which must not exist yet)."""
    if dest.exists():
        raise InputError(f"{dest} already exists; choose a new file name.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    store.export_to(partial, key)
    check = Store(partial, key)
    try:
        _integrity(check)
    finally:
        check.close()
    os.replace(partial, dest)
    return dest


BACKUP_PREFIX = "ehcp-backup-"


def timestamped(folder: Path) -> Path:
    """A new backup's name in `folder`: ehcp-backup-<UTC time>.db, sorting by age."""
    return folder / f"{BACKUP_PREFIX}{datetime.now(UTC).strftime('%Y%m%dT%H%M%S.%fZ')}.db"


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` timestamped backups in `folder`; the files deleted."""
    if keep < 1:
        raise InputError("Keep at least one backup.")
    backups = sorted(folder.glob(f"{BACKUP_PREFIX}*.db"))
    old = backups[:-keep]
    for path in old:
        path.unlink()
    return old


def _checked_copy(source: Path, staging: Path, backup_key: bytes, store_key: bytes) -> int:
    """Copy the backup to `staging`, prove it sound, re-key it to the store key; its audit size."""
    shutil.copyfile(source, staging)
    os.chmod(staging, 0o600)
    probe = Store(staging, backup_key)  # a wrong key raises StoreError; old schemas are migrated
    try:
        _integrity(probe)
        chain = audit.verify(probe, anchor_file=False)
        if not chain.ok:
            raise StoreError(f"The backup's audit log fails verification at record {chain.first_bad}.")
        if backup_key != store_key:
            probe.rekey(store_key)
    finally:
        probe.close()
    return chain.records


def restore(settings: Settings, source: Path, *, backup_key: bytes | None = None, actor: str | None = None) -> Restored:
    """Replace the store with the backup `source`. Run it with the appliance stopped."""
    if not source.is_file():
        raise InputError(f"{source} is not a file.")
    key = load_key(settings)
    target = settings.store_file
    staging = target.with_name(target.name + ".restoring")
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    records = _checked_copy(source, staging, backup_key or key, key)
    replaced = None
    if target.exists():
        replaced = target.with_name(target.name + ".before-restore")
        _checkpoint(target, key)
        os.replace(target, replaced)
    for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        side.unlink(missing_ok=True)
    os.replace(staging, target)
    store = Store(target, key)
    try:
        audit.record(store, "store.restore", actor=actor, detail={"backup_records": records})
    finally:
        store.close()
    return Restored(target, records, replaced)


def _checkpoint(path: Path, key: bytes) -> None:
    """Fold the write-ahead log into the file being replaced, so the kept copy is whole."""
    with contextlib.suppress(StoreError):  # a store that no longer opens with this key is kept as it is
        Store(path, key).close()
