"""Provision fields (how often, how long, group size, who delivers it) and outcome time
frames, taken from the advice text by pattern: every value is a span of the source, so no
field can carry a fact the advice does not state."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUM = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|forty-five|sixty|ninety|a|an|half an?)"
)
CLOCK = r"\d{1,2}[.:]\d{2}(?![.:]?\d)(?: ?(?:[ap]\.m\.|[ap]m\b))?"
# a time of day: "2.30pm", "10am", "12 noon"
TIME = rf"(?:{CLOCK}|\d{{1,2}} ?(?:[ap]\.m\.|[ap]m\b)|(?:12 )?noon\b|midday\b)"
SCHOOL_DAY = r"(?:mon|tues|wednes|thurs|fri)day"
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
SHORT_DAY = r"(?:mon|tues?|weds?|thurs?|fri)\.?"
PERIOD = r"(?:day|week|fortnight|month|term|half[- ]term|year|school day|session|lesson|morning|afternoon)"
UNIT = r"(?:minutes?|mins?|hours?|hrs?)"
MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

DURATION_RES = [
    re.compile(p, re.I)
    for p in (
        rf"\b(?:about |around |approximately |at least |up to |no more than |a minimum of )?{NUM}[- ]{UNIT}"
        rf"(?: (?:per|a|each|every) {PERIOD}| over \d+ (?:weeks|months|terms))?",
        # a session's clock times: "from 12.15 to 12.45", "1.15-3.00" (not a date's "12.10.2025")
        rf"\b(?:from )?{CLOCK} ?(?:to|-|\u2013|until) ?{CLOCK}",
        r"\b(?:the )?whole (?:lunchtime|morning|afternoon|day|session)(?: \(\d+ minutes\))?",
        r"\b(?:a |one )?(?:half|full)[- ]day(?: visit| session)?",
        r"\b(?:about |around )?(?:an|one|two) hours?\b",
        r"\b(?:for|over) (?:\d+|two|three|four|five|six|eight|ten|twelve) (?:weeks|months|terms|sessions)\b",
    )
]
OCCASION = (
    r"(?:arrival|registration|snack ?time|snack|tidy-up|tidy up|lunch|lunchtime|(?:(?:morning|afternoon) )?"
    r"(?:break|breaktime|playtime)|circle time|"
    r"story time|home ?time|pick-up|drop-off|the end of the day)"
)
FREQUENCY_RES = [
    re.compile(p, re.I)
    for p in (
        rf"\b(?:once|twice|three times|four times|five times|\d+ times|{NUM} sessions?|{NUM} (?:additional |extra )?"
        rf"visits?|{NUM} nights?) (?:a|per|each|every|in (?:a|each)) {PERIOD}\b",
        rf"\b(?:once|twice) (?:every|each) (?:{NUM} )?{PERIOD}s?\b",
        rf"\bevery (?:{NUM} )?{PERIOD}s?\b|\bevery {DAY}\b",
        # "every other Saturday", "on alternate Fridays"
        rf"\bevery (?:other|second|alternate) (?:{PERIOD}|{DAY})\b|\bon alternate (?:{DAY}|{PERIOD})s\b",
        rf"\b(?:once|twice) (?:a|per) {PERIOD}\b",
        r"\b(?:daily|weekly|fortnightly|monthly|termly|annually|twice daily|twice weekly|three times weekly)\b",
        # "over a year ago" is when, and "when a session ends" an event, not how often
        rf"\b(?:per|a|each) (?:{PERIOD})\b(?! ago)(?! (?:ends|ended|starts|started|begins|began|finishes|finished|"
        r"changes|changed|is|was|has|had)\b)",
        r"\b(?:in|at|for|during|after|before|on) (?:every|each|all) (?:of the )?[a-z ,]{0,40}?"
        r"(?:lessons?|sessions?|shifts?|transfers?|days?|mornings?|afternoons?|breaks?|lunchtimes?|terms?|weeks?|"
        r"work|beforehand|visits?|papers?|exams?|examinations?|tests?)\b(?: beforehand)?",
        r"\bat the start (?:and end )?of (?:each|every) [a-z ]{0,20}?(?:day|session|lesson|term|year)s?"
        r"(?: and again after lunch)?",
        r"\bthroughout the (?:school )?day\b|^all day$|\bevery (?:night|evening|transfer|mealtime|meal)\b",
        # a reminder before each: "the day before each one", "the week before every appointment"
        r"\bthe (?:day|week|morning|evening) before (?:each|every) (?:one|appointment|visit|session|review)\b",
        # a count for each evening: "one piece a night", "two books a night"
        rf"\b{NUM} (?!{UNIT}\b)[\w-]+ (?:a|per|each) (?:night|evening)\b",
        # a seasonal jab or review: "the flu vaccine every autumn"; a letter each March and September
        r"\b(?:every|each) (?:autumn|winter|spring|summer)\b",
        rf"\b(?:every|each) {MONTH}(?:(?:,| and|, and) {MONTH})*\b",
        r"\bevery (?:english|maths|science|writing|reading|literacy)[a-z ]{0,30}?lessons?\b",
        r"\bin all lessons\b",
        rf"\b(?:{NUM}) (?:additional |extra )?visits\b",
        # days named in the plural, or a run of days, recur: "on Mondays, Wednesdays and Fridays", "Monday to Thursday"
        rf"\b{DAY}s(?:(?:,|,? and|,? or) {DAY}s)*(?: (?:mornings?|afternoons?|lunchtimes?))?\b",
        rf"\b{DAY} (?:mornings?|afternoons?|lunchtimes?|evenings?)s\b|\b{DAY}s? (?:to|-|\u2013) {DAY}\b",
        # days shortened, two or more: "Tues and Thurs lunch", "Mon/Wed/Fri"
        rf"\b{SHORT_DAY}(?:(?:\s*/\s*|,\s*|,? (?:and|&) ){SHORT_DAY})+"
        r"(?: (?:mornings?|afternoons?|lunch(?:times?)?))?(?![\w/])",
        # a habit's days: "on a Tuesday and Thursday morning", "on Tuesday and Thursday"
        rf"\bon (?:an? )?{DAY}(?:(?:,| and|,? &) {DAY})+(?: (?:mornings?|afternoons?|lunchtimes?))?\b"
        rf"|\bon an? {DAY}(?: (?:morning|afternoon|lunchtime|evening))?\b",
        # a routine's times through the day: "at 10.00, after lunch and at 2.30"
        # (the later times with "at" or without, or "another at": "at 10am, 12 noon and 2pm", "at 10am and another
        # at 2pm")
        rf"\bat {TIME}(?:,? (?:and |then )?(?:(?:another |again )?(?:at )?{TIME}|"
        r"(?:before|after) (?:lunch|break|school)))+",
        # "at the start of the day, before lunch and at home time", "after snack and after lunch"
        r"\b(?:at the start of the day|on arrival|before school)\b[^.;]{0,40}\b(?:before|after|at) "
        r"(?:lunch|break|home ?time|the end of the day)\b"
        r"|\b(?:before|after) (?:snack|lunch|break|school)(?:,| and) (?:(?:before|after) )?(?:snack|lunch|break|school|"
        r"home ?time)\b",
        # three or more of the day's routine moments: "at arrival, tidy-up, lunch and home time"
        rf"\b(?:at|during) {OCCASION}(?:, {OCCASION}){{1,6}},? and {OCCASION}\b",
    )
]
GROUP_RES = [
    re.compile(p, re.I)
    for p in (
        r"\b1:1\b|\bone[- ]to[- ]one\b|\bindividual(?:ly)?\b(?= (?:session|support|teaching|work))",
        r"\b(?:small )?group of (?:\d+|two|three|four|five|six|seven|eight|four to six|three to five)"
        r"(?: (?:children|pupils|peers|students|young people))?\b",
        r"\bin (?:a )?small groups?\b",
        r"\b(?:pairs?|paired work)\b",
        r"\bwith (?:\w+ )?(?:peers|other pupils|children) from\b",
    )
]
DELIVERER_ROLES = (
    r"(?:(?:two|2) )?(?:qualified |specialist |trained |nhs |children'?s |community |highly specialist )*"
    r"(?:teaching assistants?|(?:1:1 )?(?:hlta|ta|lsa)s?|speech and language therapist|occupational therapist|"
    r"physiotherapist|"
    r"educational psychologist|class teacher|teachers?|senco|learning mentor|key adult|elsa|"
    r"emotional literacy support assistant|midday supervisor|school nurs(?:e|ing team)|practice nurse|"
    r"paediatrician|nurse|behaviour outreach teacher|outreach teacher|specialist teacher|"
    r"teacher of the deaf|qualified teacher of the deaf|family support worker|social worker|"
    r"personal assistant|support worker|dietitian|audiologist|members of (?:school )?staff|staff|adult|"
    r"trained adults|class team|job coach|key (?:worker|person)|(?:form )?tutor|practitioner)"
    r"(?: (?:trained|who has completed|with training)(?: in| by)? [^,.;()]{3,60})?"
)
DELIVERER_BY_RE = re.compile(
    r"\b(?:led|delivered|run|supervised|provided|taught|prompted|accompanied|given|checked|made) by "
    r"(?:the |a |an |his |her |their |school'?s? )?([^,.;]{3,90})",
    re.I,
)
# a person the child follows, watches or asks is not delivering anything: "Wren follows the teacher well"; nor is
# one the child hits out at
WATCHED_RE = re.compile(
    r"\b(?:follows?|watch(?:es)?|listens? to|copies|looks? at|sees?|hears?|tells?|asks?|answers?|understands?|"
    r"ignores?|talks? to|speaks? to|trusts?|likes?|loves?|misses|"
    # the adult the child tells, takes by the hand or waits for: "He has told staff that ...", "unless an adult ..."
    r"told|asked|takes?|took|pulls?|pulled|leads?|fetch(?:es)?|fetched|waits? for|waited for|unless|until|without|"
    # the adult the child seeks out: "she finds an adult", "he looks for his teacher"
    r"finds?|seeks?(?: out)?|looks? for|"
    r"(?:hits?|lash(?:es)?) out at|(?:shouts?|swears?|screams?|spits?|snaps?) at|hits|kicks|bites|pinches|pushes)"
    r"\s+(?:the |his |her |their |a |an |any )?(?:\w+ )?(?:member of )?$",
    re.I,
)
DELIVERER_END_RE = re.compile(r"\s(?:will|to|who will|with a|using|so that|in order)\s.*$", re.I)
SESSIONS_RE = re.compile(
    rf"\b({NUM})(?: | ?[x\u00d7] )({NUM}[- ]{UNIT}|\d+-minute|\d+-hour) (sessions?) ((?:each|per|a|every) {PERIOD})\b",
    re.I,
)
DELIVERER_ROLE_RE = re.compile(r"\b" + DELIVERER_ROLES + r"\b", re.I)
TIMEFRAME_RE = re.compile(
    r"\b(?:by|before|within|at) (?:the end of |the start of )?(?:the )?(?:summer |autumn |spring )?"
    r"(?:term|year \d+|key stage \d|ks\d|year|(?:january|february|march|april|may|june|july|august|september|"
    # (up to a word's end: a date is never cut to "(December 202")
    r"october|november|december)|\d{4}|end of)[^,.;]{0,60}(?!\w)",
    re.I,
)
TIMEFRAME_WORDS_RE = re.compile(r"\d{4}|year \d+|key stage|\bterm\b|months?|weeks?|ks\d", re.I)


@dataclass(frozen=True)
class ProvisionFields:
    frequency: str | None = None
    duration: str | None = None
    group_size: str | None = None
    delivered_by: str | None = None


def _first(patterns: list[re.Pattern[str]], text: str, exclude: str = "") -> str | None:
    for pattern in patterns:
        for m in pattern.finditer(text):
            span = m.group(0).strip(" ,;")
            if span and span.lower() not in exclude.lower():
                return span
    return None


def _all(patterns: list[re.Pattern[str]], text: str, exclude: str = "") -> str | None:
    """Every frequency phrase found, in text order, none inside another or inside `exclude`."""
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a >= s and b <= e for s, e in spans) or m.group(0).strip().lower() in exclude.lower():
                continue
            spans = [(s, e) for s, e in spans if not (s >= a and e <= b)] + [(a, b)]
    if not spans:
        return None
    return ", ".join(text[a:b].strip(" ,;") for a, b in sorted(spans))


# "run by Mrs Varley": a person named with a title
TITLED_NAME_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?")


def deliverer(text: str) -> str | None:
    for m in DELIVERER_BY_RE.finditer(text):
        if DELIVERER_ROLE_RE.search(m.group(1)):
            return DELIVERER_END_RE.sub("", m.group(1)).strip()
        titled = TITLED_NAME_RE.match(m.group(1))
        if titled:
            return titled.group(0)
    for role in DELIVERER_ROLE_RE.finditer(text):
        # (not someone's hand or desk: "gets what he wants by pulling an adult's hand to it")
        if text[role.end() : role.end() + 2] in ("'s", "\u2019s"):
            continue
        if not WATCHED_RE.search(text[: role.start()]):
            return DELIVERER_END_RE.sub("", role.group(0)).strip()
    return None


def turned_to_only(text: str) -> bool:
    """The text names an adult only as one the child acts towards or waits for, none who acts: "he cannot tell
    an adult", "unless an adult brings her in" (not "so an adult should read to him")."""
    return DELIVERER_ROLE_RE.search(text) is not None and deliverer(text) is None


def from_text(text: str) -> ProvisionFields:
    blocks = SESSIONS_RE.search(text)
    if blocks:  # "six 45-minute sessions each term": how many, how long each, how often
        return ProvisionFields(
            frequency=f"{blocks.group(1)} {blocks.group(3)} {blocks.group(4)}",
            duration=blocks.group(2),
            group_size=_first(GROUP_RES, text),
            delivered_by=deliverer(text),
        )
    duration = _first(DURATION_RES, text)
    frequency = _all(FREQUENCY_RES, text, exclude=duration or "")
    return ProvisionFields(
        frequency=frequency,
        duration=duration,
        group_size=_first(GROUP_RES, text),
        delivered_by=deliverer(text),
    )


COLUMN_FIELDS = [
    ("frequency", re.compile(r"how often|frequency|when", re.I)),
    ("duration", re.compile(r"how long|duration|length|time", re.I)),
    ("group_size", re.compile(r"group|ratio|size", re.I)),
    ("delivered_by", re.compile(r"delivered|staff|who|by whom|provider|responsib", re.I)),
]


def from_table_row(header: tuple[str, ...], cells: tuple[str, ...]) -> ProvisionFields:
    """Fields from a provision map: each column's header says what it holds."""
    found: dict[str, str] = {}
    for head, cell in zip(header, cells, strict=False):
        if not cell:
            continue
        for name, pattern in COLUMN_FIELDS:
            if pattern.search(head) and name not in found:
                if name == "frequency" and re.search(r"how long|duration", head, re.I):
                    if "," in cell:  # "How often / how long": "Daily, 15 minutes"
                        often, _, long = cell.partition(",")
                        found["frequency"], found["duration"] = often.strip(), long.strip()
                    else:
                        parsed = from_text(cell)
                        found.update(
                            {k: v for k, v in (("frequency", parsed.frequency), ("duration", parsed.duration)) if v}
                        )
                else:
                    found[name] = cell
                break
    what = " ".join(cells)
    fallback = from_text(what)
    return ProvisionFields(
        frequency=found.get("frequency") or fallback.frequency,
        duration=found.get("duration") or fallback.duration,
        group_size=found.get("group_size") or fallback.group_size,
        delivered_by=found.get("delivered_by") or fallback.delivered_by,
    )


# a "By when" cell that names no time: "Ongoing", "As needed", "-"
NO_TIME_RE = re.compile(
    r"^\W*(?:ongoing|on-going|continuous|continuing|throughout|as (?:needed|required)|n/?a|tbc|tba)?\W*$", re.I
)


def timeframe(text: str, header: tuple[str, ...] = (), cells: tuple[str, ...] = ()) -> str | None:
    for head, cell in zip(header, cells, strict=False):
        if re.search(r"by when|timescale|time ?frame|when|date", head, re.I) and cell and not NO_TIME_RE.match(cell):
            return cell
    m = TIMEFRAME_RE.search(text)
    if m and TIMEFRAME_WORDS_RE.search(m.group(0)):
        return m.group(0).strip(" ,;(")
    return None
