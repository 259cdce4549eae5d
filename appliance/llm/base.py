"""What every model backend implements: `complete`, one chat turn, optionally schema-bound."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

# Which statements of B-H the model rewrites: every one, only those whose extract the deterministic
# plan-language pass left in report voice, or none (that pass alone).
RewritePolicy = Literal["all", "needed", "none"]
REWRITE_POLICIES: tuple[RewritePolicy, ...] = ("all", "needed", "none")


@dataclass(frozen=True)
class ModelInfo:
    name: str
    backend: str
    file: str | None = None
    sha256: str | None = None
    context: int = 4096
    rewrite: RewritePolicy = "needed"


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens reused from the previous call's prefix
    seconds: float = 0.0


@dataclass
class Usage:
    """Running totals for one draft: what the benchmark's efficiency ratio is computed from."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    seconds: float = 0.0

    def add(self, c: Completion) -> None:
        self.calls += 1
        self.prompt_tokens += c.prompt_tokens
        self.completion_tokens += c.completion_tokens
        self.cached_tokens += c.cached_tokens
        self.seconds += c.seconds

    def as_dict(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cached_tokens": self.cached_tokens,
            "seconds": round(self.seconds, 3),
        }


class LLM(Protocol):
    info: ModelInfo

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        """One assistant turn for `messages`. With `schema`, the reply is JSON valid against it
        (constrained decoding where the backend supports it; callers validate regardless)."""
        ...
