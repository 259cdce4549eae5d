"""Room on the disk for what must never fail: signing in, sessions and the audit.

A reserve file beside the store (`<store>.reserve`, zeros, no data) holds space back. When a
write finds the disk full, the reserve is released, so sign-in, page views and their audit
records go on working while large writes (uploads, drafts) are refused until there is room
again; then the reserve is taken back.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHUNK = 1024 * 1024


class DiskReserve:
    def __init__(self, store_path: Path, size: int) -> None:
        self.path = store_path.with_name(store_path.name + ".reserve")
        self.size = size

    @property
    def held(self) -> bool:
        return self.path.exists()

    def free(self) -> int:
        return shutil.disk_usage(self.path.parent).free

    def ensure(self) -> bool:
        """Hold the reserve if it is not held and there is room for it; whether it is held."""
        if self.held or self.size <= 0:
            return self.held
        if self.free() < 2 * self.size:
            return False
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return True
        try:
            _fill(fd, self.size)
        except OSError:
            os.close(fd)
            self.path.unlink(missing_ok=True)
            return False
        os.close(fd)
        return True

    def release(self) -> None:
        self.path.unlink(missing_ok=True)

    def release_if_low(self) -> None:
        """Before a write: when the disk is about to fill, give the reserve up (a statvfs call)."""
        if self.size > 0 and self.held and self.free() < max(self.size // 4, 256 * 1024):
            self.release()

    def room_for(self, size: int) -> bool:
        """Whether a write of about `size` bytes can go ahead without eating into the reserve.
        When it cannot, the disk is as good as full: the reserve is released for sign-in and
        the audit."""
        if self.size <= 0:
            return True
        if self.ensure() and self.free() > 2 * size:
            return True
        self.release()
        return False


def _fill(fd: int, size: int) -> None:
    try:
        os.posix_fallocate(fd, 0, size)
    except OSError:
        zeros = bytes(CHUNK)
        for start in range(0, size, CHUNK):
            os.write(fd, zeros[: min(CHUNK, size - start)])
    os.fsync(fd)
