"""What the caseworker's pages show about cases: the list with status and the 20-week deadline
(searchable and filterable), and which reg 6(1) advice a case still lacks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from appliance.cases.status import STATUS_LABELS, days_left, deadline
from appliance.store import Store, cases
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

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= DUE_SOON_DAYS


def summarise(case: Case, today: date) -> CaseSummary:
    return CaseSummary(
        case,
        STATUS_LABELS.get(case.status, case.status),
        deadline(case.request_date),
        days_left(case.request_date, today),
    )


def _matches(case: Case, query: str) -> bool:
    words = query.lower().split()
    haystack = " ".join(x for x in (case.child_name, case.preferred_name, case.la_reference) if x).lower()
    return all(w in haystack for w in words)


def case_list(
    store: Store, team: str, today: date, *, query: str = "", status: str = "", due: str = ""
) -> list[CaseSummary]:
    """The team's cases, most urgent first; `due` is "overdue", "soon" or "" for any."""
    with store.read() as conn:
        rows = cases.list_cases(conn, team=team)
    out = [
        summarise(c, today) for c in rows if (not query or _matches(c, query)) and (not status or c.status == status)
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


def missing_advice(advice_types: Iterable[str], year_group: int | None) -> list[str]:
    present = set(advice_types)
    required = list(REQUIRED_ADVICE)
    if year_group is not None and year_group >= 9:
        required.append(ADULTHOOD_ADVICE)
    return [label for label, accepted in required if not present & set(accepted)]
