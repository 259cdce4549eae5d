"""Where a passage is cut into the units that are read one by one: sentences; not at a semicolon
(a list of doses, or two clauses read together: splitting them cost precision on the tuning cases)
nor after a title's full stop. Only a long run-on sentence, as a dictated letter has, is cut into its
clauses, where the writer's own action begins."""

from __future__ import annotations

import pytest

from appliance.evidence.units import clause_spans, sentence_spans, units, unlabelled
from tests.builders import passages

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


RUN_ON = (
    "Mum tells me that since the levetiracetam was started he has become much more irritable and snappy at home "
    "and at school, which is a well-recognised side effect, and I have started pyridoxine 50 mg once daily to see "
    "whether it helps his mood; if it does not, we will think about switching him to lamotrigine when I next see him."
)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        pytest.param(
            RUN_ON,
            ["Mum tells me that since", "I have started pyridoxine 50 mg"],
            id="a-dictated-run-on-sentence",
        ),
        pytest.param(
            "What I want more than anything is for Conor to be able to have a proper conversation with his friends "
            "and to tell me about his day when he gets home from school, and I want him to be happy again and to "
            "stop thinking that he is stupid.",
            ["What I want more than anything"],
            id="near-miss-a-parent-s-second-wish",
        ),
        pytest.param(
            "He has become irritable since the levetiracetam was started, and I have started pyridoxine 50 mg daily.",
            ["He has become irritable"],
            id="near-miss-a-short-sentence-stays-whole",
        ),
        pytest.param(
            "Her right calf is tight and she walks on her toes when she is tired at the end of a long school day, and "
            "the splints she wears at night help a little, and the stretches at home help too, and the team agree "
            "with the plan that was made in the spring.",
            ["Her right calf is tight"],
            id="near-miss-a-long-sentence-with-no-new-speaker-or-clause",
        ),
        # a recommendation's list of "that" clauses: each is a recommendation of its own
        pytest.param(
            "In summary, Ossie is a boy with autism and no sense of danger, and in terms of recommendations I would "
            "suggest that he continues on his laxative each morning; that he should have speech and language therapy "
            "every week in school; and that he needs a high level of adult supervision at all times in school.",
            ["In summary", "in terms of recommendations", "that he should have", "that he needs"],
            id="a-recommendation-s-that-clauses",
        ),
        pytest.param(
            "In summary, Ossie is a boy with autism and no sense of danger, who tells us that he likes water; that he "
            "likes the spinning chair in the soft play room; and that he likes bubbles best of all the toys at school.",
            ["In summary"],
            id="near-miss-that-clauses-of-what-he-likes-once",
        ),
        pytest.param(
            "home, and that school staff know that he may need changing more often when the dose is changed; that he "
            "continues to have melatonin 2 mg half an hour before bed; that he should have speech and language "
            "therapy every week in school.",
            ["home, and that school staff", "that he continues", "that he should have"],
            id="the-list-continued-from-the-page-before",
        ),
        pytest.param(
            "It is recommended that Libby has a school laptop with speech-to-text software for any writing task "
            "longer than a paragraph, in every lesson, set up by the SENCo, and that the IT technician teaches her "
            "to use it in two 30-minute sessions.",
            ["It is recommended"],
            id="near-miss-one-recommendation-and-its-detail",
        ),
    ],
)
def test_a_run_on_sentence_is_read_clause_by_clause(text: str, clauses: list[str]) -> None:
    spans = clause_spans(text, 0, len(text))
    assert len(spans) == len(clauses)
    assert all(text[a:b].startswith(c) for (a, b), c in zip(spans, clauses, strict=True))


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a picture bullet is a label
        (
            "\U0001f3af By Christmas 2026 Ezra will use 2-word phrases.",
            "By Christmas 2026 Ezra will use 2-word phrases.",
        ),
        ("\u2b50 12-piece inset puzzles", "12-piece inset puzzles"),
        ("\U0001f44b\U0001f3fd Makaton signs for his key words", "Makaton signs for his key words"),
        # near misses: a tick box and a tick say whether the line was chosen, and stay
        ("\u2612 All videos to be subtitled", "\u2612 All videos to be subtitled"),
        ("\u2713 Wears his glasses", "\u2713 Wears his glasses"),
    ],
)
def test_a_picture_bullet_is_a_label(text: str, bare: str) -> None:
    assert unlabelled(text) == bare


@pytest.mark.parametrize(
    ("label", "answer", "whole"),
    [
        # a record's field whose answer is only a figure is read whole: the field says what was counted
        pytest.param("Night waking due to asthma", "2-3 nights a week", True, id="a-symptom-counted"),
        pytest.param("Asthma Control Test (ACT)", "13/25 - poorly controlled", True, id="a-test-scored"),
        # near misses: a detail's figure, a date, a question's answer and an answer in words keep the label apart
        pytest.param("How often", "3 times a week", False, id="near-miss-how-often"),
        pytest.param("Referral received", "27/01/2026", False, id="near-miss-a-date"),
        pytest.param("Does he wake at night?", "2-3 nights a week", False, id="near-miss-a-question"),
        pytest.param("Exercise", "Wheeze with football", False, id="near-miss-an-answer-in-words"),
    ],
)
def test_a_figure_is_read_with_the_field_it_counts(label: str, answer: str, whole: bool) -> None:
    (row,) = passages(("row", label, answer))
    (unit,) = units(row, whole=True)
    assert (unit.text == row.text and unit.label is None) == whole
