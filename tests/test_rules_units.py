"""Where a passage is cut into the units that are read one by one: sentences; never at a semicolon
(a list of doses, or two clauses read together: splitting them cost precision on the tuning cases)
nor after a title's full stop."""

from __future__ import annotations

import pytest

from appliance.evidence.units import sentence_spans

SPLITS = [
    pytest.param("Zara reads slowly. She guesses at long words.", 2, id="two-sentences"),
    pytest.param(
        "Her right calf is tight and she walks on her toes; she has injections into it every six months.",
        1,
        id="semicolon-two-clauses-read-together",
    ),
    pytest.param(
        "Medication: lamotrigine 75 mg twice daily; movicol 2 sachets daily.", 1, id="semicolon-near-miss-a-list"
    ),
    pytest.param("Dr. Shah saw Zara in clinic.", 1, id="title-near-miss"),
    pytest.param("She was seen by Mr. A. Jones in March.", 1, id="initial-near-miss"),
    # someone's words in quotation marks stay whole, however many sentences they run to
    pytest.param(
        'Oren: "I want a job and my own money. I\'d like a flat with a friend one day."', 1, id="quoted-words"
    ),
    pytest.param("He said \u201cIt is too loud. Everyone watches me.\u201d Then he left.", 2, id="curly-quoted-words"),
    pytest.param('He said "no". She waited. He left.', 3, id="near-miss-quote-closed"),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_sentence_spans(text: str, count: int) -> None:
    assert len(sentence_spans(text)) == count


def test_a_stray_quotation_mark_does_not_hold_a_long_paragraph_together() -> None:
    text = 'The "Snug is a nurture room. ' + "It runs daily. " * 60
    spans = sentence_spans(text)
    assert len(spans) > 30
    assert max(b - a for a, b in spans) <= 420
