"""The statutory clock of a review, from the meeting date.

- the head teacher's report within 2 weeks of the meeting (reg 20(7));
- the decision to maintain, amend or cease, with the proposed amendments, within 4 weeks of the
  meeting (reg 20(10); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin));
- the final plan within 8 weeks of the amendment notice, so at most 12 weeks after the meeting
  (reg 22(3));
- in the year before a phase transfer, the plan amended and finalised by 15 February, or 31 March
  for secondary to post-16 (reg 18);
- the next review within 12 months, or every 3-6 months for a child under 5 (CoP 9.178).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from appliance.amendments.model import ReviewDetails
from appliance.qa.advice_dates import add_months

REPORT_DAYS = 14
DECISION_DAYS = 28
FINAL_AFTER_NOTICE_DAYS = 56
FINAL_AFTER_MEETING_DAYS = 84
REPRESENTATION_DAYS = 15  # reg 22(2)(c): at least 15 days for the family's representations
# The last year of each phase: a child in that year group transfers the following September.
LAST_YEAR_BEFORE = {"primary": -1, "junior": 2, "middle": 4, "secondary": 6, "post16": 11}
LABELS = {
    "report": "School's review report circulated",
    "decision_and_notice": "Decision and amendment notice",
    "final_plan": "Final amended plan",
    "phase_transfer": "Phase transfer: plan finalised",
    "next_review": "Next review due",
}


@dataclass(frozen=True)
class Deadlines:
    report: date
    decision_and_notice: date
    final_plan: date
    phase_transfer: date | None
    next_review: date

    def to_json(self) -> dict[str, Any]:
        return {key: (value.isoformat() if value else None) for key, value in self.items()}

    def items(self) -> list[tuple[str, date | None]]:
        return [
            ("report", self.report),
            ("decision_and_notice", self.decision_and_notice),
            ("final_plan", self.final_plan),
            ("phase_transfer", self.phase_transfer),
            ("next_review", self.next_review),
        ]


def deadlines(review: ReviewDetails, year_group: int | None, notice_date: date | None = None) -> Deadlines:
    meeting = review.meeting_date
    latest_final = meeting + timedelta(days=FINAL_AFTER_MEETING_DAYS)
    final = min(notice_date + timedelta(days=FINAL_AFTER_NOTICE_DAYS), latest_final) if notice_date else latest_final
    months = 6 if review.review_type == "under_five" else 12
    return Deadlines(
        report=meeting + timedelta(days=REPORT_DAYS),
        decision_and_notice=meeting + timedelta(days=DECISION_DAYS),
        final_plan=final,
        phase_transfer=phase_transfer_date(review, year_group),
        next_review=add_months(meeting, months),
    )


def phase_transfer_date(review: ReviewDetails, year_group: int | None) -> date | None:
    """15 February (31 March for secondary to post-16) of the calendar year of the transfer, where
    reg 18 applies: a phase-transfer review, or any review naming the next phase."""
    if review.review_type != "phase_transfer" and not review.next_phase:
        return None
    phase = (review.next_phase or "").lower().replace("-", "").replace(" ", "")
    post16 = phase == "post16" or (not phase and year_group == LAST_YEAR_BEFORE["post16"])
    meeting = review.meeting_date
    school_year = meeting.year if meeting.month >= 9 else meeting.year - 1
    years_to_go = 0
    last = LAST_YEAR_BEFORE.get(phase)
    if last is not None and year_group is not None:
        years_to_go = max(0, last - year_group)
    transfer_year = school_year + 1 + years_to_go
    return date(transfer_year, 3, 31) if post16 else date(transfer_year, 2, 15)


@dataclass(frozen=True)
class Missed:
    key: str
    due: date
    message: str


def missed(
    dl: Deadlines, today: date, *, decided: bool, notice_date: date | None, finalised: bool = False
) -> list[Missed]:
    """The deadlines already missed, or that can no longer be met, on `today`."""
    out = []
    if not decided and today > dl.decision_and_notice:
        out.append(
            Missed(
                "decision_and_notice",
                dl.decision_and_notice,
                f"The decision and the proposed amendments were due by {dl.decision_and_notice:%d %B %Y} "
                "(4 weeks after the meeting) and have not been issued.",
            )
        )
    if not finalised and today > dl.final_plan:
        out.append(
            Missed(
                "final_plan",
                dl.final_plan,
                f"The final amended plan was due by {dl.final_plan:%d %B %Y} and has not been issued.",
            )
        )
    if dl.phase_transfer and not finalised:
        earliest = max(today, notice_date or today) + timedelta(days=REPRESENTATION_DAYS)
        if today > dl.phase_transfer:
            message = f"The phase-transfer deadline of {dl.phase_transfer:%d %B %Y} has passed without a final plan."
            out.append(Missed("phase_transfer", dl.phase_transfer, message))
        elif earliest > dl.phase_transfer:
            message = (
                f"The plan must be finalised by {dl.phase_transfer:%d %B %Y} for the phase transfer, but the family's "
                f"15 days for representations end on {earliest:%d %B %Y} at the earliest."
            )
            out.append(Missed("phase_transfer", dl.phase_transfer, message))
    return out
