"""The settings the advice asks for are named in no statement, whatever the section: the names those requests give,
and each rule that rules a name out (the setting writing its advice, a service, a place the child was)."""

from __future__ import annotations

import pytest

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.evidence.placements import requested
from tests.builders import advice, advice_document, docx_bytes
from tests.test_pipeline import CASE, _case


@pytest.mark.parametrize(
    ("blocks", "names"),
    [
        pytest.param(
            ("We visited Linnet Hall School in March and we would like Zara to go there next year.",),
            {"Linnet"},
            id="a-school-the-parents-ask-for",
        ),
        pytest.param(
            ("Castlemead Academy", "We want Zara to stay at Castlemead Academy with her friends."),
            set(),
            id="near-miss-the-setting-writing-the-advice",
        ),
        pytest.param(
            ("We would like Zara to attend Westmere Virtual School sessions.", "Westmere Council SEND team"),
            set(),
            id="near-miss-a-service-of-the-council",
        ),
        pytest.param(
            ("Letter to the panel", "Zara moved to Oakfield Primary School in 2023 and we hope she settles."),
            set(),
            id="near-miss-a-school-the-child-moved-to",
        ),
        pytest.param(
            (
                "Views of Zara",
                "Zara told me that she would like to go out with people her age and that she has enjoyed her visits "
                "to Willow Lodge.",
            ),
            set(),
            id="near-miss-a-wish-said-before-a-place-she-enjoys",
        ),
        pytest.param(
            ("Our views", "We would like Zara to keep her overnight short breaks at Willow Lodge."),
            set(),
            id="near-miss-a-short-break-unit",
        ),
    ],
)
def test_the_settings_the_advice_asks_for(blocks: tuple[str, ...], names: set[str]) -> None:
    assert requested([advice("parent_views", *blocks)]) == names


def test_a_setting_asked_for_is_named_in_no_section() -> None:
    """The parents ask for Linnet Hall; the school's advice plans visits there: neither is drafted with the name,
    while the school's other provision is."""
    parents = ["Our views", "We looked round Linnet Hall School and we would like Zara to go there in September."]
    school = [
        ("h", "Provision"),
        "Zara should have three transition visits to Linnet Hall with her teaching assistant in the summer term.",
        "Zara should have a reading group for 20 minutes each day with a teaching assistant.",
    ]
    docs = [
        *_case(),
        advice_document("D8", "Parents letter.docx", docx_bytes(parents)),
        advice_document("D9", "School plan.docx", docx_bytes(school)),
    ]
    draft = draft_and_check(CASE, docs, None, DraftOptions())
    drafted = [s.text for _, s in draft.statements()]
    assert not any("Linnet Hall" in t for t in drafted)
    assert any("reading group for 20 minutes each day" in t for t in drafted)
