"""Offline by design: library telemetry opt-outs, and a guard on the process's own sockets.

The guard wraps `socket.socket.connect`, `connect_ex`, `sendto` and `sendmsg` so that any
connection or datagram to an address outside loopback and the configured intranet ranges is
refused (and reported to a callback that audits it). The model runs in-process in C and opens
no sockets; Tesseract runs as a child process without network use. The guard covers this
process only: the network namespace test (`unshare -n`) proves the whole journey works with no
network at all.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from typing import Any

# Library opt-outs, set before those libraries are imported.
OPT_OUTS = {
    "DO_NOT_TRACK": "1",  # unstructured telemetry
    "SCARF_NO_ANALYTICS": "true",  # unstructured's scarf analytics
    "UNSTRUCTURED_DISABLE_NOTICE": "1",  # unstructured's advert
    "HF_HUB_OFFLINE": "1",  # any Hugging Face hub lookup
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "PIP_NO_INDEX": "1",  # nothing at run time installs packages
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
}


# Library loggers that echo document text at debug or info level; capped so that turning on
# debug logging for the appliance never writes a child's details to the logs.
CONTENT_LOGGERS = {
    "unstructured": logging.WARNING,
    "unstructured.trace": logging.CRITICAL + 1,
    "pdfminer": logging.WARNING,
    "docx": logging.WARNING,
    "spacy": logging.WARNING,
    "llama_cpp": logging.WARNING,
    "multipart": logging.WARNING,
    "httpx": logging.WARNING,
}


def apply_library_opt_outs() -> None:
    for name, value in OPT_OUTS.items():
        os.environ[name] = value
    for logger, level in CONTENT_LOGGERS.items():
        logging.getLogger(logger).setLevel(level)


def opt_outs_in_force() -> dict[str, bool]:
    return {name: os.environ.get(name) == value for name, value in OPT_OUTS.items()}


class OutboundBlocked(ConnectionRefusedError):
    """Raised instead of connecting to an address outside the allowed networks."""


_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_sendto = socket.socket.sendto
_original_sendmsg = socket.socket.sendmsg
_guard_lock = threading.Lock()
_allowed: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
_on_attempt: Callable[[str], None] | None = None


def _allowed_address(address: Any) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths never leave the machine
        return True
    try:
        ip = ipaddress.ip_address(str(address[0]).split("%")[0])
    except ValueError:
        return False  # an unresolved name: resolution happens before connect, so refuse
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in net for net in _allowed)


def _check(address: Any) -> None:
    if _allowed_address(address):
        return
    target = f"{address[0]}:{address[1]}" if isinstance(address, tuple) and len(address) > 1 else str(address)
    if _on_attempt is not None:
        with contextlib.suppress(Exception):  # reporting must never let the connection through
            _on_attempt(target)
    raise OutboundBlocked(f"outbound connection to {target} blocked: the appliance works offline")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    _original_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    return _original_connect_ex(self, address)


def _guarded_sendto(self: socket.socket, data: Any, *args: Any) -> int:
    if self.family in (socket.AF_INET, socket.AF_INET6) and args:
        _check(args[-1])  # sendto(data, address) or sendto(data, flags, address)
    return _original_sendto(self, data, *args)


def _guarded_sendmsg(self: socket.socket, buffers: Any, ancdata: Any = (), flags: int = 0, address: Any = None) -> int:
    if self.family in (socket.AF_INET, socket.AF_INET6) and address is not None:
        _check(address)
        return _original_sendmsg(self, buffers, ancdata, flags, address)
    return _original_sendmsg(self, buffers, ancdata, flags)


def install_network_guard(allowed_networks: Iterable[str], on_attempt: Callable[[str], None] | None = None) -> None:
    """Refuse connections outside `allowed_networks` from now on, in every thread."""
    global _on_attempt
    with _guard_lock:
        _allowed[:] = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]
        _on_attempt = on_attempt
        socket.socket.connect = _guarded_connect  # type: ignore[method-assign, assignment]
        socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign, assignment]
        socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign, assignment]
        socket.socket.sendmsg = _guarded_sendmsg  # type: ignore[method-assign, assignment]


def is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine (data sent there never crosses a network)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def guard_installed() -> bool:
    methods: dict[str, object] = dict(vars(socket.socket))
    return methods.get("connect") is _guarded_connect and methods.get("sendto") is _guarded_sendto


def allowed_networks() -> list[str]:
    return [str(n) for n in _allowed]
