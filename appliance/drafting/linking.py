"""The golden thread: which needs each provision meets and each outcome relates to.

A provision map's "need addressed" column is taken at its word; otherwise a need is linked
when it shares the area of need and enough of the provision's key words.
"""

from __future__ import annotations

from dataclasses import replace

from appliance.drafting.compose import Candidate
from appliance.drafting.plan import Statement
from appliance.evidence.grounding import content_words

TARGETS = {"F": ("B",), "G": ("C", "B"), "H1": ("D",), "H2": ("D",), "E": ("B", "C", "D")}
MIN_SCORE = 0.12


def _score(stmt: Statement, hint: str | None, need: Statement) -> float:
    words = content_words(stmt.text)
    need_words = content_words(need.text)
    if not words or not need_words:
        return 0.0
    score = len(words & need_words) / len(words)
    if stmt.area and stmt.area == need.area:
        score += 0.15
    if hint:
        hint_words = content_words(hint)
        if hint_words and hint_words & need_words:
            score += 0.5 * len(hint_words & need_words) / len(hint_words)
    return score


def link(statements: list[tuple[str, Statement]], cands: list[Candidate]) -> list[tuple[str, Statement]]:
    needs = [(sec, s) for sec, s in statements if sec in ("B", "C", "D")]
    out = []
    for (section, stmt), cand in zip(statements, cands, strict=True):
        targets = TARGETS.get(section)
        if targets:
            scored = sorted(
                ((_score(stmt, cand.need_hint, need), need.id) for sec, need in needs if sec in targets),
                reverse=True,
            )
            best = [nid for score, nid in scored[:2] if score >= MIN_SCORE and score >= scored[0][0] * 0.75]
            stmt = replace(stmt, meets=tuple(best))
        out.append((section, stmt))
    return out
