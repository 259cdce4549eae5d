"""The client's address, which the audit records and the sign-in throttle counts by. Forwarding
headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from the reverse proxies named in
EHCP_TRUSTED_PROXIES (none by default): anyone else, on loopback or not, could write any address
there. uvicorn's own proxy-header handling is switched off (`server.main`) so this is the one
place that decides."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from appliance.config import Settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(entries: Iterable[str]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


def _trusted(host: str, trusted: tuple[Network, ...]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in n for n in trusted)


def client_address(peer: str, forwarded_for: str | None, trusted: tuple[Network, ...]) -> str:
    """The peer, or, when the peer is a trusted proxy, the nearest address in X-Forwarded-For
    that is not itself a trusted proxy (read from the right: the left end is the client's word)."""
    if not forwarded_for or not _trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            return hop if _is_address(hop) else peer
    return hops[0] if hops and _is_address(hops[0]) else peer


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class ForwardedFor:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.trusted = networks(settings.trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("client"):
            headers = {k.lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            peer, port = scope["client"]
            if self.trusted and _trusted(peer, self.trusted):
                scope = dict(scope)
                scope["client"] = (client_address(peer, headers.get(b"x-forwarded-for"), self.trusted), port)
                proto = headers.get(b"x-forwarded-proto", "").strip().lower()
                if proto in ("http", "https"):
                    scope["scheme"] = proto
        await self.app(scope, receive, send)
