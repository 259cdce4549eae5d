"""Serving the app with uvicorn (`python -m server`, `make run`)."""

from __future__ import annotations

import sys

import uvicorn
from starlette.types import ASGIApp

from appliance.config import Settings
from appliance.safeguards.accounts import initial_password_problem
from appliance.store import open_store
from server.app import create_app


def uvicorn_config(app: ASGIApp, settings: Settings) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        ssl_certfile=str(settings.tls_certfile) if settings.tls_certfile else None,
        ssl_keyfile=str(settings.tls_keyfile) if settings.tls_keyfile else None,
        log_level="warning",
        access_log=False,  # URLs carry case ids only, but keep the log quiet; the audit has the record
        server_header=False,
        # uvicorn believes X-Forwarded-For from any loopback client by default; the app decides
        # instead, from EHCP_TRUSTED_PROXIES only (server/proxies.py)
        proxy_headers=False,
    )


def serve(settings: Settings) -> int:
    problem = initial_password_problem()
    if problem is not None:  # before the store, the key or any account is created
        print(f"error: {problem}", file=sys.stderr)
        return 2
    open_store(settings).close()  # a missing key or a damaged store is said plainly, before serving
    app = create_app(settings)  # the factory also keeps uploads in memory (server/security.py)
    scheme = "https" if settings.tls_certfile else "http"
    print(f"EHCP drafting appliance on {scheme}://{settings.host}:{settings.port}", file=sys.stderr)
    uvicorn.Server(uvicorn_config(app, settings)).run()
    return 0
