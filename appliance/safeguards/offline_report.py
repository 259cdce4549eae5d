"""The offline check (`python -m appliance offline-check` and the DPO's page): evidence that the
appliance runs offline and keeps its data encrypted, one line per fact.

Each `Check` is passed (True), failed (False) or information to read (None).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from appliance.config import Settings
from appliance.errors import ModelError, ModelReplyError, ModelUnavailable
from appliance.llm import manifest, server_config
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.safeguards import offline
from appliance.store import Store
from appliance.store.keys import file_mode, key_source

PROBE_ADDRESS = ("192.0.2.1", 443)  # TEST-NET-1: documentation only, never routed


@dataclass(frozen=True)
class Check:
    area: str
    name: str
    ok: bool | None
    detail: str


def model_checks(settings: Settings) -> list[Check]:
    try:
        default, specs = manifest.load_manifest(settings.manifest_path)
    except ModelError as exc:
        return [Check("model", "manifest", False, str(exc))]
    out = []
    for name, spec in specs.items():
        label = f"{name}{' (default)' if name == default else ''}"
        if not spec.path.exists():
            out.append(Check("model", label, None if name != default else False, f"{spec.path} is not installed"))
            continue
        actual = manifest.file_sha256(spec.path)
        matches = actual == spec.sha256
        out.append(
            Check(
                "model",
                label,
                matches,
                f"{spec.path.name} sha256 {actual} {'matches' if matches else 'DOES NOT match'} models/manifest.toml",
            )
        )
    return out


def telemetry_checks() -> list[Check]:
    return [
        Check("telemetry", name, ok, f"{name}={os.environ.get(name, '(unset)')}")
        for name, ok in offline.opt_outs_in_force().items()
    ]


def outbound_check(address: tuple[str, int] = PROBE_ADDRESS) -> Check:
    """Try to connect out; passed when the appliance's guard refuses it (and audits it)."""
    target = f"{address[0]}:{address[1]}"
    try:
        with socket.create_connection(address, timeout=2):
            return Check("network", "outbound connection", False, f"connected to {target}: NOT blocked")
    except offline.OutboundBlocked:
        return Check(
            "network",
            "outbound connection",
            True,
            f"a connection to {target} was attempted and refused by the appliance (audited)",
        )
    except OSError as exc:
        guarded = offline.guard_installed()
        return Check(
            "network",
            "outbound connection",
            None if guarded else False,
            f"a connection to {target} failed at the network ({type(exc).__name__}); "
            f"the appliance's own guard is {'on' if guarded else 'NOT on'}",
        )


def network_checks(settings: Settings) -> list[Check]:
    return [
        Check(
            "network",
            "guard",
            offline.guard_installed(),
            "outbound connections allowed only to " + ", ".join(settings.allowed_networks),
        ),
        outbound_check(),
    ]


def store_checks(settings: Settings) -> list[Check]:
    path = settings.store_file
    if not path.exists():
        return [Check("store", "encrypted store", None, f"{path} does not exist yet")]
    with path.open("rb") as f:
        header = f.read(16)
    encrypted = header != b"SQLite format 3\x00"
    mode = file_mode(path)
    return [
        Check(
            "store",
            "encrypted store",
            encrypted,
            f"{path} {'has no plaintext header (SQLCipher, AES-256)' if encrypted else 'is NOT encrypted'}",
        ),
        Check("store", "store file permissions", mode is not None and not mode & 0o077, f"mode {mode:o}"),
    ]


def integrity_checks(store: Store) -> list[Check]:
    """Every page of the store file: SQLCipher's page authentication (HMAC) and SQLite's own
    integrity check."""
    problems = store.integrity_problems()
    detail = "every page authenticates and the database is consistent" if not problems else "; ".join(problems[:5])
    return [Check("store", "integrity", not problems, detail if not problems else f"DAMAGED: {detail}")]


def key_checks(settings: Settings) -> list[Check]:
    source = key_source(settings)
    if not source.startswith("key file"):
        return [Check("key", "key source", True, source)]
    mode = file_mode(settings.key_path)
    if mode is None:
        return [Check("key", "key file", False, f"{settings.key_path} does not exist")]
    owner_only = not mode & 0o077
    return [
        Check(
            "key",
            "key file permissions",
            owner_only,
            f"{settings.key_path} mode {mode:o}{'' if owner_only else ' (run chmod 600)'}",
        )
    ]


def _listening_ports() -> list[str]:
    """Addresses with a TCP socket listening on this machine (from /proc/net)."""
    found = []
    for table, width in (("/proc/net/tcp", 4), ("/proc/net/tcp6", 16)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 3 and fields[3] == "0A":  # LISTEN
                hex_ip, hex_port = fields[1].split(":")
                raw = bytes.fromhex(hex_ip)
                ip = ipaddress.ip_address(b"".join(raw[i : i + 4][::-1] for i in range(0, width, 4)))
                found.append(f"{ip}:{int(hex_port, 16)}")
    return sorted(set(found))


def listening_checks(settings: Settings) -> list[Check]:
    try:
        loopback = ipaddress.ip_address(settings.host).is_loopback
    except ValueError:
        loopback = settings.host == "localhost"
    tls = bool(settings.tls_certfile)
    out = [
        Check(
            "listening",
            "web app address",
            loopback or tls,
            f"{settings.host}:{settings.port}"
            + ("" if loopback or tls else " is reachable from the network without TLS"),
        )
    ]
    ports = _listening_ports()
    out.append(Check("listening", "sockets listening on this machine", None, ", ".join(ports) or "none"))
    return out


def tls_checks(settings: Settings) -> list[Check]:
    if not settings.tls_certfile:
        return [Check("tls", "TLS", None, "off: serving plain HTTP (acceptable on loopback behind a TLS proxy)")]
    cert, key = settings.tls_certfile, settings.tls_keyfile
    if not cert.exists() or key is None or not key.exists():
        return [Check("tls", "TLS", False, "a certificate or key file is missing")]
    try:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(cert), str(key))
    except (ssl.SSLError, OSError) as exc:
        return [Check("tls", "TLS", False, f"the certificate and key do not load: {type(exc).__name__}")]
    mode = file_mode(key)
    return [
        Check("tls", "TLS", True, f"on: {cert}{_expiry(cert)}"),
        Check("tls", "TLS key permissions", mode is not None and not mode & 0o077, f"{key} mode {mode:o}"),
    ]


def _expiry(cert: Path) -> str:
    try:
        from cryptography import x509

        expires = x509.load_pem_x509_certificate(cert.read_bytes()).not_valid_after_utc
    except Exception:
        return ""
    days = (expires - datetime.now(UTC)).days
    return f", expires {expires.date().isoformat()} ({days} days)"


def model_server_checks(settings: Settings) -> list[Check]:
    """The council model server, when one is configured: its address against the guard's ranges,
    the transport, whether it answers (and its certificate checks out), the model it serves and
    whether it takes the key. Sends one one-token request with no case data."""
    area = "model server"
    if not settings.llm_base_url:
        return [Check(area, "model server", None, "none configured: the model runs in this process")]
    try:
        config = server_config.from_settings(settings)
    except ModelError as exc:
        return [Check(area, "settings", False, str(exc))]
    outside = _outside_allowed(config.host, config.port, settings.allowed_networks)
    out = [
        Check(
            area,
            "address allowed",
            not outside,
            f"{config.address} is outside EHCP_ALLOWED_NETWORKS ({', '.join(outside)}): the appliance refuses it"
            if outside
            else f"{config.address} is inside EHCP_ALLOWED_NETWORKS",
        ),
        _transport_check(config),
    ]
    if outside:
        return out
    llm = OpenAICompatibleLLM(replace(config, retry_seconds=0.0, timeout=min(config.timeout, 30.0)))
    try:
        return out + _answer_checks(llm, config)
    finally:
        llm.close()


def _answer_checks(llm: OpenAICompatibleLLM, config: server_config.ServerConfig) -> list[Check]:
    area = "model server"
    try:
        info = llm.discover(retry=False)
    except ModelUnavailable as exc:
        return [Check(area, "reachable", False, str(exc))]
    out = [
        Check(area, "reachable", True, f"{info.server}" + (", certificate trusted" if config.tls else "")),
        Check(area, "model", True, f"serves {info.name!r}" + ("" if config.model else " (from /v1/models)")),
    ]
    try:
        llm.complete([{"role": "user", "content": "ping"}], max_tokens=1)
    except (ModelUnavailable, ModelReplyError) as exc:
        return [*out, Check(area, "key", False, str(exc))]
    return [*out, Check(area, "key", True, "accepted" if config.api_key else "none set, none asked for")]


def _outside_allowed(host: str, port: int, allowed: list[str]) -> list[str]:
    """The server's addresses that the network guard would refuse."""
    try:
        addresses = {str(a[4][0]).split("%")[0] for a in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    except OSError:
        return [f"{host} (name not found)"]
    nets = [ipaddress.ip_network(n, strict=False) for n in allowed]
    return sorted(a for a in addresses if not any(ipaddress.ip_address(a) in net for net in nets))


def _transport_check(config: server_config.ServerConfig) -> Check:
    if config.tls:
        bundle = f" plus {config.ca_file}" if config.ca_file else ""
        return Check("model server", "transport", True, f"https, certificates checked against the system's CAs{bundle}")
    if offline.is_loopback(config.host):
        return Check("model server", "transport", None, "plain http on this machine (loopback)")
    return Check("model server", "transport", False, "plain http across the network (EHCP_LLM_ALLOW_HTTP)")


def run_checks(settings: Settings, store: Store | None = None) -> list[Check]:
    return [
        *model_checks(settings),
        *model_server_checks(settings),
        *telemetry_checks(),
        *network_checks(settings),
        *store_checks(settings),
        *(integrity_checks(store) if store is not None else []),
        *key_checks(settings),
        *listening_checks(settings),
        *tls_checks(settings),
    ]


def passed(checks: list[Check]) -> bool:
    return all(c.ok is not False for c in checks)


def as_text(checks: list[Check]) -> str:
    marks = {True: "ok  ", False: "FAIL", None: "info"}
    return "\n".join(f"[{marks[c.ok]}] {c.area:<10} {c.name}: {c.detail}" for c in checks)
