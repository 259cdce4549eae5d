"""A learned second reading of one unit of advice: a logistic regression over its words, trained at
build time on the project's own labelled fixture units (`scripts/train_reading.py`).

The rules in `classify` read first. Where they find nothing to draft and no strong cue for
background, this reading may still see a need, provision, outcome or view in words the rules do
not know; such a reading is always shown to the caseworker as unsure. Inference is plain Python
over the weights in `models/reading-classifier.json` (no library, no download at run time).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from appliance.config import PROJECT_ROOT
from appliance.evidence.signals import Reading

MODEL_PATH = PROJECT_ROOT / "models" / "reading-classifier.json"
# words kept as themselves when capitalised: who acts and how a sentence opens, not a name
# fmt: off
KEPT_CAPITALISED = frozenset({
    "he", "she", "they", "his", "her", "their", "the", "a", "an", "this", "we", "i", "it", "there", "if", "when",
    "in", "on", "at", "by", "to", "for", "with", "after", "before", "all", "each", "every", "staff", "school", "mum",
    "dad", "parents",
})
# fmt: on
TOKEN_RE = re.compile(r"[A-Za-z']+|\d+|£")
LENGTH_STEP = 5  # words per length bucket
LENGTH_BUCKETS = 8


def features(text: str, role: str | None, advice_type: str) -> list[str]:
    """Words and word pairs (names and numbers as placeholders), the place's role, the advice type,
    the first word and the length: the same for training and for reading."""
    tokens = []
    for t in TOKEN_RE.findall(text):
        if t[0].isdigit():
            tokens.append("<n>")
        elif t[0].isupper() and t != "I" and t.lower() not in KEPT_CAPITALISED:
            tokens.append("<cap>")  # a name or a title: nothing to learn from whose
        else:
            tokens.append(t.lower())
    pairs = [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]
    return [
        *tokens,
        *pairs,
        f"ROLE={role}",
        f"TYPE={advice_type}",
        f"FIRST={tokens[0] if tokens else ''}",
        f"LEN={min(len(tokens) // LENGTH_STEP, LENGTH_BUCKETS)}",
    ]


@dataclass(frozen=True)
class Model:
    classes: tuple[Reading, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, text: str, role: str | None, advice_type: str) -> dict[Reading, float]:
        logits = list(self.intercept)
        for f in set(features(text, role, advice_type)):
            for i, w in enumerate(self.weights.get(f, ())):
                logits[i] += w
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def guess(self, text: str, role: str | None, advice_type: str) -> Guess:
        """The likeliest reading and its probability."""
        probs = self.probabilities(text, role, advice_type)
        best = max(probs, key=lambda c: probs[c])
        return Guess(best, probs[best])

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Model:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            tuple(data["classes"]),  # type: ignore[arg-type]
            tuple(data["intercept"]),  # type: ignore[arg-type]
            {f: tuple(w) for f, w in weights.items()},
        )


@cache
def model(path: Path = MODEL_PATH) -> Model | None:
    """The trained model, or None where the file is absent (the rules then read alone)."""
    if not path.exists():
        return None
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Guess:
    reading: Reading
    probability: float


def guess(text: str, role: str | None, advice_type: str) -> Guess | None:
    """The learned reading and how likely it is, or None without a model."""
    m = model()
    return None if m is None else m.guess(text, role, advice_type)
