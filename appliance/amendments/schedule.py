"""The amendment schedule: every statement of the plan in order, as the current plan has it and as
the proposal would have it, with removed statements where they stood; each change with its reason
and evidence. The notice's tracked changes, its schedule table and the review pages read it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from appliance.amendments.contract import Proposal
from appliance.drafting.plan import PROVISION_SECTIONS, SECTIONS, Citation, Statement

ItemChange = Literal["unchanged", "modified", "added", "removed"]
FIELDS = (
    ("frequency", "How often"),
    ("duration", "How long"),
    ("group_size", "Group size"),
    ("delivered_by", "Delivered by"),
)


@dataclass(frozen=True)
class ScheduleItem:
    section: str
    change: ItemChange
    statement_id: str | None  # in the proposal
    previous_id: str | None  # in the current plan
    old: str | None  # the paragraph as the current plan has it
    new: str | None  # the paragraph as the proposal has it
    reason: str | None
    evidence: tuple[Citation, ...]  # the review evidence cited for the change


def plan_paragraph(section: str, stmt: Statement) -> str:
    """A statement as one paragraph of a plan, its provision fields labelled after its text."""
    text = stmt.text.strip()
    if section not in PROVISION_SECTIONS:
        return text
    parts = [text if text.endswith((".", "!", "?")) else text + "."]
    parts += [f"{label}: {str(getattr(stmt, name)).rstrip('.')}." for name, label in FIELDS if getattr(stmt, name)]
    return " ".join(parts)


def schedule(proposal: Proposal) -> list[ScheduleItem]:
    a = proposal.amendment
    evidence = set(a.evidence_ids)
    order = {s.id: n for n, (_, s) in enumerate(a.current.statements())}
    removed = {r.previous_id: r for r in a.removed}
    out: list[tuple[tuple[int, float], ScheduleItem]] = []
    for sec in SECTIONS:
        last = float(min((order[s.id] for s in a.current.sections.get(sec, ())), default=len(order)))
        for stmt in proposal.draft.sections.get(sec, ()):
            mark = a.mark(stmt.id)
            prev = a.current.statement(mark.previous_id) if mark.previous_id else None
            last = float(order[prev.id]) if prev else last + 0.001
            cited = tuple(c for c in stmt.citations if c.document_id in evidence)
            item = ScheduleItem(
                sec,
                "added" if prev is None else mark.change,
                stmt.id,
                prev.id if prev else None,
                plan_paragraph(sec, prev) if prev else None,
                plan_paragraph(sec, stmt),
                mark.reason,
                cited if mark.change != "unchanged" else (),
            )
            out.append(((SECTIONS.index(sec), last), item))
        for prev in a.current.sections.get(sec, ()):
            r = removed.get(prev.id)
            if r is not None:
                cited = tuple(c for c in r.citations if c.document_id in evidence)
                item = ScheduleItem(sec, "removed", None, prev.id, plan_paragraph(sec, prev), None, r.reason, cited)
                out.append(((SECTIONS.index(sec), float(order[prev.id])), item))
    return [item for _, item in sorted(out, key=lambda x: x[0])]


def changes(proposal: Proposal) -> list[ScheduleItem]:
    return [i for i in schedule(proposal) if i.change != "unchanged"]
