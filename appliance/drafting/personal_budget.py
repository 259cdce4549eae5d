"""Section J: what the advice says about a personal budget or a direct payment, one statement per
passage that says it, in the advice's own words and cited to it."""

from __future__ import annotations

from dataclasses import replace

from appliance.documents import AdviceDocument
from appliance.drafting.compose import Candidate, cite, plain
from appliance.evidence.budget import BudgetItem, budget_items


def _text(item: BudgetItem) -> str:
    if item.text:
        return item.text
    return plain(" ".join(e.text.replace(" | ", ", ") for e in item.excerpts))


def budget_candidates(documents: list[AdviceDocument]) -> list[Candidate]:
    """A J statement per thing the advice says about a personal budget; the same words in two
    reports become one statement citing both."""
    out: list[Candidate] = []
    for item in budget_items(documents):
        text = _text(item)
        citations = tuple(cite(item.document_id, e) for e in item.excerpts)
        twin = next((i for i, c in enumerate(out) if c.text.lower() == text.lower()), None)
        if twin is not None:
            out[twin] = replace(out[twin], citations=out[twin].citations + citations)
            continue
        out.append(Candidate("J", "personal_budget", text, citations, tuple(e.text for e in item.excerpts)))
    return out
