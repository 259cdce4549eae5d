"""What a need or provision item is about (its topics), and what a table column holds: one row per rule."""

from __future__ import annotations

import pytest

from appliance.evidence.tables import column_of
from appliance.evidence.topics import topics

CASES = [
    # eating, not a word that ends in it ("repeating"); dry as continence is, not as food is
    ("She finds eating in the hall hard.", "eating", True),
    ("Give him time to answer before repeating.", "eating", False),
    ("He is not yet dry at night.", "continence", True),
    ("Kit eats only six foods, all of them beige and dry.", "continence", False),
    # a blood condition and its care; near miss: a blood test is a procedure, not the condition
    ("Kojo has sickle cell anaemia (HbSS).", "blood", True),
    ("His sickle cell nurse specialist will visit school once a year.", "blood", True),
    ("He has a blood test every three months.", "blood", False),
    # a medical procedure and the fear of it; near miss: a school's procedure for fire drills is not one
    ("He screams and fights when he sees a tray with gloves and a cannula.", "procedures", True),
    ("I see Kojo before every planned procedure for a preparation session.", "procedures", True),
    ("Staff follow the school's evacuation procedure.", "procedures", False),
    ("Zara copes poorly with change and needs warning of any change to her timetable.", "routine", True),
    ("Tonic-clonic | About 1 a month, mostly at night | Falls, stiffens, then jerks", "epilepsy", True),
    ("Zara's legs are hypertonic and tire quickly.", "epilepsy", False),
    ("Give Zara a two-minute warning before every change of activity.", "routine", True),
    # near miss: "change" as something staff do to a thing is not about routine
    ("Change the battery if the aid is quiet; record it in the log.", "routine", False),
    ("Staff will change her clothes after PE.", "routine", False),
    ("Zara is anxious in new situations and with unfamiliar adults.", "routine", True),
    ("Zara has a visual timetable on her desk.", "routine", True),
    ("Harry has to work hard to listen on the carpet.", "hearing", True),
    ("Kian has a right field loss and misses words at the end of each line.", "vision", True),
    ("Practise a look-right scanning routine on the way to the hall.", "vision", True),
    ("Ethan will follow the Zones of Regulation programme.", "behaviour", True),
    ("under the SEND Regulations 2014", "behaviour", False),
    # words inside other words are not the topic
    ("Zara needs a scribe for written tests.", "literacy", True),
    ("Zara describes headaches on most afternoons.", "literacy", False),
    ("Zara reads simple books.", "literacy", True),
    ("Zara is already on the school roll; her history is in the file.", "literacy", False),
    ("Zara has tight hips and her legs tire quickly.", "mobility", True),
    ("Zara finds relationships with her peers hard.", "mobility", False),
    ("Zara can stand for two minutes with support.", "mobility", True),
    ("Zara does not understand long instructions.", "mobility", False),
    ("The dinner hall is too loud for Zara.", "sensory", True),
    ("Staff shall meet Zara at the gate.", "sensory", False),
    ("Zara's sight is poor in dim light.", "vision", True),
    ("Zara shows real insight into her feelings.", "vision", False),
    ("Zara needs help to feed herself at lunch.", "eating", True),
    # when help happens is not what it is for: lunch says when; near miss: what he eats at lunch
    ("Kacper can use the Hub at break and lunch every day.", "eating", False),
    ("He brings a packed lunch from home.", "eating", True),
    ("Teachers will give feedback on her work.", "eating", False),
    ("Zara needs help with dressing after swimming.", "self_care", True),
    ("Staff are addressing the issue.", "self_care", False),
    ("Zara becomes angry and her anger lasts an hour.", "emotional", True),
    ("Zara has no sense of danger near roads.", "emotional", False),
    ("Zara is learning self-regulation strategies.", "emotional", True),
    ("under the SEND Regulations 2014", "emotional", False),
    ("Zara plays alone at playtime and will not play with others.", "social", True),
    ("Her work is on display in the hall.", "social", False),
    ("Orla plays alongside other children but not with them.", "social", True),
    ("Orla displays her drawings on the fridge.", "social", False),
    ("He seeks movement and oral input: he chews his sleeves.", "sensory", True),
    ("Heavy work job: carrying the PE bag before break.", "sensory", True),
    ("He moved house in the summer.", "sensory", False),
    ("Her heart muscle is affected (early cardiomyopathy).", "heart", True),
    ("Echocardiogram and review in the cardiac clinic every six months.", "heart", True),
    ("She has her heart set on being a vet.", "heart", False),
    ("She learns her spellings by heart.", "heart", False),
    ("Lung function tests every six months.", "respiratory", True),
    ("She has frequent chest infections.", "respiratory", True),
    ("Her chest of drawers is by the door.", "respiratory", False),
    ("Zara struggles with maths.", "maths", True),
    ("in the aftermath of the accident", "maths", False),
    ("He counts to 20 and knows the coins, but he cannot work out change.", "maths", True),
    ("He counts on his friends to help him.", "maths", False),
    ("She accounts for her time.", "maths", False),
    ("Ivo drools heavily and soaks two bibs a day.", "saliva", True),
    ("Glycopyrronium 1 mg three times a day to reduce saliva.", "saliva", True),
    ("He dribbles the ball past two defenders.", "saliva", False),
    ("She dribbles when she concentrates.", "saliva", True),
    ("She has not seen a dentist for two years and her teeth hurt.", "teeth", True),
    ("He shows toothache as head-banging.", "teeth", True),
    ("She lost her temper at lunch.", "teeth", False),
    ("Repeated eye-blinking and throat-clearing, worse when tired.", "tics", True),
    ("Tics are worse after school.", "tics", True),
    ("Please tick the boxes that apply.", "tics", False),
    ("The statistics show a gain.", "tics", False),
    ("He snores loudly and stops breathing for a few seconds.", "sleep", True),
    ("Wren eats about 12 foods, almost all beige and crunchy.", "eating", True),
    ("He gags on anything with lumps.", "eating", True),
    ("He beats his own record every week.", "eating", False),
    ("She wakes three or four times most nights.", "sleep", True),
    ("Amitriptyline 10 mg at night.", "sleep", False),
    ("Her periods started in May and are very heavy.", "menstrual", True),
    ("The reading period is 20 minutes.", "menstrual", False),
    ("She started her periods in October.", "menstrual", True),
    ("She started her period of work experience.", "menstrual", False),
]


@pytest.mark.parametrize(("text", "topic", "about"), CASES)
def test_topic(text: str, topic: str, about: bool) -> None:
    assert (topic in topics(text)) is about


# --- what a table column holds, from its header cell


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Amount", "frequency"),
        ("How much", "frequency"),
        ("Given by", "who"),
        ("Owner", "who"),
        ("Rationale", "reason"),
        ("What it is for", "reason"),
        ("Health provision (what, who, how often)", "provision"),
        ("Service and clinician", "who"),
        # near misses: a bracket that is all there is, or a gloss on a column named by what it holds
        ("(how often)", "frequency"),
        ("Frequency (per week)", "frequency"),
        # near miss: what the support is, not what it is for
        ("What the support is", "provision"),
        ("What Zara told me and what I saw", "describe"),
        ("What it looks like for Jude", "describe"),
        ("What we did", "provision"),
        ("What adults will do", "provision"),
        ("Impact and next step", "review"),
        # near miss: the next step alone is what comes next
        ("Next step", "provision"),
        # near miss: what the support looks like is the provision
        ("What the support looks like", "provision"),
        ("Recommendation", "provision"),
        ("Activity", "provision"),
        ("Time", "frequency"),
        ("How often / by when", "frequency"),
        # near miss: a date alone is when
        ("By when", "when"),
        # near misses: time allocated is still how much; a time limit is how long
        ("Time allocated", "frequency"),
        ("Time limit", "duration"),
        # near misses: a cost is not an amount of help, a subject is not a need
        ("Cost per year", "other"),
        ("Subject", "other"),
        # an access review: where the student is now, and what would make it possible; near misses: where
        # "we" are, what "you" would like
        ("Where Ewan is now", "describe"),
        ("What would make it possible", "provision"),
        ("Where we are now", "other"),
        ("Ify now (October 2026)", "describe"),
        ("Usually seen by", "other"),
        ("What would you like", "other"),
        # what is done, not the target; near misses: targets and a target with its gloss
        ("Targeted activities (what we do with Kai)", "provision"),
        ("Targets", "outcome"),
        ("Target (Thrive stage)", "outcome"),
    ],
)
def test_column_of(header: str, column: str) -> None:
    assert column_of(header) == column
