"""A council model server that speaks the OpenAI chat API (llama.cpp's llama-server, vLLM,
Ollama, an OpenAI-compatible gateway) on the council network.

- Dialect: the reply schema goes as `{"type": "json_schema", "json_schema": {...}}`, which
  llama-server, vLLM and Ollama honour; a server that refuses that form (llama-cpp-python's own
  server) gets `{"type": "json_object", "schema": ...}` instead, once noticed. The model name is
  discovered from `/v1/models` unless set, and the served name and the server's engine are
  recorded with every draft.
- Transport (`server_config`): https with the council's CA, a bearer key, no plain http off the
  machine unless allowed.
- Failures (`server_errors`): connection errors, 5xx and 503 are retried with back-off for
  `retry_seconds`; then `ModelUnavailable` with a message saying what to do. One unusable reply
  is a `ModelReplyError`. Every failure is logged with its cause, never with the prompt or reply.
- At most `parallel` requests are in flight from this appliance at once, however many drafts run.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import Any, NoReturn

import httpx

from appliance.config import ResponseFormat
from appliance.errors import ModelReplyError, ModelUnavailable
from appliance.llm import server_config, server_errors
from appliance.llm.base import Completion, ModelInfo, RewritePolicy
from appliance.llm.server_config import ServerConfig
from appliance.llm.server_errors import Failure

log = logging.getLogger(__name__)
CHAT = "/v1/chat/completions"
MODELS = "/v1/models"
ENGINES = {"llamacpp": "llama.cpp", "vllm": "vLLM", "library": "Ollama", "ollama": "Ollama", "me": "llama-cpp-python"}
MAX_DELAY = 8.0


class _FormatRefused(Exception):
    """The server refused the `json_schema` response format: switch to `json_object`."""


class _Failed(Exception):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _raise(failure: Failure, *, unavailable: bool = False) -> NoReturn:
    """Log the failure and raise it: one unusable reply, or the server unusable for now."""
    log.warning("model server: %s", failure.message)
    if failure.cause == "bad-reply" and not unavailable:
        raise ModelReplyError(failure.message)
    raise ModelUnavailable(failure.message)


class OpenAICompatibleLLM:
    def __init__(self, config: ServerConfig, *, rewrite: RewritePolicy = "needed") -> None:
        self.config = config
        self._client = server_config.client(config)
        self._slots = threading.BoundedSemaphore(config.parallel)
        self._lock = threading.Lock()
        self._format: ResponseFormat = "json_schema" if config.response_format == "auto" else config.response_format
        self._served: str | None = None
        self._info = ModelInfo(
            name=config.model or "(not yet known)",
            backend="openai-compatible",
            rewrite=rewrite,
            parallel=config.parallel,
            server=f"model server at {config.address}",
        )
        with contextlib.suppress(ModelUnavailable):  # logged; asked again before the first draft
            self.discover(retry=False)

    @property
    def info(self) -> ModelInfo:
        with self._lock:
            return self._info

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ discovery
    def discover(self, *, retry: bool = True) -> ModelInfo:
        """Which model the server serves (the configured one, else the first it lists) and what
        engine it is; `ModelUnavailable` when it cannot say and no model name is set."""
        listed: dict[str, Any] = {}
        try:
            listed = self._call("GET", MODELS, None, retry=retry)
        except _Failed as failed:
            # A gateway without /v1/models can still be asked for a configured name.
            if self.config.model is None or failed.failure.cause not in ("not-found", "bad-reply", "rejected"):
                _raise(failed.failure, unavailable=True)
        models = [m for m in listed.get("data") or [] if isinstance(m, dict) and isinstance(m.get("id"), str)]
        ids = [str(m["id"]) for m in models]
        if self.config.model and ids and self.config.model not in ids:
            failure = server_errors.from_status(404, "model", self.config, self.config.model)
            _raise(Failure(failure.cause, f"{failure.message} It serves: {', '.join(ids[:5])}."))
        if not self.config.model and not ids:
            _raise(Failure("no-model", f"The model server at {self.config.address} lists no model at /v1/models."))
        name = self.config.model or ids[0]
        entry = next((m for m in models if m["id"] == name), {})
        engine = self._engine(str(entry.get("owned_by") or ""))
        with self._lock:
            self._served = name
            self._info = ModelInfo(
                name=name,
                backend="openai-compatible",
                rewrite=self._info.rewrite,
                parallel=self.config.parallel,
                server=f"{engine} at {self.config.address}" if engine else f"model server at {self.config.address}",
            )
            return self._info

    def _engine(self, owned_by: str) -> str:
        """The server's engine, and its build where llama.cpp's /props says."""
        engine = ENGINES.get(owned_by.lower(), owned_by)
        try:
            reply = self._client.get("/props", timeout=self.config.connect_timeout)
            props = reply.json() if reply.status_code == 200 else {}
        except (httpx.HTTPError, ValueError):
            props = {}
        build = props.get("build_info") if isinstance(props, dict) else None
        return f"llama.cpp {build}" if isinstance(build, str) and build else engine

    def served_model(self) -> str:
        with self._lock:
            served = self._served
        return served if served is not None else self.discover().name

    # ------------------------------------------------------------------ completions
    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        body: dict[str, Any] = {
            "model": self.served_model(),
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": 0,
        }
        with self._slots:
            started = time.perf_counter()
            try:
                data = self._chat(body, schema)
            except _Failed as failed:
                _raise(failed.failure)
            seconds = time.perf_counter() - started
        return self._completion(data, seconds)

    def _chat(self, body: dict[str, Any], schema: dict[str, Any] | None) -> dict[str, Any]:
        try:
            return self._call("POST", CHAT, self._with_format(body, schema))
        except _FormatRefused:
            log.info("model server at %s refused json_schema; sending json_object", self.config.address)
            with self._lock:
                self._format = "json_object"
            return self._call("POST", CHAT, self._with_format(body, schema))

    def _with_format(self, body: dict[str, Any], schema: dict[str, Any] | None) -> dict[str, Any]:
        if schema is None:
            return body
        if self._format == "json_object":
            return {**body, "response_format": {"type": "json_object", "schema": schema}}
        return {
            **body,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": schema, "strict": True},
            },
        }

    def _completion(self, data: dict[str, Any], seconds: float) -> Completion:
        choices = data.get("choices")
        first = choices[0] if isinstance(choices, list) and choices else None
        message = first.get("message") if isinstance(first, dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            _raise(server_errors.bad_reply("no choices" if first is None else "no message text", self.config))
        usage = _object(data.get("usage"))
        details, timings = _object(usage.get("prompt_tokens_details")), _object(data.get("timings"))
        return Completion(
            text=content,
            prompt_tokens=_int(usage.get("prompt_tokens")),
            completion_tokens=_int(usage.get("completion_tokens")),
            cached_tokens=_int(details.get("cached_tokens", timings.get("cache_n"))),
            seconds=seconds,
        )

    # ------------------------------------------------------------------ transport
    def _call(self, method: str, path: str, body: dict[str, Any] | None, *, retry: bool = True) -> dict[str, Any]:
        """The JSON object the server answers, retrying what waiting may mend until
        `retry_seconds` have passed."""
        deadline = time.monotonic() + (self.config.retry_seconds if retry else 0.0)
        delay = 0.5
        while True:
            result = self._once(method, path, body)
            if not isinstance(result, Failure):
                return result
            if not result.retry or time.monotonic() + delay > deadline:
                raise _Failed(result)
            log.warning("model server: %s Retrying in %.1f s.", result.message, delay)
            time.sleep(delay)
            delay = min(delay * 2, MAX_DELAY)

    def _once(self, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any] | Failure:
        try:
            reply = self._client.request(method, path, json=body)
        except httpx.HTTPError as exc:
            return server_errors.from_exception(exc, self.config)
        if reply.status_code >= 400:
            if self._format_refused(reply, body):
                raise _FormatRefused()
            return server_errors.from_status(reply.status_code, reply.text[:2000], self.config, self._served)
        try:
            data = reply.json()
        except ValueError:
            return server_errors.bad_reply("not JSON", self.config)
        if not isinstance(data, dict):
            return server_errors.bad_reply("not a JSON object", self.config)
        return data

    def _format_refused(self, reply: httpx.Response, body: dict[str, Any] | None) -> bool:
        sent = (body or {}).get("response_format") or {}
        return (
            self.config.response_format == "auto"
            and sent.get("type") == "json_schema"
            and reply.status_code in (400, 422, 500)
            and ("json_schema" in reply.text or "response_format" in reply.text)
        )


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
