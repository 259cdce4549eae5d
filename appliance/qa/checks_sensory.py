"""SENSORY_SPECIALIST_ADVICE_MISSING: a hearing or vision impairment without the qualified
specialist teacher's advice (reg 6(2))."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from appliance.drafting.plan import Flag
from appliance.qa.registry import Context, check, make_flag


@dataclass(frozen=True)
class Sense:
    name: str
    case_detail: str  # the case.json flag that records the impairment
    advice_types: tuple[str, ...]  # the specialist's own advice
    signs: re.Pattern[str]  # how the advice shows the impairment
    specialist: re.Pattern[str]
    specialist_name: str


# a teacher of multi-sensory impairment (deafblindness) is the specialist for hearing and vision alike
MSI = r"multi-?sensory impair|\bmsi\b|deafblind"
SENSES = (
    Sense(
        "hearing",
        "hearing_impairment",
        ("hearing_impairment_teacher",),
        re.compile(
            r"\b(sensorineural|conductive|permanent|bilateral|unilateral|mild|moderate|severe|profound)\b"
            r"[\w -]{0,30}\bhearing (loss|impairment)\b|\bhearing impair(ed|ment)\b|\bhearing aids?\b"
            r"|\bcochlear implants?\b|\b(is|are|being|profoundly|severely) deaf\b"
            r"|\bdeaf (child|pupil|learner)\b",
            re.I,
        ),
        re.compile(rf"teacher of the deaf|\bqtod\b|hearing support (service|team)|{MSI}", re.I),
        "a qualified teacher of the deaf",
    ),
    Sense(
        "vision",
        "vision_impairment",
        ("vision_impairment_teacher",),
        re.compile(
            r"\bvisual(ly)? impair(ed|ment)\b|\bvision impair(ed|ment)\b"
            r"|\b(severely )?sight[- ]impair(ed|ment)\b|\bregistered blind\b|\b(is|are) blind\b"
            r"|\bbraille\b|\blow vision\b",
            re.I,
        ),
        re.compile(rf"teacher of (children with )?(the )?visual(ly)? impair|\bqtvi\b|vision support|{MSI}", re.I),
        "a qualified teacher of the visually impaired",
    ),
)
NEGATED_RE = re.compile(r"\b(no|not|without|nor|normal|ruled out|excluded)\b[^.;]{0,25}$", re.I)
INPUT_RE = re.compile(
    r"\b(with|after|following) (the )?(input|advice|contribution) (of|from)\b|\bin consultation with\b", re.I
)
# the specialist's title is no sign of the impairment: "a qualified teacher of the visually impaired"
TITLE_BEFORE_RE = re.compile(r"\bteachers? of (?:children (?:and young people )?with )?(?:the )?$", re.I)
NOT_GIVEN_RE = re.compile(r"\b(no|not|should|sought|awaiting|requested|will be|yet)\b", re.I)


@check(
    "SENSORY_SPECIALIST_ADVICE_MISSING",
    "error",
    "SEND Regulations 2014 reg 6(2)",
    "A child with a hearing or vision impairment needs advice from a qualified specialist teacher.",
)
def sensory_specialist_advice_missing(ctx: Context) -> Iterator[Flag]:
    for sense in SENSES:
        if _has_specialist_input(ctx, sense):
            continue
        sign = _sign_of(ctx, sense.signs)
        if not (getattr(ctx.case, sense.case_detail) is True or sign):
            continue
        # the passage that says the specialist is missing is what the caseworker needs to see; else the first sign
        evidence = _absence_of(ctx, sense.specialist) or sign
        doc_id, quote = evidence or (None, None)
        source = "The advice shows" if evidence else "The case details show"
        message = (
            f"{source} a {sense.name} impairment, but there is no advice from {sense.specialist_name}. "
            "The educational advice must be given with their input."
        )
        yield make_flag(
            "SENSORY_SPECIALIST_ADVICE_MISSING",
            message,
            section="K",
            document_id=doc_id,
            quote=quote,
            subject=sense.name,
        )


def _has_specialist_input(ctx: Context, sense: Sense) -> bool:
    """The specialist's own advice, or a report that says it was written with their input."""
    for doc in ctx.documents:
        if set(doc.record.advice_types) & set(sense.advice_types) or sense.specialist.search(
            doc.record.author_role or ""
        ):
            return True
        for p in doc.passages:
            if sense.specialist.search(p.text) and INPUT_RE.search(p.text) and not NOT_GIVEN_RE.search(p.text):
                return True
    return False


def _sign_of(ctx: Context, signs: re.Pattern[str]) -> tuple[str, str] | None:
    """The first passage that shows the impairment: not negated ("no hearing loss") nor the specialist's title."""
    return _first_said(ctx, signs, lambda before: not NEGATED_RE.search(before) and not TITLE_BEFORE_RE.search(before))


def _absence_of(ctx: Context, specialist: re.Pattern[str]) -> tuple[str, str] | None:
    """A passage saying the specialist is not involved: "There has been no teacher of the deaf involved since ..." """
    return _first_said(ctx, specialist, lambda before: NEGATED_RE.search(before) is not None)


def _first_said(ctx: Context, pattern: re.Pattern[str], said_before: Callable[[str], bool]) -> tuple[str, str] | None:
    """(document id, passage text) of the first match of `pattern` whose preceding words pass `said_before`."""
    for doc in ctx.documents:
        for p in doc.passages:
            if any(said_before(p.text[: m.start()]) for m in pattern.finditer(p.text)):
                return doc.record.id, p.text
    return None
