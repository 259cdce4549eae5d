"""Provision compared item by item on its structured fields: how often, how long, group size, who
delivers it and with what expertise, and how firmly it is worded. A reduction is found by this
comparison, never by reading the prose of a report for its opinion.

Also the fields of a change the evidence proposes ("reduced from weekly 30-minute sessions to a
half-termly visit of 45 minutes": the new fields are the ones after "to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.drafting.plan import Statement
from appliance.evidence import fields
from appliance.qa import amounts, wording

FROM_TO_RE = re.compile(
    r"\bfrom\s+(?P<old>[^.;]{3,90}?)\s+(?:down |up )?to\s+(?P<new>[^.;]{3,90}?)(?=[,.;]|\s+(?:in which|so that|when|"
    r"where|which|while|because|as)\b|$)",
    re.I,
)
HALF_TERMLY_RE = re.compile(r"\bhalf[- ]termly\b", re.I)
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "pair": 2}
GROUP_PATTERNS: list[tuple[re.Pattern[str], int | None]] = [
    (re.compile(r"\b1:1\b|\bone[- ]to[- ]one\b|\bindividual(ly)?\b", re.I), 1),
    (re.compile(r"\bpairs?\b|\bpaired\b|\b1:2\b", re.I), 2),
    (re.compile(r"\bgroup of (\d+|two|three|four|five|six|seven|eight)\b", re.I), None),
    (re.compile(r"\b1:(\d+)\b", re.I), None),
    (re.compile(r"\bsmall group", re.I), 5),
    (re.compile(r"\b(whole|full) class\b|\bclass(room)?\b", re.I), 30),
]
EXPERTISE: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"therapist|psychologist|teacher of the (deaf|visually)|specialist teacher|specialist|"
            r"qualified teacher|paediatrician|nurse|audiologist|consultant",
            re.I,
        ),
        4,
    ),
    (re.compile(r"\bteacher\b|\bsenco\b|\bhead ?teacher\b|\btutor\b", re.I), 3),
    (re.compile(r"\b(trained|training|qualified|accredited|supervised by|set by)\b", re.I), 2),
    (re.compile(r"assistant|\bta\b|\blsa\b|mentor|support worker|key (adult|worker)|elsa", re.I), 1),
]


def change_fields(text: str) -> fields.ProvisionFields:
    """The fields a change proposes: those after "to" in "from X to Y", else those of the text."""
    m = FROM_TO_RE.search(text)
    return provision_fields(m.group("new")) if m else provision_fields(text)


def before_change(text: str) -> str:
    """What a change is about: the text without what it changes to ("phonics is reduced from every
    day" rather than "... to three times a week", which may describe another item)."""
    m = FROM_TO_RE.search(text)
    return text[: m.start("new")] if m else text


def new_clause(text: str) -> str | None:
    """What a change makes of the provision, to the end of its sentence: "a half-termly visit of 45
    minutes, in which I will review her language targets." """
    m = FROM_TO_RE.search(text)
    if m is None:
        return None
    rest = text[m.start("new") :]
    end = re.search(r"[.;](\s|$)", rest)
    clause = (rest[: end.start()] if end else rest).strip(" ,")
    return clause + "."


def provision_fields(text: str) -> fields.ProvisionFields:
    found = fields.from_text(text)
    half = HALF_TERMLY_RE.search(text)
    if half and found.frequency and "half" not in found.frequency.lower():
        found = fields.ProvisionFields(half.group(0), found.duration, found.group_size, found.delivered_by)
    return found


def states_amount(text: str) -> bool:
    """Whether a change says the new amount ("to a half-termly visit of 45 minutes")."""
    new = change_fields(text)
    return FROM_TO_RE.search(text) is not None and bool(new.frequency or new.duration or new.group_size)


@dataclass(frozen=True)
class Comparison:
    reduced: tuple[str, ...] = ()  # what got less, in words: "how often: weekly -> half-termly"
    increased: tuple[str, ...] = ()

    @property
    def is_reduction(self) -> bool:
        return bool(self.reduced)


def compare(old: Statement, new: Statement, vague_extra: tuple[str, ...] = ()) -> Comparison:
    reduced: list[str] = []
    increased: list[str] = []
    for label, (lost, gained) in (
        ("time", _time(old, new)),
        ("group size", _group(old, new)),
        ("who delivers it", _expertise(old, new)),
    ):
        if lost:
            reduced.append(f"{label}: {lost}")
        if gained:
            increased.append(f"{label}: {gained}")
    for name, label in (("frequency", "how often"), ("duration", "how long"), ("delivered_by", "who delivers it")):
        if getattr(old, name) and not getattr(new, name) and not any(r.startswith(label) for r in reduced):
            reduced.append(f"{label}: no longer stated (was '{getattr(old, name)}')")
    vaguer = set(wording.vague_terms(new.text, vague_extra)) - set(wording.vague_terms(old.text, vague_extra))
    if vaguer:
        reduced.append("wording made vaguer: " + ", ".join(f"'{t}'" for t in sorted(vaguer)))
    return Comparison(tuple(reduced), tuple(increased))


def _amount(stmt: Statement) -> amounts.Amount:
    return amounts.amount(" ".join(x for x in (stmt.frequency, stmt.duration) if x) or stmt.text)


def _time(old: Statement, new: Statement) -> tuple[str | None, str | None]:
    """Time a week where both amounts are known, else sessions a week, else minutes a session."""
    a, b = _amount(old), _amount(new)
    said = f"{a.said or 'as before'} -> {b.said or 'not stated'}"
    pairs: list[tuple[float | None, float | None]] = []
    if a.per_week and a.minutes and b.per_week and b.minutes:
        pairs.append((a.per_week * a.minutes, b.per_week * b.minutes))
    else:
        pairs += [(a.per_week, b.per_week), (a.minutes, b.minutes)]
    for x, y in pairs:
        if x is not None and y is not None and abs(x - y) > 0.1 * max(x, y):
            return (said, None) if y < x else (None, said)
    return None, None


def group_size(text: str | None) -> int | None:
    for pattern, size in GROUP_PATTERNS:
        m = pattern.search(text or "")
        if m:
            if size is not None:
                return size
            raw = m.group(1).lower()
            return int(raw) if raw.isdigit() else WORD_NUMBERS.get(raw)
    return None


def _group(old: Statement, new: Statement) -> tuple[str | None, str | None]:
    a, b = group_size(old.group_size), group_size(new.group_size)
    if a is None or b is None or a == b:
        return None, None
    said = f"{old.group_size} -> {new.group_size}"
    return (said, None) if b > a else (None, said)  # a bigger group is less help for the child


def expertise(text: str | None) -> int | None:
    return next((rank for pattern, rank in EXPERTISE if pattern.search(text or "")), None)


def _expertise(old: Statement, new: Statement) -> tuple[str | None, str | None]:
    a, b = expertise(old.delivered_by), expertise(new.delivered_by)
    if a is None or b is None or a == b:
        return None, None
    said = f"{old.delivered_by} -> {new.delivered_by}"
    return (said, None) if b < a else (None, said)
