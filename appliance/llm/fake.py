"""A scripted model for unit tests: replies from a list or a function, and keeps a history."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from appliance.llm.base import Completion, ModelInfo

Reply = str | dict[str, Any]


class FakeLLM:
    def __init__(self, replies: list[Reply] | Callable[[list[dict[str, str]]], Reply] | None = None) -> None:
        self.info = ModelInfo(name="fake", backend="fake")
        self._replies = replies
        self.history: list[list[dict[str, str]]] = []

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        self.history.append(messages)
        if callable(self._replies):
            reply: Reply = self._replies(messages)
        elif self._replies:
            reply = self._replies.pop(0)
        else:
            reply = {"text": ""}
        text = reply if isinstance(reply, str) else json.dumps(reply)
        return Completion(
            text=text,
            prompt_tokens=sum(len(m["content"].split()) for m in messages),
            completion_tokens=len(text.split()),
        )
