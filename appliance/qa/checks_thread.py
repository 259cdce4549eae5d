"""The golden thread: every need has provision, every provision item meets a need, health and
social care needs have their provision, and outcomes are SMART."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from appliance.drafting.plan import Citation, Flag, Statement
from appliance.evidence import fields, funding, signals
from appliance.evidence.classify import AS_PROVISION_RE
from appliance.evidence.topics import main_topics, phrases, topics
from appliance.qa import wording
from appliance.qa.registry import Context, check, make_flag, statement_flag

TIME_RE = re.compile(
    r"\b(by|before|within|at|until) (the )?(end|start|beginning) of\b"
    r"|\b(by|at) (the time (he|she|they) (leaves?|moves?|transfers?|starts?|(is|are|turns?) \d{1,2}\b)|"
    r"(his|her|their|the) next "
    r"(annual )?review|age \d+)|\b(over|in|during) the next (\w+ )?(weeks?|months?|terms?|year|school year)\b"
    r"|\bby (the )?(summer|autumn|spring|next|christmas|easter|half[- ]term|year \d+|key stage|ks\d|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d{4})"
    r"|\bwithin (\d+|one|two|three|four|six|twelve|a) (weeks?|months?|terms?|years?)"
    r"|\b(19|20)\d\d\b|\bkey stage \d\b"
    r"|\b(?:by|before) (?:his|her|their) \d{1,2}(?:st|nd|rd|th) birthday\b",
    re.I,
)
MEASURE_RE = re.compile(
    r"\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|once|twice|all|every|each|at least|"
    r"out of|independently|without (adult |an adult |any )?(help|support|prompts?)|correctly|accurately|"
    r"consistently|per cent|percent)\b",
    re.I,
)
ELASTIC_RE = re.compile(
    r"\b(improve|develop|increase|progress|be more|be less|become (?:more|less|a more)|better|manage|understand|"
    r"be happy|be confident|feel(?!ings)|"
    r"make good choices|gain|work towards|continue to|cope)\w*",
    re.I,
)
GENERAL_TOPICS = frozenset({"learning"})
SELF_MET_RE = re.compile(
    r"\bwill (continue to )?(be )?(reviewed|offered|seen|monitored|prescribed)\b"
    r"|\bwill (continue to )?(review|see|monitor|prescribe|offer)\b"
    r"|\bcontinues? to (need|have|attend) (a |an |her |his |their )?[\w ]{0,20}(review|appointment|clinic)"
    r"|\bno (health |medical )?(provision|medication|treatment|support|intervention)s? (is |are )?"
    r"(needed|required|necessary)|\bno health needs (that|which) require|\bunder the care of\b",
    re.I,
)
DEVELOPMENTAL_RE = re.compile(
    r"\b(?:autis\w*|asd|asc|dyslexi\w*|dyspraxi\w*|developmental co-?ordination disorder|dcd|"
    r"developmental language disorder|dld|learning disabilit\w+|global developmental delay)\b",
    re.I,
)
# the advice whose authors recommend special educational provision (not the family's, a doctor's or
# a social worker's, whose needs C, D and Section A carry and other checks follow)
PROVIDING_ADVICE = frozenset(
    {
        "educational",
        "psychological",
        "speech_and_language",
        "occupational_therapy",
        "physiotherapy",
        "hearing_impairment_teacher",
        "vision_impairment_teacher",
    }
)
NEED_UNMET = "No provision in Section F meets this need: add provision for it, or explain why none is needed."
NO_NEED = "This provision meets no need set out in Sections B to E: add the need it meets, or remove it."
# conditions whose own provision is care of the body; pain and sleep are left out, as they go with
# anxiety often enough that help with feelings may meet them
BODILY_TOPICS = frozenset(
    {
        "epilepsy",
        "asthma",
        "diabetes",
        "allergy",
        "blood",
        "procedures",
        "continence",
        "self_care",
        "eating",
        "saliva",
        "teeth",
        "tics",
        "menstrual",
        "sleep",
    }
)
# a bodily need told by the night, the diet or the growth chart: what school does in the day does not meet it
BEYOND_SCHOOL_RE = re.compile(
    r"\b(?:at night|(?:most|every|some|two|three|\d) nights?|night[- ]time|overnight|night nappies|in bed|the bed|"
    r"bed-?wetting|wakes?|waking|snores?|snoring|weight|centile|bmi|diet|(?:\w+ )?foods)\b",
    re.I,
)
HEALTH_UNMET = "No health provision in Section G meets this health need."
SOCIAL_CARE_UNMET = "No social care provision in Section H1 or H2 meets this social care need."


@check(
    "NEED_WITHOUT_PROVISION",
    "error",
    "SEND Code of Practice 9.69 (provision for each and every need); R v Secretary of State ex p E [1992]",
    "Every special educational need in B must have provision in F.",
)
def need_without_provision(ctx: Context) -> Iterator[Flag]:
    """A need that drafting linked to no provision, and that no provision is even about. An error,
    so only where the reading is sure of the need: not unsure, placed in an area of need, and read from advice
    whose work is special educational provision (a school, an EP, a therapist). A need with no
    recognisable topic is given the benefit of the doubt."""
    provision = ctx.draft.sections.get("F", ())
    met = {nid for s in provision for nid in s.meets}
    offered = set().union(*(topics(s.text) for s in provision)) if provision else set()
    answered = _advice_areas(provision)
    types = ctx.advice_types
    for stmt in ctx.draft.sections.get("B", ()):
        if (
            stmt.unsure
            or stmt.area is None
            or not any(types.get(c.document_id) in PROVIDING_ADVICE for c in stmt.citations)
        ):
            continue
        about = main_topics(stmt.text, GENERAL_TOPICS)
        same_advice = any((c.document_id, stmt.area) in answered for c in stmt.citations)
        if stmt.id not in met and about and not about & offered and not same_advice:
            yield statement_flag("NEED_WITHOUT_PROVISION", NEED_UNMET, "B", stmt)


@check(
    "PROVISION_WITHOUT_NEED",
    "warning",
    "The golden thread: need, outcome, provision (SEND Code of Practice 9.69)",
    "Every provision item should meet a need set out in the plan.",
)
def provision_without_need(ctx: Context) -> Iterator[Flag]:
    """A provision item about something (a topic) that no need or outcome of the plan is about.
    Outcomes count: an outcome on the topic shows the need was identified. Only provision the
    reading placed in an area of need is asked: one it could not place is about no clear thing."""
    named = [s for sec in ("B", "C", "D", "E") for s in ctx.draft.sections.get(sec, ())]
    identified = set().union(*(topics(_statement_text(s)) for s in named)) if named else set()
    # the advice that sets out a need in an area answers it with its provision in that area, in its own words
    # ("a low-arousal workstation" for "overwhelmed by the noise of the classroom")
    answered = _advice_areas(named)
    names = ctx.case.names
    for sec in ("F", "G", "H1", "H2"):
        own_needs = _documents(ctx.draft.sections.get(NEED_SECTION.get(sec, ""), ()))
        for stmt in ctx.draft.sections.get(sec, ()):
            if stmt.area is None or stmt.unsure:  # an unsure reading is the caseworker's to check already
                continue
            about = topics(stmt.text) - GENERAL_TOPICS  # "in lessons" says where, not what for
            left_to_others = wording.DELEGATED_RE.search(stmt.text)
            if _documents((stmt,)) & own_needs or any((c.document_id, stmt.area) in answered for c in stmt.citations):
                continue  # the medical (or social care) advice's own provision for the needs it sets out
            if about and not about & identified and not funding.is_money_only(stmt.text, names) and not left_to_others:
                yield statement_flag("PROVISION_WITHOUT_NEED", NO_NEED, sec, stmt)


# Health provision meets a health need of the same advice, social care provision a social care
# need: a paediatrician's "lamotrigine 100 mg twice daily" meets the epilepsy the letter describes
# though no word is shared. The other way round does not hold (a letter that prescribes for
# epilepsy may leave its headaches unmet), nor for educational provision (an EP's report names many
# needs, and each needs its own provision).
NEED_SECTION = {"G": "C", "H1": "D", "H2": "D"}


def _advice_areas(statements: Iterable[Statement]) -> set[tuple[str, str]]:
    """Each (advice document, area of need) the statements cite and are placed in."""
    return {(c.document_id, s.area) for s in statements for c in s.citations if s.area}


def _documents(statements: Iterable[Statement]) -> set[str]:
    return {c.document_id for s in statements for c in s.citations if c.document_id}


@check(
    "HEALTH_NEED_WITHOUT_PROVISION",
    "warning",
    "SEND Regulations 2014 reg 12(1)(c),(g)",
    "Health needs related to the SEN should have health provision in G.",
)
def health_need_without_provision(ctx: Context) -> Iterator[Flag]:
    # a health need met by special educational provision (anxiety by a mentor, fatigue by rest
    # breaks) is met: the plan need not repeat it in G
    provision = [s for sec in ("F", "G", "H1", "H2") for s in ctx.draft.sections.get(sec, ())]
    special_provision = bool(ctx.draft.sections.get("F"))

    def about(text: str) -> set[str]:
        if DEVELOPMENTAL_RE.search(text) and special_provision:
            return set()  # a diagnosis of autism or dyslexia is met by the special educational provision
        found = topics(text)
        # soiling that upsets him is met by help with continence, not by an emotional literacy session
        return found & BODILY_TOPICS or found

    # the body's care beyond the school day is health provision: eating lunch in a quiet room does not meet a diet of
    # eight foods, nor help to the toilet at school a child's wetting at night
    health = set().union(*(topics(s.text) for s in ctx.draft.sections.get("G", ())))

    def only_health(need: str) -> set[str] | None:
        return health if BEYOND_SCHOOL_RE.search(need) else None

    yield from _unmet("HEALTH_NEED_WITHOUT_PROVISION", "C", provision, ctx, HEALTH_UNMET, about, only=only_health)


@check(
    "SOCIAL_CARE_NEED_WITHOUT_PROVISION",
    "warning",
    "SEND Regulations 2014 reg 12(1)(d),(h)",
    "Social care needs should have social care provision in H1 or H2.",
)
def social_care_need_without_provision(ctx: Context) -> Iterator[Flag]:
    provision = [*ctx.draft.sections.get("H1", ()), *ctx.draft.sections.get("H2", ())]
    # social care needs are told in everyday words few topics cover, so the same advice's provision in
    # the need's own words meets them too; not so for health, where a diagnosis's name is shared by
    # every line of a clinic letter
    yield from _unmet("SOCIAL_CARE_NEED_WITHOUT_PROVISION", "D", provision, ctx, SOCIAL_CARE_UNMET, topics, True)


def _unmet(
    code: str,
    section: str,
    provision: list[Statement],
    ctx: Context,
    message: str,
    about_of: Callable[[str], set[str]],
    in_own_words: bool = False,
    only: Callable[[str], set[str] | None] | None = None,
) -> Iterator[Flag]:
    """Each need, one cited passage at a time (a statement may gather several needs): met when a
    provision item shares a topic `about_of` finds in it (or, where `only` gives topics for the passage, one of
    those). A passage with no topic (none recognised, or met by its kind) is met by any provision. One advice's
    need on the same topics is flagged once, where it is told most fully ("3. Recurrent headaches" in a letter's
    list of diagnoses, and the paragraph that describes them)."""
    offered = set().union(*(topics(s.text) for s in provision)) if provision else set()
    # a table row that says what is seen and what to do cites the same row for the need and its provision
    provided_beside = {(c.document_id, c.quote) for s in provision for c in s.citations}
    unmet: dict[tuple[str, frozenset[str]], tuple[Statement, Citation]] = {}
    for stmt in ctx.draft.sections.get(section, ()):
        if stmt.unsure:
            continue  # the reading is not sure this is a need: the caseworker checks it as such
        if not provision:
            yield statement_flag(code, message, section, stmt)
            continue
        for part in stmt.citations or (Citation(document_id="", quote=stmt.text),):
            text = _cited_text(part)
            if SELF_MET_RE.search(text) or (part.document_id, part.quote) in provided_beside:
                continue  # the advice gives the provision (or says none is needed) in the same breath
            about = about_of(text)
            met_by = only(text) if only else None
            if (
                about
                and not about & (offered if met_by is None else met_by)
                and not (in_own_words and _said_alike(part, provision))
            ):
                # social care needs, told in everyday words, are one advice's account of one family's
                # needs: flagged once per advice, where told most fully
                key = (part.document_id, frozenset() if in_own_words else frozenset(about))
                told = unmet.get(key)
                if told is None or _fuller(part, told[1], in_own_words):
                    unmet[key] = (stmt, part)
    for stmt, part in unmet.values():
        yield make_flag(
            code, message, section=section, statement_id=stmt.id, document_id=part.document_id or None, quote=part.quote
        )


# the worker's own concern ("I am worried that he is spending evenings with older young people")
WORKER_CONCERN_RE = re.compile(
    r"\b(?:I am|I'm|we are|we're) (?:very |really )?(?:worried|concerned)\b|\bat risk of\b", re.I
)


def _fuller(part: Citation, than: Citation, family: bool) -> bool:
    """Which passage tells the need most fully: for a family's needs, one that says what caring costs
    them (broken nights, no break, no one else able to help) or what worries the worker, before a longer
    one that does not."""

    def weight(c: Citation) -> tuple[bool, int]:
        concern = signals.FAMILY_NEED_RE.search(c.quote) or WORKER_CONCERN_RE.search(c.quote)
        return family and bool(concern), len(c.quote)

    return weight(part) > weight(than)


def _said_alike(need: Citation, provision: list[Statement]) -> bool:
    """The same advice gives provision in the need's own words (a shared pair of words, such as
    "school meetings"), where no topic links them."""
    said = phrases(_cited_text(need))
    return any(said & phrases(_statement_text(s)) for s in provision if need.document_id in _documents((s,)))


def _cited_text(c: Citation) -> str:
    """A cited passage without a form's label cell ("Social care needs | ...")."""
    cells = c.quote.split(" | ")
    return cells[-1] if len(cells) == 2 else c.quote


def _statement_text(stmt: Statement) -> str:
    return " ".join([stmt.text, *(_cited_text(c) for c in stmt.citations)])


@check(
    "OUTCOME_NOT_SMART",
    "warning",
    "SEND Code of Practice 9.66",
    "Outcomes must be specific, measurable, achievable, realistic and time-bound.",
)
def outcome_not_smart(ctx: Context) -> Iterator[Flag]:
    for stmt in ctx.draft.sections.get("E", ()):
        problem = _not_smart(stmt)
        # an unsure reading is the caseworker's to check, unless it is elastic ("Safiya will become more
        # independent"): an outcome with nothing to observe is what this check is for, whatever else it is
        if problem and (not stmt.unsure or _unmeasured(stmt)):
            yield statement_flag("OUTCOME_NOT_SMART", problem, "E", stmt)


def _not_smart(stmt: Statement) -> str | None:
    m = AS_PROVISION_RE.search(stmt.text)
    if m:
        return (
            f"This outcome describes provision ('{m.group(0)}'), not the difference it should make for the "
            "child: move it to Section F and write the outcome it is for."
        )
    if not (stmt.timeframe or fields.timeframe(stmt.text) or TIME_RE.search(stmt.text)):
        return "This outcome has no time frame (for example 'by the end of Year 4' or a date)."
    if _unmeasured(stmt):
        return "This outcome has nothing to observe or measure: say what the child will do, and how well."
    return None


def _unmeasured(stmt: Statement) -> bool:
    """Elastic words ("be more confident", "develop") and nothing to count, once its time frame is set aside."""
    when = stmt.timeframe or fields.timeframe(stmt.text)
    untimed = TIME_RE.sub(" ", stmt.text.replace(when, " ") if when else stmt.text)
    untimed = re.sub(r"\b(19|20)\d\d\b|\byear \d+\b", " ", untimed, flags=re.I)  # a date is not a measure
    return bool(ELASTIC_RE.search(untimed)) and not MEASURE_RE.search(untimed)
