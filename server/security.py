"""Protections every request passes through, as one plain ASGI middleware:

- response headers: a strict Content-Security-Policy (no inline script), no framing, no
  referrer, no sniffing, no caching of pages that show case data;
- a cap on request bodies, checked on Content-Length before anything is read and enforced
  while reading (for chunked bodies), so an oversized upload is refused with 413: forms get
  1 MB; only the upload route (which checks the session and CSRF token before it reads its body,
  server/uploads.py) gets room for files;
- state-changing requests from another site are refused (Origin / Sec-Fetch-Site), a second
  line behind the CSRF token that `server.deps` checks;
- uploads are kept in memory (Starlette would spool large ones to a plaintext temp file).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.formparsers import MultiPartParser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from appliance.config import Settings
from appliance.ingest.guard import megabytes
from server.proxies import ForwardedFor

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
FILES_PER_REQUEST = 4  # a request may carry this many files of the largest size allowed
FORM_OVERHEAD = 1024 * 1024
FORM_LIMIT = 1024 * 1024  # every other request's body: forms and small JSON
UPLOAD_PATH_RE = re.compile(r"^/cases/\d+/documents$")


def request_limit(settings: Settings) -> int:
    return settings.max_upload_bytes * FILES_PER_REQUEST + FORM_OVERHEAD


def too_large(settings: Settings, length: int | None, path: str) -> bytes:
    if not UPLOAD_PATH_RE.match(path):
        return b"This request is too large."
    limit = request_limit(settings)
    size = f"This upload is {megabytes(length)}; " if length else "This upload is too large: "
    return (
        f"{size}one upload may carry at most {megabytes(limit)} (files of up to "
        f"{megabytes(settings.max_upload_bytes)} each). Nothing was kept."
    ).encode()


def keep_uploads_in_memory(settings: Settings) -> None:
    """Starlette spools uploads over 1 MB to a temporary file on disk, in plaintext; raise its
    in-memory threshold above the request limit so advice never touches the disk unencrypted."""
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, request_limit(settings) + 1)


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def cross_site(scope: Scope) -> bool:
    """True when a browser says this request was made by another site's page."""
    headers = _headers(scope)
    site = headers.get("sec-fetch-site")
    if site is not None:
        # Browsers that send it are trusted over Origin, which is "null" on every form POST from
        # a page served with Referrer-Policy: no-referrer (Chromium).
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    return urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hsts = bool(settings.tls_certfile)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in UNSAFE_METHODS and cross_site(scope):
            await self._refuse(send, 403, b"Requests from other sites are refused.")
            return
        path = scope.get("path", "")
        limit = request_limit(self.settings) if UPLOAD_PATH_RE.match(path) else FORM_LIMIT
        length = _headers(scope).get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await self._refuse(send, 413, too_large(self.settings, int(length), path))
            return
        state = {"read": 0, "too_large": False, "refused": False}
        refusal = too_large(self.settings, None, path)

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["read"] += len(message.get("body", b""))
                if state["read"] > limit:
                    state["too_large"] = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                if state["too_large"]:
                    state["refused"] = True
                    await self._refuse(send, 413, refusal)
                    return
                message["headers"] = self._with_headers(message.get("headers", []))
            elif state["refused"]:
                return
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTooLarge:
            if not state["refused"]:
                await self._refuse(send, 413, refusal)

    def _with_headers(self, raw: Any) -> list[tuple[bytes, bytes]]:
        kept = [(k, v) for k, v in raw if k.decode("latin-1").lower() not in HEADERS]
        extra = dict(HEADERS)
        if self.hsts:
            extra["strict-transport-security"] = "max-age=31536000"
        return kept + [(k.encode(), v.encode()) for k, v in extra.items()]

    async def _refuse(self, send: Send, status: int, body: bytes) -> None:
        headers = self._with_headers(
            [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
        )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    """Raised while reading a request body past the limit; becomes a 413."""


def install(app: FastAPI, settings: Settings) -> None:
    keep_uploads_in_memory(settings)
    app.add_middleware(SecurityMiddleware, settings=settings)
    app.add_middleware(ForwardedFor, settings=settings)  # outermost: every layer sees the real client
