"""A learned second reading of one unit of advice, and a learned second opinion on the part of the
plan a need or provision goes in: logistic regressions over its words, trained at build time on the
project's own labelled fixture units (`scripts/train_reading.py`).

The rules in `classify` read first. Where they find nothing to draft and no strong cue for
background, this reading may still see a need, provision, outcome or view in words the rules do
not know; such a reading is always shown to the caseworker as unsure. The section model sees the
same words, the reading and the rules' section, and says where it would put the statement.
Inference is plain Python over the weights in `models/reading-classifier.json` and
`models/section-classifier.json` (no library, no download at run time).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from appliance.config import PROJECT_ROOT
from appliance.evidence.signals import Reading

MODEL_PATH = PROJECT_ROOT / "models" / "reading-classifier.json"
SECTION_MODEL_PATH = PROJECT_ROOT / "models" / "section-classifier.json"
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


SHOUTED_LETTERS = 12  # fewer capitals than this are an acronym or a name, not a line typed in capitals
SHOUTED_SHARE = 0.8


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= SHOUTED_LETTERS and sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


def features(text: str, role: str | None, advice_type: str) -> list[str]:
    """Words and word pairs (names and numbers as placeholders), the place's role, the advice type,
    the first word and the length: the same for training and for reading."""
    if _shouted(text):
        text = text.lower()  # an answer typed in capitals: its words, not a run of names
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


def section_features(text: str, role: str | None, advice_type: str, reading: str, rules_section: str) -> list[str]:
    """The reading's features, with what the unit was read as and where the rules put it: the same for
    training and for placing."""
    return [
        *features(text, role, advice_type),
        f"READ={reading}",
        f"RULES={rules_section}",
        f"READ_TYPE={reading}_{advice_type}",
    ]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities_of(self, feats: list[str]) -> dict[str, float]:
        logits = list(self.intercept)
        for f in set(feats):
            for i, w in enumerate(self.weights.get(f, ())):
                logits[i] += w
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def probabilities(self, text: str, role: str | None, advice_type: str) -> dict[str, float]:
        return self.probabilities_of(features(text, role, advice_type))

    def guess(self, text: str, role: str | None, advice_type: str) -> Guess:
        """The likeliest reading and its probability."""
        probs = self.probabilities(text, role, advice_type)
        best = max(probs, key=lambda c: probs[c])
        return Guess(cast(Reading, best), probs[best])

    def place(self, text: str, role: str | None, advice_type: str, reading: str, rules_section: str) -> Placing:
        """The likeliest section and its probability."""
        probs = self.probabilities_of(section_features(text, role, advice_type, reading, rules_section))
        best = max(probs, key=lambda c: probs[c])
        return Placing(best, probs[best])

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Model:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            tuple(data["classes"]),  # type: ignore[arg-type]
            tuple(data["intercept"]),  # type: ignore[arg-type]
            {f: tuple(w) for f, w in weights.items()},
        )


def _load(path: Path) -> Model | None:
    if not path.exists():
        return None
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def model(path: Path = MODEL_PATH) -> Model | None:
    """The trained model, or None where the file is absent (the rules then read alone)."""
    return _load(path)


@cache
def section_model(path: Path = SECTION_MODEL_PATH) -> Model | None:
    """The trained section model, or None where the file is absent (the rules then place alone)."""
    return _load(path)


@dataclass(frozen=True)
class Guess:
    reading: Reading
    probability: float


@dataclass(frozen=True)
class Placing:
    section: str  # B, C or D for a need; F, G or H for provision
    probability: float


def guess(text: str, role: str | None, advice_type: str) -> Guess | None:
    """The learned reading and how likely it is, or None without a model."""
    m = model()
    return None if m is None else m.guess(text, role, advice_type)


def place(text: str, role: str | None, advice_type: str, reading: str, rules_section: str) -> Placing | None:
    """The learned section for a need or provision and how likely it is, or None without a model."""
    m = section_model()
    return None if m is None else m.place(text, role, advice_type, reading, rules_section)
