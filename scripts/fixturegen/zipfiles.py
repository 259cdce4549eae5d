"""Rewrite zip containers (docx) so that the same content always gives the same bytes."""

from __future__ import annotations

import io
import zipfile

FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def fixed_info(name: str, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    info.create_system = 3
    return info


def normalise(data: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """Same entries in the same order, with fixed timestamps; `extra` entries are appended."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(fixed_info(info.filename), source.read(info.filename))
        for name, payload in (extra or {}).items():
            target.writestr(fixed_info(name), payload)
    return out.getvalue()
