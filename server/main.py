"""Serving the app with uvicorn (`python -m server`, `make run`)."""

from __future__ import annotations

import sys

import uvicorn

from appliance.config import Settings
from server.app import create_app


def serve(settings: Settings) -> int:
    app = create_app(settings)  # the factory also keeps uploads in memory (server/security.py)
    scheme = "https" if settings.tls_certfile else "http"
    print(f"EHCP drafting appliance on {scheme}://{settings.host}:{settings.port}", file=sys.stderr)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(settings.tls_certfile) if settings.tls_certfile else None,
        ssl_keyfile=str(settings.tls_keyfile) if settings.tls_keyfile else None,
        log_level="warning",
        # Forwarded headers only from the council's reverse proxy, never from anyone who sends them.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
        access_log=False,  # URLs carry case ids only, but keep the log quiet; the audit has the record
        server_header=False,
    )
    return 0
