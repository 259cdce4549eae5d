"""A council model server that speaks the OpenAI chat API (llama.cpp's llama-server, vLLM)
on the council network. The network guard only lets it reach the configured ranges."""

from __future__ import annotations

import time
from typing import Any

import httpx

from appliance.errors import ModelError
from appliance.llm.base import Completion, ModelInfo


class OpenAICompatibleLLM:
    def __init__(self, base_url: str, model: str = "default", timeout: float = 120.0) -> None:
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, trust_env=False)
        self._model = model
        self.info = ModelInfo(name=model, backend=f"openai-compatible ({base_url})", rewrite="all")

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        body: dict[str, Any] = {"model": self._model, "messages": messages, "max_tokens": max_tokens, "temperature": 0}
        if schema:
            body["response_format"] = {"type": "json_object", "schema": schema}
        started = time.perf_counter()
        try:
            reply = self._client.post("/v1/chat/completions", json=body)
            reply.raise_for_status()
            data = reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise ModelError("The council model server did not answer.") from exc
        usage = data.get("usage") or {}
        return Completion(
            text=data["choices"][0]["message"]["content"] or "",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            cached_tokens=int((usage.get("prompt_tokens_details") or {}).get("cached_tokens", 0)),
            seconds=time.perf_counter() - started,
        )
