"""Every upload is read in a child process with hard limits, so a hostile file (a PDF stream that
inflates to gigabytes, a Word file that takes minutes to lay out, hundreds of pages for OCR)
costs a bounded amount and can be stopped.

The child is forked from a fork server that has already loaded the parsers, so it starts in
milliseconds. In the child, before the file is touched: its own process group (so OCR processes
it starts die with it), an address-space limit (memory), a CPU-seconds limit, no core dumps, no
file writes (RLIMIT_FSIZE 0: nothing of the document can reach the disk), and no network. The
parent waits with a wall-clock limit, reads a bounded reply (JSON, never a pickle: a child that a
parser bug had taken over could not run code in the parent through it), and kills the whole
group when a limit is reached or the caller cancels. What exceeds a limit is refused with a
message that says which limit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from appliance.errors import Cancelled, DocumentTooLarge, InputError, UnreadableDocument
from appliance.ingest import IngestedDocument, ingest
from appliance.ingest.doctype import DocumentDetails
from appliance.ingest.guard import check_size
from appliance.ingest.passages import Passage

MB = 1024 * 1024
POLL_S = 0.05
# Two files are read at once at most: each may use its memory limit.
_READING = threading.BoundedSemaphore(2)
ERRORS: dict[str, type[InputError]] = {
    "UnreadableDocument": UnreadableDocument,
    "DocumentTooLarge": DocumentTooLarge,
    "InputError": InputError,
}


@dataclass(frozen=True)
class ParseLimits:
    """What reading one file may cost (settings: MAX_UPLOAD_BYTES, MAX_PAGES, PARSE_MEMORY_MB,
    PARSE_CPU_SECONDS, PARSE_SECONDS, PARSE_OUTPUT_MB)."""

    max_bytes: int
    max_pages: int
    memory_mb: int = 1024
    cpu_seconds: int = 120
    wall_seconds: float = 180.0
    output_mb: int = 32


# ---------------------------------------------------------------------------- the child
def _limit_child(limits: ParseLimits) -> None:
    os.setsid()  # a process group of its own: OCR processes it starts are killed with it
    page = os.sysconf("SC_PAGE_SIZE")
    with open("/proc/self/statm", encoding="ascii") as f:
        mapped = int(f.read().split()[0]) * page  # the parsers already loaded, shared with the server
    memory = mapped + limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    from appliance.safeguards import offline

    offline.install_network_guard([])


def _child(conn: Any, data: bytes, filename: str, limits: ParseLimits) -> None:
    try:
        _limit_child(limits)
        doc = ingest(data, filename, max_bytes=limits.max_bytes, max_pages=limits.max_pages)
        reply: dict[str, Any] = {"ok": _encode(doc)}
    except InputError as exc:
        reply = {"error": type(exc).__name__, "message": str(exc)}
    except MemoryError:
        reply = {"error": "memory"}
    except Exception as exc:  # a parser failing in a way of its own: the file cannot be read
        reply = {"error": "crashed", "message": type(exc).__name__}
    try:
        payload = json.dumps(reply).encode("utf-8")
    except MemoryError:
        payload = b'{"error": "memory"}'
    if len(payload) > limits.output_mb * MB:
        payload = b'{"error": "output"}'
    conn.send_bytes(payload)
    conn.close()


def _encode(doc: IngestedDocument) -> dict[str, Any]:
    return asdict(doc)


def _decode(raw: dict[str, Any]) -> IngestedDocument:
    passages = [
        Passage(**{**p, "headings": tuple(p["headings"]), "cells": tuple(p["cells"]), "header": tuple(p["header"])})
        for p in raw["passages"]
    ]
    return IngestedDocument(**{**raw, "details": DocumentDetails(**raw["details"]), "passages": passages})


# ---------------------------------------------------------------------------- the parent
@cache
def _context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["appliance.ingest.warm_parsers", "appliance.ingest.isolation"])
    return ctx


def warm_up() -> None:
    """Start the fork server now (it loads the parsers in the background, a few seconds) rather
    than at the first upload."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def _kill(proc: Any) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.join()


def ingest_isolated(
    data: bytes, filename: str, limits: ParseLimits, cancel: threading.Event | None = None
) -> IngestedDocument:
    """`ingest` in a child process under `limits`. Raises `InputError` subclasses with a message
    for the user (the limit that was reached), or `Cancelled` when `cancel` is set."""
    check_size(len(data), limits.max_bytes)
    with _READING:
        reader, writer = _context().Pipe(duplex=False)
        proc = _context().Process(target=_child, args=(writer, data, filename, limits), daemon=True)
        proc.start()
        writer.close()
        try:
            raw = _wait(proc, reader, limits, cancel)
        finally:
            reader.close()
            if proc.is_alive():
                _kill(proc)
            proc.join()
    return _reply(raw, proc.exitcode, limits)


def _wait(proc: Any, reader: Any, limits: ParseLimits, cancel: threading.Event | None) -> bytes | None:
    deadline = time.monotonic() + limits.wall_seconds
    while not reader.poll(POLL_S):
        if cancel is not None and cancel.is_set():
            _kill(proc)
            raise Cancelled("Reading the file was cancelled.")
        if time.monotonic() > deadline:
            _kill(proc)
            raise UnreadableDocument(
                f"This file took longer than {limits.wall_seconds:g} seconds to read and was stopped "
                "(the most one file may take). Nothing was kept. If it is genuine, split it into smaller files."
            )
        if not proc.is_alive() and not reader.poll(0):
            return None
    try:
        return bytes(reader.recv_bytes(limits.output_mb * MB + 1024))
    except (EOFError, OSError):
        return None


def _reply(raw: bytes | None, exitcode: int | None, limits: ParseLimits) -> IngestedDocument:
    if raw is None:
        if exitcode == -signal.SIGXCPU:
            raise UnreadableDocument(
                f"This file needed more than {limits.cpu_seconds} seconds of processing to read and was stopped "
                "(the most one file may take). Nothing was kept."
            )
        raise _crashed(limits)
    reply = json.loads(raw)
    if "ok" in reply:
        return _decode(reply["ok"])
    error = reply["error"]
    if error in ERRORS:
        raise ERRORS[error](reply["message"])
    if error == "memory":
        raise _memory(limits)
    if error == "output":
        raise UnreadableDocument(
            f"This file holds more than {limits.output_mb} MB of text, more than one document may. Nothing was kept."
        )
    raise _crashed(limits)


def _memory(limits: ParseLimits) -> DocumentTooLarge:
    return DocumentTooLarge(
        f"This file needs more than {limits.memory_mb} MB of memory to read (it unpacks to far more than its "
        "size: a 'decompression bomb', or a damaged file) and was refused. Nothing was kept."
    )


def _crashed(limits: ParseLimits) -> UnreadableDocument:
    return UnreadableDocument(
        "This file could not be read: the reader stopped on it (it may be damaged, or need more than "
        f"{limits.memory_mb} MB of memory). Nothing was kept."
    )
