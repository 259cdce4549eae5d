"""QA checks on each provision item, and on two reports that disagree about one."""

from __future__ import annotations

import pytest

from appliance.drafting.plan import Flag, Statement
from appliance.qa import QASettings
from tests.test_qa_fixtures import SETTINGS, add, codes, document, documents, draft, flags, sections, stmt


def school_says(*texts: str) -> list:  # type: ignore[type-arg]
    """The clean documents, with `texts` added to the school's advice."""
    base = [p.text for p in documents()[2].passages]
    return [d for d in documents() if d.record.id != "D3"] + [document("D3", "educational", [*base, *texts])]


def raised(code: str, *items: Statement, settings: QASettings = SETTINGS) -> list[str | None]:
    """The statement ids flagged `code` when `items` are added to Section F (cited from the school)."""
    found = flags(draft(add("F", *items)), school_says(*(s.text for s in items)), settings)
    return [f.statement_id for f in codes(found, code)]


def health_flags(text: str, unsure: bool = False) -> list[Flag]:
    """The flags raised when the medical advice (D4) says `text` and the draft puts it in Section G."""
    letter = document("D4", "medical", [*[p.text for p in documents()[3].passages], text])
    item = stmt("G-2", text, "D4", meets=("C-1",), unsure=unsure)
    return flags(draft(add("G", item)), [*documents()[:3], letter, *documents()[4:]])


def f3(text: str, **fields: object) -> Statement:
    return stmt("F-3", text, "D3", meets=("B-2",), **fields)  # type: ignore[arg-type]


# --- PROVISION_NOT_QUANTIFIED


def test_provision_without_an_amount_is_not_quantified() -> None:
    text = "He will also need support with literacy from a teaching assistant."
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == ["F-3"]


def test_provision_with_an_amount_in_its_text_is_quantified() -> None:
    text = "A reading group for 20 minutes twice a week, led by a teaching assistant."
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == []


def test_a_hedge_in_the_frequency_field_is_not_an_amount() -> None:
    item = f3("Movement breaks with a teaching assistant.", frequency="As required")
    assert raised("PROVISION_NOT_QUANTIFIED", item) == ["F-3"]


def test_an_item_the_reading_is_unsure_of_gets_no_provision_flags() -> None:
    """Whether it is provision at all is the caseworker's first question (the review page shows
    it as unsure); asking for its amount or deliverer on top would be noise."""
    text = "He will also need support with literacy."
    for code in ("PROVISION_NOT_QUANTIFIED", "PROVISION_NO_DELIVERER"):
        assert raised(code, f3(text, unsure=True)) == []
        assert raised(code, f3(text, unsure=False)) == ["F-3"]  # near miss: a sure reading


def test_near_miss_a_hedged_item_is_checked_however_unsure_the_reading() -> None:
    """Hedged help ("time out when needed") is what the provision checks are for."""
    text = "He can have time out in the quiet room when needed."
    for code in ("VAGUE_WORDING", "PROVISION_NOT_QUANTIFIED", "PROVISION_NO_DELIVERER"):
        assert raised(code, f3(text, unsure=True)) == ["F-3"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an instruction to every adult around the child is a way of working, not an amount of help
        ("Give Sam a two-minute warning before transitions.", False),
        # how adults respond when the child is distressed
        ("When Sam is distressed his key adult stays close, lowers her voice and helps him to his calm corner.", False),
        ("Sam can go to the calm room when he is upset.", True),
        ("Offer a wobble cushion at carpet time.", False),
        # the child's own equipment and copies, what it is for said first (near miss: an adult's help said first)
        ("For the short handwriting he still has to do, a sloped writing board and a soft-grip pen.", False),
        ("Printed or electronic copies of lesson notes and slides, so that he does not have to copy.", False),
        ("Loop earplugs allowed in all lessons, corridors and assemblies.", False),
        ("Sam's communication book is on his tray in every lesson and at playtime.", False),
        ("For the short handwriting he still has to do, help from an adult.", True),
        ("Change the battery if the hearing aid sounds quiet, and record it in the log.", False),
        # a review of how things are going is not help to quantify or staff
        ("Her plan will be reviewed at the next meeting.", False),
        ("Sam stays under the orthopaedic clinic for follow-up.", False),
        # where the child sits, and a plan written for the child (near misses: time with an adult, and an assistant)
        ("Sam sits at the front, at the side nearest the window, with his better ear towards the teacher.", False),
        ("Sam sits with someone to practise his reading.", True),
        ("At carpet times Sam sits on the carpet with the others, on a wedge cushion against the sofa.", False),
        ("At carpet times Sam sits on a wedge cushion for extra phonics sessions.", True),
        ("Sam should have an individual healthcare plan for his coeliac disease, written with his parents.", False),
        ("Sam should have health support from someone in school.", True),
        # a pass to leave lessons early is an arrangement, whoever is teaching (near miss: time with an adult)
        ("Permission to leave lessons two minutes early to avoid the crowded corridors.", False),
        ("Sam should have time out of lessons to work with an adult on his spellings.", True),
        # near misses: help described, not an instruction or a review, still needs its amount and deliverer
        ("Sam will have support with literacy.", True),
        ("Sam will have sessions on his targets, which will be reviewed then.", True),
    ],
)
def test_a_strategy_or_a_review_needs_no_amount_or_deliverer(text: str, flagged: bool) -> None:
    for code in ("PROVISION_NOT_QUANTIFIED", "PROVISION_NO_DELIVERER"):
        assert raised(code, f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an adjustment every adult who teaches the child makes applies whenever its occasion comes
        ("All teachers and teaching assistants will give Sam advance warning of any change to his timetable.", False),
        ("Sam's teachers will let him wear ear defenders in music and PE.", False),
        ("Every member of staff will check Sam has understood an instruction.", False),
        # near misses: one adult's help, or help not said to come from every adult, has an amount to fix
        ("Sam's teacher will give him extra reading practice.", True),
        ("Staff will give Sam extra reading practice.", True),
        # what every adult refrains from or allows, said of "teachers" or "staff" alone
        ("Teachers will not ask Sam to read aloud unless he has practised the text beforehand.", False),
        ("Staff will hold Sam only in an emergency, to prevent immediate injury.", False),
    ],
)
def test_an_adjustment_by_every_adult_needs_no_amount(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Every adult who teaches Sam will give instructions one step at a time, in every lesson.", False),
        # near miss: "staff" alone does not say who
        ("Staff will give Sam instructions one step at a time, in every lesson.", True),
        # what every adult who teaches the child never does
        ("Adults who teach Sam do not ask about his health in front of other children.", False),
        # near miss: what some adults give has an amount and a deliverer to fix
        ("Adults who teach Sam give him extra reading practice.", True),
        # who makes it may be the label: every adult, all day
        ("All staff, all day: short sentences, a key word and a gesture, one instruction at a time.", False),
        # near miss: training for every adult is given by someone
        ("All staff training: how to use Makaton with Sam.", True),
    ],
)
def test_an_adjustment_by_every_adult_names_who_makes_it(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(text)) == (["F-3"] if flagged else [])


# --- PROVISION_NO_DELIVERER


def test_a_parent_named_as_who_gives_it_is_a_deliverer() -> None:
    """A home feed "given by Mum" names who gives it; near miss: the same row with no one named."""
    text = "07:00 | Home | 200 ml formula by bolus over 20 minutes | Mum"
    assert raised("PROVISION_NO_DELIVERER", f3(text, delivered_by="Mum")) == []
    assert raised("PROVISION_NO_DELIVERER", f3("07:00 | Home | 200 ml formula by bolus over 20 minutes")) == ["F-3"]


def test_staff_alone_is_no_deliverer() -> None:
    text = "Staff will use a consistent reward chart with Sam throughout the day."
    assert raised("PROVISION_NO_DELIVERER", f3(text, delivered_by="Staff")) == ["F-3"]
    nobody = "Sam will have a quiet space to go to at lunchtime every day."
    assert raised("PROVISION_NO_DELIVERER", f3(nobody)) == ["F-3"]
    # tutoring is what is given, not who gives it; near miss: his tutor gives it
    tutoring = "Alongside his daily tutoring, Sam should have precision teaching for 10 minutes every afternoon."
    assert raised("PROVISION_NO_DELIVERER", f3(tutoring)) == ["F-3"]
    assert raised("PROVISION_NO_DELIVERER", f3("His tutor gives Sam precision teaching for 10 minutes daily.")) == []


def test_a_role_or_trained_staff_is_a_deliverer() -> None:
    assert raised("PROVISION_NO_DELIVERER", f3("The class teacher will use a reward chart with Sam all day.")) == []
    trained = "Two members of staff trained in moving and handling will help Sam at every transfer."
    assert raised("PROVISION_NO_DELIVERER", f3(trained)) == []


def test_equipment_named_first_needs_no_amount_or_deliverer() -> None:
    """A table row of equipment: what it is and what it is for. Near miss: sessions teaching its use."""
    for code in ("PROVISION_NOT_QUANTIFIED", "PROVISION_NO_DELIVERER"):
        assert raised(code, f3("Slant board and chunky crayons | Mark-making | Pre-school")) == []
        assert raised(code, f3("Slant board sessions teaching Sam to write on it.")) == ["F-3"]


def test_a_technician_is_a_deliverer() -> None:
    assert raised("PROVISION_NO_DELIVERER", f3("Checks of her reading software each week by the ALS technician.")) == []
    ours = "We will offer Sam a place in our 6-week \u201cReal Friends\u201d group on Tuesdays."
    assert raised("PROVISION_NO_DELIVERER", f3(ours)) == []
    lecturer = "If Sam misses a session, the lecturer sends him the slides within 2 days."
    assert raised("PROVISION_NO_DELIVERER", f3(lecturer)) == []
    assert raised("PROVISION_NO_DELIVERER", f3("Checks of her reading software each week.")) == ["F-3"]


def test_the_school_office_or_kitchen_is_a_deliverer() -> None:
    kitchen = "His gluten-free lunch is ordered every day by the office and made separately by the kitchen."
    assert raised("PROVISION_NO_DELIVERER", f3(kitchen)) == []
    # near misses: a meal that nobody is said to order or make, and an office that is only where help is given
    assert raised("PROVISION_NO_DELIVERER", f3("He has a gluten-free lunch every day, made separately.")) == ["F-3"]
    office = "A weekly check-in with a member of staff in the sixth form office."
    assert raised("PROVISION_NO_DELIVERER", f3(office)) == ["F-3"]


@pytest.mark.parametrize(
    "text",
    ["Current medication: salbutamol inhaler twice daily, given at home.", "Adrenaline auto-injector 300 micrograms."],
)
def test_medication_in_health_advice_is_the_prescribers(text: str) -> None:
    found = health_flags(text)
    assert not codes(found, "PROVISION_NO_DELIVERER")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Lyra should have a hearing test every 12 months because of her history of glue ear.", False),
        # near miss: a check-in in health provision says nothing of who gives it
        ("A check-in every morning about how her ears feel.", True),
    ],
)
def test_a_clinical_test_in_health_provision_is_the_clinics(text: str, flagged: bool) -> None:
    found = health_flags(text)
    assert bool(codes(found, "PROVISION_NO_DELIVERER")) == flagged
    # near miss: a test drafted as school's provision
    assert raised("PROVISION_NO_DELIVERER", f3("Spelling tests every Friday, marked the same day.")) == ["F-3"]


# --- VAGUE_WORDING


def test_hedged_terms_are_vague() -> None:
    item = f3("Sam will have access to a quiet space as appropriate, with his key adult, twice a day.")
    found = codes(flags(draft(add("F", item)), school_says(item.text)), "VAGUE_WORDING")
    assert [f.statement_id for f in found] == ["F-3"]
    assert "'access to'" in found[0].message and "'as appropriate'" in found[0].message


def test_a_month_and_up_to_date_are_not_hedges() -> None:
    text = "From May 2025 his key adult will keep his visual timetable up to date at the start of each day."
    assert raised("VAGUE_WORDING", f3(text)) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # help for the whole day, or wherever it is needed, has its amount
        ("She will have 1:1 support from a teaching assistant for the whole of her college day.", False),
        ("Sam needs a trained adult with him for every hour he is in school.", False),
        ("The class teacher will keep a clear route between desks for Sam in every classroom.", False),
        # near miss: support said without how much
        ("She will have 1:1 support from a teaching assistant at college.", True),
    ],
)
def test_the_whole_day_is_an_amount(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # a cap on a group's size or on the staff trained, a time to wait, a month, a rule on who may: not hedges
        ("A fine motor group with a teaching assistant, 10 minutes daily, for up to four children.", False),
        ("The physiotherapist will train up to four named members of staff in transfers each September.", False),
        ("The class teacher offers Sam two choices every session, waiting up to ten seconds for his answer.", False),
        ("A transition assessment by his social worker (may 2026, when Sam turns 17).", False),
        ("Only staff trained by the community nursing team may give his feeds, twice a day.", False),
        # what a pass lets the child do, and for how long at most
        ("Sam has a time-out card from his form tutor and may leave any lesson to go to the Hub.", False),
        # near misses: the amount of help left open, a hedge on the help itself
        ("Sam will have up to three sessions a week with his teaching assistant.", True),
        ("The teaching assistant may run a fine motor group with Sam, 10 minutes daily.", True),
        ("His form tutor may leave Sam's reading group to the teaching assistant, 10 minutes daily.", True),
        ("His teaching assistant will take Sam to the Hub for up to 10 minutes a day.", True),
        # examples that stand for the help hedge it; examples of a thing the help names are its detail
        ("His teaching assistant will run a social skills group such as Lego club, weekly for 30 minutes.", True),
        ("His teaching assistant leads a 5-minute movement break (heavy work such as wall push-ups) daily.", False),
    ],
)
def test_what_is_a_hedge(text: str, hedged: bool) -> None:
    assert raised("VAGUE_WORDING", f3(text)) == (["F-3"] if hedged else [])


def test_built_up_to_full_time_at_the_college_s_discretion_is_delegated_not_hedged() -> None:
    text = "Her timetable should then be built back up to full time, at the college's discretion."
    assert raised("PROVISION_DELEGATED", f3(text)) == ["F-3"]
    assert raised("VAGUE_WORDING", f3(text)) == []
    assert raised("VAGUE_WORDING", f3("Up to three sessions a week with her tutor.")) == ["F-3"]  # near miss


def test_a_council_adds_its_own_vague_terms() -> None:
    text = "His key adult will run a calm-down session each morning in due course."
    assert raised("VAGUE_WORDING", f3(text)) == []
    assert raised("VAGUE_WORDING", f3(text), settings=QASettings(vague_terms=("in due course",))) == ["F-3"]


def test_where_possible_is_a_hedge_and_the_advice_s_hedge_counts() -> None:
    assert raised("VAGUE_WORDING", f3("His hardest lessons will be in the morning where possible.")) == ["F-3"]
    firm = "Sam will have a consistent key adult he can go to, daily."
    advised = f3(firm, quote="Sam would benefit from a consistent key adult he can go to, daily.")
    assert raised("VAGUE_WORDING", advised) == ["F-3"]
    assert raised("VAGUE_WORDING", f3(firm)) == []  # near miss: the advice was firm too


# --- PROVISION_DELEGATED


def test_provision_left_to_the_school_is_delegated() -> None:
    text = (
        "Sam needs adult support in lessons from a teaching assistant, 10 hours a week. "
        "The amount of adult support will be determined by the school, depending on how settled he is."
    )
    assert raised("PROVISION_DELEGATED", f3(text)) == ["F-3"]
    assert raised("PROVISION_DELEGATED", f3("Sessions daily, at the discretion of the SENCO, by a TA.")) == ["F-3"]
    # decided now, week by week, by someone else; near miss: an amount that is set, not left to anyone
    week_by_week = "The amount of adult support Sam gets in the afternoons is decided by his teacher week by week."
    assert raised("PROVISION_DELEGATED", f3(week_by_week)) == ["F-3"]
    assert raised("PROVISION_DELEGATED", f3("The amount of adult support is set at 10 hours a week by a TA.")) == []


def test_targets_set_with_the_child_are_not_delegation() -> None:
    text = "His key adult will meet Sam for 15 minutes each week; targets will be set with Sam each term."
    assert raised("PROVISION_DELEGATED", f3(text)) == []


# --- MONEY_ONLY_PROVISION


def test_money_alone_is_money_only_and_raises_nothing_else() -> None:
    item = f3("To meet Sam's needs the school requests £6,000 top-up funding per year.")
    found = flags(draft(add("F", item)), school_says(item.text))
    assert [f.statement_id for f in codes(found, "MONEY_ONLY_PROVISION")] == ["F-3"]
    assert [f.code for f in found if f.statement_id == "F-3"] == ["MONEY_ONLY_PROVISION"]


def test_money_that_says_what_it_buys_is_not_money_only() -> None:
    text = "A direct payment for 6 hours a week of personal assistant support so that Sam can go swimming."
    assert raised("MONEY_ONLY_PROVISION", f3(text)) == []


# --- EDUCATIONAL_PROVISION_MISPLACED


def test_therapy_drafted_as_health_provision_is_misplaced() -> None:
    text = "Speech and language therapy sessions of 30 minutes weekly with the speech and language therapist."
    found = codes(health_flags(text), "EDUCATIONAL_PROVISION_MISPLACED")
    assert [f.statement_id for f in found] == ["G-2"] and "speech and language therapy" in found[0].message


def test_therapy_the_reading_is_unsure_of_is_not_called_misplaced() -> None:
    """Whether it is provision at all is the caseworker's to check first (near miss: the sure reading above)."""
    text = "Speech and language therapy sessions of 30 minutes weekly with the speech and language therapist."
    found = health_flags(text, unsure=True)
    assert not codes(found, "EDUCATIONAL_PROVISION_MISPLACED")


@pytest.mark.parametrize(
    "text",
    [
        "The speech and language therapist will review his swallowing every six months.",
        # a medical treatment followed by a block of physiotherapy is the hospital's treatment
        "Sam will receive botulinum toxin injections every six months, followed by a block of physiotherapy.",
        # an occupational therapist's assessment for adapting the family home is care, not teaching (the check is
        # the same in G and H)
        "A referral to the council's children's occupational therapist for a home adaptations assessment.",
        # the paediatrician's referral on to a therapy service is the referral, not the therapy (near miss: the first
        # test's therapy sessions)
        "The paediatrician referred Ify to the speech and language therapy service on 12 April; she is on the "
        "waiting list.",
        "1. I have referred Zosia to the children's physiotherapy service for a block of sessions.",
        # breathing care the respiratory physiotherapist trains staff to give
        "Cough assist after lunch when he is unwell, by two staff our respiratory physiotherapist trains each year.",
        # salt in food is no SALT; the staff who teach him are who is trained; insoles and a bedtime routine are care
        "The paediatrician's team has asked Freya to drink 2 litres of fluid a day and to add salt to her food.",
        "The nurse gives sickle cell awareness training once a year to all staff who teach him.",
        "The physiotherapy service fitted supportive insoles in November; she wears them in her school shoes.",
        "The children's occupational therapist has given mum a wind-down plan for sleep, with a weighted blanket.",
    ],
)
def test_health_care_by_a_therapist_is_not_misplaced(text: str) -> None:
    found = health_flags(text)
    assert not codes(found, "EDUCATIONAL_PROVISION_MISPLACED")


def test_therapy_the_draft_moved_out_of_health_advice_is_pointed_out() -> None:
    text = "A block of six 45-minute sessions each term with the children's occupational therapist."
    moved = f3(text, moved_from="G")
    found = codes(flags(draft(add("F", moved)), school_says(text)), "EDUCATIONAL_PROVISION_MISPLACED")
    assert [f.statement_id for f in found] == ["F-3"]
    assert "occupational therapy" in found[0].message and "health provision" in found[0].message
    assert raised("EDUCATIONAL_PROVISION_MISPLACED", f3(text)) == []
    assert raised("EDUCATIONAL_PROVISION_MISPLACED", f3("SALT: 30 minutes weekly to build vocabulary.", moved_from="G"))
    hydrotherapy = "He has hydrotherapy once a week for 30 minutes during the school day, with his physiotherapist."
    assert raised("EDUCATIONAL_PROVISION_MISPLACED", f3(hydrotherapy, moved_from="G")) == ["F-3"]
    # near misses: what else the draft moved out of health advice (PE with the class), and a referral for therapy
    for other in (
        "She does PE with her class twice a week, and her PE teacher adapts the activities.",
        "I have referred her to the children's physiotherapy team for a block of sessions.",
    ):
        assert raised("EDUCATIONAL_PROVISION_MISPLACED", f3(other, moved_from="G")) == []


# --- ADVICE_CONFLICT


def salt_and_school(salt: str, school: str, school_unsure: bool = False) -> list[str]:
    salt_report = document("D7", "speech_and_language", [salt], filename="SALT report.docx")
    school_item = stmt("F-4", school, "D3", meets=("B-2",), unsure=school_unsure)
    found = flags(
        draft(add("F", stmt("F-3", salt, "D7", meets=("B-2",)), school_item)), [*school_says(school), salt_report]
    )
    return [f"{f.statement_id}@{f.document_id}" for f in codes(found, "ADVICE_CONFLICT")]


DEPARTS = ["F-4@D3"]  # the school's statement, which departs from the therapist's
SALT = "Direct speech and language therapy with a speech and language therapist, 30 minutes every week."


def test_weekly_against_fortnightly_therapy_is_a_conflict_on_the_departing_advice() -> None:
    school = "Speech and language therapy session with the NHS therapist, fortnightly, 30 minutes."
    assert salt_and_school(SALT, school) == DEPARTS


def test_two_specialists_reports_that_disagree_are_both_flagged() -> None:
    """Neither an NHS therapist's nor an independent therapist's report is the reference for the other."""
    independent = "Direct 1:1 speech and language therapy from a speech and language therapist, 45 minutes weekly."
    nhs = "Speech and language therapy: six 30-minute sessions each term with a speech and language therapist."
    reports = [
        document("D7", "speech_and_language", [nhs], filename="NHS SALT.docx"),
        document("D8", "speech_and_language", [independent], filename="Independent SLT.docx"),
    ]
    found = flags(
        draft(add("F", stmt("F-3", nhs, "D7", meets=("B-2",)), stmt("F-4", independent, "D8", meets=("B-2",)))),
        [*school_says(), *reports],
    )
    assert sorted(f"{f.statement_id}@{f.document_id}" for f in codes(found, "ADVICE_CONFLICT")) == ["F-3@D7", "F-4@D8"]


def test_a_conflict_with_provision_the_reading_is_unsure_of_is_still_raised() -> None:
    """Two professionals disagreeing is for the caseworker to resolve however sure the reading is: a conflict
    the LA must explain is worse to miss than a warning is to dismiss."""
    school = "Speech and language therapy session with the NHS therapist, fortnightly, 30 minutes."
    assert salt_and_school(SALT, school, school_unsure=True) == DEPARTS


def test_an_advisory_visit_instead_of_direct_therapy_is_a_conflict_of_kind() -> None:
    review = "The speech and language therapist will visit once every half term to review his targets."
    assert salt_and_school(SALT, review) == DEPARTS


def test_a_referral_to_the_service_is_no_way_of_working_to_dispute() -> None:
    referral = "A referral has been made to the speech and language therapist for an assessment of his eating."
    assert salt_and_school(SALT, referral) == []
    visits = "The speech and language therapist will visit once every half term to review his eating."
    assert salt_and_school(SALT, visits) == DEPARTS  # near miss: visits, a way of working
    asked = "3. A referral to the speech and language therapy service for her stammer, with a review each term."
    assert salt_and_school(SALT, asked) == []


def test_an_arrangement_made_as_the_therapist_advised_is_not_their_work() -> None:
    exams = "French speaking assessments done with Mme Ruiz alone at lunchtime, as the SLT advised, once a term."
    assert salt_and_school(SALT, exams) == []
    termly = "The SLT will visit once a term to advise on her French speaking assessments."
    assert salt_and_school(SALT, termly) == DEPARTS  # near miss: the therapist's own visits


def test_being_known_to_the_service_or_following_its_targets_is_no_way_of_working_to_dispute() -> None:
    known = "She is under the care of Speech and Language Therapy."
    assert salt_and_school(SALT, known) == []
    targets = "A small-group language session for 10 minutes every day, using the targets from her SLT programme."
    assert salt_and_school(SALT, targets) == []
    # near miss: sessions with the therapist herself
    sessions = "A small-group language session with the speech and language therapist, 10 minutes every day."
    assert salt_and_school(SALT, sessions) == DEPARTS


def test_the_service_named_with_no_way_of_working_or_amount_is_nothing_to_dispute() -> None:
    review = "The speech and language therapist will visit once every half term to review his targets."
    named = "SLT support from the NHS service; visual supports in class."
    assert salt_and_school(review, named) == []
    amounted = "SLT support from the NHS service, 30 minutes weekly."
    assert salt_and_school(review, amounted) == DEPARTS  # near miss: an amount of it, as direct work


def test_a_circuit_set_up_by_the_specialist_and_run_by_staff_is_not_their_direct_work() -> None:
    circuit = "A sensory circuit twice a day, set up by the speech and language therapist and run by his key adult."
    assert salt_and_school(SALT, circuit) == []


def test_the_same_amount_training_for_staff_or_a_programme_someone_else_delivers_is_no_conflict() -> None:
    same = "Speech and language therapy with the speech and language therapist for 30 minutes weekly."
    assert salt_and_school(SALT, same) == []
    training = "The speech and language therapist will train his teaching assistant once a term."
    assert salt_and_school(SALT, training) == []
    programme = "A language programme set by the speech and language therapist, delivered daily by his TA."
    assert salt_and_school(SALT, programme) == []
    # a session for the staff is their training, though it is "a session"
    briefing = "A one-hour session for all staff who teach him, led by the speech and language therapist."
    assert salt_and_school(SALT, briefing) == []
    # near miss: a session for the child, at another amount
    assert (
        salt_and_school(SALT, "A one-hour session with the speech and language therapist every half term.") == DEPARTS
    )


def test_a_programme_set_by_the_specialist_at_a_different_amount_is_a_conflict() -> None:
    salt = "A language programme set by the speech and language therapist and delivered by a TA three times a week."
    school = "Speech and language programme (set by NHS SLT) delivered by the teaching assistant, weekly, 20 minutes."
    assert salt_and_school(salt, school) == DEPARTS
    same = "Speech and language programme set by the SLT, delivered by the teaching assistant three times a week."
    assert salt_and_school(salt, same) == []
    hours = "A teaching assistant for 20 hours a week to support her speech and language programme in class."
    assert salt_and_school(salt, hours) == []  # near miss: hours of support, not the programme itself
    # the therapist's programme named by whose it is, though the therapist is named too
    theirs = "His speech and language therapy programme from Mrs Okafor (NHS SLT) is done with Jade once a week."
    assert salt_and_school(salt, theirs) == DEPARTS
    assert salt_and_school(salt, "Mrs Kaye (TA) does Kit's SALT programme with him once a week.") == DEPARTS


def test_a_trained_assistant_working_on_the_specialists_targets_runs_their_programme() -> None:
    """ "A teaching assistant trained by the therapist, working on the SLT's current targets" is the therapist's
    programme run by someone else, compared with the programme the therapist sets; near misses: the same amount,
    and a session with no trained adult or targets."""
    salt = "Indirect: language programme written by the SLT and delivered by a teaching assistant, 3 x 15 minute "
    salt += "sessions per week."
    ep = (
        "A language session of 20 minutes every day, with a teaching assistant who has been trained by the speech "
        "and language therapist, working on the SLT's current targets."
    )
    assert salt_and_school(salt, ep) == DEPARTS
    same = "A language session with a teaching assistant trained by the SLT, 15 minutes, three times a week."
    assert salt_and_school(salt, same) == []
    untrained = "A language session of 20 minutes every day with a teaching assistant."
    assert salt_and_school(salt, untrained) == []
    hours = "A teaching assistant for 20 hours a week to support her mobility and her SLT programme."
    assert salt_and_school(ep, hours) == []  # hours of support, not the programme
    speech_sounds = "Speech sound group (SLT programme), 1 x 20 min weekly, delivered by Mrs Crabtree (TA)."
    assert salt_and_school(salt, speech_sounds) == DEPARTS


def test_cane_training_from_two_officers_in_two_amounts_is_a_conflict() -> None:
    """A sight-impaired young person's mobility training is the officer's direct work, not staff training; near
    miss: the same amount."""
    officer = "Long cane training: 10 weekly one-hour sessions with the rehabilitation officer, after college."
    report = document("D7", "social_care", [officer], filename="Rehabilitation assessment.pdf")

    def conflicts(school: str) -> list[str]:
        found = flags(
            draft(add("F", stmt("F-3", officer, "D7", meets=("B-2",)), stmt("F-4", school, "D3", meets=("B-2",)))),
            [*school_says(school), report],
        )
        return [f"{f.statement_id}@{f.document_id}" for f in codes(found, "ADVICE_CONFLICT")]

    assert conflicts("Mobility training: two sessions of 45 minutes a week from a rehabilitation officer.") == DEPARTS
    assert conflicts("Cane training from a habilitation specialist, one hour weekly.") == []


def test_a_programme_from_the_specialist_run_by_staff_is_not_their_direct_work() -> None:
    """A school plan's "programme from the community therapist, 20 minutes every day, run by the TA" is the
    therapist's programme, not their direct work against a clinic's review; near miss: sessions from them."""
    review = "The speech and language therapist will visit once every half term to review his targets."
    programme = (
        "Language programme from the community speech and language therapist, 20 minutes every day, delivered by "
        "Mrs Hollis (TA)."
    )
    assert salt_and_school(review, programme) == []
    sessions = "Sessions from the community speech and language therapist, 20 minutes every week."
    assert salt_and_school(review, sessions) == DEPARTS


def discharge_conflicts(said: str, asked: str, advice_type: str = "speech_and_language") -> list[str]:
    """Where each ADVICE_CONFLICT lands when the therapist's report (D7) says `said` and the school's advice asks
    for `asked` (F-4, D3): a statement, or the report's own words."""
    report = document("D7", advice_type, ["Assessment and plan", said], filename="Therapy letter.docx")
    found = flags(draft(add("F", stmt("F-4", asked, "D3", meets=("B-2",)))), [*school_says(asked), report])
    return [f"{f.statement_id or f.quote}@{f.document_id}" for f in codes(found, "ADVICE_CONFLICT")]


WEEKLY_SLT = "Zara needs weekly 30-minute sessions with a speech and language therapist."


@pytest.mark.parametrize(
    "said",
    [
        "Discharge from SLT caseload: direct therapy is not indicated at present, as her needs can be met in school.",
        "I am now discharging Zara from speech and language therapy with the programme below.",
        "Direct speech and language therapy is not needed at present.",
    ],
)
def test_a_discharge_against_direct_therapy_asked_for_elsewhere_is_a_conflict_on_both(said: str) -> None:
    assert discharge_conflicts(said, WEEKLY_SLT) == ["F-4@D3", f"{said}@D7"]


@pytest.mark.parametrize(
    "said",
    [
        "She was discharged in Year 2 and re-referred by her school in October.",  # a discharge in the past
        "A child is offered up to three episodes; after the third, the child is discharged to the setting's programme.",
        "If her targets are met at review, she is discharged to the school programme.",  # one that waits on a condition
        "I will see Zara for six weekly sessions in school this term.",
    ],
)
def test_near_miss_a_past_conditional_or_general_discharge_is_no_conflict(said: str) -> None:
    assert discharge_conflicts(said, WEEKLY_SLT) == []


def test_near_miss_a_discharge_against_a_programme_or_an_unmeasured_ask_is_no_conflict() -> None:
    said = "Discharge from SLT caseload: direct therapy is not indicated at present."
    assert (
        discharge_conflicts(said, "A language programme set by the SLT, delivered by her TA three times a week.") == []
    )
    assert discharge_conflicts(said, "Zara would benefit from speech and language therapy.") == []


def test_a_discharge_from_the_service_is_from_the_discipline_whose_report_it_is() -> None:
    said = "I will discharge Zara from the Children's Therapy Service at the end of the block."
    asked = "Zara needs weekly 45-minute sessions with an occupational therapist for her handwriting."
    assert discharge_conflicts(said, asked, "occupational_therapy") == ["F-4@D3", f"{said}@D7"]
    assert discharge_conflicts(said, asked, "medical") == []  # near miss: a doctor's service names no discipline


def ep_and_school_conflicts(ep: str, school: str) -> list[Flag]:
    """The ADVICE_CONFLICT flags when the psychologist's advice (F-3, D7) and the school's (F-4, D3) are drafted."""
    ep_report = document("D7", "psychological", [ep], filename="EP advice.docx")
    found = flags(
        draft(add("F", stmt("F-3", ep, "D7", meets=("B-2",)), stmt("F-4", school, "D3", meets=("B-2",)))),
        [*school_says(school), ep_report],
    )
    return codes(found, "ADVICE_CONFLICT")


@pytest.mark.parametrize(
    ("ep", "school", "expected"),
    [
        pytest.param(
            "A key adult should check in with Dima twice a day, for 10 minutes each time.",
            "Ms Oduya meets Dima at the side gate every day and spends 10 minutes with him.",
            ["F-2@D3", "F-3@D7", "F-4@D3"],  # the school's own check-in (F-2) is daily too
            id="check-ins-twice-a-day-against-daily",
        ),
        pytest.param(
            "Orla needs 1:1 support from a trained early years practitioner for 30 hours a week.",
            "Orla will have 1:1 support from a trained practitioner for 15 hours a week.",
            ["F-4@D3", "F-3@D7"],
            id="hours-of-support",
        ),
        pytest.param(
            "Deaf mentor sessions for 45 minutes every week, in school.",
            "The Project will provide Deaf mentor sessions for one hour every fortnight.",
            ["F-4@D3", "F-3@D7"],
            id="mentoring-weekly-against-fortnightly",
        ),
        pytest.param(
            "A key adult should check in with Dima every day, for 10 minutes.",
            "A key adult will check in with Dima every school day, 10 minutes each time.",
            [],
            id="near-miss-the-same-amount",
        ),
        pytest.param(
            "A key adult should check in with Dima for 10 minutes.",
            "Ms Oduya will check in with Dima for 20 minutes every day.",
            [],
            id="near-miss-one-says-no-how-often",
        ),
        pytest.param(
            "Mrs Lowe (ELSA) should check in with Dima each morning for 10 minutes.",
            "Mr Stott will check in with Dima once a week for 20 minutes about his homework.",
            [],
            id="near-miss-two-named-people-two-pieces-of-help",
        ),
        pytest.param(
            "1:1 support from a teaching assistant for 25 hours a week.",
            "A teaching assistant will run a literacy group three times a week for 20 minutes.",
            [],
            id="near-miss-hours-of-support-against-a-session",
        ),
        pytest.param(
            "A sensory circuit every morning for 15 minutes.",
            "Sessions with a learning mentor once a fortnight.",
            [],
            id="near-miss-different-help",
        ),
        pytest.param(
            "A literacy intervention three times a week for 20 minutes.",
            "A phonological awareness activity every day for 10 minutes, with the teaching assistant who "
            "delivers her literacy intervention.",
            [],
            id="near-miss-the-topic-named-in-a-later-clause",
        ),
        pytest.param(
            "Mentoring sessions weekly, 40 minutes.",
            "He will be offered up to 3 mentoring sessions of 30 minutes per week.",
            [],
            id="near-miss-a-hedged-amount",
        ),
        pytest.param(
            "A key adult, Ms Donnelly (ELSA), should see Dima for 15 minutes at the end of each school day.",
            "ELSA sessions on the Zones of Regulation, weekly, 30 minutes.",
            [],
            id="near-miss-a-title-in-brackets-is-not-the-activity",
        ),
        # study skills teaching weekly against fortnightly; near miss: study skills named only as a subject studied
        pytest.param(
            "One 45-minute individual study skills session every week with a specialist teacher.",
            "Study skills sessions with Ms Gorringe, 30 minutes fortnightly.",
            ["F-4@D3", "F-3@D7"],
            id="study-skills-weekly-against-fortnightly",
        ),
        pytest.param(
            "One 45-minute individual study skills session every week with a specialist teacher.",
            "A 30-minute check of her study skills homework fortnightly.",
            [],
            id="near-miss-study-skills-homework",
        ),
        # a school's vocabulary group against the therapist's; near miss: a language group and a maths group
        pytest.param(
            "Vocabulary group in the Learning Support Base once a week for 30 minutes.",
            "Vocabulary work three times a week for 20 minutes with the teaching assistant.",
            ["F-3@D7", "F-4@D3"],
            id="a-vocabulary-group-weekly-against-three-times",
        ),
        pytest.param(
            "Vocabulary group once a week for 30 minutes.",
            "A maths intervention three times a week for 20 minutes.",
            [],
            id="near-miss-a-vocabulary-group-and-a-maths-group",
        ),
        pytest.param(
            "ELSA sessions every week for 45 minutes.",
            "ELSA sessions on the Zones of Regulation, fortnightly, 30 minutes.",
            ["F-4@D3", "F-3@D7"],
            id="emotional-literacy-sessions-weekly-against-fortnightly",
        ),
        # a key adult's mentoring sessions and check-ins are the same time with the child
        pytest.param(
            "Ms Quirke (learning mentor) for 30-minute mentoring sessions twice a week.",
            "Ms Quirke will meet Ellis for a 10-minute check-in once a week.",
            ["F-4@D3", "F-3@D7"],
            id="mentoring-sessions-against-a-check-in",
        ),
        # days named in the plural are sessions a week; near miss: the same number of days
        pytest.param(
            "Mentoring sessions two days a week for 30 minutes.",
            "Mentoring sessions on Wednesdays for 30 minutes.",
            ["F-4@D3", "F-3@D7"],
            id="mentoring-two-days-against-wednesdays",
        ),
        pytest.param(
            "Mentoring sessions two days a week for 30 minutes.",
            "Mentoring sessions on Mondays and Wednesdays for 30 minutes.",
            [],
            id="near-miss-two-days-named",
        ),
    ],
)
def test_help_no_specialist_owns_in_two_amounts_is_a_conflict(ep: str, school: str, expected: list[str]) -> None:
    assert [f"{f.statement_id}@{f.document_id}" for f in ep_and_school_conflicts(ep, school)] == expected


@pytest.mark.parametrize(
    ("ep", "school", "conflict"),
    [
        # one named literacy programme in two amounts; near miss: two different programmes
        pytest.param(
            "1:1 precision teaching of high-frequency words, 10 minutes three times a week.",
            "Precision teaching of high-frequency words, 5 minutes daily.",
            True,
            id="precision-teaching-in-two-amounts",
        ),
        pytest.param(
            "1:1 precision teaching of high-frequency words, 10 minutes three times a week.",
            "Read Write Inc. Fast Track tutoring, 20 minutes three times a week.",
            False,
            id="near-miss-two-literacy-programmes",
        ),
        pytest.param(
            "1:1 precision teaching of high-frequency words, 10 minutes three times a week.",
            "Maths: a 1:1 precision teaching session on number facts, 5 minutes daily.",
            False,
            id="near-miss-precision-teaching-for-maths",
        ),
        pytest.param(
            "Attention Autism (Bucket time) in a small group, four times a week for 10 minutes.",
            "Bucket time group, 10 minutes twice a week.",
            True,
            id="attention-autism-in-two-amounts",
        ),
        pytest.param(
            "Attention Autism (Bucket time) in a small group, four times a week for 10 minutes.",
            "A sensory circuit, 10 minutes twice a week.",
            False,
            id="near-miss-other-help-in-a-group",
        ),
        # one programme whoever runs it, and growing to a stage is no hedge; near miss: two adults' check-ins
        pytest.param(
            "An Attention Autism group twice a week for 15 minutes, led by Mr Baptiste (SENCo).",
            "Attention Autism every day, 10 minutes with Miss Roper, building up to stage 3.",
            True,
            id="one-programme-run-by-two-adults",
        ),
        pytest.param(
            "Mr Baptiste should check in with Dima twice a day, for 10 minutes.",
            "Miss Roper will check in with Dima once a week, for 10 minutes.",
            False,
            id="near-miss-two-adults-check-ins",
        ),
        pytest.param(
            "A key adult should check in with Dima twice a day, for 10 minutes.",
            "Ms Oduya will see Dima once a week, on Monday mornings, for a catch-up about his weekend.",
            True,
            id="a-catch-up-is-a-check-in",
        ),
        # rests and toilet visits are measured by how long or how far apart; near misses: the same length, and
        # "the rest of the day"
        pytest.param(
            "In my view she should have a 15-minute rest in a quiet room after every two lessons.",
            "Dima takes a 10-minute rest break in the Study Hub at the end of every lesson.",
            True,
            id="rests-of-two-lengths",
        ),
        pytest.param(
            "In my view she should have a 15-minute rest in a quiet room after every two lessons.",
            "Dima takes a 15-minute rest in the Study Hub after every two lessons.",
            False,
            id="near-miss-the-same-rest",
        ),
        pytest.param(
            "In my view she should have a 15-minute rest in a quiet room after every two lessons.",
            "A 10-minute reading session with the TA, then the rest of the morning in class.",
            False,
            id="near-miss-the-rest-of-the-morning",
        ),
        pytest.param(
            "In my view she should have a 15-minute rest in a quiet room after every two lessons.",
            "Tilt in space to 30 degrees for 20 minutes after lunch, to rest her back.",
            False,
            id="near-miss-a-position-that-rests-her-back",
        ),
        # maths help by any name, in two amounts; near miss: maths against literacy
        pytest.param(
            "Mr Ferris pre-teaches the key words of each new maths topic, 1:1, twice a week for 20 minutes.",
            "Maths: the small-group maths intervention three times a week for 30 minutes with Mr Ferris.",
            True,
            id="maths-help-in-two-amounts",
        ),
        pytest.param(
            "A small-group maths intervention twice a week for 20 minutes.",
            "A reading intervention three times a week for 20 minutes.",
            False,
            id="near-miss-maths-against-reading",
        ),
        # leaving lessons early, measured by how many minutes; near misses: the same minutes, and no minutes
        pytest.param(
            "Dima leaves each lesson 5 minutes before the bell, with a pass.",
            "Dima leaves every lesson 2 minutes early with his corridor pass.",
            True,
            id="leaving-lessons-early-by-two-lengths",
        ),
        pytest.param(
            "Dima leaves each lesson 5 minutes before the bell, with a pass.",
            "Dima leaves every lesson 5 minutes early with his corridor pass.",
            False,
            id="near-miss-the-same-minutes-early",
        ),
        pytest.param(
            "Dima leaves each lesson 5 minutes before the bell, with a pass.",
            "Dima may leave lessons early when he feels unwell.",
            False,
            id="near-miss-leaving-early-with-no-minutes",
        ),
        pytest.param(
            "We take him to the toilet every 45 mins with a TA and would recommend this continues.",
            "Timed toileting: Dima goes to the toilet at set times, about every 2 hours and not more often.",
            True,
            id="toilet-visits-at-two-intervals",
        ),
    ],
)
def test_the_same_named_help_in_two_amounts(ep: str, school: str, conflict: bool) -> None:
    flagged = {f"{f.statement_id}@{f.document_id}" for f in ep_and_school_conflicts(ep, school)}
    assert ("F-4@D3" in flagged) is conflict


@pytest.mark.parametrize(
    ("ep", "school", "flagged"),
    [
        pytest.param(
            "A key adult should check in with Dima once a day, for 10 minutes.",
            "Ms Oduya will check in with Dima twice a day, for 10 minutes each time.",
            "F-3@D7",
            id="fewer-minutes-a-week",
        ),
        pytest.param(
            "A literacy intervention three times a week, 40 minutes each session.",
            "Zara has a daily 1:1 reading intervention with a teaching assistant.",
            "F-3@D7",
            id="fewer-sessions-where-one-length-is-not-said",
        ),
    ],
)
def test_both_reports_are_flagged_the_one_that_offers_less_first(ep: str, school: str, flagged: str) -> None:
    """No specialist's advice is the reference for help no specialist owns: the caseworker decides for both."""
    found = ep_and_school_conflicts(ep, school)
    ids = [f"{f.statement_id}@{f.document_id}" for f in found]
    assert ids.index(flagged) < ids.index("F-4@D3")
    on_ep = next(f for f in found if f.statement_id == "F-3")
    assert "EP advice.docx" not in on_ep.message  # the message names the other report, not its own


def test_different_amounts_in_one_report_are_not_a_conflict_between_advice() -> None:
    items = (
        stmt("F-3", SALT, "D3", meets=("B-2",)),
        stmt("F-4", "Speech and language therapy with the speech and language therapist, fortnightly.", "D3"),
    )
    assert not codes(flags(draft(add("F", *items)), school_says(*(s.text for s in items))), "ADVICE_CONFLICT")


def test_the_clean_provision_raises_nothing() -> None:
    assert not flags(draft({"F": sections()["F"]}))


def test_provision_in_every_lesson_of_a_kind_is_quantified() -> None:
    text = "Sam will use a laptop for all extended writing tasks, set up by his teaching assistant."
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == []


def test_medication_when_required_is_a_prescription_not_a_hedge() -> None:
    text = "Salbutamol inhaler when required, as prescribed by the practice nurse."
    found = health_flags(text)
    assert not codes(found, "VAGUE_WORDING")
    assert raised("VAGUE_WORDING", f3("Time in the quiet room when required, with his key adult, daily.")) == ["F-3"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a drug named alone is given as prescribed: the prescriber's; near miss: care with no one to give it
        ("In school: paracetamol and ibuprofen for pain, kept in the school office, at lunchtime.", False),
        ("Levothyroxine every morning before breakfast.", False),
        ("Stretches to his calves every morning before lessons.", True),
    ],
)
def test_a_medicine_named_alone_needs_no_deliverer(text: str, flagged: bool) -> None:
    found = health_flags(text)
    assert bool(codes(found, "PROVISION_NO_DELIVERER")) is flagged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # a dose the parent may raise within the prescription is the prescription
        ("Continue Movicol 2 sachets daily in juice; his mother may increase to 3 sachets if he is not going.", False),
        # near miss: medication that may be tried is a hedge
        ("Sam may benefit from a trial of melatonin at bedtime, 2 mg nightly.", True),
    ],
)
def test_a_dose_that_may_be_raised_is_no_hedge(text: str, hedged: bool) -> None:
    found = health_flags(text)
    assert bool(codes(found, "VAGUE_WORDING")) is hedged


def test_counted_sessions_doses_and_referrals_are_amounts() -> None:
    assert (
        raised("PROVISION_NOT_QUANTIFIED", f3("The educational psychologist will provide three consultations.")) == []
    )
    assert raised("PROVISION_NOT_QUANTIFIED", f3("Sam has been referred to the dietitian, who will see him.")) == []


def test_a_council_or_band_name_does_not_describe_what_money_buys() -> None:
    text = "Sam will receive top-up funding of £6,000 a year (Westmere Band C)."
    assert raised("MONEY_ONLY_PROVISION", f3(text)) == ["F-3"]
    told = "For the panel's information, Sam's support costs about £14,200 a year, and we ask for Band E to cover it."
    assert raised("MONEY_ONLY_PROVISION", f3(told)) == ["F-3"]
    # near miss: what the money covers is named
    covers = "Sam's support costs about £14,200 a year, to cover a teaching assistant for 25 hours a week."
    assert raised("MONEY_ONLY_PROVISION", f3(covers)) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sam reads with a familiar adult for 10 minutes daily.", False),
        ("Sam reads with the same adult for 10 minutes daily.", False),
        ("Class staff read with Sam for 10 minutes daily.", False),
        ("Before every change, the adult working with Sam gives him a two-minute warning.", False),
        ("An adult who knows Sam sits with him at lunch for the whole lunchtime, every day.", False),
        ("At break, an adult Sam knows well stays with him for the whole 15 minutes, every day.", False),
        ("Sister Okafor will visit school once a term to train staff.", False),
        # near miss: any adult
        ("Sam reads with an adult for 10 minutes daily.", True),
        ("An adult sits with Sam at lunch for the whole lunchtime, every day.", True),
        ("His sister Amy reads with him for 10 minutes daily.", True),
        # "a trusted adult" says how the child feels, not who it is or with what training
        ("Sam will have a check-in with a trusted adult in school every morning for 10 minutes.", True),
        ("Sam will have a check-in with a trusted adult (Mrs Doyle) every morning for 10 minutes.", False),
        # the child's own equipment needs no one, until someone is to teach its use
        ("Sam will use a school laptop for all extended writing in every subject.", False),
        ("Sam will use a school laptop for all extended writing and will be taught to use its speech-to-text.", True),
        ("Sam will use a laptop for extended writing; his TA will teach him to use its speech-to-text.", False),
    ],
)
def test_the_adult_the_child_knows_is_a_deliverer(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    "role", ["paediatric radiographer", "dietician", "optometrist", "orthotist", "podiatrist", "psychiatrist", "ECLO"]
)
def test_the_clinicians_who_see_a_child_are_deliverers(role: str) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(f"Sam has a 45-minute session with the {role} every month.")) == []
    # near miss: the session with no one named
    assert raised("PROVISION_NO_DELIVERER", f3("Sam has a 45-minute session every month.")) == ["F-3"]


def test_specialist_teachers_and_officers_are_deliverers() -> None:
    assert raised("PROVISION_NO_DELIVERER", f3("The QTVI will visit Sam once each half term for 1 hour.")) == []
    exams = "Sam will have 25% extra time in all tests, arranged by the exams officer."
    assert raised("PROVISION_NO_DELIVERER", f3(exams)) == []
    # an access arrangement in the school's own tests is the school's to arrange, as in exams
    assert raised("PROVISION_NO_DELIVERER", f3("Sam should have 25% extra time for all written tasks and tests.")) == []
    # near miss: extra time for work, not a test
    assert raised("PROVISION_NO_DELIVERER", f3("Sam should have extra time for all written tasks, every day.")) == [
        "F-3"
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a count of one-off sessions or interviews is how much
        ("Sam's form tutor and Sam will plan and run one circle-time session for his tutor group.", False),
        ("Sam should have two further travel training interviews with a qualified adviser.", False),
        # the occasions said first, plural: every one of them
        ("In science and other practical lessons, his teachers will pair him with a buddy.", False),
        # an assessment done once, by a date
        ("Mr Dunne has been offered a carer's assessment; it will be completed by the end of March.", False),
        # a thing done once, by its date
        (
            "Sam will be assessed for exam access arrangements by the specialist assessor before the end of Year 8.",
            False,
        ),
        (
            "Lead practitioner to complete the DLA claim with the family by 13 February 2026.",
            False,
        ),
        ("Sam's first careers guidance interview is booked for 28 January 2026.", False),
        ("The QTVI will give a training session on low vision to all class staff before the end of April 2026.", False),
        # near misses: no count, one occasion, no deadline; help that goes on, with a date
        ("Sam should have further travel training interviews with a qualified adviser.", True),
        ("Staff will support Sam with his reading before the end of Year 8.", True),
        ("In the science lesson on Monday, his teacher will pair him with a buddy.", True),
        ("Mr Dunne has been offered a carer's assessment and support from the carers' centre.", True),
    ],
)
def test_counts_occasions_and_deadlines_are_amounts(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "delivered_by", "flagged"),
    [
        # whoever a Who column names, unless it says no more than "staff" or "school"
        ("1:1 sessions on staying safe online, weekly for 1 hour.", "Ravi Mendes (youth justice case manager)", False),
        ("Reviews of the contract every 3 months.", "Youth offender panel", False),
        ("1:1 sessions on staying safe online, weekly for 1 hour.", "School staff", True),
        ("1:1 sessions on staying safe online, weekly for 1 hour.", "All staff", True),
    ],
)
def test_a_named_deliverer_column_is_a_deliverer(text: str, delivered_by: str, flagged: bool) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(text, delivered_by=delivered_by)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the child's own tools, used by the child
        ("Sam should use text-to-speech software on a school laptop for longer reading, daily.", False),
        ("A visual timetable and a now-and-next board, used throughout the school day.", False),
        # a referral asked of someone else is made once, by them
        ("We have asked the GP to re-refer him to the orthoptic clinic.", False),
        # near misses: adults using a tool, and help with no one named
        ("Staff should use text-to-speech software with Sam for longer reading, daily.", True),
        ("A timetable of reading sessions throughout the school day.", True),
    ],
)
def test_the_childs_own_tools_and_referrals_need_no_deliverer(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # every lunch, a deadline for training, what is never done: no amount to fix
        ("Her packed lunch should avoid dry or crumbly foods.", False),
        ("Train the class staff in the toileting programme by 06/03/2026.", False),
        ("Sam should not be asked to read aloud in class.", False),
        ("Sam is never asked to answer or present in front of the whole class.", False),
        ("Whole-class instructions should be broken into single steps and backed up with pictures.", False),
        ("Instructions for tasks are given in numbered steps and left on the board.", False),
        ("An adult should check his water bottle at 10am, 12 noon and 2pm and refill it.", False),
        ("A fortified snack at 10am and another at 2pm.", False),
        ("Homework is limited to one piece a night, set on the online platform.", False),
        ("The letterbox coordinator helps his parents write the letterbox letters each March and September.", False),
        ("Staff trained to give buccal midazolam: Mr Pike (teaching assistant), Mrs Hale (school nurse).", False),
        # near misses: help with no amount, training with no deadline, help that is asked for
        ("Help with choosing soft foods from an adult.", True),
        ("Train the class staff in the toileting programme.", True),
        ("Sam should be asked to read aloud in a small group.", True),
        ("Sam is asked to answer questions in front of the whole class.", True),
        ("Whole-class instructions should be backed up with pictures.", True),
        ("An adult should check his water bottle and refill it.", True),
        ("A fortified snack at 10am.", True),
        ("Staff trained in signing will sign with Sam.", True),
    ],
)
def test_standing_arrangements_and_deadlines_need_no_amount(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == (["F-3"] if flagged else [])


def test_all_of_a_named_setting_s_staff_is_every_adult() -> None:
    text = "All Larkfield staff to use the agreed script with Sam, and never to ask him to read aloud."
    assert raised("PROVISION_NO_DELIVERER", f3(text)) == []
    assert raised("PROVISION_NO_DELIVERER", f3("Larkfield staff to use the agreed script with Sam.")) == ["F-3"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("Solomon must be seated upright at 90 degrees for every meal.", [], id="care-at-every-meal"),
        pytest.param(
            "At lunchtime she should sit with an adult who can prompt her to take small mouthfuls.",
            ["G-2"],
            id="near-miss-an-adult-at-lunch-is-nobody-named",
        ),
    ],
)
def test_mealtime_care_in_g_needs_no_named_deliverer(text: str, flagged: list[str]) -> None:
    item = stmt("G-2", text, "D4", meets=("C-1",))
    found = flags(draft(add("G", item)), documents())
    assert [f.statement_id for f in codes(found, "PROVISION_NO_DELIVERER")] == flagged


def advised_against(said: str, asked: str) -> list[str]:
    """Where each ADVICE_CONFLICT lands when an audiology letter (D7) says `said` and the school's advice asks for
    `asked` (F-4, D3)."""
    report = document("D7", "medical", ["Plan", said], filename="Audiology letter.pdf")
    found = flags(draft(add("F", stmt("F-4", asked, "D3", meets=("B-2",)))), [*school_says(asked), report])
    return [f"{f.statement_id or f.quote}@{f.document_id}" for f in codes(found, "ADVICE_CONFLICT")]


AGAINST = "We advise against the use of ear defenders while Zara's hearing is reduced, as they cut out what she hears."


def test_one_report_advising_against_what_another_recommends_is_a_conflict_on_both() -> None:
    asked = "Ear defenders for the dinner hall, assembly and PE, kept in her tray."
    assert advised_against(AGAINST, asked) == ["F-4@D3", f"{AGAINST}@D7"]


@pytest.mark.parametrize(
    "asked",
    [
        "A quiet table in the dinner hall, away from the kitchen.",  # the thing advised against is not asked for
        "Lunch in the small hall, with no ear defenders needed there.",  # named only as what it goes without
    ],
)
def test_near_miss_advice_against_what_no_report_asks_for_is_no_conflict(asked: str) -> None:
    assert advised_against(AGAINST, asked) == []


def test_what_a_doctor_says_the_child_should_not_do_against_another_report_asking_for_it() -> None:
    said = "Zara should not take part in school swimming lessons this year."
    asked = "Swimming every Friday with her class, with a teaching assistant in the water."
    assert advised_against(said, asked) == ["F-4@D3", f"{said}@D7"]


@pytest.mark.parametrize(
    "said",
    [
        # a ban on a part of the thing, or only on an occasion, is a safety rule, not advice against the swimming
        "Zara must not use the swimming pool's diving boards.",
        "Zara must not use the swimming pool when she has a cold or an ear infection.",
    ],
)
def test_near_miss_a_ban_on_a_part_or_an_occasion_is_no_conflict(said: str) -> None:
    asked = "Sessions in the swimming pool every Friday with her class, with a teaching assistant in the water."
    assert advised_against(said, asked) == []
    banned = "Zara must not use the swimming pool."
    assert advised_against(banned, asked) == ["F-4@D3", f"{banned}@D7"]


def test_a_named_member_of_a_team_is_a_deliverer() -> None:
    named = "If an alarm sounds, a named member of the Learning Support staff finds Sam and walks out with him."
    assert raised("PROVISION_NO_DELIVERER", f3(named)) == []
    # near miss: any member of staff
    anyone = "If an unplanned alarm sounds, a member of staff finds Sam and walks out with him."
    assert raised("PROVISION_NO_DELIVERER", f3(anyone)) == ["F-3"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a provider named by its own name, every adult, or counselling (given by a counsellor) says who
        ("Sam has online science lessons with Brightpath Online School, two hours a week.", False),
        ("Makaton signs for his key words, used by all the Otters staff every day.", False),
        ("Counselling will reduce to fortnightly sessions of 30 minutes from the summer term.", False),
        # near misses: a school not named, staff with no one named, sessions of no kind
        ("Sam has online science lessons from a school, two hours a week.", True),
        ("Makaton signs for his key words, used by staff every day.", True),
        ("Makaton signs for his key words, delivered by all staff.", True),
        ("All adults who work with Sam should complete Makaton Level 1 training this term.", True),
        ("Sessions will reduce to fortnightly, 30 minutes, from the summer term.", True),
    ],
)
def test_a_named_provider_every_adult_or_a_named_service_is_a_deliverer(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NO_DELIVERER", f3(text)) == (["F-3"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the work itself each time it comes, or the start of every day, is how often
        ("Every practical recipe is broken into steps on photo task cards by the food teacher.", False),
        ("All handouts printed on cream paper in Arial 14, prepared by the TA.", False),
        ("Supply teachers are given his one-page profile by the cover manager at the start of the day.", False),
        # near misses: one handout, the start of nothing in particular
        ("A handout printed on cream paper, prepared by the TA.", True),
        ("Supply teachers are given his one-page profile by the cover manager at the start.", True),
    ],
)
def test_the_work_each_time_it_comes_is_how_often(text: str, flagged: bool) -> None:
    assert raised("PROVISION_NOT_QUANTIFIED", f3(text)) == (["F-3"] if flagged else [])
