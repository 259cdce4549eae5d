"""Where the store key comes from: environment, systemd credential, or a 0600 key file; and
rotating it.

A rotation stages the new key in `<key file>.rotating` (0600, flushed to disk) before the store
is re-keyed, and moves it over the key file only once the store has been opened with it, so
one of the two files always opens the store. An interrupted rotation is finished (or undone)
by running `python -m appliance key rotate` again.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from appliance.config import Settings
from appliance.errors import StoreError

if TYPE_CHECKING:
    from appliance.store.db import Store

KEY_BYTES = 32


def parse_key(text: str) -> bytes:
    text = text.strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise StoreError("The store key must be 64 hexadecimal digits.") from None
    if len(key) != KEY_BYTES:
        raise StoreError("The store key must be 64 hexadecimal digits.")
    return key


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def write_key_file(path: Path, key: bytes) -> None:
    """Write a key file readable by its owner only (created 0600, never world-readable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def key_source(settings: Settings) -> str:
    if settings.store_key is not None:
        return "environment (EHCP_STORE_KEY)"
    if settings.credentials_directory and (settings.credentials_directory / "store-key").exists():
        return "systemd credential (store-key)"
    return f"key file {settings.key_path}"


def load_key(settings: Settings, *, create: bool = True) -> bytes:
    """The store key; a new key file is created (mode 0600) when none is configured."""
    if settings.store_key is not None:
        return parse_key(settings.store_key.get_secret_value())
    if settings.credentials_directory:
        cred = settings.credentials_directory / "store-key"
        if cred.exists():
            return parse_key(cred.read_text())
    path = settings.key_path
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise StoreError(f"The key file {path} is readable by others (mode {mode:o}); run chmod 600 on it.")
        return parse_key(path.read_text())
    if settings.store_file.exists():
        raise StoreError(missing_key(settings))  # a new key would never open the store that is there
    if not create:
        raise StoreError(f"No store key: {path} does not exist.")
    key = new_key()
    write_key_file(path, key)
    return key


RECOVERY = (
    "A store opens only with the key it was written with; nothing else can read it, and there is no way "
    "around that. To recover: copy your backup of the key file to {path} (mode 0600: chmod 600 {path}), or set "
    "EHCP_STORE_KEY or a systemd credential named store-key to it, and start again. `python -m appliance key "
    "check` says whether a key opens the store. Without a copy of the key, restore an older backup of the store "
    "together with the key it was made with (python -m appliance restore FILE --backup-key-file KEY)."
)


def missing_key(settings: Settings) -> str:
    return (
        f"The store key file {settings.key_path} is missing, but the store {settings.store_file} exists: the "
        "appliance will not make a new key for it. " + RECOVERY.format(path=settings.key_path)
    )


def file_mode(path: Path) -> int | None:
    return stat.S_IMODE(path.stat().st_mode) if path.exists() else None


def _from_file(settings: Settings) -> bool:
    return key_source(settings).startswith("key file")


def staged_key_path(settings: Settings) -> Path:
    return settings.key_path.with_name(settings.key_path.name + ".rotating")


def _opens(store_class: type[Store], settings: Settings, key: bytes) -> bool:
    try:
        store_class(settings.store_file, key).close()
    except StoreError:
        return False
    return True


def finish_interrupted_rotation(settings: Settings) -> str | None:
    """Complete or undo a rotation that stopped half-way; what was done, or None."""
    from appliance.store.db import Store  # here: db imports this module

    staged = staged_key_path(settings)
    if not staged.exists() or not _from_file(settings):
        return None
    if _opens(Store, settings, parse_key(staged.read_text())):
        os.replace(staged, settings.key_path)
        return "finished an interrupted key rotation: the store opens with the new key"
    staged.unlink()
    return "undid an interrupted key rotation: the store still opens with the old key"


def rotate_key(settings: Settings, out: Path | None = None) -> Path:
    """Re-key the store with a new random key; the file that now holds the key.

    With a key file the new key replaces it. With the key in the environment or a systemd
    credential the new key is written to `out`, and that setting must be updated by hand.
    """
    from appliance.store.db import Store

    finish_interrupted_rotation(settings)
    old = load_key(settings, create=False)
    if _from_file(settings):
        target, staged = settings.key_path, staged_key_path(settings)
    elif out is None:
        raise StoreError(f"The key comes from {key_source(settings)}: name a file for the new key (--out).")
    else:
        target = staged = out
    new = new_key()
    write_key_file(staged, new)
    store = Store(settings.store_file, old)
    try:
        store.rekey(new)
    finally:
        store.close()
    if not _opens(Store, settings, new):
        raise StoreError("The store did not open with the new key; the old key file is unchanged.")
    if staged != target:
        os.replace(staged, target)
    return target
