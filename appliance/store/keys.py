"""Where the store key comes from: environment, systemd credential, or a 0600 key file."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from appliance.config import Settings
from appliance.errors import StoreError

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
    if not create:
        raise StoreError(f"No store key: {path} does not exist.")
    key = new_key()
    write_key_file(path, key)
    return key
