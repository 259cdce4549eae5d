"""The golden thread: which need each provision item meets and each outcome relates to.

One link per statement, by what the two are about: a table row's need cell is taken at its
word; otherwise the need sharing most of the statement's topics (then its key words, then its
area of need) is linked. A statement that shares no topic and few words with any need meets
none, so the QA checks for provision without a need, and needs without provision, mean
something.
"""

from __future__ import annotations

from dataclasses import replace

from appliance.drafting.compose import Candidate
from appliance.drafting.plan import Statement
from appliance.evidence.grounding import content_words
from appliance.evidence.topics import topics

TARGETS = {"F": ("B",), "G": ("C", "B"), "H1": ("D",), "H2": ("D",), "E": ("B", "C", "D")}
GENERAL = frozenset({"learning"})  # "in lessons" says where, not what for
MIN_WORDS = 0.25


def _score(stmt: Statement, hint: str | None, need: Statement) -> float:
    about = topics(f"{stmt.text} {hint or ''}") - GENERAL
    need_about = topics(need.text) - GENERAL
    shared = len(about & need_about)
    words, need_words = content_words(f"{stmt.text} {hint or ''}"), content_words(need.text)
    overlap = len(words & need_words) / len(words) if words else 0.0
    if not shared and overlap < MIN_WORDS:
        return 0.0
    hinted = bool(hint) and bool(content_words(hint or "") & need_words)
    return 2.0 * hinted + shared + overlap + 0.1 * (stmt.area is not None and stmt.area == need.area)


def link(statements: list[tuple[str, Statement]], cands: list[Candidate]) -> list[tuple[str, Statement]]:
    needs = [(sec, s) for sec, s in statements if sec in ("B", "C", "D")]
    out = []
    for (section, stmt), cand in zip(statements, cands, strict=True):
        targets = TARGETS.get(section)
        if targets:
            scored = [(_score(stmt, cand.need_hint, need), need.id) for sec, need in needs if sec in targets]
            best = max(scored, default=(0.0, ""))
            stmt = replace(stmt, meets=(best[1],) if best[0] > 0 else ())
        out.append((section, stmt))
    return out
