"""Section J: what the advice says about a personal budget or a direct payment, one statement per
passage that says it, in plan language (`language.py`: a report's "I" becomes its author's role,
"should" becomes "will"; a family's own words are kept as they wrote them), cited to it."""

from __future__ import annotations

from dataclasses import replace

from appliance.documents import AdviceDocument
from appliance.drafting import language
from appliance.drafting.compose import Candidate, cite
from appliance.evidence.budget import BudgetItem, budget_items
from appliance.evidence.routing import EvidenceKind

FAMILY_TYPES = ("parent_views", "child_views")


def _text(item: BudgetItem, doc: AdviceDocument, child_name: str) -> str | None:
    if item.text:
        return item.text
    said = " ".join(e.text.replace(" | ", ", ") for e in item.excerpts)
    kind: EvidenceKind = "view" if doc.advice_type in FAMILY_TYPES else "social_care_provision"
    return language.grounded(said, kind, doc.record.author_role, child_name, [e.text for e in item.excerpts])


def budget_candidates(documents: list[AdviceDocument], child_name: str = "") -> list[Candidate]:
    """A J statement per thing the advice says about a personal budget; the same words in two
    reports become one statement citing both."""
    by_id = {d.id: d for d in documents}
    out: list[Candidate] = []
    for item in budget_items(documents):
        text = _text(item, by_id[item.document_id], child_name)
        if not text:
            continue  # letter talk, nothing to draft
        citations = tuple(cite(item.document_id, e) for e in item.excerpts)
        twin = next((i for i, c in enumerate(out) if c.text.lower() == text.lower()), None)
        if twin is not None:
            out[twin] = replace(out[twin], citations=out[twin].citations + citations)
            continue
        out.append(Candidate("J", "personal_budget", text, citations, tuple(e.text for e in item.excerpts)))
    return out
