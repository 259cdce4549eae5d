"""Which area of need a passage bears on: its own lead label first, then its headings, then its words."""

from __future__ import annotations

import pytest

from appliance.evidence.areas import classify_area

CI = "communication_and_interaction"
CL = "cognition_and_learning"
SEMH = "social_emotional_mental_health"
SP = "sensory_and_physical"
PFA = "preparing_for_adulthood"
PLAIN = "Zara needs support."  # no area words of its own

AREAS = [
    # lead label: "3.1 Communication and interaction: ..." beats the headings and the words
    pytest.param("3.1 Communication and interaction: Zara needs support.", (), CI, id="lead-label-numbered"),
    pytest.param(
        "Social, emotional and mental health: Zara finds reading hard.",
        ("Communication",),
        SEMH,
        id="lead-label-beats-heading-and-words",
    ),
    pytest.param("Sensory and physical: Zara needs support.", (), SP, id="lead-label-sensory"),
    pytest.param("Preparing for adulthood: Zara needs support.", (), PFA, id="lead-label-adulthood"),
    pytest.param("Date: 3 March 2025, Zara is anxious.", (), SEMH, id="lead-label-near-miss-not-an-area"),
    # headings: the nearest heading that names an area, of eight words or fewer
    pytest.param(PLAIN, ("Needs", "Speech and language"), CI, id="heading-communication"),
    pytest.param(PLAIN, ("Needs", "Literacy"), CL, id="heading-cognition"),
    pytest.param(PLAIN, ("Needs", "Wellbeing"), SEMH, id="heading-semh"),
    pytest.param(PLAIN, ("Needs", "Hearing"), SP, id="heading-sensory"),
    pytest.param(PLAIN, ("Needs", "Independence"), PFA, id="heading-adulthood"),
    pytest.param(
        PLAIN,
        ("How staff can help Zara with her communication in the classroom and at home",),
        None,
        id="heading-near-miss-too-long",
    ),
    # words: the area whose words the passage uses most
    pytest.param("Zara finds it hard to follow spoken instructions and has a small vocabulary.", (), CI, id="words-ci"),
    pytest.param("Zara's reading and spelling are well below her peers.", (), CL, id="words-cl"),
    pytest.param("Zara becomes anxious and angry at lunchtime.", (), SEMH, id="words-semh"),
    pytest.param("Zara uses a wheelchair and needs a hoist for transfers.", (), SP, id="words-sp"),
    pytest.param("Zara will learn to manage money on travel training.", (), PFA, id="words-pfa"),
    pytest.param("Hearing was tested and is normal.", (), SP, id="words-topic-not-impairment"),
    pytest.param(PLAIN, (), None, id="words-none"),
    pytest.param("Sami has been physically aggressive towards staff.", (), SEMH, id="words-aggressive-not-physical"),
    pytest.param("Sami is physically weak and tires quickly.", (), SP, id="words-near-miss-physically-weak"),
    pytest.param(
        "Kai shouts, swears, throws equipment, walks out of the lesson or out of the building.",
        (),
        SEMH,
        id="words-walking-out-is-no-walking",
    ),
    pytest.param("Kai walks with a frame and tires on the stairs.", (), SP, id="words-near-miss-walks-with-a-frame"),
    pytest.param("Kai practises throwing and catching for his motor skills.", (), SP, id="words-near-miss-throwing"),
    pytest.param("Zara has difficulty understanding what is said.", (), CI, id="words-standing-not-in-understanding"),
    pytest.param(
        "Zara worries about going to secondary school.",
        (),
        SEMH,
        id="words-near-miss-worries",
    ),
    pytest.param(
        "Zara displays anxiety in the dinner hall.",
        (),
        SEMH,
        id="words-near-miss-displays",
    ),
    pytest.param(
        "Zara is anxious when plans change; it happens most days and depends on the timetable.",
        (),
        SEMH,
        id="words-near-miss-happens",
    ),
]


@pytest.mark.parametrize(("text", "headings", "area"), AREAS)
def test_classify_area(text: str, headings: tuple[str, ...], area: str | None) -> None:
    assert classify_area(text, headings) == area
