"""The rules of a review, one at a time: the statutory clock, the item-by-item comparison of
provision, the fields a change proposes, outcome progress and time frames, stale content."""

from __future__ import annotations

from datetime import date

import pytest

from appliance.amendments.deadlines import deadlines, missed
from appliance.amendments.model import ReviewDetails
from appliance.amendments.outcomes import ends
from appliance.amendments.provision import change_fields, compare, new_clause
from appliance.amendments.stale import dated
from appliance.amendments.text import outcome_status, reduction_is_evidenced
from appliance.drafting.plan import Statement


def _review(**values: object) -> ReviewDetails:
    return ReviewDetails.from_json({"meeting_date": "2026-11-12", "review_type": "annual", **values})


def test_deadlines_run_from_the_meeting() -> None:
    due = deadlines(_review(), year_group=4)
    assert due.to_json() == {
        "report": "2026-11-26",
        "decision_and_notice": "2026-12-10",
        "final_plan": "2027-02-04",
        "phase_transfer": None,
        "next_review": "2027-11-12",
    }
    # the final plan is due 8 weeks after the notice, but never later than 12 weeks after the meeting
    assert deadlines(_review(), 4, notice_date=date(2026, 11, 20)).final_plan == date(2027, 1, 15)
    assert deadlines(_review(), 4, notice_date=date(2027, 1, 5)).final_plan == date(2027, 2, 4)
    assert deadlines(_review(review_type="under_five"), 0).next_review == date(2027, 5, 12)


@pytest.mark.parametrize(
    ("values", "year_group", "expected"),
    [
        ({"review_type": "phase_transfer", "next_phase": "secondary"}, 6, date(2027, 2, 15)),
        ({"review_type": "phase_transfer", "next_phase": "post16"}, 11, date(2027, 3, 31)),
        ({"review_type": "phase_transfer", "next_phase": None}, 11, date(2027, 3, 31)),
        ({"review_type": "phase_transfer", "next_phase": "secondary"}, 5, date(2028, 2, 15)),
        ({"review_type": "annual", "next_phase": None}, 6, None),
    ],
)
def test_phase_transfer_date(values: dict[str, object], year_group: int, expected: date | None) -> None:
    assert deadlines(_review(**values), year_group).phase_transfer == expected


def test_missed_deadlines() -> None:
    due = deadlines(_review(review_type="phase_transfer", next_phase="secondary"), 6)
    assert missed(due, date(2026, 12, 1), decided=False, notice_date=None) == []
    late = missed(due, date(2027, 2, 5), decided=False, notice_date=None)
    assert [m.key for m in late] == ["decision_and_notice", "final_plan", "phase_transfer"]
    assert "15 February 2027" in late[2].message
    assert [m.key for m in missed(due, date(2026, 12, 20), decided=True, notice_date=date(2026, 12, 9))] == []
    # 15 days for representations no longer fit before 15 February
    assert [m.key for m in missed(due, date(2027, 2, 3), decided=True, notice_date=date(2027, 2, 3))] == [
        "phase_transfer"
    ]


def _item(**values: str | None) -> Statement:
    base = {"frequency": "weekly", "duration": "30 minutes", "group_size": "1:1",
            "delivered_by": "speech and language therapist"}  # fmt: skip
    return Statement("F-1", values.pop("text", None) or "Speech and language therapy.", (), **{**base, **values})


@pytest.mark.parametrize(
    ("new", "reduced"),
    [
        ({"frequency": "fortnightly"}, ["time: weekly, 30 minutes -> fortnightly, 30 minutes"]),
        ({"duration": "20 minutes"}, ["time: weekly, 30 minutes -> weekly, 20 minutes"]),
        ({"frequency": "twice a week", "duration": "15 minutes"}, []),  # the same time a week
        ({"group_size": "group of 4"}, ["group size: 1:1 -> group of 4"]),
        ({"delivered_by": "teaching assistant"},
         ["who delivers it: speech and language therapist -> teaching assistant"]),
        ({"duration": None}, ["how long: no longer stated (was '30 minutes')"]),
        ({"text": "Access to speech and language therapy as appropriate."},
         ["wording made vaguer: 'access to', 'as appropriate'"]),
        ({"frequency": "twice a week"}, []),
    ],
)  # fmt: skip
def test_provision_is_compared_item_by_item(new: dict[str, str | None], reduced: list[str]) -> None:
    assert list(compare(_item(), _item(**new)).reduced) == reduced


def test_an_increase_is_not_a_reduction() -> None:
    found = compare(_item(), _item(frequency="twice a week"))
    assert found.increased and not found.is_reduction


def test_the_fields_a_change_proposes_are_those_after_to() -> None:
    text = (
        "The direct therapy can be reduced from weekly 30-minute sessions to a half-termly visit of 45 minutes, "
        "in which I will review her targets."
    )
    found = change_fields(text)
    assert (found.frequency, found.duration) == ("half-termly", "45 minutes")
    assert new_clause(text) == "a half-termly visit of 45 minutes, in which I will review her targets."
    assert reduction_is_evidenced("As her speech sounds are now established, therapy can be reduced.")
    assert not reduction_is_evidenced("Because of staffing changes, the school proposes to reduce phonics.")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Progressing. She is not yet secure in Phase 5.", "progressing"),
        ("Not yet achieved. She can say the words in her group.", "not_yet"),
        ("Achieved. She answers every day.", "achieved"),
        ("She has met the speech sound outcome in her plan.", "achieved"),
        ("Partly achieved: he knows the 2 and 10 times tables.", "progressing"),
        ("He has made good progress with his reading.", "progressing"),
        ("She attended every session.", None),
    ],
)
def test_outcome_progress(text: str, status: str | None) -> None:
    assert outcome_status(text) == status


@pytest.mark.parametrize(
    ("timeframe", "expected"),
    [
        ("By the end of Year 3", date(2026, 7, 22)),
        ("By the end of Year 4", date(2027, 7, 22)),
        ("By the end of Key Stage 2", date(2029, 7, 22)),
        ("By July 2026", date(2026, 7, 22)),
        ("By December 2026", date(2026, 12, 31)),
        ("By the summer term 2027", date(2027, 7, 22)),
        ("Soon", None),
    ],
)
def test_when_an_outcome_ends(timeframe: str, expected: date | None) -> None:
    assert ends(timeframe, year_group=4, meeting=date(2026, 11, 12)) == expected


def test_stale_year_group_and_age() -> None:
    def stmt(text: str) -> Statement:
        return Statement("A-1", text, ())

    assert dated(stmt("Maisie is 8 years old and is in Year 3 at Ashgrove."), 4, 9) == (
        "It says Year 3; the child is now in Year 4."
    )
    assert (
        dated(stmt("Maisie is eight years old."), 4, 9) == "It says 8 years old; the child was 9 at the review meeting."
    )
    assert dated(stmt("Maisie is 9 years old and is in Year 4."), 4, 9) is None
    assert dated(stmt("By the end of Year 6 Maisie will read fluently."), 4, 9) is None
