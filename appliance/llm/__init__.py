"""The model boundary: one protocol, an in-process llama.cpp backend, an OpenAI-compatible
backend for a council model server, and a scripted fake for unit tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from appliance.llm.base import LLM, Completion, ModelInfo

if TYPE_CHECKING:
    from appliance.config import Settings

__all__ = ["LLM", "Completion", "ModelInfo", "load_llm"]


def load_llm(settings: Settings) -> LLM:
    """The model the settings name: a council server when configured, else in-process."""
    from appliance.llm.manifest import resolve

    if settings.llm_base_url:
        from appliance.llm.openai_compat import OpenAICompatibleLLM

        return OpenAICompatibleLLM(settings.llm_base_url, settings.model)
    from appliance.llm.llama import LlamaCppLLM

    return LlamaCppLLM(resolve(settings.manifest_path, settings.model), threads=settings.llm_threads)
