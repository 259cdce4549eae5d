"""Upload bodies, read only after the session and the CSRF token have been checked (the upload
route declares no body parameters, so its dependencies run first), streamed part by part: each
file keeps at most one byte more than the limit in memory while its full size is counted, so a
refusal can say how big the file was. The security middleware stops the whole body at the
request limit. Reading a file runs in a worker thread and is cancelled (its child process
killed) when the client goes away."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from python_multipart.multipart import MultipartParser, parse_options_header

from appliance.errors import InputError

T = TypeVar("T")
MAX_HEADER_BYTES = 64 * 1024  # a part's headers (its file name): longer ones fail the request, plainly
MAX_FIELD_BYTES = 4096
MAX_FILES = 20
WATCH_S = 0.25


@dataclass
class UploadedFile:
    filename: str  # as the browser sent it; clean it before showing or keeping it
    data: bytearray = field(default_factory=bytearray)  # at most the limit plus one byte
    size: int = 0  # the whole file as sent


@dataclass
class _Part:
    headers: dict[bytes, bytes] = field(default_factory=dict)
    file: UploadedFile | None = None
    field_name: str = ""
    value: bytearray = field(default_factory=bytearray)


class _Collector:
    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.files: list[UploadedFile] = []
        self.fields: dict[str, str] = {}
        self.part = _Part()
        self._header_field = bytearray()
        self._header_value = bytearray()

    def part_begin(self) -> None:
        self.part = _Part()

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def header_end(self) -> None:
        self.part.headers[bytes(self._header_field).lower()] = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()

    def headers_finished(self) -> None:
        _, options = parse_options_header(self.part.headers.get(b"content-disposition", b""))
        self.part.field_name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in options:
            if len(self.files) >= MAX_FILES:
                raise InputError(f"Upload at most {MAX_FILES} files at a time.")
            self.part.file = UploadedFile(options[b"filename"].decode("utf-8", "replace"))
            self.files.append(self.part.file)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        if self.part.file is not None:
            f = self.part.file
            f.size += end - start
            room = self.keep - len(f.data)
            if room > 0:
                f.data += data[start : start + min(room, end - start)]
        elif len(self.part.value) < MAX_FIELD_BYTES:
            self.part.value += data[start:end]

    def part_end(self) -> None:
        if self.part.file is None and self.part.field_name:
            self.fields[self.part.field_name] = bytes(self.part.value[:MAX_FIELD_BYTES]).decode("utf-8", "replace")


async def read_uploads(request: Request, max_bytes: int) -> list[UploadedFile]:
    """The files of a multipart upload, each cut at `max_bytes` + 1 with its full size counted."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise InputError("Choose one or more files to upload.")
    collector = _Collector(max_bytes + 1)
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": collector.part_begin,
            "on_header_field": collector.header_field,
            "on_header_value": collector.header_value,
            "on_header_end": collector.header_end,
            "on_headers_finished": collector.headers_finished,
            "on_part_data": collector.part_data,
            "on_part_end": collector.part_end,
        },
        max_header_size=MAX_HEADER_BYTES,
    )
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except InputError:
        raise
    except Exception as exc:  # python-multipart's parse errors: a malformed or hostile body
        raise InputError(
            f"This upload could not be read (a file name longer than {MAX_HEADER_BYTES // 1024} KB, or a damaged "
            "request). Nothing was kept."
        ) from exc
    return collector.files


async def run_cancellable(request: Request, work: Callable[[threading.Event], T]) -> T:
    """`work(cancel)` in a worker thread; `cancel` is set if the client disconnects meanwhile."""
    cancel = threading.Event()
    task = asyncio.ensure_future(run_in_threadpool(work, cancel))
    while not task.done():
        await asyncio.wait({task}, timeout=WATCH_S)
        if not task.done() and await request.is_disconnected():
            cancel.set()
    return task.result()
