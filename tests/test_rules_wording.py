"""The wording of provision: hedged terms, amounts and deliverers, amounts left to others, and
money that says nothing of what it buys."""

from __future__ import annotations

import pytest

from appliance.drafting.plan import Statement
from appliance.evidence.funding import is_money_only
from appliance.ingest.people import staff_first_names
from appliance.qa.wording import (
    DELEGATED_RE,
    has_deliverer,
    is_equipment,
    is_manner,
    is_mealtime_care,
    is_quantified,
    is_strategy,
    is_whole_staff_adjustment,
    needs_no_amount,
    provision_hedges,
    vague_terms,
)

CHILD_NAMES = {"Zara", "Whitfield"}


def _stmt(
    text: str, frequency: str | None = None, delivered_by: str | None = None, timeframe: str | None = None
) -> Statement:
    return Statement("F1", text, (), frequency=frequency, delivered_by=delivered_by, timeframe=timeframe)


VAGUE = [
    pytest.param("Zara will have access to a quiet room.", (), ["access to"], id="access-to"),
    pytest.param("Adult support as appropriate.", (), ["as appropriate"], id="as-appropriate"),
    pytest.param("Regular check-ins with a mentor.", (), ["regular"], id="regular"),
    pytest.param("The therapist will advise staff as needed.", (), ["as needed"], id="as-needed"),
    pytest.param("The therapist will advise staff on what is needed.", (), [], id="near-miss-what-is-needed"),
    pytest.param("Up to 5 hours a week of support.", (), ["up to"], id="up-to"),
    pytest.param("Records are kept up to date by the SENCO.", (), [], id="up-to-near-miss-up-to-date"),
    pytest.param(
        "Tummy-time reading for 3 minutes, building up to 5 minutes.", (), [], id="up-to-near-miss-building-up-to"
    ),
    pytest.param("Reading for 3 minutes, then up to 5 minutes.", (), ["up to"], id="up-to-a-cap-after-a-start"),
    pytest.param("Zara may need a movement break.", (), ["may"], id="may"),
    pytest.param("The plan will be reviewed in May 2025.", (), [], id="may-near-miss-the-month"),
    pytest.param(
        "Strategies such as visual cues, e.g. a timetable, etc.", (), ["such as", "e.g.", "etc."], id="examples"
    ),
    pytest.param("Zara will have some support in class.", ("some support",), ["some support"], id="council-term"),
]


@pytest.mark.parametrize(("text", "extra", "terms"), VAGUE)
def test_vague_terms(text: str, extra: tuple[str, ...], terms: list[str]) -> None:
    assert vague_terms(text, extra) == terms


HEDGES = [
    pytest.param("Salbutamol inhaler, two puffs as required.", "G", [], id="prescription-not-a-hedge"),
    pytest.param("Salbutamol inhaler, two puffs as required.", "F", ["as required"], id="prescription-only-in-g"),
    pytest.param("Adult support as required.", "G", ["as required"], id="prescription-near-miss-no-medication"),
    pytest.param(
        "Paracetamol tablets when needed, and access to a quiet room.",
        "G",
        ["access to"],
        id="prescription-other-hedges-stay",
    ),
    pytest.param(
        "Buccal midazolam when needed for a seizure lasting over 5 minutes.",
        "G",
        [],
        id="prescription-drug-named-alone",
    ),
    pytest.param(
        "The paediatrician has prescribed regular paracetamol for her evening pain.", "G", [], id="regular-medicine"
    ),
    pytest.param("Regular adult support at lunchtime.", "G", ["regular"], id="near-miss-regular-help"),
    # a dose stepped up to its most, and what the medicine is for; near miss: help up to an amount
    pytest.param(
        "Movicol, 2 sachets on day 1, increasing by 2 sachets a day up to 8 sachets a day, until he is regularly "
        "passing soft stools.",
        "G",
        [],
        id="a-dose-increasing-up-to",
    ),
    pytest.param("Adult support increasing to full days, up to 25 hours.", "F", ["up to"], id="near-miss-up-to-hours"),
    # "may have had" says what may have happened, not how much help; near miss: "may" of the help itself
    pytest.param("Check whether she may have had a seizure.", "F", [], id="may-have-had-is-not-a-hedge"),
    pytest.param("She may have a rest break.", "F", ["may"], id="near-miss-may-have-a-break"),
    # what the child is allowed to do; near miss: "may" of whether the help is given
    pytest.param("Keep him warm: he may wear his coat at break.", "G", [], id="may-wear-is-permission"),
    pytest.param("In PE he may stop and rest when he is tired.", "F", [], id="may-stop-and-rest-is-permission"),
    pytest.param("He may receive a rest break in PE.", "F", ["may"], id="near-miss-may-receive"),
]


@pytest.mark.parametrize(("text", "section", "terms"), HEDGES)
def test_provision_hedges(text: str, section: str, terms: list[str]) -> None:
    assert provision_hedges(_stmt(text), section) == terms


QUANTIFIED = [
    pytest.param(_stmt("Phonics for 30 minutes twice a week."), True, id="frequency-and-duration"),
    pytest.param(_stmt("Support with reading.", frequency="daily"), True, id="frequency-field"),
    pytest.param(_stmt("Support with reading.", frequency="as required"), False, id="frequency-field-near-miss-hedge"),
    pytest.param(_stmt("Speech and language therapy as required."), False, id="frequency-near-miss-as-required"),
    pytest.param(_stmt("A visual timetable in every lesson."), True, id="every-lesson"),
    pytest.param(_stmt("A key adult with him for the whole school day."), True, id="for-the-whole-school-day"),
    pytest.param(_stmt("In group work Jude is given a named role."), True, id="in-group-work-is-each-time"),
    pytest.param(_stmt("Advance warning of every change, by text."), True, id="every-change"),
    pytest.param(_stmt("Every racist incident is followed up the same day."), True, id="every-incident"),
    pytest.param(_stmt("Advance warning of changes, by text."), False, id="near-miss-changes-not-every"),
    pytest.param(_stmt("Makaton training for the nursery team (two twilights)."), True, id="two-twilights"),
    pytest.param(_stmt("Makaton training for the nursery team."), False, id="near-miss-training-no-amount"),
    pytest.param(_stmt("A full assessment by a speech and language therapist."), True, id="an-assessment-is-once"),
    pytest.param(_stmt("Assessment and support from a speech and language therapist."), False, id="near-miss-support"),
    pytest.param(_stmt("Jude is given a named role."), False, id="near-miss-a-role-with-no-occasion"),
    pytest.param(_stmt("All personal care will be carried out by two trained staff."), True, id="all-personal-care"),
    pytest.param(_stmt("Personal care will be carried out by trained staff."), False, id="near-miss-personal-care"),
    pytest.param(_stmt("A key adult with him at school."), False, id="near-miss-at-school-says-where"),
    pytest.param(_stmt("A trained member of staff will go on every school trip."), True, id="every-school-trip"),
    pytest.param(_stmt("A trained member of staff will go on school trips."), False, id="near-miss-trips-not-every"),
    pytest.param(_stmt("Six sessions of speech and language therapy."), True, id="counted-sessions"),
    pytest.param(_stmt("A mentor who is six years older."), False, id="counted-near-miss-an-age"),
    pytest.param(_stmt("Two college taster days in the spring term."), True, id="counted-days-with-words-between"),
    pytest.param(_stmt("The Language for Thinking materials I will provide."), True, id="materials-handed-over-once"),
    pytest.param(_stmt("Materials will be used in her sessions."), False, id="materials-near-miss-used-not-given"),
    pytest.param(
        _stmt("Language for Thinking materials the specialist speech and language therapist will provide."),
        True,
        id="materials-handed-over-by-a-named-role",
    ),
    pytest.param(_stmt("His annual health check with the practice nurse."), True, id="annual"),
    pytest.param(_stmt("His health check with the practice nurse."), False, id="near-miss-check-not-annual"),
    pytest.param(_stmt("A reader for every mathematics paper."), True, id="for-every-exam-paper"),
    pytest.param(_stmt("A reader for mathematics papers."), False, id="near-miss-papers-not-every"),
    pytest.param(_stmt("The quiet room on a bad day."), False, id="counted-near-miss-a-day-not-counted"),
    pytest.param(_stmt("Thursday | 10:00-11:30 | Science | teaching base"), True, id="a-timetabled-weekly-slot"),
    pytest.param(_stmt("On Thursday she was upset at 10:00."), False, id="timetable-near-miss-a-day-and-a-time"),
    pytest.param(_stmt("Melatonin 3 mg at bedtime."), True, id="dose"),
    pytest.param(
        _stmt("Zara has been referred to CAMHS and will be seen within 6 weeks."), True, id="one-off-referral"
    ),
    pytest.param(_stmt("A quiet space to calm down."), False, id="nothing-stated"),
    pytest.param(_stmt("The SENCO will write the social stories."), True, id="made-once"),
    pytest.param(
        _stmt("The teaching assistant will write in Zara's home-school book."), False, id="made-once-near-miss-ongoing"
    ),
    pytest.param(
        _stmt("Zara needs adult support in lessons and at unstructured times from a teaching assistant."),
        False,
        id="staff-support-says-where-not-how-much",
    ),
    pytest.param(
        _stmt("Zara will have adult support in every lesson from a teaching assistant."),
        True,
        id="staff-support-near-miss-every-lesson",
    ),
    pytest.param(
        _stmt("A teaching assistant will check Zara's planner in lessons."), True, id="staff-near-miss-not-support"
    ),
    pytest.param(
        _stmt("Zara can swim in PE with one trained adult in the water within arm's reach for the whole lesson."),
        True,
        id="for-the-whole-lesson",
    ),
    pytest.param(_stmt("Zara will have a swimming lesson with one trained adult."), False, id="near-miss-one-lesson"),
    pytest.param(_stmt("New glasses, to be worn full time."), True, id="worn-full-time"),
    pytest.param(_stmt("New glasses, to be worn in class."), False, id="near-miss-worn-somewhere"),
    pytest.param(
        _stmt("Write a Personal Emergency Evacuation Plan and practise it.", timeframe="19/12/2025"),
        True,
        id="an-action-plan-s-action-by-its-date",
    ),
    pytest.param(
        _stmt("Write a Personal Emergency Evacuation Plan and practise it."), False, id="near-miss-an-action-undated"
    ),
    pytest.param(
        _stmt("ELSA sessions for Zara on self-esteem and worries.", timeframe="After half term"),
        False,
        id="near-miss-sessions-from-a-date-still-need-how-often",
    ),
    pytest.param(
        _stmt("The OT will train four named members of staff at the start of each school year."),
        True,
        id="training-at-the-start-of-each-year",
    ),
    pytest.param(_stmt("The OT will train four named members of staff."), False, id="near-miss-training-undated"),
    pytest.param(
        _stmt("AV to run the Aided Language Modelling training for college LSAs on 12/03/2026."),
        True,
        id="training-on-a-day",
    ),
    pytest.param(
        _stmt("AV to run Aided Language Modelling sessions for Kit on Mondays."), True, id="days-in-the-plural-recur"
    ),
    pytest.param(
        _stmt("AV to run Aided Language Modelling sessions for Kit on Monday."), False, id="near-miss-on-a-weekday"
    ),
    # whenever its occasion comes; near miss: a time, not an occasion
    pytest.param(
        _stmt("Tutors will give Aarav instructions in two steps each time they set him a new task."),
        True,
        id="each-time-an-occasion-comes",
    ),
    pytest.param(_stmt("Tutors will give Aarav instructions in two steps this time."), False, id="near-miss-this-time"),
    # care whenever its occasion comes, and help in every lesson of a kind
    pytest.param(
        _stmt("In school, when an episode starts she will be allowed to rest in a quiet room with a drink of water."),
        True,
        id="when-an-episode-starts",
    ),
    pytest.param(
        _stmt("In school, when the new term starts she will be allowed to rest in a quiet room."),
        False,
        id="near-miss-when-the-term-starts",
    ),
    pytest.param(
        _stmt("In practical sessions, a learning support assistant will demonstrate each new task first."),
        True,
        id="in-every-lesson-of-a-kind",
    ),
    pytest.param(
        _stmt("A learning support assistant will demonstrate new tasks in small group sessions."),
        False,
        id="near-miss-in-group-sessions",
    ),
    pytest.param(_stmt("Shannon has been offered a carer's assessment."), True, id="an-assessment-offered-is-once"),
    pytest.param(_stmt('Femi will give Ellie a "busy hands" kit to use at home.'), True, id="a-kit-given-once"),
    pytest.param(_stmt("Femi will give Ellie time to talk about home."), False, id="near-miss-time-given"),
    pytest.param(_stmt("At playtime, a bench he can sit on to rest."), True, id="at-playtime-recurs"),
    pytest.param(_stmt("A bench he can sit on to rest at the playground."), False, id="near-miss-at-a-place"),
    pytest.param(_stmt("Shannon has been offered carer's support."), False, id="near-miss-support-offered"),
    # its occasion said first with "where"; near miss: the hedge "where possible"
    pytest.param(
        _stmt("Where a tic is logged by mistake on the behaviour system, it should be removed by his tutor."),
        True,
        id="where-its-occasion-comes",
    ),
    pytest.param(
        _stmt("Where possible, his tutor should remove tics logged by mistake on the behaviour system."),
        False,
        id="near-miss-where-possible",
    ),
]


@pytest.mark.parametrize(("stmt", "quantified"), QUANTIFIED)
def test_is_quantified(stmt: Statement, quantified: bool) -> None:
    assert is_quantified(stmt) is quantified


DELIVERERS = [
    # a named therapy is its therapist's; the EP is a role; a medicine's dose written on its number
    pytest.param(_stmt("He has weekly play therapy in school."), "F", True, id="a-named-therapy"),
    pytest.param(_stmt("He has a weekly nurture session in school."), "F", False, id="near-miss-a-session"),
    pytest.param(_stmt("EP to offer school a review consultation in the summer term."), "F", True, id="the-ep"),
    pytest.param(_stmt("Someone to offer school a review in the summer term."), "F", False, id="near-miss-someone"),
    pytest.param(_stmt("Medicines given as per the MAR chart: levetiracetam 750mg at 8am."), "G", True, id="750mg"),
    pytest.param(_stmt("Given as per the chart at 8am."), "G", False, id="near-miss-no-medicine"),
    pytest.param(_stmt("Daily phonics with a teaching assistant."), "F", True, id="role"),
    pytest.param(
        _stmt("Daily check-in for 10 minutes, delivered by mr Forsyth."), "F", True, id="named-title-in-lower-case"
    ),
    pytest.param(
        _stmt("A daily check-in for 10 minutes so he does not miss Maths."), "F", False, id="near-miss-miss-a-lesson"
    ),
    pytest.param(_stmt("A daily check-in for 10 minutes with his HoY."), "F", True, id="head-of-year-abbreviated"),
    pytest.param(_stmt("Daily phonics.", delivered_by="HLTA"), "F", True, id="delivered-by-field"),
    pytest.param(_stmt("Daily phonics with an adult trained in precision teaching."), "F", True, id="trained-adult"),
    pytest.param(_stmt("Staff will use visual cues."), "F", False, id="near-miss-just-staff"),
    pytest.param(_stmt("Daily phonics in school."), "F", False, id="near-miss-just-school"),
    pytest.param(_stmt("Melatonin 3 mg at bedtime."), "G", True, id="medication-the-prescriber-delivers"),
    pytest.param(_stmt("Melatonin 3 mg at bedtime."), "F", False, id="medication-near-miss-outside-g"),
    pytest.param(_stmt("Zara will be given a laptop and a scribe for written work."), "F", True, id="a-scribe"),
    pytest.param(_stmt("Zara will be given a laptop for written work."), "F", False, id="a-scribe-near-miss-none"),
    pytest.param(_stmt("A wobble cushion, for all table work."), "F", True, id="equipment-the-child-uses"),
    pytest.param(_stmt("The child in need plan will be reviewed every three months."), "H2", True, id="cin-plan"),
    pytest.param(_stmt("The support will be reviewed every three months."), "H2", False, id="cin-plan-near-miss"),
    pytest.param(_stmt("She has a cardiology review every two years."), "G", True, id="a-hospital-specialty"),
    pytest.param(_stmt("She has a review every two years."), "G", False, id="a-hospital-specialty-near-miss"),
    pytest.param(_stmt("A group led by the speech and language therapy assistant."), "F", True, id="therapy-assistant"),
    pytest.param(_stmt("A group led by an assistant."), "F", False, id="therapy-assistant-near-miss-any-assistant"),
    pytest.param(_stmt("New splints, to be worn at night."), "G", True, id="worn-by-the-child"),
    pytest.param(_stmt("Stretches, to be done at night."), "G", False, id="near-miss-done-by-someone"),
    pytest.param(_stmt("25% extra time in all examinations and assessments."), "F", True, id="an-access-arrangement"),
    pytest.param(_stmt("25% extra time to finish classwork."), "F", False, id="near-miss-extra-time-in-class"),
    pytest.param(
        _stmt("Tilda sits in her specialist chair with the pelvic strap for all table work."),
        "F",
        True,
        id="the-child-uses-her-own-equipment",
    ),
    pytest.param(_stmt("Tilda sits at the front for all table work."), "F", False, id="near-miss-where-she-sits"),
    pytest.param(
        _stmt("Socially Speaking group (1 session per week, 30 minutes), delivered by TBC.", delivered_by="TBC"),
        "F",
        False,
        id="a-staff-column-to-be-confirmed",
    ),
    pytest.param(
        _stmt("Socially Speaking group (1 session per week, 30 minutes).", delivered_by="Mrs T Bacon"),
        "F",
        True,
        id="near-miss-a-named-adult",
    ),
]


DELIVERERS += [
    # a vaccine is given by the GP practice that prescribes it; near miss: a check with no one named
    pytest.param(_stmt("5. He should have the flu vaccine every autumn."), "G", True, id="a-vaccine"),
    pytest.param(_stmt("5. He should have his weight checked every autumn."), "G", False, id="near-miss-a-check"),
    # a named centre or clinic does it; near miss: a centre of the room
    pytest.param(
        _stmt("2. Physical monitoring at the Linden Centre every Tuesday at 8.30am."), "G", True, id="a-named-centre"
    ),
    pytest.param(_stmt("2. Weighing in the centre of the room every Tuesday."), "G", False, id="near-miss-the-centre"),
    # what the family does at home; near miss: home-school liaison with no one named
    pytest.param(_stmt("For home: keep to 10 minutes of People Games every day."), "F", True, id="for-home"),
    pytest.param(
        _stmt("Provision for home-school liaison every week."), "F", False, id="near-miss-home-school-liaison"
    ),
    # the writer's own group; near miss: a group with no one named
    pytest.param(
        _stmt('We will offer him a place in our 6-week "Real Friends" group on Tuesday evenings.'),
        "H2",
        True,
        id="our-group",
    ),
    pytest.param(
        _stmt("He will have a place in a 6-week friendship group on Tuesday evenings."),
        "H2",
        False,
        id="near-miss-a-group",
    ),
    # a council service arranges it; near miss: "help" with no one named
    pytest.param(
        _stmt("Agreed: Early Help will arrange a place for Kez at the Saturday art group."), "H2", True, id="early-help"
    ),
    pytest.param(_stmt("Agreed: help will be arranged for Kez on Saturdays."), "H2", False, id="near-miss-help"),
    # an arrangement the child carries out, under its number; near miss: help the child is given
    pytest.param(_stmt("2. Elowen lines up at the front of the line."), "F", True, id="the-child-lines-up"),
    pytest.param(_stmt("Ellis will leave every lesson five minutes early."), "F", True, id="the-child-leaves-early"),
    pytest.param(_stmt("2. Elowen is helped to line up at the front."), "F", False, id="near-miss-the-child-is-helped"),
    # what the child may do by leave or with a pass, and a rest the child takes; near misses: help the child is given
    pytest.param(
        _stmt("Ife has a toilet pass and may leave any lesson to use the toilet."), "F", True, id="may-leave-a-lesson"
    ),
    pytest.param(
        _stmt("1. A pass that lets Tamsin go to the Hub without asking."), "F", True, id="a-pass-without-asking"
    ),
    pytest.param(_stmt("Exemption from assemblies and from whole-school events."), "F", True, id="an-exemption"),
    pytest.param(
        _stmt("3. A 10-minute rest in a quiet room after period 2 every day."), "F", True, id="a-rest-she-takes"
    ),
    pytest.param(_stmt("Pacing in PE: a seated rest of 5 minutes every 15 minutes."), "F", True, id="a-seated-rest"),
    pytest.param(
        _stmt("A 10-minute reading session in a quiet room every day."), "F", False, id="near-miss-a-reading-session"
    ),
    pytest.param(
        _stmt("She is helped to leave the lesson five minutes early."), "F", False, id="near-miss-helped-to-leave"
    ),
    pytest.param(_stmt("Movement breaks every 20 minutes."), "F", False, id="near-miss-movement-breaks"),
    # equipment named first, under its number; near miss: a pencil grip named after the help
    pytest.param(
        _stmt("6. A chunky triangular pencil and a sloped writing board."), "F", True, id="numbered-equipment"
    ),
    pytest.param(_stmt("Handwriting practice daily, with a pencil grip."), "F", False, id="near-miss-practice-first"),
    # minutes name a worker by initials or first name, acting with the child; near miss: the child acts
    pytest.param(_stmt("(b) BA will visit Jude at home every 10 working days."), "H2", True, id="initials-will-visit"),
    pytest.param(_stmt("2. Bethany will visit Remi at home every fortnight."), "H2", True, id="first-name-will-visit"),
    pytest.param(_stmt("Remi will visit the library every fortnight."), "F", False, id="near-miss-the-child-visits"),
    pytest.param(_stmt("KW meets Kacper every morning at 8.35am."), "F", True, id="initials-meet-in-the-present"),
    # what the child drinks or takes himself; near miss: what someone gives him
    pytest.param(
        _stmt("Zac will drink a 125 ml carton of Renilon at morning break."), "G", True, id="the-child-drinks-it"
    ),
    pytest.param(
        _stmt("Zac will be given a 125 ml carton of Renilon at morning break."), "G", False, id="near-miss-given-it"
    ),
    pytest.param(_stmt("Kacper meets the bus every morning."), "F", False, id="near-miss-the-child-meets-a-bus"),
    # the author, a college's study programme, a named group
    pytest.param(_stmt("I'll visit Sandcross twice this term to see him in class."), "F", True, id="the-author-will"),
    pytest.param(_stmt("He'll visit Sandcross twice this term."), "F", False, id="near-miss-the-child-will"),
    pytest.param(_stmt("Lunchtime staff to face him when they speak."), "F", True, id="lunchtime-staff"),
    pytest.param(_stmt("Staff to face him when they speak."), "F", False, id="near-miss-staff"),
    pytest.param(
        _stmt('Femi will give Ellie a "busy hands" kit to use when she notices the urge to pick.'),
        "G",
        True,
        id="a-worker-by-first-name-gives-the-child",
    ),
    pytest.param(_stmt("Ellie will give the class a talk about her kit."), "G", False, id="near-miss-the-child-gives"),
    pytest.param(
        _stmt("1. A study programme of 4 days a week, 16 guided learning hours."), "F", True, id="study-programme"
    ),
    pytest.param(
        _stmt("A place at the Fernside Hub group for young adults, every Tuesday from 10am to 2pm."),
        "H2",
        True,
        id="a-place-at-a-named-group",
    ),
    pytest.param(
        _stmt("A place in a small group for maths, every day."), "F", False, id="near-miss-a-place-in-a-group"
    ),
    # the child's own part of an arrangement
    pytest.param(
        _stmt("Jude puts his time out card on the desk and goes to the Base for 10 minutes."),
        "F",
        True,
        id="the-child-puts-his-card-down",
    ),
    pytest.param(
        _stmt("He must have his water bottle with him in every lesson and be allowed to refill it."),
        "F",
        True,
        id="what-the-child-has-with-him",
    ),
    pytest.param(_stmt("He must have his reading practice every day."), "F", False, id="near-miss-has-his-practice"),
    # a named club, an adult named to the child, an escort; near misses: a club and an adult unnamed
    pytest.param(
        _stmt("Tegan goes to Saturday Club at the Westmere Youth Hub every Saturday from 10am to 3pm."),
        "H1",
        True,
        id="a-named-club",
    ),
    pytest.param(_stmt("Tegan goes to a youth club every Saturday."), "H1", False, id="near-miss-a-club"),
    pytest.param(
        _stmt("Yusuf should learn to touch-type using the online Typing Club, 15 minutes a day."),
        "F",
        False,
        id="near-miss-a-product-named-club",
    ),
    pytest.param(
        _stmt("SWIMMING: a named adult in the water with her, within arm's reach, for every session."),
        "G",
        True,
        id="a-named-adult",
    ),
    pytest.param(_stmt("An adult in the water with her for every session."), "G", False, id="near-miss-an-adult"),
    pytest.param(
        _stmt("Sodium feredetate 5 ml twice a day for 3 months, given at home by Leanne."),
        "G",
        True,
        id="given-by-name",
    ),
    # a card the child shows, homework her teachers set; near miss: homework help with no one to give it
    pytest.param(
        _stmt("1. A time-out card: Nell can show the card and leave any lesson to go to the library."),
        "F",
        True,
        id="a-time-out-card",
    ),
    pytest.param(_stmt("7. Homework limited to 30 minutes a night."), "F", True, id="homework-limited"),
    pytest.param(_stmt("Homework help for 30 minutes a night."), "F", False, id="near-miss-homework-help"),
    pytest.param(
        _stmt("Iron syrup 5 ml twice a day, given at home by the family."), "G", False, id="near-miss-by-family"
    ),
    pytest.param(
        _stmt("Transport to college on Tuesdays in a council taxi with a passenger assistant."),
        "H2",
        True,
        id="a-passenger-assistant",
    ),
]


@pytest.mark.parametrize(("stmt", "section", "delivered"), DELIVERERS)
def test_has_deliverer(stmt: Statement, section: str, delivered: bool) -> None:
    assert has_deliverer(stmt, section) is delivered


def test_a_first_name_the_advice_gave_a_role_is_who_delivers() -> None:
    lines = ["Key person: Shanice Bell   Nursery SENCo: Dawn Kettering", "Ezra's mum: Ruth Oduya-Bell"]
    staff = staff_first_names(lines, {"Ezra"})
    assert staff == {"Shanice", "Dawn"}
    assert has_deliverer(_stmt("Bucket time with Shanice every morning, 10 minutes."), "F", staff)
    # near misses: a friend's first name, and a family member's, are nobody who delivers
    assert not has_deliverer(_stmt("Bucket time with Amir every morning, 10 minutes."), "F", staff)
    assert not has_deliverer(_stmt("Bucket time with Ruth every morning, 10 minutes."), "F", staff)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Shanice Bell, Key Person (Level 3 Early Years Educator)", {"Shanice"}),
        ("Jo Platt (TA) takes the group on Fridays.", {"Jo"}),
        ("Ezra's key person Shanice takes him to the toilet.", {"Shanice"}),
        ("Class teacher: Mrs Amy Rowe", {"Amy"}),
        # near misses: family, the child, and a name with no role
        ("Mother: Jane Smith", set()),
        ("Mum (Jane Smith) came to the meeting.", set()),
        ("Ezra Bell (pupil) was seen in class.", set()),
        ("Amir Khan came to play with Ezra.", set()),
    ],
)
def test_staff_first_names(line: str, names: set[str]) -> None:
    assert staff_first_names([line], {"Ezra", "Bell"}) == names


DELEGATED = [
    pytest.param(
        "Tutor hours can be moved between subjects at the tutors' discretion.", True, id="at-the-tutors-discretion"
    ),
    pytest.param("The amount of support is to be determined by the school.", True, id="determined-by"),
    pytest.param("The frequency of sessions will be decided by the therapist.", True, id="frequency-decided"),
    pytest.param("Support at the school's discretion.", True, id="discretion"),
    pytest.param("Support will be reduced as appropriate.", True, id="reduced-as-appropriate"),
    pytest.param("The SENCO determined that Zara needs daily phonics.", False, id="near-miss-a-past-decision"),
    pytest.param("Support will be reduced when Zara meets her reading outcome.", False, id="near-miss-a-condition"),
    pytest.param("The plan should state the hours of support.", False, id="near-miss-asks-for-an-amount"),
    pytest.param(
        "His timetable will be built back up to full time when staff feel he is ready.", True, id="when-staff-feel"
    ),
    pytest.param("When staff see him upset, they will offer the calm room.", False, id="near-miss-when-staff-see"),
    pytest.param("Adult support in the afternoons if the school's budget allows.", True, id="if-budget-allows"),
    pytest.param("Adult support in the afternoons if Zara is tired.", False, id="near-miss-if-a-condition"),
    pytest.param(
        "How much 1:1 time she has each day is best left to the nursery to decide.", True, id="left-to-the-nursery"
    ),
    pytest.param("The decision was left to the nursery manager.", False, id="near-miss-a-decision-left-to-a-manager"),
    pytest.param(
        "Life story work to be started when a worker from the Permanence Team becomes available.",
        True,
        id="when-a-worker-becomes-available",
    ),
    pytest.param(
        "The new laptop is available from the library each morning.", False, id="near-miss-available-each-morning"
    ),
    # changed later by someone the school names; near misses: changed by an amount, reviewed only, delivered by them
    pytest.param(
        "Her reduced timetable will be reviewed and adjusted by her Head of Year.",
        True,
        id="adjusted-by-a-head-of-year",
    ),
    pytest.param("The number of LSA hours will be flexed by the curriculum team.", True, id="flexed-by-a-team"),
    pytest.param("His timetable will be increased at a pace decided by the school.", True, id="at-a-pace-decided-by"),
    pytest.param("How long she stays in the Hub each time is up to the Hub staff.", True, id="up-to-the-staff"),
    pytest.param("Extra adult support at lunch club, subject to staffing.", True, id="subject-to-staffing"),
    pytest.param("Support in lessons from a TA where avail.", True, id="where-available"),
    pytest.param("How much 1:1 he has at lunch we will decide as we go.", True, id="decide-as-we-go"),
    pytest.param(
        "His timetable will be increased by 30 minutes a fortnight.", False, id="near-miss-increased-by-an-amount"
    ),
    pytest.param(
        "Her timetable will be reviewed by her Head of Year each half term.", False, id="near-miss-reviewed-only"
    ),
    pytest.param(
        "Phonics will be delivered by the school's reading team daily.", False, id="near-miss-delivered-by-a-team"
    ),
    pytest.param("Sessions last up to the end of the lesson.", False, id="near-miss-up-to-the-end"),
    pytest.param("The TA is available at lunch to help.", False, id="near-miss-is-available"),
]


@pytest.mark.parametrize(("text", "delegated"), DELEGATED)
def test_delegated(text: str, delegated: bool) -> None:
    assert (DELEGATED_RE.search(text) is not None) is delegated


MONEY = [
    pytest.param("Zara will receive Band C funding.", True, id="band"),
    pytest.param(
        "To put this provision in place the school requests top-up funding at Band C (£6,150 a year).",
        True,
        id="provision-named-but-not-described",
    ),
    pytest.param(
        "Top-up funding will pay for the provision of a teaching assistant for 15 hours a week.",
        False,
        id="near-miss-the-provision-described",
    ),
    pytest.param("The school will be funded to meet Zara's needs.", True, id="funded-to-meet-needs"),
    pytest.param(
        "The cost of Zara's provision is £12,640 a year; the first £6,000 is met from the school's notional SEN "
        "budget, and the school requests top-up funding of £6,640 a year.",
        True,
        id="the-cost-split-between-budgets",
    ),
    pytest.param(
        "The first £6,000 pays for a teaching assistant for Zara's phonics, 20 minutes daily.",
        False,
        id="near-miss-the-first-sum-buys-help",
    ),
    pytest.param("To keep the 1:1 all day she would need Band E funding (32.5 hrs).", True, id="band-to-keep-the-1-1"),
    pytest.param(
        "The school requests Element 3 top-up funding of £8,400 per annum to maintain this provision.",
        True,
        id="top-up-to-maintain",
    ),
    pytest.param(
        "Additional Learning Support funding of £150 per month will be claimed for Zara.", True, id="funding-claimed"
    ),
    pytest.param(
        "£3,150.00 | - | *Element 3 top-up requested from the LA (see EHCNA request) | - | 39",
        True,
        id="a-provision-map-row-of-top-up-for-the-request",
    ),
    pytest.param(
        "£3,150.00 for a speech and language programme (see EHCNA request)", False, id="near-miss-the-request-buys-help"
    ),
    pytest.param(
        "Band E funding to keep a speech therapist working with her each day.", False, id="near-miss-keeps-a-therapist"
    ),
    pytest.param("Resource band 4.", True, id="resource-band"),
    pytest.param("£6,000 to fund a teaching assistant for 15 hours a week.", False, id="near-miss-says-what-it-buys"),
    pytest.param(
        "The academy has applied to Westmere Council for £4,800 of top-up funding (Band C) for Zara.",
        True,
        id="funding-applied-for",
    ),
    pytest.param(
        "The academy has applied for £4,800 of top-up funding for a phonics tutor.",
        False,
        id="near-miss-applied-for-a-tutor",
    ),
    pytest.param("Zara's top-up will pay for speech therapy sessions.", False, id="near-miss-top-up-buys-therapy"),
    pytest.param("15 hours a week of teaching assistant support.", False, id="near-miss-hours-not-money"),
    pytest.param(
        "Zara is currently funded at Band 3 of the Westmere banding framework, and this should continue.",
        True,
        id="a-band-to-continue",
    ),
    pytest.param(
        "Zara is currently funded at Band 3 for a reading programme, and this should continue.",
        False,
        id="a-band-near-miss-says-what-it-buys",
    ),
    # when the money starts and its funding block say nothing of what it buys
    pytest.param(
        "Band 4 (high needs): top-up funding of £7,850 per year requested from 1 January 2027.",
        True,
        id="a-high-needs-band-from-a-date",
    ),
    pytest.param(
        "High needs top-up of £6,000 from January 2027 for speech and language therapy.",
        False,
        id="near-miss-a-high-needs-top-up-that-buys-therapy",
    ),
    pytest.param("Your indicative personal budget is £15,912 a year.", True, id="an-indicative-budget"),
    pytest.param(
        "Your indicative personal budget of £15,912 a year pays for a personal assistant for 12 hours a week.",
        False,
        id="near-miss-what-the-budget-pays-for",
    ),
    # money written with its currency code, asked for to keep what is there
    pytest.param(
        "In the meantime we are asking for top-up funding at Band C (GBP 6,850 a year) so that we can keep the "
        "current support going.",
        True,
        id="gbp-asked-for-to-keep-support-going",
    ),
    pytest.param(
        "We are asking for top-up funding at Band C (GBP 6,850 a year) so that a TA can run a daily reading group.",
        False,
        id="near-miss-gbp-that-says-what-it-buys",
    ),
    # a purpose that names nothing bought; a school's name opening the sentence
    pytest.param(
        "The school has applied for £4,200 SEN top-up funding (Band C) to help meet Caius's needs.",
        True,
        id="to-help-meet-his-needs",
    ),
    pytest.param(
        "We are asking the LA for Band 3 top-up funding from September so that his new school can carry on what we do.",
        True,
        id="so-that-school-can-carry-on",
    ),
    pytest.param(
        "Going forward, the school would need top-up funding at Band E (£9,850 a year) to keep Sam safe and learning.",
        True,
        id="to-keep-him-safe-and-learning",
    ),
    pytest.param(
        "The school would need Band E funding (£9,850 a year) to keep a trained TA with Sam at lunch and break.",
        False,
        id="near-miss-to-keep-a-ta-with-him",
    ),
    pytest.param(
        "Hartside Academy has asked us to note that it requests top-up funding at Band E (£11,400 a year) for Brogan.",
        True,
        id="a-school-asks-us-to-note",
    ),
    pytest.param(
        "The school requests £6,000 to fund a teaching assistant for 15 hours a week to meet his needs.",
        False,
        id="near-miss-to-fund-a-ta-to-meet-his-needs",
    ),
    # a funding rate's level and the term it starts; near miss: the term's funding names what it pays for
    pytest.param(
        "The nursery has applied for Early Years Inclusion Funding at the enhanced rate (£5.40 an hour, 15 hours).",
        True,
        id="inclusion-funding-at-a-rate",
    ),
    pytest.param(
        "We will be asking for £1,900 of inclusion funding for the summer term.", True, id="for-the-summer-term"
    ),
    pytest.param(
        "We will be asking for £1,900 of inclusion funding for the summer term to pay for a Makaton-trained assistant.",
        False,
        id="near-miss-the-term-s-funding-buys-an-assistant",
    ),
    pytest.param(
        "The Virtual School has agreed £1,100 of Pupil Premium Plus for the summer term for Zara's education.",
        True,
        id="pupil-premium-for-her-education",
    ),
    pytest.param(
        "We ask for a contingency of £1,500 for additional support hours if Zara's needs increase during the year.",
        True,
        id="a-contingency-if-her-needs-increase",
    ),
    pytest.param(
        "We also ask for a contingency of £1,500 for a night-time carer if Zara's needs increase during the year.",
        False,
        id="near-miss-a-contingency-that-names-a-carer",
    ),
    # how the money was decided and which block it comes from; near misses name what it pays for
    pytest.param(
        "Outcome of the Resource Panel on 22/01/2026: a personal budget of £2,340 a year (Band 2).",
        True,
        id="a-panel-s-outcome",
    ),
    pytest.param("The family has been awarded a Short Breaks grant of £450 a year.", True, id="a-grant"),
    pytest.param(
        "The family has been awarded a grant of £450 a year for a Saturday youth club place with a support worker.",
        False,
        id="near-miss-a-grant-for-a-club-place",
    ),
    pytest.param(
        "School has applied for top-up funding of £4,200 (Band C) from the High Needs Block for this academic year.",
        True,
        id="from-the-high-needs-block-this-academic-year",
    ),
    pytest.param(
        "Zara is supported through post-16 high needs funding: Element 3 top-up of £4,200 for 2026-27 was agreed.",
        True,
        id="post-16-high-needs",
    ),
    pytest.param(
        "To continue this programme in 2026/27 the college will need high needs top-up funding of £14,600.",
        True,
        id="to-continue-this-programme",
    ),
    pytest.param("We would ask that Zara's plan gives the school Band 4 top-up funding.", True, id="her-plan-gives"),
    # how the sum was reckoned, what it keeps going, what it makes possible; near misses say what it buys
    pytest.param(
        "We estimate the additional cost at £9,850 a year and therefore ask the council for top-up funding.",
        True,
        id="an-estimate-therefore-asked-for",
    ),
    pytest.param(
        "We request £7,200 of additional funding to continue Zara's package.", True, id="to-continue-a-package"
    ),
    pytest.param(
        "To keep the staffing above, the school will need top-up funding at Band 5 (£14,200 a year).",
        True,
        id="to-keep-the-staffing",
    ),
    pytest.param(
        "To make this possible we are asking the local authority for top-up funding at Band D (£7,450 a year).",
        True,
        id="to-make-this-possible",
    ),
    pytest.param(
        "We estimate a TA for 10 hours a week to run her reading group will cost £7,200 of top-up funding.",
        False,
        id="near-miss-an-estimate-of-what-it-buys",
    ),
    pytest.param(
        "The package is £7,200 of funding for a personal assistant on Saturdays.",
        False,
        id="near-miss-a-package-of-a-personal-assistant",
    ),
    pytest.param(
        "In addition, we ask the Council for Element 3 top-up funding of £5,240 a year (Band C).",
        True,
        id="in-addition-a-request-for-funding",
    ),
    pytest.param(
        "In addition, we ask for £5,240 a year for a speech therapist to see her weekly.",
        False,
        id="near-miss-in-addition-what-it-buys",
    ),
]


@pytest.mark.parametrize(("text", "money_only"), MONEY)
def test_is_money_only(text: str, money_only: bool) -> None:
    assert is_money_only(text, CHILD_NAMES) is money_only


def test_a_hyphenated_name_is_the_childs_not_what_money_buys() -> None:
    text = "Lily-Rose is funded at Band 3, and this should continue."
    assert is_money_only(text, {"Lily-Rose"}) and not is_money_only(
        text + " It pays for a reading tutor.", {"Lily-Rose"}
    )


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        pytest.param("Roger Table Mic, for small-group work, placed in the middle of the table.", True, id="a-mic"),
        pytest.param("A wobble cushion, for all table work and carpet time.", True, id="a-cushion"),
        pytest.param("Ear defenders, worn in assembly and in PE.", True, id="ear-defenders"),
        pytest.param("Tilly wears a lunchtime picture strip on a lanyard.", True, id="worn-by-the-child"),
        pytest.param(
            "Tilly wears a splint, with sessions teaching her to put it on.", False, id="near-miss-worn-taught"
        ),
        pytest.param(
            "A hearing aid check by the teaching assistant with sessions on using the radio aid.",
            False,
            id="near-miss-teaching-to-use-it",
        ),
        pytest.param("Zara will have a laptop for written work.", False, id="near-miss-equipment-not-named-first"),
        pytest.param("Speech and language therapy for 30 minutes a week.", False, id="near-miss-a-service"),
        # the child's own kit, named first; near miss: the child's sessions
        pytest.param("Kai's sensory box (chew toy, ear defenders) goes everywhere with him.", True, id="sensory-box"),
        pytest.param("Kai's sensory circuit sessions, with his key adult.", False, id="near-miss-kai-s-sessions"),
    ],
)
def test_is_equipment(text: str, equipment: bool) -> None:
    assert is_equipment(text) is equipment


@pytest.mark.parametrize(
    ("text", "exempt"),
    [
        pytest.param("2. Referral made today to the Sensory Support Service.", True, id="a-referral-made"),
        pytest.param("Referral to the paediatric dietitian about his diet.", True, id="a-referral-to"),
        pytest.param("The Sensory Support Service should be asked for advice.", True, id="a-service-asked-for-advice"),
        pytest.param("Miss Tregarth will seat Luca on the right-hand side of the room.", True, id="where-he-sits"),
        pytest.param(
            "Referral group sessions twice a week on making friends.", False, id="near-miss-referral-as-a-name"
        ),
        pytest.param("Miss Tregarth will see Luca on Mondays.", False, id="near-miss-sees-him-is-help"),
        pytest.param("Do not lift Tilda from the floor: two trained adults use the slide sheet.", True, id="never-do"),
        pytest.param("Do the exercises with Tilda after lunch.", False, id="near-miss-do-is-not-do-not"),
        pytest.param("I have referred her to the neuropsychology service.", True, id="i-have-referred-her-to"),
        pytest.param("I have referred her before and it did not help.", False, id="near-miss-referred-before"),
        pytest.param(
            "The paediatrician has prescribed regular paracetamol for her evening pain.", True, id="a-prescription"
        ),
        pytest.param(
            "Paracetamol was prescribed last year but did not help.", False, id="near-miss-a-past-prescription"
        ),
        # a numbered referral, and one told in the plan's third person
        pytest.param("2. I have referred Roscoe to the Sleep Service.", True, id="a-numbered-referral"),
        pytest.param(
            "The consultant community paediatrician has referred her to the neuropsychology service.",
            True,
            id="a-referral-in-the-third-person",
        ),
        pytest.param("The paediatrician has referred to her notes.", False, id="near-miss-referred-to-notes"),
        # a referral to be made if something has not changed by then; near miss: a lesson that will refer to notes
        pytest.param(
            "7. If his diet has not widened by the July appointment I will refer Iolo to the dietitian.",
            True,
            id="a-referral-to-be-made",
        ),
        pytest.param("The teacher will refer to his notes in every lesson.", False, id="near-miss-will-refer-to-notes"),
        pytest.param(
            "I have referred Mrs Pennock to the Children's Occupational Therapy Service.", True, id="referred-a-carer"
        ),
        pytest.param("I have made the referral today.", True, id="made-the-referral"),
        pytest.param(
            "Asthma review with the practice nurse booked for 04/12/2025.", True, id="an-appointment-booked-once"
        ),
        pytest.param("Swimming lessons booked for every Tuesday.", False, id="near-miss-lessons-booked-weekly"),
        pytest.param("The paediatrician has made the referral today.", True, id="made-the-referral-third-person"),
        pytest.param("I have made the timetable today.", False, id="near-miss-made-the-timetable"),
        # what no adult does, what the child is entitled to, and where the child sits
        pytest.param("4. No sanctions for forgotten homework or equipment.", True, id="no-sanctions-for"),
        pytest.param("No sanctions have worked at home.", False, id="near-miss-no-sanctions-worked"),
        pytest.param("Jethro must be able to drink water whenever he wants.", True, id="the-child-must-be-able-to"),
        pytest.param("Jethro must be given water by his TA.", False, id="near-miss-must-be-given"),
        pytest.param("In class Ludo should sit on a small chair with arms.", True, id="the-child-should-sit-on"),
        pytest.param("In class Ludo should sit still for longer.", False, id="near-miss-sit-still"),
        # an assessment still to be made; near miss: one that teaches each week
        pytest.param(
            "4. Access arrangements to be assessed, including extra time and a reader.", True, id="to-be-assessed"
        ),
        pytest.param(
            "A TA will assess his reading each week and teach the next step.", False, id="near-miss-assess-and-teach"
        ),
    ],
)
def test_needs_no_amount(text: str, exempt: bool) -> None:
    assert needs_no_amount(text) is exempt


@pytest.mark.parametrize(
    ("text", "whole_staff"),
    [
        pytest.param("4. Seizures: all staff follow Kai's individual healthcare plan.", True, id="under-its-labels"),
        pytest.param("4. Training: all staff attend epilepsy training.", False, id="near-miss-all-staff-trained"),
        pytest.param(
            "On the mornings Mum texts the office that Kai had a seizure in the night, his teachers halve his work.",
            True,
            id="on-the-occasion-it-is-made",
        ),
        pytest.param(
            "When she starts in Year 7, a teaching assistant will support her in maths.",
            False,
            id="near-miss-a-start-date-and-one-adult",
        ),
        # what it is for, before who makes it; tutors as well as teachers
        pytest.param(
            "To help Ify understand what is said to her, all the Wrens staff will keep what they say short.",
            True,
            id="what-it-is-for",
        ),
        pytest.param(
            "To help Ify understand what is said to her, a speech therapist will see her weekly.",
            False,
            id="near-miss-what-it-is-for-and-one-adult",
        ),
        pytest.param("His tutors should never challenge Cal in front of other learners.", True, id="his-tutors"),
        # what every adult always does; near miss: one adult, always
        pytest.param("Adults should always get Zosia's attention before speaking.", True, id="adults-always"),
        pytest.param("An adult will always sit with her at lunch.", False, id="near-miss-an-adult-always"),
    ],
)
def test_an_adjustment_every_adult_makes(text: str, whole_staff: bool) -> None:
    assert is_whole_staff_adjustment(text) is whole_staff


@pytest.mark.parametrize(
    ("text", "section", "mealtime"),
    [
        pytest.param("Thicken every drink with the prescribed thickener to Level 2.", "G", True, id="thickened-drinks"),
        pytest.param("Solomon is fed one level teaspoon at a time, waiting for a swallow.", "G", True, id="how-fed"),
        pytest.param("Seat him upright at 90 degrees for every meal and drink.", "G", True, id="positioning-for-meals"),
        pytest.param("Thicken every drink to Level 2.", "F", False, id="near-miss-not-health-provision"),
        pytest.param("Eating and drinking therapy sessions with the SLT.", "G", False, id="near-miss-therapy-sessions"),
        pytest.param("The SLT will train three staff to feed him.", "G", False, id="near-miss-training-to-feed"),
    ],
)
def test_mealtime_care_needs_no_amount_or_named_deliverer(text: str, section: str, mealtime: bool) -> None:
    assert is_mealtime_care(text, section) is mealtime


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        pytest.param("Give a two-minute warning before transitions.", True, id="instruction"),
        # an instruction after the condition it applies in, under a number or a label
        pytest.param("3. If she is no better, give 2 puffs every 2 minutes.", True, id="instruction-after-a-condition"),
        pytest.param("IMPORTANT: before treating it as an incident, check for a seizure.", True, id="labelled"),
        pytest.param("When he is upset, he hides under the table.", False, id="near-miss-what-the-child-does"),
    ],
)
def test_is_strategy(text: str, strategy: bool) -> None:
    assert is_strategy(text) is strategy


@pytest.mark.parametrize(
    ("text", "manner"),
    [
        # how every adult works: one step at a time, in ways that; near miss: taught in a group is an amount to fix
        pytest.param("Instructions should be given one step at a time.", True, id="one-step-at-a-time"),
        pytest.param("Noah should be taught in ways that do not depend on reading.", True, id="in-ways-that"),
        pytest.param("Noah should be taught phonics in a small group.", False, id="near-miss-taught-in-a-group"),
        # how much is said at once; near miss: two or three sessions is an amount
        pytest.param("Tutors should give instructions one or two steps at a time.", True, id="one-or-two-steps"),
        pytest.param("Staff give her instructions in chunks of no more than two steps.", True, id="in-chunks"),
        pytest.param("Noah should have two or three sessions of phonics.", False, id="near-miss-two-or-three-sessions"),
    ],
)
def test_is_manner(text: str, manner: bool) -> None:
    assert is_manner(text) is manner
