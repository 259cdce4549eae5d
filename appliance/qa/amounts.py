"""How much provision an item recommends, as sessions a week and minutes a session, so that two
reports' amounts of the same provision can be compared ("weekly" against "fortnightly")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.evidence import fields

SCHOOL_DAYS = 5
TERM_WEEKS = 13
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "once": 1, "twice": 2}
N = r"(\d+|one|two|three|four|five|six|once|twice)"
PER_WEEK: list[tuple[re.Pattern[str], float | None]] = [
    (
        re.compile(
            rf"\b{N} (times |sessions |visits )?(a|per|each|every) (school )?days?\b|\b{N} (times )?daily\b",
            re.I,
        ),
        SCHOOL_DAYS,
    ),
    (
        re.compile(r"\bdaily\b|\bevery (school )?day\b|\beach (school )?day\b|\b(a|per) day\b", re.I),
        SCHOOL_DAYS,
    ),
    (
        re.compile(r"\bfortnightly\b|\bevery (two|2|other) weeks\b|\b(once )?(a|per|each|every) fortnight\b", re.I),
        0.5,
    ),
    (
        re.compile(
            rf"\b{N} (times |sessions |days |afternoons |mornings |lunchtimes |evenings |lessons )?"
            r"(a|per|each|every) week\b"
            # (not "10 weekly one-hour sessions", a course of ten, one a week)
            rf"|\b{N} times weekly\b|\b{N} weekly\b(?! ([\w-]+ ){{0,3}}(sessions|visits|lessons)\b)"
            # "3 x 15 minute sessions per week", "two sessions of 45 minutes a week"
            rf"|\b{N} ?[x\u00d7] ?(\d+[- ]?(minutes?|mins?) )?(sessions? )?(a|per|each|every) week\b"
            rf"|\b{N} (sessions?|lessons?|visits?) of (\d+|an?|one) ?(minutes?|mins?|hours?) (a|per|each|every) week\b",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\bweekly\b|\bevery week\b|\beach week\b|\b(a|per) week\b", re.I), 1.0),
    (re.compile(rf"\b{N} (times |sessions |visits )?(a|per|each|every) month\b", re.I), 0.25),
    (re.compile(r"\bmonthly\b|\bevery month\b|\beach month\b", re.I), 0.25),
    (
        re.compile(rf"\b{N} (times |sessions |visits )?(a|per|each|every) half[- ]term\b", re.I),
        2 / TERM_WEEKS,
    ),
    (re.compile(r"\bevery half[- ]term\b|\beach half[- ]term\b|\bhalf[- ]termly\b", re.I), 2 / TERM_WEEKS),
    (
        re.compile(rf"\b{N} (\d+[- ]minute )?(times |sessions |visits )?(a|per|each|every) term\b", re.I),
        1 / TERM_WEEKS,
    ),
    (re.compile(r"\btermly\b|\bevery term\b|\beach term\b", re.I), 1 / TERM_WEEKS),
]
MINUTES_RE = re.compile(r"\b(\d+)[- ]?(minutes?|mins?)\b|\b(an|one|1)[- ]hours?\b|\b(\d+(?:\.\d+)?)[- ]?hours?\b", re.I)


# a course's number of sessions: "a further block of 20 weekly 45-minute sessions", "a further 6 sessions", "10 weekly
# one-hour sessions" (not "3 sessions a week", which is how often)
COURSE_RE = re.compile(
    r"\b(?:(?:block|course|series|total) of|further|another|more) (\d+|two|three|four|five|six|eight|ten|twelve) "
    r"(?:[\w-]+ ){0,3}?sessions\b|\b(\d+|six|eight|ten|twelve) (?:weekly|fortnightly) (?:[\w-]+ ){0,3}?sessions\b",
    re.I,
)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12}


@dataclass(frozen=True)
class Amount:
    per_week: float | None
    minutes: float | None
    said: str  # the words that say it, for the message
    sessions: float | None = None  # how many in all, where a course of them is given

    def differs(self, other: Amount) -> bool:
        def apart(a: float | None, b: float | None) -> bool:
            return a is not None and b is not None and abs(a - b) > 0.1 * max(a, b)

        return (
            apart(self.per_week, other.per_week)
            or apart(self.minutes, other.minutes)
            or apart(self.sessions, other.sessions)
        )


DAY = rf"{fields.SCHOOL_DAY}s"
# days named in the plural recur weekly, one session each ("on Wednesdays only", "Mondays, Wednesdays and Fridays"),
# where the text says no other frequency ("starting on Thursdays, then one more lesson each fortnight")
DAYS_RE = re.compile(rf"\b{DAY}(?:(?:,|,? and|,? or) {DAY})*\b", re.I)


def amount(text: str) -> Amount:
    """The first frequency the text states (in text order) and the length of a session."""
    best: tuple[int, float, str] | None = None
    for pattern, scale in PER_WEEK:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            count = next((g for g in m.groups() if g and (g.lower() in NUMBERS or g.isdigit())), None)
            times = float(NUMBERS.get(count.lower()) or count) if count else 1.0
            best = (m.start(), times * float(scale or 1), m.group(0))
    days = DAYS_RE.search(text)
    if best is None and days:  # "on Wednesdays only", where no other frequency is said
        best = (days.start(), float(len(re.findall(DAY, days.group(0), re.I))), days.group(0))
    minutes, said_minutes = _minutes(text)
    course = COURSE_RE.search(text)
    count = course and (course.group(1) or course.group(2)).lower()
    said = ", ".join(x for x in (best[2] if best else None, said_minutes, course and course.group(0)) if x)
    sessions = float(COUNTS.get(count) or count) if count else None
    return Amount(best[1] if best else None, minutes, said, sessions)


def _minutes(text: str) -> tuple[float | None, str | None]:
    m = MINUTES_RE.search(text)
    if not m:
        return None, None
    if m.group(1):
        return float(m.group(1)), m.group(0)
    if m.group(3):
        return 60.0, m.group(0)
    return float(m.group(4)) * 60, m.group(0)
