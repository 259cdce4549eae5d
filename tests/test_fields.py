"""Provision fields and time frames are spans of the advice text."""

from __future__ import annotations

import pytest

from appliance.drafting.compose import compose
from appliance.evidence.fields import ProvisionFields, from_table_row, from_text, timeframe
from appliance.evidence.routing import route
from tests.builders import advice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sam should attend a social skills group of four pupils for 30 minutes twice a week, led by a "
            "teaching assistant trained in Talkabout.",
            ProvisionFields(
                "twice a week",
                "30 minutes",
                "group of four pupils",
                "teaching assistant trained in Talkabout",
            ),
        ),
        (
            "Direct speech and language therapy from a speech and language therapist, 45 minutes once a week.",
            ProvisionFields("once a week", "45 minutes", None, "speech and language therapist"),
        ),
        (
            "A family support worker will visit weekly for one hour over 10 weeks.",
            ProvisionFields("weekly", "one hour over 10 weeks", None, "family support worker"),
        ),
        (
            "A block of six 45-minute sessions each term with the occupational therapist.",
            ProvisionFields("six sessions each term", "45-minute", None, "occupational therapist"),
        ),
        # a count times a length: "3 x 15 minute sessions per week"; near miss: a course of sessions, once weekly
        (
            "Indirect: a programme delivered by a teaching assistant, 3 x 15 minute sessions per week.",
            ProvisionFields("3 sessions per week", "15 minute", None, "teaching assistant"),
        ),
        (
            "Direct: 6 sessions x 30 minutes, weekly, with the speech and language therapist.",
            ProvisionFields("weekly", "30 minutes", None, "speech and language therapist"),
        ),
        (
            "In every maths lesson the class teacher will give Sam a number line.",
            ProvisionFields("In every maths lesson", None, None, "class teacher"),
        ),
        ("Support with reading.", ProvisionFields(None, None, None, None)),
        # a note's abbreviation for a teaching assistant; near miss: "ta" inside a word
        ("Dycem mat set up by TA, all written work", ProvisionFields(None, None, None, "TA")),
        ("Total support from staff.", ProvisionFields(None, None, None, "staff")),
        # a risk assessment's staff cell; near miss: adults who are not doing it
        ("Corner seat (supplied by OT); class team", ProvisionFields(None, None, None, "class team")),
        ("Two trained adults move her with the slide sheet.", ProvisionFields(None, None, None, "Two trained adults")),
        ("She watches the adults in the room.", ProvisionFields(None, None, None, None)),
        # when something happened is not how often: "a year ago"; near miss: "a year" is
        ("His last review there was over a year ago.", ProvisionFields(None, None, None, None)),
        ("The nurse will review him once a year.", ProvisionFields("once a year", None, None, "nurse")),
        # someone the child follows or asks is not delivering anything; near miss: a named deliverer after them
        ("Wren follows the teacher well when she can see her face.", ProvisionFields(None, None, None, None)),
        (
            "Ben asks the teacher for help; a teaching assistant checks his planner daily.",
            ProvisionFields("daily", None, None, "teaching assistant"),
        ),
        # the adult a child hits out at delivers nothing; near miss: the adult who steps in does
        ("She hits out at the adult nearest to her twice a week.", ProvisionFields("twice a week", None, None, None)),
        (
            "When she hits out, the adult nearest to her moves the others away.",
            ProvisionFields(None, None, None, "adult"),
        ),
        # the adult a young person has told, or waits for, delivers nothing; near miss: staff who tell him
        (
            'He has told staff that "mates" borrow money from him, and a man waits for him on Thursdays.',
            ProvisionFields("Thursdays", None, None, None),
        ),
        (
            "He will not go anywhere new unless an adult he knows goes with him.",
            ProvisionFields(None, None, None, None),
        ),
        ("Staff will tell him about any change on Thursdays.", ProvisionFields("Thursdays", None, None, "Staff")),
        # the adult a child seeks out or works without delivers nothing; near miss: the adult who goes without a break
        ("At breaktime she looks for the teacher on duty.", ProvisionFields(None, None, None, None)),
        ("He struggles to find a member of staff when he is upset.", ProvisionFields(None, None, None, None)),
        ("He can work without an adult for five minutes.", ProvisionFields(None, "five minutes", None, None)),
        ("The adult without a group reads with him daily.", ProvisionFields("daily", None, None, "adult")),
        # the day's breaks named one by one recur
        (
            "Her TA reminds her to go to the toilet at morning break, lunchtime and afternoon break.",
            ProvisionFields("at morning break, lunchtime and afternoon break", None, None, "TA"),
        ),
        # a person named with a title runs it; near miss: the child seen by a doctor
        ("Lunch club twice a week, run by Mrs Varley.", ProvisionFields("twice a week", None, None, "Mrs Varley")),
        ("He was seen by Dr Amos in clinic.", ProvisionFields(None, None, None, None)),
        # an equipment list's "When" cell: every night, every transfer, all day; near miss: "all day" in a sentence
        ("Every night", ProvisionFields("Every night", None, None, None)),
        ("Every transfer", ProvisionFields("Every transfer", None, None, None)),
        ("All day", ProvisionFields("All day", None, None, None)),
        ("He was upset all day.", ProvisionFields(None, None, None, None)),
        # named days in the plural or a run of days recur, and a session's clock times are how long; near misses:
        # one day, and a date written with full stops
        (
            "Lunch club on Mondays, Wednesdays and Fridays from 12.15 to 12.45.",
            ProvisionFields("Mondays, Wednesdays and Fridays", "from 12.15 to 12.45", None, None),
        ),
        ("The Snug, Monday to Thursday afternoons.", ProvisionFields("Monday to Thursday", None, None, None)),
        ("She starts on Monday.", ProvisionFields(None, None, None, None)),
        ("Reviewed on 12.10.2025 at 10.30.", ProvisionFields(None, None, None, None)),
        # a routine's times through the day; near miss: one appointment's time
        (
            "Nappy changes at 10.00, after lunch and at 2.30.",
            ProvisionFields("at 10.00, after lunch and at 2.30", None, None, None),
        ),
        ("The meeting is at 10.00 in the library.", ProvisionFields(None, None, None, None)),
        # times of day written with am/pm; near miss: one such time
        (
            "Mrs Patel changes his pull-up at 10am, after lunch and at 2.30pm.",
            ProvisionFields("at 10am, after lunch and at 2.30pm", None, None, None),
        ),
        ("He arrived at 10am on Monday.", ProvisionFields(None, None, None, None)),
        # every named day recurs; near miss: a day said once
        ("He meets his youth worker every Thursday.", ProvisionFields("every Thursday", None, None, None)),
        ("He met his youth worker on Thursday.", ProvisionFields(None, None, None, None)),
        # what a job coach made, for every shift; near miss: a programme written by one person for another to deliver
        (
            "A visual task list for every shift, made by the job coach.",
            ProvisionFields("for every shift", None, None, "job coach"),
        ),
        ("A programme written by Dr Amos.", ProvisionFields(None, None, None, None)),
        # every other week or day recurs; near miss: "the other Saturday" happened once
        ("Stay and Play every other Saturday.", ProvisionFields("every other Saturday", None, None, None)),
        ("Stay and Play on alternate Fridays.", ProvisionFields("on alternate Fridays", None, None, None)),
        ("He went to Stay and Play the other Saturday.", ProvisionFields(None, None, None, None)),
        # a habit's days; near miss: one dated day happened once
        (
            "Phonics group on a Tuesday and Thursday morning.",
            ProvisionFields("on a Tuesday and Thursday morning", None, None, None),
        ),
        ("Stay and Play on a Friday.", ProvisionFields("on a Friday", None, None, None)),
        ("Stay and Play on Tuesday 3 March.", ProvisionFields(None, None, None, None)),
        # the day's occasions, listed; near miss: one of them
        (
            "His key adult checks in at the start of the day, before lunch and at home time.",
            ProvisionFields("at the start of the day, before lunch and at home time", None, None, "key adult"),
        ),
        ("His key adult met him at the start of the day.", ProvisionFields(None, None, None, "key adult")),
        (
            "Shanice takes Ezra to sit on the toilet after snack and after lunch.",
            ProvisionFields("after snack and after lunch", None, None, None),
        ),
        ("Shanice met Ezra after lunch.", ProvisionFields(None, None, None, None)),
        # three or more routine moments, listed; near miss: two of them say where, not how often
        (
            "Dan is with him 1:1 at arrival, tidy-up, lunch and home time.",
            ProvisionFields("at arrival, tidy-up, lunch and home time", None, "1:1", None),
        ),
        ("Adult support at lunch and break.", ProvisionFields(None, None, None, "Adult")),
        # days shortened, two or more; near miss: one day, once
        ("Lego club Tues and Thurs lunch.", ProvisionFields("Tues and Thurs lunch", None, None, None)),
        ("He went to Lego club on Mon.", ProvisionFields(None, None, None, None)),
        # an event: "when a session ends" is no frequency; near miss: an amount for each session
        ("He does not know what to do when a session ends.", ProvisionFields(None, None, None, None)),
        (
            "Ten minutes a session, in a group of four.",
            ProvisionFields(None, "Ten minutes a session", "group of four", None),
        ),
        # a seasonal jab; near miss: a season once
        ("He should have the flu vaccine every autumn.", ProvisionFields("every autumn", None, None, None)),
        ("He had the flu vaccine last autumn.", ProvisionFields(None, None, None, None)),
    ],
)
def test_fields_from_text(text: str, expected: ProvisionFields) -> None:
    assert from_text(text) == expected


def test_fields_from_a_provision_map_row() -> None:
    header = ("Provision", "How often / how long", "Delivered by", "Need addressed")
    cells = ("Lunch in a quiet room", "Every day, whole lunchtime (40 minutes)", "Midday supervisor", "Noise")
    assert from_table_row(header, cells) == ProvisionFields(
        "Every day", "whole lunchtime (40 minutes)", None, "Midday supervisor"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By the end of Year 4, Sam will read 100 words.", "By the end of Year 4"),
        ("By July 2026, Sam will swim 10 metres.", "By July 2026"),
        ("Sam will be able to speak more clearly.", None),
        (
            "By the end of her first term at college (December 2026), Jo will do her insulin on her own.",
            "By the end of her first term at college (December 2026)",
        ),
        (
            "By the end of her first term at the new sixth form college in the town centre (December 2026), Jo will "
            "travel on her own.",
            "By the end of her first term at the new sixth form college in the town",  # never a cut date
        ),
    ],
)
def test_timeframe(text: str, expected: str | None) -> None:
    assert timeframe(text) == expected


def test_timeframe_from_a_targets_table() -> None:
    assert timeframe("", ("Target", "By when"), ("Sam will count to 20", "End of Key Stage 1")) == "End of Key Stage 1"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        pytest.param("Ongoing", None, id="ongoing-is-no-time-frame"),
        pytest.param("-", None, id="a-dash-is-no-time-frame"),
        pytest.param("July 2026", "July 2026", id="near-miss-a-date"),
    ],
)
def test_a_by_when_cell_that_names_no_time(when: str, expected: str | None) -> None:
    assert timeframe("", ("Target", "By when"), ("Sam will be happier at playtimes", when)) == expected
    row = advice("educational", ("h", "Plan"), ("header", "Targets", "By when"), ("row", "Sam will join a game.", when))
    [outcome] = [ev for ev in route([row]) if ev.kind == "outcome"]
    composed = compose(outcome, None, "Sam")
    assert composed is not None and composed.timeframe == expected
