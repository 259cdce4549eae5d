"""What went wrong with a council model server, in words a caseworker or IT can act on, and
whether waiting and retrying may help. Messages name the server's address and the setting to
change; they never carry the key, a prompt or a reply (which hold the child's details)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import httpx

from appliance.llm.server_config import ServerConfig
from appliance.safeguards.offline import OutboundBlocked

Cause = Literal[
    "unreachable",  # refused, no route, name unknown
    "blocked",  # the appliance's own network guard refused the address
    "tls",  # certificate not trusted, wrong name, not TLS at all
    "timeout",  # no reply in time
    "dropped",  # the connection closed mid-request (a server restarting)
    "refused-key",
    "needs-key",
    "forbidden",
    "not-found",  # no OpenAI chat API at that address
    "no-model",  # the server does not serve the model asked for
    "server-error",  # 5xx
    "busy",  # 503, 429: loading or overloaded
    "rejected",  # other 4xx
    "bad-reply",  # a reply that is not the OpenAI shape
]
RETRY: frozenset[Cause] = frozenset({"unreachable", "dropped", "server-error", "busy"})


@dataclass(frozen=True)
class Failure:
    cause: Cause
    message: str

    @property
    def retry(self) -> bool:
        return self.cause in RETRY


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def from_exception(exc: httpx.HTTPError, config: ServerConfig) -> Failure:
    where = config.address
    chain = list(_chain(exc))
    blocked = next((e for e in chain if isinstance(e, OutboundBlocked)), None)
    if blocked is not None:
        return Failure(
            "blocked",
            f"The model server's address {where} is outside EHCP_ALLOWED_NETWORKS, so the appliance refused to "
            "connect: add the server's range to EHCP_ALLOWED_NETWORKS.",
        )
    cert = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if cert is not None:
        return Failure(
            "tls",
            f"The model server's certificate at {where} is not trusted ({cert.verify_message or 'not verified'}): "
            "set EHCP_LLM_CA_FILE to the council's CA bundle, and check the address matches the certificate.",
        )
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return Failure(
            "tls", f"The model server at {where} did not complete a TLS handshake: check it serves https:// there."
        )
    if isinstance(exc, httpx.ConnectTimeout):
        return Failure(
            "unreachable",
            f"The model server is not reachable at {where}: no answer within {config.connect_timeout:g} s.",
        )
    if isinstance(exc, httpx.TimeoutException):
        return Failure(
            "timeout",
            f"The model server at {where} did not reply within {config.timeout:g} s (EHCP_LLM_TIMEOUT).",
        )
    if isinstance(exc, httpx.ConnectError):
        return Failure("unreachable", f"The model server is not reachable at {where} ({_reason(chain)}).")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return Failure("dropped", f"The connection to the model server at {where} was closed before it replied.")
    return Failure("unreachable", f"The model server at {where} could not be used ({type(exc).__name__}).")


def _reason(chain: list[BaseException]) -> str:
    for e in chain:
        if isinstance(e, ConnectionRefusedError):
            return "connection refused: is it running, and on this port?"
        if isinstance(e, OSError) and e.strerror:
            return e.strerror.lower()
    return "the connection failed"


def from_status(status: int, body: str, config: ServerConfig, model: str | None) -> Failure:
    """A failure for an HTTP error status; the body is only looked at, never repeated."""
    where = config.address
    if status == 401:
        if config.api_key:
            return Failure("refused-key", f"The model server at {where} refused the key (EHCP_LLM_API_KEY).")
        return Failure(
            "needs-key", f"The model server at {where} needs a key: set EHCP_LLM_API_KEY or EHCP_LLM_API_KEY_FILE."
        )
    if status == 403:
        return Failure("forbidden", f"The model server at {where} refused access (HTTP 403).")
    if status == 404:
        if "model" in body.lower():
            return Failure(
                "no-model",
                f"The model server at {where} does not serve the model {model!r}: set EHCP_LLM_MODEL to a name "
                "its /v1/models lists (or leave it unset to use the first).",
            )
        return Failure(
            "not-found",
            f"There is no OpenAI-compatible API at {config.base_url} (HTTP 404): check EHCP_LLM_BASE_URL "
            "(the server's address, e.g. https://host:8080).",
        )
    if status in (429, 503):
        return Failure("busy", f"The model server at {where} is busy or still loading its model (HTTP {status}).")
    if status >= 500:
        return Failure("server-error", f"The model server at {where} had an internal error (HTTP {status}).")
    return Failure("rejected", f"The model server at {where} rejected the request (HTTP {status}).")


def bad_reply(what: str, config: ServerConfig) -> Failure:
    return Failure("bad-reply", f"The model server at {config.address} sent a reply that was not usable ({what}).")
