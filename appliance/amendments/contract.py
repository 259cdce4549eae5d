"""A proposal (the proposed plan and how it relates to the current one) and its JSON, as
`contracts/amendments.md` describes it.

A caseworker edits the proposed plan with the ordinary review tools (edit, add, delete a
statement); `reconcile` then works out again how each statement stands against the current plan:
a statement equal to its current one is unchanged, one that differs is modified, a current one no
longer there is removed, and one the caseworker added is added.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from appliance.amendments.deadlines import deadlines
from appliance.amendments.model import Amendment, Mark, Removal, outcome_json, removal_json
from appliance.drafting.plan import Draft, Statement

COMPARED = ("text", "frequency", "duration", "group_size", "delivered_by", "timeframe")
EDITED = "Changed by the caseworker."
DELETED = "Deleted by the caseworker."


@dataclass(frozen=True)
class Proposal:
    draft: Draft
    amendment: Amendment

    def to_json(self) -> dict[str, Any]:
        data = self.draft.to_json()
        a = self.amendment
        for items in data["sections"].values():
            for s in items:
                mark = a.mark(s["id"])
                s["change"] = mark.change
                s["previous_id"] = mark.previous_id
                s["reason"] = mark.reason
        data["review"] = {
            "type": a.review.review_type,
            "meeting_date": a.review.meeting_date.isoformat(),
            "next_phase": a.review.next_phase,
            "decision": a.decision,
            "decision_reason": a.decision_reason,
            "notice_date": a.notice_date.isoformat() if a.notice_date else None,
            "deadlines": deadlines(a.review, self.draft.case.year_group, a.notice_date).to_json(),
        }
        data["current_plan"] = a.current.to_json()
        data["removed"] = [removal_json(r) for r in a.removed]
        data["outcome_review"] = [outcome_json(o) for o in a.outcome_review]
        data["disputed"] = [{"text": d.text, "citations": [asdict(c) for c in d.citations]} for d in a.disputed]
        return data


def same(a: Statement, b: Statement) -> bool:
    return all(_norm(getattr(a, f)) == _norm(getattr(b, f)) for f in COMPARED)


def _norm(value: str | None) -> str:
    return " ".join((value or "").split())


def reconcile(draft: Draft, amendment: Amendment) -> Amendment:
    """How the (possibly edited) proposed plan stands against the current plan now."""
    current = amendment.current
    marks: dict[str, Mark] = {}
    for _, stmt in draft.statements():
        mark = amendment.marks.get(stmt.id)
        prev = current.statement(mark.previous_id) if mark and mark.previous_id else None
        if mark is None:
            marks[stmt.id] = Mark("added", None, "Added by the caseworker.")
        elif prev is None:
            marks[stmt.id] = mark
        elif same(stmt, prev):
            marks[stmt.id] = Mark("unchanged", prev.id)
        else:
            marks[stmt.id] = Mark("modified", prev.id, mark.reason if mark.change == "modified" else EDITED)
    kept = {m.previous_id for m in marks.values() if m.previous_id}
    removed = [r for r in amendment.removed if r.previous_id not in kept]
    gone = {r.previous_id for r in removed}
    for sec, stmt in current.statements():
        if stmt.id not in kept and stmt.id not in gone:
            removed.append(Removal(stmt.id, sec, stmt.text, DELETED))
    return replace(amendment, marks=marks, removed=tuple(removed))
