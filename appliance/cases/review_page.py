"""What the review pages show: one review (its clock, documents, proposal, schedule of changes,
outcome review, disagreements, representations, what blocks the notice) and the team's reviews
due this term or overdue (CoP 9.172)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from appliance.amendments.contract import Proposal, reconcile
from appliance.amendments.deadlines import LABELS, deadlines
from appliance.amendments.model import Amendment, ReviewDetails
from appliance.amendments.schedule import ScheduleItem, changes
from appliance.cases.reviewing import ReviewOptions, details_of, load
from appliance.drafting.plan import Flag
from appliance.store import Store, annual_reviews, cases, documents, drafts
from appliance.store.annual_reviews import Representation, ReviewRecord
from appliance.store.documents import StoredDocument

REVIEW_CODES = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED", "OUTCOME_ROLLED_OVER", "STALE_CONTENT", "REVIEW_DEADLINE")
TERM_DAYS = 91  # "due this term": within about 13 weeks


@dataclass(frozen=True)
class DeadlineRow:
    key: str
    label: str
    due: date
    days_left: int
    met: bool

    @property
    def overdue(self) -> bool:
        return not self.met and self.days_left < 0


@dataclass(frozen=True)
class ReviewPage:
    record: ReviewRecord
    details: ReviewDetails
    deadlines: list[DeadlineRow]
    plan: StoredDocument | None
    evidence: list[StoredDocument]
    proposal: Proposal | None
    changes: list[ScheduleItem]
    review_flags: list[Flag]
    representations: list[Representation]


def _met(key: str, rec: ReviewRecord, has_report: bool) -> bool:
    return {
        "report": has_report,
        "decision_and_notice": rec.decision is not None,
        "final_plan": rec.status == "finalised",
        "phase_transfer": rec.status == "finalised",
        "next_review": False,
    }.get(key, False)


def clock(rec: ReviewRecord, year_group: int | None, today: date, has_report: bool = False) -> list[DeadlineRow]:
    notice = date.fromisoformat(rec.notice_date) if rec.notice_date else None
    due = deadlines(details_of(rec), year_group, notice)
    return [
        DeadlineRow(key, LABELS[key], when, (when - today).days, _met(key, rec, has_report))
        for key, when in due.items()
        if when is not None
    ]


def review_page(store: Store, review_id: int, options: ReviewOptions, today: date) -> ReviewPage:
    with store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
        case = cases.get(conn, rec.case_id)
        roles = dict(annual_reviews.documents(conn, review_id))
        docs = [d for d in documents.for_case(conn, rec.case_id) if d.id in roles]
        reps = annual_reviews.representations(conn, review_id)
    evidence = [d for d in docs if roles[d.id] == "evidence"]
    proposal = load(store, review_id, options) if rec.amendment is not None else None
    has_report = any(d.advice_type == "annual_review" for d in evidence)
    return ReviewPage(
        record=rec,
        details=details_of(rec),
        deadlines=clock(rec, case.year_group, today, has_report),
        plan=next((d for d in docs if roles[d.id] == "plan"), None),
        evidence=evidence,
        proposal=proposal,
        changes=changes(proposal) if proposal else [],
        review_flags=[f for f in proposal.draft.flags if f.code in REVIEW_CODES] if proposal else [],
        representations=reps,
    )


@dataclass(frozen=True)
class DueReview:
    case_id: int
    child_name: str
    review_id: int | None  # None: no review started yet
    what: str
    due: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def next_step(rec: ReviewRecord, name: str, year_group: int | None, today: date) -> DueReview | None:
    """The next statutory date of an open review."""
    pending = [d for d in clock(rec, year_group, today) if not d.met and d.key != "next_review"]
    if not rec.open or not pending:
        return None
    first = min(pending, key=lambda d: d.due)
    return DueReview(rec.case_id, name, rec.id, first.label, first.due, first.days_left)


def due_reviews(store: Store, team: str, today: date) -> list[DueReview]:
    """Open reviews with their next deadline, and plans whose annual review falls due this term
    or is overdue (12 months after the plan was finalised or last reviewed; 6 for a child under 5)."""
    out = []
    with store.read() as conn:
        reviewed = {r.case_id: r for r, _, _ in annual_reviews.for_team(conn, team)}
        for rec, name, year in annual_reviews.for_team(conn, team):
            step = next_step(rec, name, year, today)
            out += [step] if step else []
        for case in cases.list_cases(conn, team=team):
            if case.status != "signed_off" or (case.id in reviewed and reviewed[case.id].open):
                continue
            last = (
                reviewed[case.id].meeting_date if case.id in reviewed else drafts.versions(conn, case.id)[-1].created_at
            )
            months = 6 if case.year_group is not None and case.year_group < 0 else 12
            due = date.fromisoformat(last[:10]) + timedelta(days=round(months * 30.44))
            if (due - today).days <= TERM_DAYS:
                out.append(DueReview(case.id, case.child_name, None, "Annual review due", due, (due - today).days))
    return sorted(out, key=lambda d: d.due)


@dataclass(frozen=True)
class Amended:
    """For the plan page: the open review whose proposal the latest version is, and how each of
    its statements stands against the current plan."""

    review_id: int
    meeting_date: str
    changes: dict[str, str]  # statement id -> unchanged | modified | added
    reasons: dict[str, str]


def amended(store: Store, case_id: int) -> Amended | None:
    with store.read() as conn:
        rec = annual_reviews.open_for_case(conn, case_id)
        if rec is None or rec.amendment is None:
            return None
        _, draft = drafts.load(conn, case_id)
    marks = reconcile(draft, Amendment.from_store(rec.amendment)).marks
    return Amended(
        rec.id,
        rec.meeting_date,
        {k: m.change for k, m in marks.items()},
        {k: m.reason for k, m in marks.items() if m.reason},
    )
