"""Which current statement a passage of the review evidence is about.

Word overlap weighted by rarity within the current plan: words every statement shares (the
child's name, "will", "class") count little, the words that single a statement out ("unfamiliar
listeners", "Word Aware") count a lot. An explicit reference ("E2:", "outcome 3", "F4") is taken
at its word when the plan has such an item.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from appliance.amendments.model import CurrentPlan
from appliance.drafting.plan import Statement
from appliance.evidence.grounding import content_words

REF_RE = re.compile(r"\b(?:section\s+)?([BCDEFG]|H[12])\s?(\d{1,2})\b(?![./]\d)")
OUTCOME_REF_RE = re.compile(r"\b(?:outcome|target)\s+(?:E\s?)?(\d{1,2})\b", re.I)
REF_BONUS = 0.6
EXTRA_WEIGHT = 0.8


@dataclass(frozen=True)
class Match:
    score: float
    section: str
    statement: Statement


class Matcher:
    def __init__(self, plan: CurrentPlan, ignore: Iterable[str] = ()) -> None:
        skip = {w.lower() for w in ignore}
        self.plan = plan
        self.items = [(sec, s, content_words(s.text) - skip) for sec, s in plan.statements()]
        self.skip = skip
        df: Counter[str] = Counter()
        for _, _, words in self.items:
            df.update(words)
        self.df = df
        self.n = len(self.items)

    def weight(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 0.5))

    def words(self, text: str) -> set[str]:
        return content_words(text) - self.skip

    def similarity(self, text: str, stmt_words: set[str]) -> float:
        """The mean of the weighted Dice overlap of the two word sets and the weighted share of the
        statement's words the passage has (a long passage about a short item covers it), 0..1."""
        words = self.words(text)
        shared = words & stmt_words
        if not shared:
            return 0.0
        both = sum(self.weight(w) for w in shared)
        own = sum(self.weight(w) for w in stmt_words)
        dice = 2 * both / (sum(self.weight(w) for w in words) + own)
        return (dice + both / own) / 2

    def matches(self, text: str, sections: Iterable[str], extra: dict[str, set[str]] | None = None) -> list[Match]:
        """Statements of `sections`, best first; `extra` gives a statement words it is also known by
        (an outcome, its need's), which count a little less than its own."""
        wanted = set(sections)
        refs = referenced(text, self.plan)
        out = []
        for sec, stmt, words in self.items:
            if sec not in wanted:
                continue
            score = self.similarity(text, words)
            also = (extra or {}).get(stmt.id)
            if also:
                score = max(score, EXTRA_WEIGHT * self.similarity(text, also))
            if stmt.id in refs:
                score += REF_BONUS
            out.append(Match(score, sec, stmt))
        return sorted(out, key=lambda m: -m.score)

    def best(self, text: str, sections: Iterable[str], threshold: float) -> Match | None:
        found = self.matches(text, sections)
        return found[0] if found and found[0].score >= threshold else None


def referenced(text: str, plan: CurrentPlan) -> set[str]:
    """The current statements a passage names: "E2", "outcome 3", "F4" (where the plan has them)."""
    ids = {f"cur-{sec.upper()}-{int(n)}" for sec, n in REF_RE.findall(text)}
    ids |= {f"cur-E-{int(n)}" for n in OUTCOME_REF_RE.findall(text)}
    return {i for i in ids if plan.statement(i) is not None}
