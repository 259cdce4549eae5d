"""Plan language without a model: one row per rule, with the near misses each rule must leave alone.

Every row is (rule, kind, author role, advice text, statement). A row whose rule is prefixed "not "
is a near miss: the rule must not fire, and the statement is what the rule leaves as written.
"""

from __future__ import annotations

from typing import get_args

import pytest

from appliance.drafting.language import Rule, grounded, report_voice, rewrite, sentences, to_plan_language
from appliance.drafting.speakers import role_phrase, speaker, third_person
from appliance.evidence import grounding
from appliance.evidence.routing import EvidenceKind
from tests.test_qa_fixtures import add, codes, document, draft, flags, stmt, with_document

CHILD = "Zara"
EP = "Educational Psychologist"
PAED = "Consultant Community Paediatrician"
Row = tuple[str, EvidenceKind, str | None, str, str | None]

ROWS: list[Row] = [
    # label: paragraph and list labels at the start go
    ("label", "need", EP, "[13] Zara reads slowly and loses her place.", "Zara reads slowly and loses her place."),
    ("label", "provision", EP, "P10. A daily reading session with her TA.", "A daily reading session with her TA."),
    ("label", "need", EP, "2.3 Zara finds it hard to listen in class.", "Zara finds it hard to listen in class."),
    ("label", "provision", EP, "(a) A visual timetable in every lesson.", "A visual timetable in every lesson."),
    ("label", "provision", EP, "a) A visual timetable in every lesson.", "A visual timetable in every lesson."),
    ("label", "outcome", EP, "1. By July 2025, Zara will read 50 words.", "By July 2025, Zara will read 50 words."),
    ("label", "need", EP, "11a Zara tires quickly in the afternoon.", "Zara tires quickly in the afternoon."),
    ("label", "need", EP, "• Zara tires quickly in the afternoon.", "Zara tires quickly in the afternoon."),
    ("label", "view", None, "[3] I like trains and the number 9 bus.", "I like trains and the number 9 bus."),
    ("not label", "provision", EP, "1:1 support for 20 minutes daily.", "1:1 support for 20 minutes daily."),
    ("not label", "health_provision", PAED, "2 mg melatonin at bedtime.", "2 mg melatonin at bedtime."),
    ("not label", "provision", EP, "3 sessions a week with the TA.", "3 sessions a week with the TA."),
    # lead_in: a form label at the start goes
    ("lead_in", "provision", EP, "Recommendations: A daily reading session.", "A daily reading session."),
    (
        "lead_in",
        "provision",
        "SENCO",
        "AGREED: Zara can wear a jumper in lessons.",
        "Zara can wear a jumper in lessons.",
    ),
    ("lead_in", "need", EP, "Social, emotional and mental health: Zara is anxious.", "Zara is anxious."),
    ("not lead_in", "need", EP, "Her speech: she uses short phrases.", "Her speech: she uses short phrases."),
    # letter_talk: pleasantries, sign-offs and sentences about the letter are not drafted
    ("letter_talk", "health_need", PAED, "Please do not hesitate to contact me if you need further information.", None),
    ("letter_talk", "health_need", PAED, "Thank you for referring Zara to the clinic.", None),
    ("letter_talk", "provision", EP, "Yours sincerely", None),
    (
        "letter_talk",
        "health_need",
        PAED,
        "She has headaches. Please do not hesitate to contact me.",
        "She has headaches.",
    ),
    ("letter_talk", "need", EP, "This report sets out how I understand her difficulties.", None),
    ("letter_talk", "need", PAED, "She is in Year 4; this letter can be used as medical advice.", "She is in Year 4."),
    ("not letter_talk", "need", EP, "Zara finds it hard to contact friends.", "Zara finds it hard to contact friends."),
    ("not letter_talk", "view", None, "Thank you for listening to me.", "Thank you for listening to me."),
    # encounter: a sentence that only says when and with whom the author saw the child
    (
        "encounter",
        "health_need",
        "GP",
        "I reviewed Noah with his father today. Noah has epilepsy.",
        "Noah has epilepsy.",
    ),
    (
        "encounter",
        "health_need",
        PAED,
        "I saw him in clinic with his father on 11 February 2025. He sleeps poorly.",
        "He sleeps poorly.",
    ),
    (
        "not encounter",
        "need",
        EP,
        "I saw her push a child who took her spade.",
        "The educational psychologist saw her push a child who took her spade.",
    ),
    # endorsement: not drafted unless it states the provision itself
    ("endorsement", "provision", EP, "I support the programme in full.", None),
    ("endorsement", "provision", EP, "I agree with the school's recommendations.", None),
    ("endorsement", "provision", EP, "The literacy programme is essential and I support it in full.", None),
    ("endorsement", "need", EP, "I share the school's view of her sensitivity to noise, set out in its advice.", None),
    (
        "not endorsement",
        "need",
        EP,
        "I share the school's view that her reading is well below age expectations.",
        "The educational psychologist shares the school's view that her reading is well below age expectations.",
    ),
    (
        "not endorsement",
        "provision",
        EP,
        "I support the recommendation of 30 minutes of speech and language therapy each week.",
        "The educational psychologist supports the recommendation of 30 minutes of speech and language therapy "
        "each week.",
    ),
    (
        "not endorsement",
        "need",
        EP,
        "I agree with the school that her reading is well below age expectations.",
        "The educational psychologist agrees with the school that her reading is well below age expectations.",
    ),
    # framing: in needs, report framing goes and the claim stays
    ("framing", "need", EP, "I observed that Zara avoids the canteen.", "Zara avoids the canteen."),
    ("framing", "need", EP, "In my view, Zara has a language disorder.", "Zara has a language disorder."),
    ("framing", "need", EP, "My assessment indicates that her memory is weak.", "Her memory is weak."),
    ("framing", "social_care_need", "Social Worker", "We are concerned that Zara is isolated.", "Zara is isolated."),
    (
        "framing",
        "health_need",
        PAED,
        "Examination was normal, and I think these symptoms are related to anxiety.",
        "Examination was normal, and these symptoms are related to anxiety.",
    ),
    ("not framing", "need", EP, "Zara could not finish the task and left.", "Zara could not finish the task and left."),
    (
        "not framing",
        "need",
        EP,
        "Zara should be reading by now but is not.",
        "Zara should be reading by now but is not.",
    ),
    # reported_speech: a child's quoted "me" in a need, where the speaker is plain
    (
        "reported_speech",
        "need",
        EP,
        "She is anxious and says that teachers 'will hate me already'.",
        "She is anxious and says that teachers will hate her already.",
    ),
    (
        "not reported_speech",
        "need",
        None,
        "His mother says he 'never listens to me'.",
        "His mother says he 'never listens to me'.",
    ),
    ("not reported_speech", "view", None, "They say 'you can't play with me'.", "They say 'you can't play with me'."),
    # recommendation: in provision, "it is recommended that X ..." becomes "X will ..."
    (
        "recommendation",
        "provision",
        EP,
        "It is recommended that school provides a laptop for written work.",
        "School will provide a laptop for written work.",
    ),
    (
        "recommendation",
        "provision",
        "Occupational Therapist",
        "I recommend that Zara has a fine motor group for 20 minutes three times a week.",
        "Zara will have a fine motor group for 20 minutes three times a week.",
    ),
    (
        "recommendation",
        "provision",
        EP,
        "We recommend a weekly session with the learning mentor.",
        "A weekly session with the learning mentor.",
    ),
    (
        "recommendation",
        "provision",
        EP,
        "I would suggest that staff use a visual timetable every day.",
        "Staff will use a visual timetable every day.",
    ),
    (
        "recommendation",
        "provision",
        EP,
        "It would be helpful for Zara to have a quiet space at lunchtime.",
        "Zara will have a quiet space at lunchtime.",
    ),
    # one clause of a run-on list of recommendations, cut from its "I would suggest that ..."
    (
        "recommendation",
        "provision",
        "Consultant Community Paediatrician",
        "that he should have speech and language therapy every week in school",
        "He will have speech and language therapy every week in school.",
    ),
    (
        "recommendation",
        "provision",
        "Consultant Community Paediatrician",
        "in terms of recommendations I would suggest that he continues on his laxative each morning",
        "He will continue on his laxative each morning.",
    ),
    (
        "not recommendation",
        "provision",
        EP,
        "That programme will run every week.",
        "That programme will run every week.",
    ),
    (
        "not recommendation",
        "provision",
        None,
        "It is recommended that when Zara is upset, staff give her time.",
        "It is recommended that when Zara is upset, staff give her time.",
    ),
    (
        "not recommendation",
        "need",
        None,
        "It is recommended that her hearing is tested.",
        "It is recommended that her hearing is tested.",
    ),
    # would_benefit: in provision, "would benefit from" becomes "will have" (or the verb it names)
    (
        "would_benefit",
        "provision",
        EP,
        "Zara would benefit from a daily reading session.",
        "Zara will have a daily reading session.",
    ),
    ("would_benefit", "provision", EP, "Zara would benefit from being taught to type.", "Zara will be taught to type."),
    (
        "would_benefit",
        "provision",
        EP,
        "Zara would also benefit from using a laptop in lessons.",
        "Zara will also use a laptop in lessons.",
    ),
    (
        "would_benefit",
        "provision",
        EP,
        "Would benefit from a weekly social skills group.",
        "Zara will have a weekly social skills group.",
    ),
    (
        "not would_benefit",
        "provision",
        EP,
        "Zara may benefit from a social group.",
        "Zara may benefit from a social group.",
    ),
    (
        "not would_benefit",
        "provision",
        EP,
        "Zara would benefit from swimming lessons.",
        "Zara would benefit from swimming lessons.",
    ),
    ("not would_benefit", "need", EP, "Zara would benefit from help to read.", "Zara would benefit from help to read."),
    # should: in provision and outcomes, "should" becomes "will"
    (
        "should",
        "provision",
        EP,
        "Zara should have a session with the ELSA once a week.",
        "Zara will have a session with the ELSA once a week.",
    ),
    (
        "should",
        "provision",
        EP,
        "Her TA should check her hearing aids daily, and she should sit near the teacher.",
        "Her TA will check her hearing aids daily, and she will sit near the teacher.",
    ),
    ("should", "provision", EP, "Staff should not remove her from lessons.", "Staff will not remove her from lessons."),
    (
        "should",
        "outcome",
        EP,
        "By July 2025, Zara should read 50 words by sight.",
        "By July 2025, Zara will read 50 words by sight.",
    ),
    ("not should", "provision", EP, "School should consider a reading pen.", "School should consider a reading pen."),
    (
        "not should",
        "view",
        None,
        "I should be allowed to sit with my friends.",
        "I should be allowed to sit with my friends.",
    ),
    ("not should", "health_need", PAED, "She should wear her aids all day.", "She should wear her aids all day."),
    # first_person: the author's "I" and "we" become their role and team, from the document's details
    (
        "first_person",
        "health_provision",
        PAED,
        "I will review him in six months.",
        "The consultant community paediatrician will review him in six months.",
    ),
    ("first_person", "health_provision", "GP", "I will see him again in July.", "The GP will see him again in July."),
    (
        "first_person",
        "health_provision",
        "CAMHS Clinical Psychologist",
        "We will offer eight sessions of CBT.",
        "The CAMHS team will offer eight sessions of CBT.",
    ),
    ("first_person", "need", "SENCO", "We log four incidents a week.", "The school logs four incidents a week."),
    # after another speaker's label, the words are theirs: a review record's colour key, a family member's line
    (
        "not first_person",
        "provision",
        "Social Worker",
        "PINK: Talk to me on my own not in the corridor.",
        "PINK: Talk to me on my own not in the corridor.",
    ),
    (
        "first_person",
        "social_care_provision",
        "Social Worker",
        "ACTION: I will visit every 3 weeks.",
        "The social worker will visit every 3 weeks.",
    ),
    # a first-person outcome that does not name the child is the child's own target; one that names her, the writer's
    (
        "not first_person",
        "outcome",
        "SENCO",
        "I want to join in PE with my class. I will take part in at least half of my PE lessons.",
        "I want to join in PE with my class. I will take part in at least half of my PE lessons.",
    ),
    (
        "first_person",
        "outcome",
        EP,
        "By July I would like Zara to read 50 words.",
        "By July the educational psychologist would like Zara to read 50 words.",
    ),
    (
        "first_person",
        "health_provision",
        PAED,
        "I have started melatonin 2 mg at bedtime, and I will review its effect in three months.",
        "The consultant community paediatrician has started melatonin 2 mg at bedtime, and will review its effect "
        "in three months.",
    ),
    (
        "first_person",
        "need",
        EP,
        'He told me he is "the bad kid".',
        'He told the educational psychologist he is "the bad kid".',
    ),
    (
        "first_person",
        "health_need",
        "Paediatrician",
        "Hafsa has been known to our service since birth.",
        "Hafsa has been known to the paediatrician's service since birth.",
    ),
    (
        "first_person",
        "outcome",
        EP,
        "As the school's link educational psychologist, I will review her progress in the autumn term 2025.",
        "The school's link educational psychologist will review her progress in the autumn term 2025.",
    ),
    (
        "first_person",
        "provision",
        EP,
        "Before Orla starts school, I (as her Portage home visitor) will do two joint visits with her key person.",
        "Before Orla starts school, her Portage home visitor will do two joint visits with her key person.",
    ),
    (
        "not first_person",
        "health_provision",
        None,
        "I will review him in six months.",
        "I will review him in six months.",
    ),
    (
        "not first_person",
        "view",
        "Parent",
        "We want Ruby to believe in herself.",
        "We want Ruby to believe in herself.",
    ),
    (
        "not first_person",
        "view",
        None,
        "I like trains and I want to be a driver.",
        "I like trains and I want to be a driver.",
    ),
    ("not first_person", "need", "Parent", "We find mornings very hard.", "We find mornings very hard."),
    (
        "not first_person",
        "need",
        "SENCo",
        "I had a big accident last year and hurt my brain.",
        "I had a big accident last year and hurt my brain.",
    ),
    ("not first_person", "need", EP, "I reckon she is tired.", "I reckon she is tired."),
    # a child's quoted words that run over two sentences are the child's, in each sentence
    (
        "not first_person",
        "need",
        EP,
        "\"If I didn't have to read out loud. And if someone checked on Mum so I don't have to worry.\"",
        "\"If I didn't have to read out loud. And if someone checked on Mum so I don't have to worry.\"",
    ),
    ("not first_person", "health_need", PAED, "She has Type I diabetes.", "She has Type I diabetes."),
    # finish: a capital first and a full stop last
    ("finish", "need", EP, "zara reads slowly", "Zara reads slowly."),
    ("finish", "provision", EP, "A daily session with her TA;", "A daily session with her TA."),
    ("not finish", "outcome", EP, "Zara will read 20 words (by July 2025)", "Zara will read 20 words (by July 2025)"),
]


def _id(row: Row) -> str:
    return f"{row[0]}: {row[3][:40]}"


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_rule(row: Row) -> None:
    rule, kind, role, text, expected = row
    result = rewrite(text, kind, role, CHILD)
    assert result.text == expected
    if rule.startswith("not "):
        assert rule.removeprefix("not ") not in result.rules
    else:
        assert rule in result.rules


@pytest.mark.parametrize("row", [r for r in ROWS if r[4] is not None], ids=_id)
def test_every_rewrite_passes_the_grounding_check_against_its_passage(row: Row) -> None:
    _, kind, role, text, _ = row
    result = to_plan_language(text, kind, role, CHILD)
    assert result is not None
    assert grounding.check(result, [text], {CHILD} | grounding.author_words(role)).ok


def test_every_rule_has_a_row_and_a_near_miss() -> None:
    rules = {r[0] for r in ROWS}
    assert {r for r in rules if not r.startswith("not ")} == set(get_args(Rule))
    assert {r.removeprefix("not ") for r in rules if r.startswith("not ")} == set(get_args(Rule))


def test_provision_rewrites_read_as_plan_language() -> None:
    for rule, kind, _, _, expected in ROWS:
        if expected and not rule.startswith("not ") and kind != "view":
            assert report_voice(expected) == [], expected


def test_the_grounding_check_runs_after_the_rules() -> None:
    """A rewrite the passage does not support is not kept: the text stands without its label."""
    assert grounded("[3] I will review him.", "health_provision", "GP", CHILD, ["I will review him."]) == (
        "The GP will review him."
    )
    assert grounded("[3] I will review him.", "health_provision", "GP", CHILD, ["Something else."]) == (
        "I will review him."
    )
    assert grounded("Yours sincerely", "health_need", "GP", CHILD, ["Yours sincerely"]) is None


def test_report_voice_is_at_least_as_strict_as_the_evaluation() -> None:
    assert report_voice("I will review him.") == ["first person"]
    assert report_voice("[13] Zara will have a session.") == ["paragraph label"]
    assert report_voice("Zara would benefit from a session.") == ["hedge"]
    assert report_voice("Please do not hesitate to contact me.") == ["first person", "letter talk"]
    assert report_voice("He has a high") == ["unfinished"]
    assert report_voice("Zara will have a session with the ELSA once a week.") == []


def test_qa_accepts_the_authors_role_words_from_the_document_details() -> None:
    quote = "I will review Sam's asthma every six months."
    text = "The consultant community paediatrician will review Sam's asthma every six months."
    letter = document("D9", "medical", ["Date: 01/02/2025", quote], role=PAED)
    statement = stmt("G-2", text, "D9", quote=quote)
    assert not codes(flags(draft(add("G", statement)), with_document(letter)), "UNSUPPORTED_STATEMENT")
    unknown = document("D9", "medical", ["Date: 01/02/2025", quote], role=None)
    assert codes(flags(draft(add("G", statement)), with_document(unknown)), "UNSUPPORTED_STATEMENT")


def test_sentences_are_not_split_after_abbreviations_or_initials() -> None:
    assert sentences("Dr. A. Shah saw her, e.g. in class. She was calm. (She slept.)") == [
        "Dr. A. Shah saw her, e.g. in class.",
        "She was calm.",
        "(She slept.)",
    ]


def test_the_authors_role_as_written_in_the_document_details() -> None:
    assert role_phrase("Consultant Paediatrician (Neurodisability)") == "the consultant paediatrician"
    assert role_phrase("SENDCo") == "the SENDCo"
    assert role_phrase("CAMHS Clinical Psychologist") == "the CAMHS clinical psychologist"
    assert role_phrase("Family Support Worker") == "the family support worker"
    assert [role_phrase(r) for r in ("Parent", "Foster carer", "Parent/carer", None, "Dr A. Shah, 12 March 2025")] == [
        None
    ] * 5


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # the author's own words before a quotation that runs on into the next sentence
        (
            'I asked what would help, and she said "If I could sit at the front.',
            'The educational psychologist asked what would help, and she said "If I could sit at the front.',
        ),
        # a quotation in single marks that holds apostrophes is the child's; near miss: the author's own "I'm"
        (
            "She said, 'I'm not stupid, I'm just slow, and my hands don't work in the mornings.'",
            "She said, 'I'm not stupid, I'm just slow, and my hands don't work in the mornings.'",
        ),
        (
            "I'm concerned that she said she's 'just slow'.",
            "The educational psychologist is concerned that she said she's 'just slow'.",
        ),
        # the end of such a quotation, then the author again
        (
            "So I don't have to worry,\" she told me.",
            "So I don't have to worry,\" she told the educational psychologist.",
        ),
    ],
)
def test_a_quotation_split_over_sentences_is_left_as_said(sentence: str, written: str | None) -> None:
    assert third_person(sentence, speaker(EP)) == written  # type: ignore[arg-type]
