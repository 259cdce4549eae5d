"""The annual review's values: the review itself (type, meeting date, the statutory clock), the
current plan as read from its document, and what the proposal says about each current statement
(unchanged, modified, removed) and each current outcome (achieved ... no evidence).

A proposal is a `Draft` (the proposed plan, flags included) plus an `Amendment` (everything that
relates it to the current plan); `contracts/amendments.md` is their JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, Literal

from appliance.case import iso_date
from appliance.drafting.plan import (
    SECTIONS,
    Citation,
    Statement,
    empty_sections,
    statement_from_json,
    statement_json,
)

ReviewType = Literal["annual", "phase_transfer", "early", "under_five"]
REVIEW_TYPES: tuple[ReviewType, ...] = ("annual", "phase_transfer", "early", "under_five")
REVIEW_TYPE_LABELS = {
    "annual": "Annual review",
    "phase_transfer": "Phase transfer review",
    "early": "Early review",
    "under_five": "Review of a child under 5",
}
NEXT_PHASES = ("primary", "junior", "middle", "secondary", "post16")
Change = Literal["unchanged", "added", "modified"]
OutcomeStatus = Literal["achieved", "progressing", "not_yet", "no_evidence"]
OUTCOME_STATUSES: tuple[OutcomeStatus, ...] = ("achieved", "progressing", "not_yet", "no_evidence")
OutcomeProposal = Literal["keep", "revise", "replace", "remove"]
Decision = Literal["maintain", "amend", "cease"]
DECISIONS: tuple[Decision, ...] = ("maintain", "amend", "cease")


def as_review_type(value: Any) -> ReviewType:
    return next((t for t in REVIEW_TYPES if t == value), "annual")


def as_decision(value: Any) -> Decision | None:
    return next((d for d in DECISIONS if d == value), None)


@dataclass(frozen=True)
class ReviewDetails:
    """review.json: the meeting, the kind of review, and the date the proposal is measured on."""

    review_type: ReviewType
    meeting_date: date
    next_phase: str | None = None
    plan_issued: date | None = None
    today: date | None = None  # the evaluation fixes it; None means the real date

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewDetails:
        meeting = iso_date(data.get("meeting_date"))
        if meeting is None:
            raise ValueError("review.json needs a meeting_date (YYYY-MM-DD)")
        phase = data.get("next_phase")
        return cls(
            review_type=as_review_type(data.get("review_type") or data.get("type")),
            meeting_date=meeting,
            next_phase=str(phase) if phase else None,
            plan_issued=iso_date(data.get("plan_issued")),
            today=iso_date(data.get("today")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "review_type": self.review_type,
            "meeting_date": self.meeting_date.isoformat(),
            "next_phase": self.next_phase,
            "plan_issued": self.plan_issued.isoformat() if self.plan_issued else None,
            "today": self.today.isoformat() if self.today else None,
        }

    @property
    def on(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class CurrentPlan:
    """The plan in force, read from its document: statements `cur-F-3`, each citing the plan."""

    document_id: str
    issued: str | None  # ISO
    sections: dict[str, tuple[Statement, ...]] = field(default_factory=empty_sections)

    def statements(self) -> list[tuple[str, Statement]]:
        return [(sec, s) for sec in SECTIONS for s in self.sections.get(sec, ())]

    def statement(self, statement_id: str) -> Statement | None:
        return next((s for _, s in self.statements() if s.id == statement_id), None)

    def section_of(self, statement_id: str) -> str | None:
        return next((sec for sec, s in self.statements() if s.id == statement_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "issued": self.issued,
            "sections": {sec: [statement_json(s) for s in self.sections.get(sec, ())] for sec in SECTIONS},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CurrentPlan:
        sections = data.get("sections") or {}
        return cls(
            document_id=str(data.get("document_id") or ""),
            issued=data.get("issued"),
            sections={sec: tuple(statement_from_json(s) for s in sections.get(sec) or []) for sec in SECTIONS},
        )


@dataclass(frozen=True)
class Mark:
    """How a proposed statement stands against the current plan."""

    change: Change
    previous_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Removal:
    previous_id: str
    section: str
    text: str
    reason: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class OutcomeReview:
    previous_id: str
    status: OutcomeStatus
    proposal: OutcomeProposal
    evidence: tuple[Citation, ...] = ()
    note: str | None = None  # why, in a sentence for the caseworker


@dataclass(frozen=True)
class Disputed:
    """A difference of opinion recorded at the meeting: listed for the caseworker, never resolved."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Cut:
    """A reduction or removal of current provision that the review evidence proposes: flagged
    whether or not the proposal adopts it (an unevidenced cut is not adopted)."""

    previous_id: str
    detail: str  # what is cut, in words
    evidenced: bool  # explained by the child's progress rather than the school's resources
    adopted: bool
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Stale:
    """Content of the current plan the review shows is out of date."""

    previous_id: str
    section: str
    why: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Amendment:
    """Everything that relates the proposed plan to the current one."""

    review: ReviewDetails
    current: CurrentPlan
    marks: dict[str, Mark]  # by proposed statement id
    removed: tuple[Removal, ...] = ()
    outcome_review: tuple[OutcomeReview, ...] = ()
    disputed: tuple[Disputed, ...] = ()
    cuts: tuple[Cut, ...] = ()
    stale: tuple[Stale, ...] = ()
    evidence_ids: tuple[str, ...] = ()  # the review evidence documents (not the plan)
    decision: Decision | None = None
    decision_reason: str | None = None
    notice_date: date | None = None  # when the amendment notice was issued

    def mark(self, statement_id: str) -> Mark:
        return self.marks.get(statement_id) or Mark("added", None, "Added by the caseworker.")

    def with_decision(self, decision: Decision, reason: str, notice_date: date | None) -> Amendment:
        return replace(self, decision=decision, decision_reason=reason, notice_date=notice_date)

    def to_store(self) -> dict[str, Any]:
        """Everything, for the store; `from_store` reads it back."""
        return {
            "review": self.review.to_json(),
            "current": self.current.to_json(),
            "marks": {k: asdict(m) for k, m in self.marks.items()},
            "removed": [removal_json(r) for r in self.removed],
            "outcome_review": [outcome_json(o) for o in self.outcome_review],
            "disputed": [{"text": d.text, "citations": [asdict(c) for c in d.citations]} for d in self.disputed],
            "cuts": [{**asdict(c), "citations": [asdict(x) for x in c.citations]} for c in self.cuts],
            "stale": [{**asdict(s), "citations": [asdict(x) for x in s.citations]} for s in self.stale],
            "evidence_ids": list(self.evidence_ids),
            "decision": self.decision,
            "decision_reason": self.decision_reason,
            "notice_date": self.notice_date.isoformat() if self.notice_date else None,
        }

    @classmethod
    def from_store(cls, data: dict[str, Any]) -> Amendment:
        return cls(
            review=ReviewDetails.from_json(data["review"]),
            current=CurrentPlan.from_json(data["current"]),
            marks={k: Mark(**m) for k, m in (data.get("marks") or {}).items()},
            removed=tuple(
                Removal(**{**r, "citations": _citations(r.get("citations"))}) for r in data.get("removed") or []
            ),
            outcome_review=tuple(
                OutcomeReview(**{**o, "evidence": _citations(o.get("evidence"))})
                for o in data.get("outcome_review") or []
            ),
            disputed=tuple(Disputed(d["text"], _citations(d.get("citations"))) for d in data.get("disputed") or []),
            cuts=tuple(Cut(**{**c, "citations": _citations(c.get("citations"))}) for c in data.get("cuts") or []),
            stale=tuple(Stale(**{**x, "citations": _citations(x.get("citations"))}) for x in data.get("stale") or []),
            evidence_ids=tuple(data.get("evidence_ids") or ()),
            decision=as_decision(data.get("decision")),
            decision_reason=data.get("decision_reason"),
            notice_date=iso_date(data.get("notice_date")),
        )


def _citations(items: Any) -> tuple[Citation, ...]:
    return tuple(Citation(**c) for c in items or [])


def removal_json(r: Removal) -> dict[str, Any]:
    return {
        "previous_id": r.previous_id,
        "section": r.section,
        "text": r.text,
        "reason": r.reason,
        "citations": [asdict(c) for c in r.citations],
    }


def outcome_json(o: OutcomeReview) -> dict[str, Any]:
    return {
        "previous_id": o.previous_id,
        "status": o.status,
        "proposal": o.proposal,
        "evidence": [asdict(c) for c in o.evidence],
        "note": o.note,
    }
