"""The in-process backend: llama.cpp through llama-cpp-python, one model, one lock.

The only module that imports llama_cpp (the benchmark's bare-rate probe aside). Never uses
LlamaDiskCache (it writes KV state, derived from the child's data, to disk unencrypted); the KV
cache of the one context keeps the previous prompt, and a new prompt reuses its longest shared
prefix, so callers order prompts to share a prefix.

Decoding is greedy and runs on llama.cpp's low-level API rather than `create_completion`, for
speed with the same tokens out:
- the grammar is checked lazily: the best token by logit is offered to the grammar alone; when
  it is rejected, the next best are offered one at a time, and all candidates are filtered only
  when none of those passes. Greedy picks the first highest allowed logit either way, so the
  token is the one the grammar-then-greedy chain would pick; the full filter costs several ms
  per token on long constrained strings (a `maxLength` becomes a deep nest of optional rules
  that every one of the ~49k candidates walks), growing with the length of the reply;
- the reply is detokenised one piece per token, not in full at every step.
Same text and token counts as `create_completion` on 96 recorded calls (docs/performance.md).
"""

from __future__ import annotations

import ctypes
import json
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from appliance.errors import ModelError
from appliance.llm.base import Completion, ModelInfo
from appliance.llm.manifest import ModelSpec, verify

# llama.cpp's OpenMP threads spin while waiting by default; on a 2-core box shared with the web
# server, OCR and other work, spinning threads starve each other (measured: 3 short completions
# took 68 s spinning, 10 s passive, under load). Set before llama_cpp loads libgomp.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
BATCH = 512  # llama-cpp-python's default n_batch: prompts are decoded in the same chunks as before
SMALL_MODEL_BYTES = 1 << 30
TOP_CANDIDATES = 32  # offered to the grammar one by one before it filters the whole vocabulary


def thread_counts(spec: ModelSpec, threads: int | None = None) -> tuple[int, int]:
    """(generation threads, prompt threads). Prompts use every core. A small model generates on
    one: its per-token work is so short that waking a second thread at each of the graph's
    barriers costs more than it saves when waits are passive (measured on 2 cores with
    SmolLM2-135M: ~60 tokens/s on one thread, 33-48 on two), and spinning waits collapse as soon
    as the web app or OCR needs a core (3-20 tokens/s). `threads` (EHCP_LLM_THREADS) overrides."""
    cores = os.cpu_count() or 2
    if threads:
        return threads, cores
    small = spec.path.exists() and spec.path.stat().st_size < SMALL_MODEL_BYTES
    return (1 if small else cores), cores


@dataclass
class _Reply:
    tokens: list[int] = field(default_factory=list)
    pieces: bytearray = field(default_factory=bytearray)
    cut: bytes | None = None  # the text before a stop string, when one appeared


def incomplete_utf8_tail(text: bytes | bytearray) -> int:
    """How many more tokens to wait for a split UTF-8 character, as llama-cpp-python reckons it."""
    fix = 0
    for k, char in enumerate(text[-3:]):
        k = 3 - k
        for num, pattern in ((2, 192), (3, 224), (4, 240)):
            if num > k and pattern & char == pattern:
                fix = num - k
    return fix


class _Decoder:
    """Greedy decoding on one llama.cpp context whose KV cache holds `self.kv`."""

    def __init__(self, llama: Any) -> None:
        import llama_cpp
        import numpy as np

        self.lib, self.np, self.llama = llama_cpp, np, llama
        self.ctx, self.vocab = llama.ctx, llama._model.vocab
        self.n_vocab, self.n_ctx = llama.n_vocab(), llama.n_ctx()
        self.batch = llama_cpp.llama_batch_init(BATCH, 0, 1)
        self.kv: list[int] = []
        self.candidates = np.zeros(
            self.n_vocab, dtype=np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)], align=True)
        )
        self.candidates["id"] = np.arange(self.n_vocab, dtype=np.int32)
        self.one = (llama_cpp.llama_token_data * 1)()
        self.piece = ctypes.create_string_buffer(64)

    def close(self) -> None:
        self.lib.llama_batch_free(self.batch)

    def shared_prefix(self, tokens: list[int]) -> int:
        n = 0
        for a, b in zip(self.kv, tokens, strict=False):
            if a != b:
                break
            n += 1
        return n

    def _decode(self, tokens: list[int]) -> None:
        b, start = self.batch, len(self.kv)
        b.n_tokens = len(tokens)
        for i, tok in enumerate(tokens):
            b.token[i], b.pos[i], b.n_seq_id[i], b.logits[i] = tok, start + i, 1, 0
            b.seq_id[i][0] = 0
        b.logits[len(tokens) - 1] = 1
        if self.lib.llama_decode(self.ctx, b) != 0:
            self.kv = []
            raise ModelError("The model could not process the text (llama_decode failed).")
        self.kv.extend(tokens)

    def feed_prompt(self, tokens: list[int]) -> int:
        """Decode what the KV cache lacks of `tokens`; returns how many were reused."""
        reuse = self.shared_prefix(tokens)
        if reuse == len(tokens):
            reuse -= 1  # decode the last token again: its logits are needed
        self.lib.llama_memory_seq_rm(self.lib.llama_get_memory(self.ctx), -1, reuse, -1)
        del self.kv[reuse:]
        rest = tokens[reuse:]
        for i in range(0, len(rest), BATCH):
            self._decode(rest[i : i + BATCH])
        return reuse

    def _allowed(self, grammar: Any, token: int, logit: float) -> bool:
        one = self.one
        one[0].id, one[0].logit, one[0].p = token, logit, 0.0  # type: ignore[assignment]
        arr = self.lib.llama_token_data_array(one, 1, -1, False)
        self.lib.llama_sampler_apply(grammar, ctypes.byref(arr))
        return bool(one[0].logit != float("-inf"))

    def next_token(self, grammar: Any | None) -> int:
        np = self.np
        logits = np.ctypeslib.as_array(self.lib.llama_get_logits_ith(self.ctx, -1), shape=(self.n_vocab,))
        token = int(np.argmax(logits))
        if grammar is None:
            return token
        if not self._allowed(grammar, token, float(logits[token])):
            token = self._best_allowed(grammar, logits)
        self.lib.llama_sampler_accept(grammar, token)
        return token

    def _best_allowed(self, grammar: Any, logits: Any) -> int:
        """The allowed token with the highest logit (the lowest id among equals), as the grammar
        filter followed by greedy picks it: the few best candidates are offered one at a time,
        and all of them are filtered only when none of those passes or the answer is not sure."""
        np = self.np
        top = np.argpartition(-logits, TOP_CANDIDATES)[:TOP_CANDIDATES]
        top = top[np.lexsort((top, -logits[top]))]
        floor = logits[top[-1]]
        for token in top.tolist():
            logit = float(logits[token])
            if logit > floor and self._allowed(grammar, token, logit):
                return int(token)
        cand = self.candidates
        cand["logit"] = logits
        cand["p"] = 0.0
        arr = self.lib.llama_token_data_array(cand.ctypes.data_as(self.lib.llama_token_data_p), self.n_vocab, -1, False)
        self.lib.llama_sampler_apply(grammar, ctypes.byref(arr))
        return int(np.argmax(cand["logit"]))

    def piece_of(self, token: int) -> bytes:
        n = self.lib.llama_token_to_piece(self.vocab, token, self.piece, len(self.piece), 0, False)
        return self.piece.raw[:n]

    def generate(self, grammar: Any | None, max_tokens: int, stops: list[bytes]) -> _Reply:
        """Greedy tokens until end-of-generation, a stop string, or `max_tokens`, with
        create_completion's rules (a split UTF-8 character postpones both checks)."""
        reply, pending = _Reply(), 0
        if max_tokens <= 0 or max_tokens + len(self.kv) >= self.n_ctx:
            max_tokens = self.n_ctx - len(self.kv)
        while True:
            token = self.next_token(grammar)
            if self.lib.llama_vocab_is_eog(self.vocab, token):
                return reply
            reply.tokens.append(token)
            reply.pieces += self.piece_of(token)
            text = self.visible(reply)
            pending = incomplete_utf8_tail(text) or pending
            if pending > 0:
                pending -= 1
            else:
                hits = [s for s in stops if s in text]
                if hits:
                    reply.cut = text[: text.index(hits[0])]
                    return reply
                if len(reply.tokens) >= max_tokens:
                    return reply
            self._decode([token])

    def visible(self, reply: _Reply) -> bytes:
        """The reply's text; like llama-cpp-python, without the space a leading BOS brings."""
        if reply.cut is not None:
            return reply.cut
        bos = bool(reply.tokens) and reply.tokens[0] == self.llama.token_bos()
        return bytes(reply.pieces[1:] if bos and reply.pieces[:1] == b" " else reply.pieces)


class LlamaCppLLM:
    def __init__(self, spec: ModelSpec, *, threads: int | None = None, check_hash: bool = True) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        if check_hash:
            verify(spec)
        self.threads, self.batch_threads = thread_counts(spec, threads)
        try:
            self._llama = Llama(
                model_path=str(spec.path),
                n_ctx=spec.context,
                n_batch=BATCH,
                n_threads=self.threads,
                n_threads_batch=self.batch_threads,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"The model {spec.name} could not be loaded.") from exc
        meta = self._llama.metadata
        template = meta.get("tokenizer.chat_template") or CHATML
        eos = self._llama._model.token_get_text(self._llama.token_eos())
        bos = self._llama._model.token_get_text(self._llama.token_bos())
        self._format = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        self._decoder = _Decoder(self._llama)
        self._grammars: dict[str, str] = {}
        self._lock = threading.Lock()
        self.info = ModelInfo(spec.name, "llama.cpp", spec.path.name, spec.sha256, spec.context, spec.rewrite)

    def _grammar_text(self, schema: dict[str, Any]) -> str:
        from llama_cpp.llama_grammar import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)._grammar
        return self._grammars[key]

    def _grammar_sampler(self, schema: dict[str, Any] | None) -> Any | None:
        if schema is None:
            return None
        import llama_cpp

        sampler = llama_cpp.llama_sampler_init_grammar(
            self._decoder.vocab, self._grammar_text(schema).encode("utf-8"), b"root"
        )
        if not sampler:
            raise ModelError("The reply schema could not be turned into a grammar.")
        return sampler

    def complete(
        self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        import llama_cpp

        formatted = self._format(messages=messages)  # type: ignore[arg-type]
        stop = formatted.stop or []
        stops = [s.encode("utf-8") for s in ([stop] if isinstance(stop, str) else stop)]
        with self._lock:
            started = time.perf_counter()
            tokens = self._llama.tokenize(formatted.prompt.encode("utf-8"), add_bos=False, special=True)
            if len(tokens) >= self._decoder.n_ctx:
                raise ModelError(f"The prompt ({len(tokens)} tokens) does not fit the model's context.")
            cached = self._decoder.shared_prefix(tokens)
            grammar = self._grammar_sampler(schema)
            try:
                self._decoder.feed_prompt(tokens)
                reply = self._decoder.generate(grammar, max_tokens, stops)
            finally:
                if grammar is not None:
                    llama_cpp.llama_sampler_free(grammar)
            seconds = time.perf_counter() - started
        return Completion(
            text=self._decoder.visible(reply).decode("utf-8", errors="ignore"),
            prompt_tokens=len(tokens),
            completion_tokens=len(reply.tokens),
            cached_tokens=cached,
            seconds=seconds,
        )
