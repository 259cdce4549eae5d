"""The model boundary: one protocol, an in-process llama.cpp backend, an OpenAI-compatible
backend for a council model server, and a scripted fake for unit tests."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from appliance.llm.base import LLM, Completion, ModelInfo, RewritePolicy

if TYPE_CHECKING:
    from appliance.config import Settings

__all__ = ["LLM", "Completion", "ModelInfo", "load_llm", "rewrite_policy"]


def load_llm(settings: Settings) -> LLM:
    """The model the settings name: a council server when configured, else in-process. Either
    way the rewrite policy is EHCP_REWRITE, else the manifest entry EHCP_MODEL names."""
    from appliance.llm.manifest import resolve

    if settings.llm_base_url:
        from appliance.llm import server_config
        from appliance.llm.openai_compat import OpenAICompatibleLLM

        return OpenAICompatibleLLM(server_config.from_settings(settings), rewrite=rewrite_policy(settings))
    from appliance.llm.llama import LlamaCppLLM

    spec = resolve(settings.manifest_path, settings.model)
    return LlamaCppLLM(replace(spec, rewrite=settings.rewrite or spec.rewrite), threads=settings.llm_threads)


def rewrite_policy(settings: Settings) -> RewritePolicy:
    """EHCP_REWRITE, else the manifest entry's (a model server's model need not be in the
    manifest: then "needed", the cautious policy)."""
    from appliance.errors import ModelError
    from appliance.llm.manifest import resolve

    if settings.rewrite is not None:
        return settings.rewrite
    try:
        return resolve(settings.manifest_path, settings.model).rewrite
    except ModelError:
        return "needed"
