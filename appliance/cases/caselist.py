"""What the caseworker's pages show about cases: the list with status, who it is assigned to and the
statutory clock (the week-16 draft and the week-20 final plan), searchable and filterable; the
manager's queue of plans awaiting sign-off; and which reg 6(1) advice a case still lacks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from appliance.cases.status import STATUS_LABELS, days_left, deadline, draft_due
from appliance.review.signoff import Blocker, blockers
from appliance.store import Store, cases, drafts, users
from appliance.store.cases import Case

DUE_SOON_DAYS = 14
# reg 6(1)(a)-(e): (label, advice types that satisfy it); (g) is added from Year 9.
REQUIRED_ADVICE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Parent or young person's views (reg 6(1)(a))", ("parent_views", "child_views")),
    ("Educational advice (reg 6(1)(b))", ("educational",)),
    ("Medical advice (reg 6(1)(c))", ("medical",)),
    ("Psychological advice (reg 6(1)(d))", ("psychological",)),
    ("Social care advice (reg 6(1)(e))", ("social_care",)),
)
ADULTHOOD_ADVICE = ("Preparing for adulthood advice (reg 6(1)(g))", ("preparing_for_adulthood",))


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    status_label: str
    deadline: date | None
    days_left: int | None
    draft_due: date | None = None
    today: date | None = None
    assigned: str | None = None  # the display name of the caseworker it is assigned to

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= DUE_SOON_DAYS

    @property
    def draft_days_left(self) -> int | None:
        return None if self.draft_due is None or self.today is None else (self.draft_due - self.today).days

    @property
    def week(self) -> int | None:
        """The week of the 20 weeks the case is in (1 in the week of the request)."""
        requested = self.case.request_date
        if not requested or self.today is None:
            return None
        return (self.today - date.fromisoformat(requested)).days // 7 + 1


def summarise(case: Case, today: date, assigned: str | None = None) -> CaseSummary:
    return CaseSummary(
        case,
        STATUS_LABELS.get(case.status, case.status),
        deadline(case.request_date),
        days_left(case.request_date, today),
        draft_due(case.request_date),
        today,
        assigned,
    )


def _matches(case: Case, query: str) -> bool:
    words = query.lower().split()
    haystack = " ".join(x for x in (case.child_name, case.preferred_name, case.la_reference) if x).lower()
    return all(w in haystack for w in words)


def _summaries(store: Store, team: str, today: date) -> list[CaseSummary]:
    with store.read() as conn:
        rows = cases.list_cases(conn, team=team)
        names = users.display_names(conn, {c.assigned_to for c in rows if c.assigned_to is not None})
    return [summarise(c, today, names.get(c.assigned_to) if c.assigned_to else None) for c in rows]


def case_list(
    store: Store, team: str, today: date, *, query: str = "", status: str = "", due: str = ""
) -> list[CaseSummary]:
    """The team's cases, most urgent first; `due` is "overdue", "soon" or "" for any. Closed cases
    are listed only when asked for by status."""
    out = [
        s
        for s in _summaries(store, team, today)
        if (not query or _matches(s.case, query)) and (s.case.status == status if status else s.case.status != "closed")
    ]
    if due == "overdue":
        out = [s for s in out if s.overdue]
    elif due == "soon":
        out = [s for s in out if s.due_soon]
    return sorted(
        out,
        key=lambda s: (
            s.case.status in ("signed_off", "closed"),
            s.days_left is None,
            s.days_left or 0,
            s.case.id,
        ),
    )


def closed_count(store: Store, team: str) -> int:
    with store.read() as conn:
        return sum(1 for c in cases.list_cases(conn, team=team) if c.status == "closed")


@dataclass(frozen=True)
class QueueItem:
    """A plan awaiting sign-off, for the manager's queue."""

    summary: CaseSummary
    version: int
    blockers: tuple[Blocker, ...]

    @property
    def open_errors(self) -> int:
        return sum(1 for b in self.blockers if b.kind == "flag")

    @property
    def unreviewed(self) -> int:
        return sum(1 for b in self.blockers if b.kind == "section")


def signoff_queue(store: Store, team: str, today: date) -> list[QueueItem]:
    """The team's drafted and in-review plans, ready ones first, then by deadline."""
    items = []
    for s in _summaries(store, team, today):
        if s.case.status not in ("drafted", "in_review"):
            continue
        with store.read() as conn:
            meta, draft = drafts.load(conn, s.case.id)
            found = blockers(conn, s.case.id, draft)
        items.append(QueueItem(s, meta.version, tuple(found)))
    return sorted(items, key=lambda i: (bool(i.blockers), i.summary.days_left is None, i.summary.days_left or 0))


def missing_advice(advice_types: Iterable[str], year_group: int | None) -> list[str]:
    present = set(advice_types)
    required = list(REQUIRED_ADVICE)
    if year_group is not None and year_group >= 9:
        required.append(ADULTHOOD_ADVICE)
    return [label for label, accepted in required if not present & set(accepted)]
