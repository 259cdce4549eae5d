"""Model servers the remote-backend tests talk to, on loopback:

- `LlamaCppServer`: llama-cpp-python's own OpenAI server (`python -m llama_cpp.server`) in a
  child process, serving the embedded model (optionally with a key and TLS);
- `ScriptedServer`: a small threaded HTTP server whose replies a test scripts (error statuses,
  bad shapes, slow replies, dropped connections, held requests), and which counts how many
  requests it was serving at once.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from appliance.config import PROJECT_ROOT
from appliance.llm.manifest import resolve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def embedded_model() -> Path:
    return resolve(PROJECT_ROOT / "models" / "manifest.toml").path


class LlamaCppServer:
    """`python -m llama_cpp.server` with the embedded model on a loopback port."""

    def __init__(self, *, api_key: str | None = None, cert: Path | None = None, key: Path | None = None) -> None:
        self.port = free_port()
        self.scheme = "https" if cert else "http"
        self.args = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(embedded_model()),
            "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "4096", "--verbose", "false",
        ]  # fmt: skip
        if api_key:
            self.args += ["--api_key", api_key]
        if cert and key:
            self.args += ["--ssl_certfile", str(cert), "--ssl_keyfile", str(key)]
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120.0) -> LlamaCppServer:
        env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
        self.process = subprocess.Popen(self.args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {self.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("llama_cpp.server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> LlamaCppServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ---------------------------------------------------------------------------- scripted server
@dataclass
class Reply:
    status: int = 200
    body: Any = None  # a dict (sent as JSON), bytes (sent as is), or None (an OpenAI reply echoing the prompt)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering


Script = Callable[[str, str, dict[str, Any]], Reply]  # (method, path, request body) -> reply


def chat_reply(content: str, prompt_tokens: int = 10, completion_tokens: int = 5) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": "test-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens},
    }


MODELS = {"object": "list", "data": [{"id": "test-model", "object": "model", "owned_by": "tester"}]}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class ScriptedServer:
    script: Script
    seen: list[Seen] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    gate: threading.Event | None = None  # when set, chat requests wait for it before answering
    bind_port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {}
                chat = owner._enter(Seen(method, self.path, dict(self.headers), body))
                try:
                    if owner.gate is not None and self.path.endswith("/chat/completions"):
                        owner.gate.wait(timeout=30)
                    reply = owner.script(method, self.path, body)
                    time.sleep(reply.delay)
                    if reply.drop:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    self._send(reply, body)
                finally:
                    owner._leave(chat)

            def _send(self, reply: Reply, body: dict[str, Any]) -> None:
                payload = reply.body
                if payload is None:
                    payload = chat_reply(body["messages"][-1]["content"])
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.bind_port), Handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _enter(self, seen: Seen) -> bool:
        chat = seen.path.endswith("/chat/completions")
        with self._lock:
            self.seen.append(seen)
            if chat:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
        return chat

    def _leave(self, chat: bool) -> None:
        with self._lock:
            if chat:
                self.in_flight -= 1

    def chats(self) -> list[Seen]:
        return [s for s in self.seen if s.path.endswith("/chat/completions")]

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.gate is not None:
            self.gate.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def get_json(url: str, **kwargs: Any) -> Any:
    return httpx.get(url, timeout=10, **kwargs).json()
