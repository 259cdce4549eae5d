"""The in-process backend: llama.cpp through llama-cpp-python, one model, one lock.

The only module that imports llama_cpp. Never uses LlamaDiskCache (it writes KV state, derived
from the child's data, to disk unencrypted); prefix reuse within one `Llama` is automatic, so
callers order prompts to share a prefix.
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

from appliance.errors import ModelError
from appliance.llm.base import Completion, ModelInfo
from appliance.llm.manifest import ModelSpec, verify

CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class LlamaCppLLM:
    def __init__(self, spec: ModelSpec, *, threads: int | None = None, check_hash: bool = True) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        if check_hash:
            verify(spec)
        try:
            self._llama = Llama(
                model_path=str(spec.path),
                n_ctx=spec.context,
                n_threads=threads or os.cpu_count() or 2,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"The model {spec.name} could not be loaded.") from exc
        meta = self._llama.metadata
        template = meta.get("tokenizer.chat_template") or CHATML
        eos = self._llama._model.token_get_text(self._llama.token_eos())
        bos = self._llama._model.token_get_text(self._llama.token_bos())
        self._format = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        self._grammars: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.info = ModelInfo(spec.name, "llama.cpp", spec.path.name, spec.sha256, spec.context, spec.rewrite)

    def _grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        formatted = self._format(messages=messages)
        with self._lock:
            started = time.perf_counter()
            tokens = self._llama.tokenize(formatted.prompt.encode("utf-8"), add_bos=False, special=True)
            previous = self._llama.input_ids[: self._llama.n_tokens].tolist()
            cached = 0
            for a, b in zip(previous, tokens, strict=False):
                if a != b:
                    break
                cached += 1
            out = self._llama.create_completion(
                prompt=tokens,
                max_tokens=max_tokens,
                temperature=0.0,
                repeat_penalty=1.0,
                grammar=self._grammar(schema) if schema else None,
                stop=formatted.stop,
            )
            seconds = time.perf_counter() - started
        usage = out["usage"]  # type: ignore[index]
        return Completion(
            text=out["choices"][0]["text"],  # type: ignore[index]
            prompt_tokens=usage["prompt_tokens"],
            completion_tokens=usage["completion_tokens"],
            cached_tokens=cached,
            seconds=seconds,
        )
