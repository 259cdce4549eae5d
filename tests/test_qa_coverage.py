"""ADVICE_NOT_DRAFTED and OUTCOME_EXPIRES: must-raise cases and their near misses, from the clean
QA fixture case."""

from __future__ import annotations

from datetime import date

import pytest

from appliance.evidence.timeframes import ends
from tests.test_qa_fixtures import add, codes, document, draft, flags, sections, stmt, with_document

THERAPY = [
    "Sam has weak core stability and tires quickly when sitting on the carpet.",
    "Sam should have a sensory circuit for 10 minutes every morning, led by a teaching assistant.",
]


def test_advice_that_recommends_provision_but_gave_the_plan_nothing_is_flagged() -> None:
    ot = document("D6", "occupational_therapy", THERAPY, filename="OT report.docx")
    found = codes(flags(docs=with_document(ot)), "ADVICE_NOT_DRAFTED")
    assert [(f.document_id, "OT report.docx" in f.message) for f in found] == [("D6", True)]


def test_advice_whose_provision_is_in_the_plan_is_not_flagged() -> None:
    ot = document("D6", "occupational_therapy", THERAPY, filename="OT report.docx")
    cited = stmt("F-9", THERAPY[1], "D6")
    assert not codes(flags(draft(add("F", cited)), docs=with_document(ot)), "ADVICE_NOT_DRAFTED")


def test_a_reply_that_describes_no_needs_is_not_flagged() -> None:
    reply = document(
        "D6",
        "social_care",
        ["Thank you for your request.", "Sam and his family are not known to children's social care."],
        filename="Social care reply.txt",
    )
    assert not codes(flags(docs=with_document(reply)), "ADVICE_NOT_DRAFTED")


def test_views_are_not_advice_that_must_be_drafted() -> None:
    views = document("D6", "parent_views", ["He finds reading hard and needs a daily reading session."])
    assert not codes(flags(docs=with_document(views)), "ADVICE_NOT_DRAFTED")


def test_an_outcome_that_ends_before_the_plan_is_final_is_flagged() -> None:
    early = stmt("E-9", "By April 2025, Sam will write his name independently.", "D3")
    found = codes(flags(draft(add("E", early))), "OUTCOME_EXPIRES")
    assert [f.statement_id for f in found] == ["E-9"]


def test_an_outcomes_own_time_frame_outlasts_the_columns_when_the_work_happens() -> None:
    # the request is 1 March 2025: the plan can be final by mid-July 2025
    text = "By December 2025, Sam will write his name independently (April to May 2025)."
    ahead = stmt("E-9", text, "D3", timeframe="April to May 2025")
    assert not codes(flags(draft(add("E", ahead))), "OUTCOME_EXPIRES")
    early = stmt(
        "E-9", "Sam will write his name independently (April to May 2025).", "D3", timeframe="April to May 2025"
    )
    assert [f.statement_id for f in codes(flags(draft(add("E", early))), "OUTCOME_EXPIRES")] == ["E-9"]


def test_outcomes_that_look_ahead_are_not_flagged() -> None:
    assert not codes(flags(draft({"E": sections()["E"]})), "OUTCOME_EXPIRES")


@pytest.mark.parametrize(
    ("timeframe", "year_group", "end"),
    [
        pytest.param("By July 2025", 4, date(2025, 7, 31), id="month-and-year"),
        pytest.param("by the end of Year 5", 4, date(2026, 7, 22), id="end-of-a-year-group"),
        pytest.param("by the end of Year 4", 4, date(2025, 7, 22), id="end-of-this-year-group"),
        pytest.param(
            "By the end of Year 2 of her course (July 2027)",
            12,
            date(2027, 7, 31),
            id="a-course-year-is-not-a-school-year",
        ),
        pytest.param("by the end of the autumn term 2025", 4, date(2025, 12, 20), id="end-of-a-term"),
        # Easter Day itself, which moves: 5 April in 2026, 28 March in 2027
        pytest.param("By Easter 2026", 4, date(2026, 4, 5), id="easter"),
        pytest.param("By Easter 2027", 4, date(2027, 3, 28), id="easter-in-march"),
        pytest.param("By February half term 2026", 4, date(2026, 2, 21), id="a-half-term"),
        pytest.param("by May 2026 half term", 4, date(2026, 5, 31), id="near-miss-a-month-then-half-term"),
        pytest.param("by the end of key stage 2", 4, date(2027, 7, 22), id="end-of-a-key-stage"),
        pytest.param("by the end of the school year", 4, date(2025, 7, 22), id="end-of-this-school-year"),
        pytest.param("within six months", 4, date(2025, 9, 3), id="within-months"),
        pytest.param("by the end of Year 5", None, None, id="near-miss-year-group-unknown"),
        pytest.param(
            "By the end of Year 11 (June 2026)", None, date(2026, 6, 30), id="the-month-named-with-a-year-group"
        ),
        pytest.param("19/12/2025", 4, date(2025, 12, 19), id="a-target-table-s-date"),
        pytest.param("Review 19/12", 4, None, id="near-miss-a-day-without-a-year"),
        pytest.param("when he is ready", 4, None, id="near-miss-no-time-frame"),
        pytest.param("in May", 4, None, id="near-miss-month-without-a-year"),
    ],
)
def test_when_a_time_frame_ends(timeframe: str, year_group: int | None, end: date | None) -> None:
    assert ends(timeframe, year_group=year_group, on=date(2025, 3, 1)) == end
