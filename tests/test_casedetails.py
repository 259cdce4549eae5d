"""The child's name, date of birth and year group read from the advice where case.json is silent:
one row per place people write them, near misses included; what case.json says always wins."""

from __future__ import annotations

from typing import Any

import pytest

from appliance.cases.casedetails import infer_details
from appliance.documents import AdviceDocument
from tests.builders import PassageBlock, advice

BODY = "Zara reads well and enjoys books of all kinds in the classroom library."


def _docs(*documents: tuple[PassageBlock, ...]) -> list[AdviceDocument]:
    return [advice("educational", *blocks, doc_id=f"D{n}") for n, blocks in enumerate(documents, start=1)]


Found = tuple[Any, Any, Any]  # child_name, date_of_birth, year_group

ROWS = [
    # a form's details rows
    pytest.param(
        (
            (
                ("row", "Child's name", "Zara Whitfield"),
                ("row", "Date of birth", "03/03/2016"),
                ("row", "Year group", "Year 4"),
            ),
        ),
        ("Zara Whitfield", "2016-03-03", 4),
        id="details-rows",
    ),
    pytest.param(((("row", "Year group", "Reception"),),), (None, None, 0), id="details-row-reception-is-year-0"),
    # a letter's "Re:" line, the surname in capitals
    pytest.param(
        (("Re: Zara WHITFIELD, DOB 03/03/2016, Year 4, Linden Vale Primary School", BODY),),
        ("Zara Whitfield", "2016-03-03", 4),
        id="re-line",
    ),
    # a report's opening sentence
    pytest.param(
        (
            (
                "Psychological advice for Zara Anne Whitfield, date of birth 3 March 2016, a Year 4 pupil at Linden "
                "Vale Primary School, written on 12 March 2025.",
                BODY,
            ),
        ),
        ("Zara Anne Whitfield", "2016-03-03", 4),
        id="opening-sentence",
    ),
    pytest.param(
        (("Pupil: Zara Whitfield. DOB: 03/03/2016. Year 4. Advice by: Mrs Quinn, SENCO.", BODY),),
        ("Zara Whitfield", "2016-03-03", 4),
        id="inline-fields",
    ),
    # a run-on details line: the name stops at the next field's label
    pytest.param(
        (("Name: Zara Whitfield DOB: 03/03/2016 Date: 12/03/2025", BODY),),
        ("Zara Whitfield", "2016-03-03", None),
        id="inline-fields-run-on",
    ),
    # no name more documents agree on: the surname more documents give, then the earlier document
    pytest.param(
        (
            (("row", "Name", "Kai Rendell"),),
            (("row", "Name", "Jem Whitfield"),),
            (("row", "Name", "Jeremiah Whitfield"),),
        ),
        ("Jem Whitfield", None, None),
        id="name-tie-the-surname-more-documents-give",
    ),
    pytest.param(
        ((("row", "Name", "Zara Whitfield"),), (("row", "Name", "Kai Rendell"),)),
        ("Zara Whitfield", None, None),
        id="name-tie-near-miss-the-earlier-document",
    ),
    # the fullest form of the name most documents agree on
    pytest.param(
        (
            (("row", "Name", "Zara Whitfield"),),
            (("row", "Name", "Zara Anne Whitfield"),),
            (("row", "Name", "Zara Whitfield"),),
        ),
        ("Zara Anne Whitfield", None, None),
        id="name-fullest-agreed-form",
    ),
    # near misses
    pytest.param(
        ((("row", "Date of birth", "03/03/2016"),), (("row", "DOB", "03/03/2016"),), (("row", "DOB", "04/05/2015"),)),
        (None, "2016-03-03", None),
        id="dob-near-miss-one-document-copied-from-another-child",
    ),
    pytest.param(
        ((("row", "Year group", "Year 4"), *[BODY] * 3, "By the end of Year 5, Zara will read 50 words."),),
        (None, None, 4),
        id="year-near-miss-an-outcome-time-frame",
    ),
    pytest.param(
        (("Zara Whitfield, Year 4", "Kai Rendell, Year 6"),),
        (None, None, None),
        id="year-near-miss-two-year-groups-in-one-document",
    ),
    pytest.param(
        (("Re: request for advice, Year 4 review", BODY, "Dear colleagues,"),),
        (None, None, 4),
        id="name-near-miss-re-line-without-a-name",
    ),
]


@pytest.mark.parametrize(("documents", "found"), ROWS)
def test_infer_details(documents: tuple[tuple[PassageBlock, ...], ...], found: Found) -> None:
    out = infer_details(_docs(*documents), {})
    assert (out.get("child_name"), out.get("date_of_birth"), out.get("year_group")) == found


def test_case_json_wins() -> None:
    docs = _docs((("row", "Name", "Zara Whitfield"), ("row", "DOB", "03/03/2016"), ("row", "Year group", "Year 4")))
    given = {"child_name": "Zara Anne Whitfield", "date_of_birth": "2016-03-04", "year_group": 5}
    assert infer_details(docs, given) == {**given, "preferred_name": "Zara"}
