"""Connections to the SQLCipher store. Every connection passes `_prepare` (PRAGMA key first)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from appliance.config import Settings
from appliance.errors import StoreError
from appliance.store.keys import load_key
from appliance.store.migrations import migrate

Connection: TypeAlias = Any  # a sqlcipher3 connection (the package has no type information)


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


class Store:
    """One connection guarded by a lock: writes are short and the model never holds it."""

    def __init__(self, path: Path | str, key: bytes) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlcipher3.connect(self.path, check_same_thread=False, isolation_level=None)
        _prepare(self._conn, key)
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._lock = threading.RLock()
        migrate(self._conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock:
            yield self._conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            if self._conn.in_transaction:  # nested: join the outer transaction
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def rekey(self, new_key: bytes) -> None:
        with self._lock:
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")

    def integrity_ok(self) -> bool:
        with self._lock:
            return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

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
    return Store(settings.store_file, load_key(settings))
