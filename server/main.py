"""Serving the app with uvicorn (`python -m appliance serve`, `make run`)."""

from __future__ import annotations

import sys

import uvicorn
from starlette.formparsers import MultiPartParser

from appliance.config import Settings
from server.app import create_app


def keep_uploads_in_memory(settings: Settings) -> None:
    """Starlette spools uploads over 1 MB to a temporary file on disk, in plaintext; raise its
    in-memory threshold above the upload limit so advice never touches the disk unencrypted."""
    MultiPartParser.spool_max_size = settings.max_upload_bytes + 1024 * 1024


def serve(settings: Settings) -> int:
    keep_uploads_in_memory(settings)
    app = create_app(settings)
    scheme = "https" if settings.tls_certfile else "http"
    print(f"EHCP drafting appliance on {scheme}://{settings.host}:{settings.port}", file=sys.stderr)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(settings.tls_certfile) if settings.tls_certfile else None,
        ssl_keyfile=str(settings.tls_keyfile) if settings.tls_keyfile else None,
        log_level="warning",
        access_log=False,  # URLs carry case ids only, but keep the log quiet; the audit has the record
        server_header=False,
    )
    return 0
