"""ADVICE_CONFLICT: two reports recommend different amounts or kinds of the same provision, such
as weekly against fortnightly therapy, or direct teaching against an advisory visit; or different
amounts of the same help that has no specialist of its own (a key adult's check-ins, a literacy
intervention, hours of adult support)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from appliance.documents import AdviceDocument
from appliance.drafting.plan import PROVISION_SECTIONS, Flag, Statement
from appliance.evidence.units import sentence_spans
from appliance.ingest.people import SLT_ABBREVIATION
from appliance.qa.amounts import Amount, amount
from appliance.qa.registry import Context, check, make_flag, statement_flag

# (provision, how reports name it, the practitioner who delivers it, the advice type of that specialist)
DISCIPLINES = (
    (
        "speech and language therapy",
        rf"speech and language therapy|{SLT_ABBREVIATION}|\bspeech sounds?\b",
        rf"speech and language therap(ist|y service)|{SLT_ABBREVIATION}",
        "speech_and_language",
    ),
    ("occupational therapy", r"occupational therapy|\bot\b", r"occupational therapist|\bot\b", "occupational_therapy"),
    ("physiotherapy", r"physiotherapy|\bphysio\b", r"physiotherapist|\bphysio\b", "physiotherapy"),
    (
        "specialist teaching for deafness",
        r"teacher of the deaf|\bqtod\b",
        r"teacher of the deaf|\bqtod\b",
        "hearing_impairment_teacher",
    ),
    (
        "specialist teaching for multi-sensory impairment",
        r"\b(?:q?t)?msi\b|multi-?sensory impair",
        r"teacher of (?:children with )?(?:msi|multi-?sensory impair\w*)|\bq?tmsi\b|\bmsi (?:teacher|team|service)",
        "vision_impairment_teacher",
    ),
    (
        "specialist teaching for vision impairment",
        r"\bqtvi\b|teacher of (children with )?(the )?visual",
        r"teacher of (children with )?(the )?visual\w* impair\w*|\bqtvi\b",
        "vision_impairment_teacher",
    ),
    ("educational psychology", r"educational psycholog", r"educational psychologist", "psychological"),
    # a sight-impaired child's long cane and route training, by a (re)habilitation officer
    (
        "mobility and independence training",
        r"\b(?:cane|mobility|orientation and mobility|route) training\b|\bhabilitation\b",
        r"\b(?:re)?habilitation (?:officer|specialist|worker|practitioner)|\brovi\b|\bmobility (?:officer|instructor)",
        "social_care",
    ),
    (
        "counselling or therapy",
        r"counselling|play therapy|music therapy|art therapy",
        r"counsellor|play therapist|music therapist|art therapist",
        "medical",
    ),
)
# someone other than the specialist delivers it
OTHER_DELIVERER_RE = re.compile(
    r"teaching assistant|\b(ta|lsa|hlta)s?\b|learning support|teacher\b|mentor|key (adult|worker)|\belsa\b|"
    r"\bparents?\b|\bcarers?\b",
    re.I,
)
# "trained by the therapist", "a programme set by the SLT": someone else delivers it
INDIRECT_RE = re.compile(
    r"(\b(trained|set|set up|written|planned|designed|advised|guided|supervised|overseen|modelled)\s+by"
    r"|\b(guidance|advice|direction|supervision|support|programmes?|targets?|strategies|goals) (of|from)"
    # whose advice it follows: "put back to Year 10, as the SLT advised"
    r"|(?:,|\bjust)\s+as)\s+"
    r"((the|a|an|his|her|their)\s+)?(nhs\s+|community\s+)?$",
    re.I,
)
# the specialist's programme or targets, named by whose they are: "her SLT programme", "the physio targets"
OWN_PROGRAMME_RE = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:current |own |latest |new )?"
    r"(?:programmes?|targets?|strategies|goals|advice|report|folder)\b",
    re.I,
)
# the child is known to the service: no way of working recommended ("she is under the care of Speech and Language
# Therapy")
KNOWN_TO_RE = re.compile(r"\b(?:under the care of|known to|on the caseload of|open to)\b", re.I)
DIRECT_RE = re.compile(
    r"\b(therapy|sessions?|treatment|intervention|teaching|teach|counselling|direct|1:1|individual)\b", re.I
)
# staff training (a child's own "cane training" or "travel training" is direct work)
TRAINING_RE = re.compile(
    r"(?<!cane )(?<!mobility )(?<!route )(?<!travel )\btrain(s|ing)?\b|\bawareness\b"
    # "A one-hour session for all staff who teach Ffion, led by the qualified teacher of the visually impaired"
    r"|\b(?:sessions?|workshops?|briefings?) for (?:all |the |his |her |their )?(?:staff|teachers|adults)\b",
    re.I,
)
CONSULT_RE = re.compile(r"\b(review|visit|advise|advice|consult|monitor|assess)\w*", re.I)
REFERRAL_RE = re.compile(
    r"\b(?:a )?referral (?:has been|was|will be|is being) (?:made|sent)\b|^\W*(?:\d{1,2}[.)]\s*)?(?:an? )?referral to\b"
    r"|\b(?:has been|have|has|was|will be|is being) referred\b",
    re.I,
)
PROGRAMME_RE = re.compile(r"\bprogrammes?\b", re.I)
SETTER = r"(?:the |a |an |his |her |their )?(?:nhs |community )?"  # "set by the NHS SLT"
COMPARABLE = ({"direct"}, {"consult"}, {"training"}, {"programme"}, {"direct", "consult"})
KINDS = {
    "direct": "direct work with the child",
    "consult": "visits to review or advise",
    "training": "staff training",
    "programme": "a programme the specialist sets for school staff to deliver",
}
Item = tuple[str, Statement, tuple[str, str]]

# literacy programmes by name: two reports that name different ones recommend two pieces of help
LITERACY_PROGRAMMES = (
    r"\bfresh start\b|\btoe by toe\b|\bread write inc\b|\bnessy\b"
    r"|\bprecision teaching (?:of|on|for) [\w -]{0,30}\b(?:words|reading|spellings?|sounds|letters|phonics)\b"
)
LITERACY_PROGRAMME_RE = re.compile(LITERACY_PROGRAMMES, re.I)
# Help no specialist owns, named by what it is. Two reports that give it different amounts disagree;
# one that states no amount leaves the plan to fix it, which is another flag's business.
TOPICS = (
    (
        "key adult check-ins",
        re.compile(
            r"\bcheck[- ]?(?:ins?|outs?)\b|\bcheck (?:in|out) with\b|\bfor a (?:quick |short )?catch[- ]up\b"
            r"|\bmeets? (?:him|her|them|[A-Z][a-z'-]+) at the (?:[\w-]+ )?(?:gate|door|entrance|reception)\b"
        ),
    ),
    (
        "a literacy intervention",
        re.compile(
            r"\b(?:literacy|reading|phonics|spelling)(?: and spelling)? (?:programme|intervention|group|sessions?|"
            rf"teaching|tuition)\b|{LITERACY_PROGRAMMES}",
            re.I,
        ),
    ),
    (
        "a social communication group",
        re.compile(
            r"\bsocial (?:communication|skills|understanding|thinking) (?:group|sessions?|programme)\b|\btalkabout\b"
            r"|\blego[- ](?:based )?therapy\b",
            re.I,
        ),
    ),
    ("a sensory circuit", re.compile(r"\bsensory circuits?\b", re.I)),
    # a sixth form's or college's study skills teaching: "one 45-minute individual study skills session every week"
    # against "study skills sessions with Ms Gorringe, 30 minutes fortnightly"
    ("study skills sessions", re.compile(r"\bstudy skills (?:sessions?|teaching|support|tuition|lessons?)\b", re.I)),
    # a school's vocabulary group: "once a week" against the therapist's "three times a week" (not a "language
    # programme", which a therapist sets and an untrained assistant's session does not follow)
    (
        "a vocabulary group",
        re.compile(
            r"\b(?:vocabulary|word)(?: skills| building)? (?:group|programme|intervention|sessions?|work)\b"
            r"|\btalk boost\b|\bneli\b|\bword aware\b",
            re.I,
        ),
    ),
    (
        "a maths intervention",
        re.compile(
            r"\b(?:maths|numeracy|number)(?: skills)? (?:programme|intervention|group|sessions?|teaching|tuition|"
            r"booster|catch-up)\b|\bpre-?teach\w*\b[^.;]{0,80}\bmaths\b",
            re.I,
        ),
    ),
    # measured by how many minutes early: "leaves every lesson 2 minutes early" against "5 minutes before the bell"
    (
        "leaving lessons early",
        re.compile(
            r"\b(?:leaves?|leaving) (?:each |every |all |his |her |their |the )?(?:lessons?|class(?:es)?)\b[^.;]{0,30}?"
            r"\b(?:early|before the bell)\b|\bminutes? before the bell\b",
            re.I,
        ),
    ),
    # help measured by how long or how far apart, not how often a week: "a 15-minute rest after every two lessons"
    # against "a 10-minute rest break at the end of every lesson"; "to the toilet every 45 mins" against "every 2 hours"
    # (not what a position rests: "tilt in space for 20 minutes, to rest his back")
    (
        "rest breaks",
        re.compile(
            r"\brest(?: breaks?)?\b(?! of\b)(?!ed\b)"
            r"(?! (?:his|her|their|the) (?:back|legs?|eyes|arms?|hands?|voice|body|feet|joints|skin)\b)",
            re.I,
        ),
    ),
    (
        "timed toileting",
        re.compile(r"\btimed toileting\b|\b(?:to|use|uses|visits?) the toilet\b[^.;]{0,30}\bevery\b", re.I),
    ),
    ("an Attention Autism group", re.compile(r"\battention autism\b|\bbucket time\b", re.I)),
    (
        "a phased timetable",
        re.compile(
            r"\b(?:phased|reduced|part[- ]time) (?:return|timetable)\b"
            r"|\badd(?:s|ing)? (?:one|a|an) (?:[\w-]+ )?lesson\b",
            re.I,
        ),
    ),
    # the activity, not the person's title: "(Ms Donnelly, ELSA)" may be doing something else
    (
        "mentoring",
        re.compile(
            r"\bmentoring\b|\bmentor sessions?\b|\bsessions? with (?:a|an|his|her|their) [\w -]{0,20}mentor\b", re.I
        ),
    ),
    (
        "emotional literacy support",
        re.compile(r"\b(?:elsa|emotional literacy) (?:sessions?|support|programme|work|intervention)\b", re.I),
    ),
    (
        "hours of adult support",
        re.compile(
            r"\b(?:1:1|one[- ]to[- ]one|individual|adult|ta|lsa) support\b|\bsupport (?:from|of|by) (?:an? |one )?"
            r"(?:[\w-]+ ){0,3}?(?:assistant|practitioner|adult|ta|lsa)\b|\b(?:teaching|learning support) assistant\b",
            re.I,
        ),
    ),
)
HOURS = 300.0  # minutes a week from which help is hours of support, not a session
# advice types that are one discipline's service, so a discharge in it is from that discipline
OWN_SERVICE = frozenset({"speech_and_language", "occupational_therapy", "physiotherapy", "hearing_impairment_teacher"})
BY_LENGTH = frozenset({"rest breaks", "timed toileting", "leaving lessons early"})  # compared by their minutes alone
ABOUT_CHARS = 100
# (not "building up to stage 3", where the help grows to a stated point)
HEDGED_AMOUNT_RE = re.compile(
    r"(?<!building )(?<!builds )(?<!build )(?<!built )(?<!working )\bup to\b|\bas (?:needed|required|appropriate)\b"
    r"|\bwhere possible\b",
    re.I,
)
# the discipline's own service says the child needs no direct work from it now: "Discharge from SLT caseload: direct
# therapy is not indicated", "I will discharge Ellie from the service at the end of the block" (not a discharge in
# the past, "he was discharged in Year 2", nor one that waits on a condition, "will be discharged if ...")
NO_DIRECT_WORK_RE = re.compile(
    r"\bI (?:will|am going to|plan to) discharge\b|\b(?:I am|I'm|we are|we're) (?:now )?discharging\b"
    r"|\b(?:is|are) (?:now |today )?discharged (?:from|to)\b|^\W*(?:[A-Z]:\s*)?discharge (?:from|to)\b"
    r"|\bhas been discharged from (?:the |our |his |her )?[\w ]{0,30}caseload\b"
    r"|\bdirect (?:[a-z ]{0,40} )?(?:therapy|intervention|input|work|sessions?) (?:is|are) not "
    r"(?:currently |yet |at present |now )?(?:indicated|needed|required|recommended)\b",
    re.I,
)
# how the service works for any child, or when it would: "after the third, the child is discharged", "if the targets
# are met she is discharged"
SERVICE_RULE_RE = re.compile(
    r"\b(?:a|each|every) (?:child|young person|pupil)\b|\bchildren\b|\b(?:if|unless|once)\b", re.I
)
SECTION_GROUP = {"F": "education", "G": "health", "H1": "social care", "H2": "social care"}
NAMED_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?:[A-Z]\.? )?([A-Z][a-z'-]+)")


@check(
    "ADVICE_CONFLICT",
    "warning",
    "SEND Code of Practice 9.69 (the LA must resolve and explain departures from advice)",
    "Two reports recommend different amounts or kinds of the same provision.",
)
def advice_conflict(ctx: Context) -> Iterator[Flag]:
    provision = [(sec, s) for sec, s in ctx.draft.statements() if sec in PROVISION_SECTIONS]
    items = [(sec, s, k) for sec, s in provision if (k := _kind(s))]
    names = {d.record.id: d.record.filename for d in ctx.documents}
    types = ctx.advice_types
    flagged: set[str] = set()
    for a, b in combinations(items, 2):
        if not _comparable(a, b):
            continue
        said_a, said_b = amount(a[1].text), amount(b[1].text)
        if a[2][1] == b[2][1] and not said_a.differs(said_b):
            continue
        if (_weekly_minutes(said_a) >= HOURS) != (_weekly_minutes(said_b) >= HOURS):
            continue  # hours of adult support that include the programme, against the programme's sessions
        # where one is the specialist's own advice, the other departs from it and carries the flag;
        # between two specialists' reports (or two others') neither is the reference, so both do
        specialist = next(t for name, _, _, t in DISCIPLINES if name == a[2][0])
        own_a, own_b = (types.get(_first_document(x[1])) == specialist for x in (a, b))
        if own_b and not own_a:
            (a, said_a), (b, said_b) = (b, said_b), (a, said_a)
        sides = (
            _Side(b[0], b[1], f"{KINDS[b[2][1]]} ('{said_b.said or b[1].text[:60]}')"),
            _Side(a[0], a[1], f"{KINDS[a[2][1]]} ('{said_a.said or a[1].text[:60]}')"),
        )
        yield from _conflict_flags(a[2][0], sides, names, flagged, both=own_a == own_b)
    said_in = {doc.record.id: _sentences(doc) for doc in ctx.documents}  # each report's sentences, split once
    yield from _discharge_conflicts(ctx, items, flagged, said_in)
    yield from _advised_against(ctx, provision, flagged, said_in)
    yield from _topic_conflicts(provision, names, flagged)


# one report advising against a thing another recommends: "We advise against the use of ear defenders while his
# hearing is reduced" (the thing: up to three words, to the first word that says when, why or where)
THING = (
    r"[a-z][\w-]*(?:\s+(?!(?:while|whilst|for|in|at|as|because|until|with|when|during|on|by|and|or|unless|since|if|"
    r"this|that|these|next)\b)[a-z][\w-]*){0,2}"
)
ADVISED_AGAINST_RE = re.compile(
    r"\b(?:advise|advised|advising|recommend|recommended|recommending)\s+against\s+"
    r"(?:the\s+use\s+of\s+|using\s+|any\s+|(?:his|her|their)\s+(?:use\s+of\s+|using\s+)?)?(?:an?\s+|the\s+)?"
    rf"(?P<thing>{THING})"
    # what the child should not do: "Ife should not take part in school swimming lessons this year"
    r"|\b(?:should|must)\s+not\s+(?:take\s+part\s+in|do|go\s+to|attend|use)\s+(?:any\s+|his\s+|her\s+|their\s+)?(?:school\s+)?"
    rf"(?P<banned>{THING})",
    re.I,
)
# what the thing is a kind of, left off to find it in other words: "swimming lessons" is asked for as "swimming"
GENERIC_TAIL_RE = re.compile(r"\s+(?:lessons?|sessions?|activities|classes|use)$", re.I)
NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|without|avoid|instead of|rather than)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _advised_against(
    ctx: Context, provision: list[tuple[str, Statement]], flagged: set[str], said_in: dict[str, list[str]]
) -> Iterator[Flag]:
    """A report advises against a thing ("ear defenders") that another report's provision recommends: a flag on the
    provision, and one on the advice against it, by its words."""
    for doc in ctx.documents:
        for said, thing in _advice_against(said_in[doc.record.id]):
            others = [
                (sec, st)
                for sec, st in provision
                if doc.record.id not in _documents(st) and _recommends(st.text, thing)
            ]
            for sec, st in others:
                if st.id not in flagged:
                    flagged.add(st.id)
                    message = (
                        f"Reports disagree about {thing}: this one recommends it, {doc.record.filename} advises "
                        "against it. Decide what the plan specifies and record why it departs from the other advice."
                    )
                    yield statement_flag("ADVICE_CONFLICT", message, sec, st)
            if others:
                yield _its_own_words(doc, said, f"This report advises against {thing}", others[0])


def _its_own_words(doc: AdviceDocument, said: str, this_report: str, other: tuple[str, Statement]) -> Flag:
    """The flag on the report's own side of a disagreement, quoting its sentence."""
    message = (
        f"{this_report}, and another report recommends it ('{other[1].text[:80]}'). Decide what the plan specifies "
        "and record why."
    )
    return make_flag("ADVICE_CONFLICT", message, section=other[0], document_id=doc.record.id, quote=said)


def _sentences(doc: AdviceDocument) -> list[str]:
    return [passage.text[a:b] for passage in doc.passages for a, b in sentence_spans(passage.text)]


# a ban only on an occasion ("must not use the training kitchen's hob or sharp knives when he is visibly drowsy"):
# a safety rule for that moment, not advice against the thing; "while his hearing is reduced" is for now, and stands
ON_OCCASION_RE = re.compile(r"^[^.;]*?\b(?:when|whenever|if|unless)\b", re.I)


def _advice_against(sentences: list[str]) -> Iterator[tuple[str, str]]:
    """Each sentence of a report that advises against a thing, with the thing (not a part of it: the
    "training kitchen" of "the training kitchen's hob")."""
    for said in sentences:
        found = ADVISED_AGAINST_RE.search(said)
        if found is None or re.match(r"['\u2019]s\b", said[found.end() :]) or ON_OCCASION_RE.match(said[found.end() :]):
            continue
        yield said, GENERIC_TAIL_RE.sub("", found.group("thing") or found.group("banned"))


def _recommends(text: str, thing: str) -> bool:
    """The provision names the thing, not as what it goes without ("no ear defenders", "instead of a laptop")."""
    named = re.search(rf"\b{re.escape(thing)}\b", text, re.I)
    return named is not None and NEGATED_BEFORE.search(text[: named.start()]) is None


def _discharge_conflicts(
    ctx: Context, items: list[Item], flagged: set[str], said_in: dict[str, list[str]]
) -> Iterator[Flag]:
    """A specialist's service discharges the child, or says direct work is not indicated, while another report
    asks for that specialist's direct work in a stated amount: a flag on each side, the discharge by its words."""
    for doc in ctx.documents:
        seen: set[str] = set()
        for said in _discharges(said_in[doc.record.id]):
            discipline = _discharged_discipline(said, doc.record.advice_type)
            if discipline is None or discipline in seen:
                continue
            seen.add(discipline)
            others = [
                (sec, s, asked)
                for sec, s, kind in items
                if kind == (discipline, "direct")
                and doc.record.id not in _documents(s)
                and (asked := _amount(s)).per_week
            ]
            for sec, stmt, asked in others:
                if stmt.id in flagged:
                    continue
                flagged.add(stmt.id)
                message = (
                    f"Reports disagree about {discipline}: this one recommends direct work ('{asked.said}'), "
                    f"{doc.record.filename} says the service is discharging the child or that direct work is not "
                    "indicated. Decide what the plan specifies and record why it departs from the other advice."
                )
                yield statement_flag("ADVICE_CONFLICT", message, sec, stmt)
            if others:
                yield _its_own_words(doc, said, f"This report ends direct {discipline}", (others[0][0], others[0][1]))


def _discharges(sentences: list[str]) -> Iterator[str]:
    for said in sentences:
        found = NO_DIRECT_WORK_RE.search(said)
        if found and not SERVICE_RULE_RE.search(said[: found.start()]):
            yield said


def _discharged_discipline(said: str, advice_type: str) -> str | None:
    """The discipline the sentence names, else the one whose advice the document is."""
    for name, activity, practitioner, _ in DISCIPLINES:
        if re.search(rf"{activity}|{practitioner}", said, re.I):
            return name
    return next((name for name, _, _, owner in DISCIPLINES if owner == advice_type and owner in OWN_SERVICE), None)


@dataclass(frozen=True)
class _Side:
    """One report's side of a disagreement: its statement and what it recommends."""

    section: str
    stmt: Statement
    says: str


def _conflict_flags(
    topic: str, sides: tuple[_Side, _Side], names: dict[str, str], flagged: set[str], *, both: bool
) -> Iterator[Flag]:
    """A flag on the departing side, and on the other too where `both`, each naming the other report
    (once per statement)."""
    for this, other in (sides, sides[::-1])[: 2 if both else 1]:
        if this.stmt.id in flagged:
            continue
        flagged.add(this.stmt.id)
        message = (
            f"Reports disagree about {topic}: this one recommends {this.says}, "
            f"{names.get(_first_document(other.stmt), 'another report')} recommends {other.says}. Decide what the "
            "plan specifies and record why it departs from the other advice."
        )
        yield statement_flag("ADVICE_CONFLICT", message, this.section, this.stmt)


@dataclass(frozen=True)
class _Offer:
    """A provision item that can be disputed by amount: the help it names and how much, said once."""

    section: str
    stmt: Statement
    topics: tuple[str, ...]  # in the order of TOPICS
    said: Amount
    kind: tuple[str, str] | None


def _offers(items: list[tuple[str, Statement]]) -> list[_Offer]:
    """The items that name help no specialist owns and say how often, without hedging the amount
    ("up to 3 sessions" is for VAGUE_WORDING, not an amount to dispute)."""
    offers = []
    for sec, stmt in items:
        topics = tuple(name for name, pattern in TOPICS if _about(pattern, stmt))
        said = _amount(stmt)
        measured = said.per_week is not None or (said.minutes is not None and set(topics) & BY_LENGTH)
        if topics and measured and not HEDGED_AMOUNT_RE.search(stmt.text):
            offers.append(_Offer(sec, stmt, topics, said, _kind(stmt)))
    return offers


def _topic_conflicts(items: list[tuple[str, Statement]], names: dict[str, str], flagged: set[str]) -> Iterator[Flag]:
    """Help no specialist owns, given in different amounts by two reports: a flag on each, since
    neither is the reference (the one that offers less first)."""
    for a, b in combinations(_offers(items), 2):
        if SECTION_GROUP[a.section] != SECTION_GROUP[b.section]:
            continue
        if _documents(a.stmt) & _documents(b.stmt) or not a.said.differs(b.said):
            continue
        topic = next((name for name in a.topics if name in b.topics), None) or _one_adult_s_time(a, b)
        if topic is None or (a.kind and a.kind == b.kind):
            continue  # one discipline's work is compared above
        if _other_people(a.stmt, b.stmt) and topic not in NAMED_PROGRAMMES:
            continue  # two adults' time is two pieces of help; one programme run by either is the same help
        if _other_programmes(a.stmt, b.stmt):
            continue
        if not _same_measure(topic, a.said, b.said):
            continue
        if _offers_less(a.said, b.said):
            a, b = b, a
        sides = (_Side(b.section, b.stmt, f"'{b.said.said}'"), _Side(a.section, a.stmt, f"'{a.said.said}'"))
        yield from _conflict_flags(topic, sides, names, flagged, both=True)  # no specialist's is the reference


KEY_ADULT_TIME = frozenset({"key adult check-ins", "mentoring"})
# help known by its programme's name: whoever runs it, two amounts of it are a disagreement
NAMED_PROGRAMMES = frozenset({"an Attention Autism group", "a sensory circuit", "a social communication group"})


def _one_adult_s_time(a: _Offer, b: _Offer) -> str | None:
    """One named adult's check-ins in one report and mentoring sessions in another: the same time with
    the child ("Ms Quirke will meet Ellis for a 10-minute check-in once a week" against "Ms Quirke
    (learning mentor), 30-minute mentoring sessions twice a week")."""
    if _people(a.stmt) & _people(b.stmt) and set(a.topics) & KEY_ADULT_TIME and set(b.topics) & KEY_ADULT_TIME:
        return "time with a key adult"
    return None


def _same_measure(topic: str, a: Amount, b: Amount) -> bool:
    """Hours of adult support are compared with hours, and a session with a session."""
    hours = min(_weekly_minutes(a), _weekly_minutes(b)) >= HOURS
    one_session_of_hours = max(a.minutes or 0, b.minutes or 0) >= HOURS > min(a.minutes or 0, b.minutes or 0)
    return hours == (topic == "hours of adult support") and not one_session_of_hours


def _about(topic: re.Pattern[str], stmt: Statement) -> bool:
    """The statement is about the topic: it names it where it says what the help is, not in a
    clause further on ("..., with the teaching assistant who delivers her literacy programme")."""
    return topic.search(stmt.text[:ABOUT_CHARS]) is not None


def _amount(stmt: Statement) -> Amount:
    """How much: the item's own frequency and duration fields first, then its words."""
    fields = amount(" ".join(x for x in (stmt.frequency, stmt.duration) if x))
    words = amount(stmt.text)
    per_week = fields.per_week if fields.per_week is not None else words.per_week
    minutes = fields.minutes if fields.minutes is not None else words.minutes
    return Amount(per_week, minutes, fields.said or words.said)


def _weekly_minutes(said: Amount) -> float:
    """Minutes a week; sessions a week where their length is not said."""
    return (said.minutes or 1.0) * (said.per_week or 1.0)


def _offers_less(a: Amount, b: Amount) -> bool:
    """Fewer minutes a week, where both say how long; else fewer sessions a week."""
    if a.minutes is not None and b.minutes is not None:
        return _weekly_minutes(a) < _weekly_minutes(b)
    return (a.per_week or 0.0) < (b.per_week or 0.0)


def _other_programmes(a: Statement, b: Statement) -> bool:
    """Both name a literacy programme, and not the same one ("Read Write Inc. Fast Track tutoring" and
    "precision teaching of high-frequency words"): two pieces of help."""
    named_a, named_b = ({m.group(0).lower() for m in LITERACY_PROGRAMME_RE.finditer(s.text)} for s in (a, b))
    return bool(named_a and named_b and not named_a & named_b)


def _other_people(a: Statement, b: Statement) -> bool:
    """Both name who gives it, and not the same person: two pieces of help, not one in dispute."""
    people_a, people_b = _people(a), _people(b)
    return bool(people_a and people_b and not people_a & people_b)


def _people(stmt: Statement) -> set[str]:
    """The surnames of the adults a statement names by title ("Ms Quirke" gives "Quirke")."""
    return {m.group(1) for m in NAMED_RE.finditer(stmt.text)}


def _comparable(a: Item, b: Item) -> bool:
    """The same discipline, comparable kinds of work, from different reports."""
    (_, stmt_a, kind_a), (_, stmt_b, kind_b) = a, b
    return (
        kind_a[0] == kind_b[0]
        and {kind_a[1], kind_b[1]} in COMPARABLE
        and not (_documents(stmt_a) & _documents(stmt_b))
    )


def _kind(stmt: Statement) -> tuple[str, str] | None:
    """The discipline whose practitioner delivers the item, and whether it is direct work with the
    child, an advisory visit or review, or training for staff."""
    if REFERRAL_RE.search(stmt.text) or KNOWN_TO_RE.search(stmt.text):
        return None  # a referral asks the service to see the child, being known to it asks nothing: nothing to dispute
    for name, activity, practitioner, _ in DISCIPLINES:
        # "his SALT programme", "speech and language therapy programme from Mrs Okafor (NHS SLT)": the specialist's
        # programme, delivered by someone else
        if PROGRAMME_RE.search(stmt.text) and re.search(
            rf"(?:{practitioner}|{activity})\s+programmes?\b", stmt.text, re.I
        ):
            return name, "programme"
        if _delivered_by(stmt, practitioner) or (
            _named_directly(activity, stmt.text) and not OTHER_DELIVERER_RE.search(stmt.delivered_by or stmt.text)
        ):
            if TRAINING_RE.search(stmt.text):
                return name, "training"
            if DIRECT_RE.search(stmt.text):
                return name, "direct"
            if CONSULT_RE.search(stmt.text):
                return name, "consult"
            said = amount(stmt.text)
            if said.per_week is None and said.minutes is None:
                return None  # "QTVI support from the Sensory Support Service": no way of working, no amount to dispute
            return name, "direct"
        # "set by the SLT"; "Stretches and standing programme from the community physiotherapist"
        set_by = rf"\b(?:(?:set|written|planned|designed|devised)\s+by|programmes? from)\s+{SETTER}(?:{practitioner})"
        if PROGRAMME_RE.search(stmt.text) and re.search(set_by, stmt.text, re.I):
            return name, "programme"  # set by the specialist, delivered by someone else
        # "a teaching assistant who has been trained by the speech and language therapist, working on the SLT's
        # current targets": someone else does the specialist's work
        trained = (
            rf"\btrained by\s+{SETTER}(?:{practitioner})|\b(?:working on|following|using|practising) {SETTER}"
            rf"(?:{practitioner})(?:'s|\u2019s)?\s+(?:current |own |latest )?targets\b"
        )
        if OTHER_DELIVERER_RE.search(stmt.delivered_by or stmt.text) and re.search(trained, stmt.text, re.I):
            return name, "programme"
    return None


def _delivered_by(stmt: Statement, practitioner: str) -> bool:
    return any(_named_directly(practitioner, text) for text in (stmt.delivered_by or "", stmt.text))


def _named_directly(pattern: str, text: str) -> bool:
    """The practitioner or their work is named as what the child gets, not as whose programme, targets or
    advice someone else follows ("using the targets from her speech and language therapy programme")."""
    for m in re.finditer(pattern, text, re.I):
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() :]
        if not (INDIRECT_RE.search(before) or OWN_PROGRAMME_RE.match(after)):
            return True
    return False


def _documents(stmt: Statement) -> set[str]:
    return {c.document_id for c in stmt.citations}


def _first_document(stmt: Statement) -> str:
    return stmt.citations[0].document_id if stmt.citations else ""
