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
    parallel: int = 1  # requests the backend serves at once: the statements of a draft written together
    server: str | None = None  # a model server's engine and address (never a key)

    def record(self) -> dict[str, str | None]:
        """What a draft records about the model that wrote it."""
        out: dict[str, str | None] = {"name": self.name, "backend": self.backend, "sha256": self.sha256}
        if self.server:
            out["server"] = self.server
        return out


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens reused from the previous call's prefix
    seconds: float = 0.0


@dataclass
class Usage:
    """Running totals for one draft: what the benchmark's efficiency ratio is computed from, and
    what went wrong with the model, for the caseworker (`notice`)."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    seconds: float = 0.0
    unusable: int = 0  # replies that were not usable: the extract stands
    skipped: int = 0  # statements the model was to write but could not: the model was unavailable
    unavailable: str | None = None  # why, in plain words

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
            "unusable": self.unusable,
            "skipped": self.skipped,
            "unavailable": self.unavailable,
        }


def model_notice(llm_stats: dict[str, Any]) -> str | None:
    """A sentence for the caseworker when the model could not write what it was asked to
    (`Usage.as_dict()` of a draft), or None when all went well."""
    parts = []
    if llm_stats.get("skipped"):
        parts.append(
            f"{llm_stats['skipped']} statements are the advice's own wording because the model could not be used: "
            f"{llm_stats.get('unavailable') or 'the model server failed.'}"
        )
    if llm_stats.get("unusable"):
        parts.append(
            f"The model's reply was not usable for {llm_stats['unusable']} of {llm_stats.get('calls', 0)} "
            "statements; those are the advice's own wording."
        )
    return " ".join(parts) or None


class LLM(Protocol):
    @property
    def info(self) -> ModelInfo: ...

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        """One assistant turn for `messages`. With `schema`, the reply is JSON valid against it
        (constrained decoding where the backend supports it; callers validate regardless).

        Raises `ModelUnavailable` when the model cannot be used now (a model server down or
        refusing the key: the caller keeps extracts) and `ModelReplyError` for one unusable
        reply. With `info.parallel` > 1 it is called from that many threads at once."""
        ...
