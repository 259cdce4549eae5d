"""Connections to the SQLCipher store. Every connection passes `_prepare` (PRAGMA key first)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from appliance.config import Settings
from appliance.errors import DiskFull, StoreDamaged, StoreError
from appliance.store.keys import load_key
from appliance.store.migrations import has_migrations, migrate
from appliance.store.space import DiskReserve

Connection: TypeAlias = Any  # a sqlcipher3 connection (the package has no type information)


DAMAGED = (
    "The appliance's store file is damaged, so this cannot be shown or saved. Nothing else was changed. "
    "Tell IT: `python -m appliance offline-check` reports the damage; restore the store from a backup."
)
READ_ONLY = (
    "The appliance's store cannot be written (it is damaged, or its file is read-only), so this was not saved. "
    "Tell IT: `python -m appliance offline-check` reports what is wrong; restore the store from a backup."
)
FULL = (
    "The appliance's disk is full, so this was not saved (nothing was half-saved). Tell IT to free space on the "
    "appliance's disk. Signing in and reading still work."
)


@contextmanager
def _faults(reserve: DiskReserve | None) -> Iterator[None]:
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        message = str(exc).lower()
        if "full" in message:
            if reserve is not None:
                reserve.release()  # room for sign-in and the audit; large writes wait for space
            raise DiskFull(FULL) from exc
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            raise StoreDamaged(DAMAGED) from exc
        if "readonly" in message:  # SQLCipher stops writing to a file after a page fails its check
            raise StoreDamaged(READ_ONLY) from exc
        raise


def _prepare(conn: Connection, key: bytes) -> None:
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise StoreError("The store cannot be opened with this key (wrong key, or not a store).") from None
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.row_factory = sqlcipher3.Row


def _refuse_damaged(path: str) -> bool:
    """Whether the file at `path` already exists: an existing store is never started afresh,
    and an empty one (truncated, or replaced by accident) is refused rather than silently
    becoming a new appliance with a new admin."""
    file = Path(path)
    if not file.exists():
        return False
    if file.stat().st_size == 0:
        raise StoreError(
            f"The store file {file} exists but is empty: it was truncated or replaced. The appliance will not "
            "start a new store over it. Restore the store from a backup (python -m appliance restore FILE)."
        )
    return True


class Store:
    """One connection guarded by a lock: writes are short and the model never holds it."""

    def __init__(self, path: Path | str, key: bytes, *, reserve_bytes: int = 0) -> None:
        self.path = str(path)
        self.reserve = DiskReserve(Path(self.path), reserve_bytes) if self.path != ":memory:" else None
        existed = False
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            existed = _refuse_damaged(self.path)
        self._conn = sqlcipher3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            _prepare(self._conn, key)
            if existed and not has_migrations(self._conn):
                raise StoreError(f"{self.path} opens, but it is not an appliance store: it holds no appliance data.")
        except StoreError:
            self._conn.close()
            raise
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._lock = threading.RLock()
        migrate(self._conn)
        if self.reserve is not None:
            self.reserve.ensure()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock, _faults(self.reserve):
            yield self._conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back if it raises. A full disk
        and a damaged file become `DiskFull` and `StoreDamaged`, with nothing half-written."""
        with self._lock, _faults(self.reserve):
            if self._conn.in_transaction:  # nested: join the outer transaction
                yield self._conn
                return
            if self.reserve is not None:
                self.reserve.release_if_low()
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def check_room(self, size: int) -> None:
        """Before a large write (an upload, a draft): refuse while the disk is full or nearly."""
        if self.reserve is not None and not self.reserve.room_for(size):
            raise DiskFull(FULL.replace("this was not saved (nothing was half-saved)", "nothing large can be saved"))

    def rekey(self, new_key: bytes) -> None:
        with self._lock:
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")

    def integrity_problems(self) -> list[str]:
        """What SQLCipher's page authentication and SQLite's integrity check find wrong: none
        for a sound file."""
        with self._lock:
            problems = [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            try:
                rows = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
            except sqlcipher3.DatabaseError as exc:
                rows = [str(exc)]
        return problems + [r for r in rows if r != "ok"]

    def integrity_ok(self) -> bool:
        return not self.integrity_problems()

    def export_to(self, path: Path, key: bytes) -> None:
        """Copy the whole store into the file `path` (new or empty), encrypted with `key`."""
        with self._lock:
            self._conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(path), f"x'{key.hex()}'"))
            try:
                self._conn.execute("SELECT sqlcipher_export('backup')")
            finally:
                self._conn.execute("DETACH DATABASE backup")

    def vacuum(self) -> None:
        with self._lock:
            self._conn.execute("VACUUM")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_store(settings: Settings) -> Store:
    return Store(settings.store_file, load_key(settings), reserve_bytes=settings.disk_reserve_mb * 1024 * 1024)
