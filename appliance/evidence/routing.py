"""Routing: which passages bear on which section of the plan, and as what kind of item.

Structure first (the report's headings, form labels, table headers), then patterns on the
passage itself. Background, test descriptions, strengths lists and boilerplate are not needs;
pointers to other reports ("described in the therapist's report") are not provision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from appliance.documents import AdviceDocument
from appliance.evidence.areas import classify_area
from appliance.evidence.roles import NEGATIVE_ANSWER_RE, Role, header_role, heading_role, label_role
from appliance.ingest.injection import addressed_to_machine
from appliance.ingest.passages import Passage

VIEWS_TYPES = ("parent_views", "child_views")
HEALTH_TYPES = ("medical",)

KIND_SECTION: dict[str, str] = {
    "view": "A",
    "need": "B",
    "health_need": "C",
    "social_care_need": "D",
    "outcome": "E",
    "provision": "F",
    "health_provision": "G",
    "social_care_provision": "H2",
}

POINTER_RE = re.compile(
    r"\b(described|set out|detailed|given|listed|included|covered) (in|by) (the |her |his |their |my )?"
    r"[\w' ]{0,40}(report|advice|letter)|should be followed in full|have not repeated|\bI (agree|share|support)\b|"
    r"(see|refer to) (the |her |his )?[\w' ]{0,30}(report|advice)|details are in|should (also )?be sought",
    re.I,
)
PREAMBLE_RE = re.compile(
    r"^(the|this|these) (provision|table|outcomes?|targets?|following|recommendations?)\b.{0,80}"
    r"\b(below|following|in addition to|suggested|shows|are needed)",
    re.I,
)
DIFFICULTY_RE = re.compile(
    r"difficult|struggl|hard (to|for)|finds it hard|cannot|can't|unable|limited|\bbelow\b|delay|weak|anxious|"
    r"anxiety|\bneeds?\b|poor|\blow\b|isolated|not yet|relies|tires|fatigue|sensitiv|at risk|outburst|reduced|"
    r"impair|loss|loses|lonely|withdraw|avoid|distress|refus|frustrat|tired|unclear|does not|doesn'?t|"
    r"rarely|fragile|dysregulat|aggress|hurt|exhaust|worr|behind|\bgap\b|only understood|understood only|"
    r"diagnos|disorder|epilepsy|asthma|seizure|wetting|sleep|fed through|gastrostomy|adhd|autis|palsy|"
    r"hearing loss|deaf|incontinen|pain|allerg|restricted|fewer than|only eats|urgency|infections?\b",
    re.I,
)
GAP_RE = re.compile(
    r"did not (pass|reach|meet)|while most|compared (with|to) (his|her|their) peers|well below|behind (his|her|their)|"
    r"working towards|not yet (able|secure|reading|writing)|gap between",
    re.I,
)
POSITIVE_ONLY_RE = re.compile(
    r"age-appropriate|\btypical\b|within (the )?(normal|average)|no concerns|(is|are) a (relative |real )?strength|"
    r"average range|is normal|were normal|satisfactory|well liked",
    re.I,
)
HISTORY_RE = re.compile(
    r"^(he|she|they|[A-Z][a-z]+) (was|were) (born|referred|seen|first)|^(past medical|history)|"
    r"^(he|she|[A-Z][a-z]+) (started|had|walked|attended)\b|^in \d{4}\b|genetic testing|audiogram|"
    r"^(thank you|dear|yours|i have known|i last|i saw|i am writing|i am aware|i have discussed|i have not|"
    r"i found|on examination|re:|cc\b|diagnos[ie]s\b|(current )?medications?:)"
    r"|\bDOB\b|date of birth|\bNHS (no\.?|number)?\s*\d|hosp(ital)? no|\bpatient:",
    re.I,
)
HEALTH_PROVISION_RE = re.compile(
    r"\bwill (continue to |also )?(review|prescribe|see|monitor|refer|train|visit|check|update|assess|provide|"
    r"refresh|receive|have|attend)|\bwill be (reviewed|seen|monitored|checked)|referred .{0,60}\bwho will\b|"
    r"\bmust be on site\b|\bneeds? (occupational|speech|physio)|\btrained by the\b|\bwill refresh\b|"
    r"\bwill remain under\b|\b(has|have) been offered\b|\bshould (continue to )?(have|receive|attend)\b",
    re.I,
)
HEALTH_SERVICE_RE = re.compile(
    r"\b(reviews?|x-rays?|tests|injections?|appointments?|clinic|programme|sessions|surveillance)\b",
    re.I,
)
REGULAR_RE = re.compile(
    r"\bevery\b|\bonce an?\b|\btwice an?\b|\bannual(ly)?\b|\byearly\b|\beach (year|term|month)", re.I
)
EDUCATIONAL_NEED_RE = re.compile(
    r"handwriting|reading|writing|spelling|learning|fastenings|dressing|communication|speech|language|"
    r"friendships?|social skills",
    re.I,
)
MEDICAL_WORDS_RE = re.compile(
    r"diagnos|adhd|autis|epilep|asthma|seizure|medication|sleep|diabet|allerg|palsy|syndrome|hearing loss|"
    r"deaf|vision|sight|tonsil|bladder|bowel|continence|wetting|pain|infection|heart|cardiac",
    re.I,
)
OUTCOME_RE = re.compile(r"\bwill\b|\bto be able to\b", re.I)
TIMEFRAME_START_RE = re.compile(r"^(by|before|within|at the end of)\b", re.I)
PROVISION_SIGNAL_RE = re.compile(
    r"\b(should|will|must|needs?|to have|to receive|requires?)\b|\b(daily|weekly|fortnightly|termly)\b|"
    r"\b(minutes?|hours?|sessions?|times a|per week|a week|each week|every)\b|\b(programme|group|therapy|"
    r"support|visit|training|plan|check-in|break|frame|system|space|funding)\b",
    re.I,
)
SIGN_OFF_RE = re.compile(
    r"^(signed|written by|scribed by|completed by|date|name|dob|yours|many thanks)\b"
    r"|^(Dr|Mr|Mrs|Ms|Miss)?\.? ?[A-Z][\w.' -]{0,40}, [^.]{0,60}\d{4}$",
    re.I,
)
EDUCATIONAL_THERAPY_RE = re.compile(
    r"speech and language therap|occupational therap|physiotherap|social skills|language programme", re.I
)


Voice = Literal["child", "parent", "other"]  # whose views a Section A statement gives
EvidenceKind = Literal[
    "view",
    "need",
    "health_need",
    "social_care_need",
    "outcome",
    "provision",
    "health_provision",
    "social_care_provision",
]


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    section: str
    document_id: str
    passages: tuple[Passage, ...]
    area: str | None = None
    who: Voice | None = None
    moved_from: str | None = None  # a health or social care recommendation that educates: moved to F


def _passage_role(p: Passage, advice_type: str) -> tuple[Role | None, Voice | None]:
    """(role, who) from structure: form label, table header, then headings."""
    if p.kind == "table_row" and len(p.cells) == 2 and not p.header:
        role = label_role(p.cells[0])
        if role == "child_views":
            return "views", "child"
        if role == "parent_views":
            return "views", "parent"
        return role or "skip", None
    if p.kind == "table_row" and p.header:
        if p.cells == p.header:
            return "skip", None
        role = header_role(p.header)
        if role:
            return role, None
    return heading_role(p.headings), None


def _content(p: Passage) -> str:
    """The passage text without form labels or paragraph numbers."""
    if p.kind == "table_row" and len(p.cells) == 2 and not p.header:
        return p.cells[1]
    return p.body


def _before_first_question(doc: AdviceDocument, p: Passage) -> bool:
    """Whether `p` is a views form's introduction: before its first question. The first heading
    is the form's title unless it already asks something ("1. What are your child's strengths?")."""
    headings = [q for q in doc.passages if q.kind == "heading"]
    if not headings:
        return False
    first = headings[0]
    if first.text.endswith("?") or re.match(r"\d{1,2}[.)]\s", first.text) or len(headings) == 1:
        return p.seq < first.seq
    return p.seq < headings[1].seq


def _views_who(advice_type: str, headings: tuple[str, ...]) -> Voice:
    if advice_type == "child_views":
        return "child"
    if advice_type == "parent_views":
        return "parent"
    heading = " ".join(headings).lower()
    return "parent" if re.search(r"parent|family|mother|father|carer", heading) else "child"


def _kind_for(p: Passage, role: Role | None, advice_type: str, text: str) -> EvidenceKind | None:
    if role in ("skip", "placement", "strengths") or not text or SIGN_OFF_RE.match(text):
        return None
    if NEGATIVE_ANSWER_RE.search(text):
        return None
    if role == "outcomes":
        return "outcome" if OUTCOME_RE.search(text) and not PREAMBLE_RE.search(text) else None
    if role == "attainment":  # a sentence about the gap is a need; scores and tables are not
        gap = GAP_RE.search(text) and not POSITIVE_ONLY_RE.search(text)
        return "need" if p.kind != "table_row" and gap and len(text.split()) >= 8 else None
    if role in ("provision", "health_provision", "social_care_provision"):
        if POINTER_RE.search(text) and not re.search(r"\d|once|twice|daily|weekly", text):
            return None
        if PREAMBLE_RE.search(text) or not PROVISION_SIGNAL_RE.search(text) or len(text.split()) < 4:
            return None
        if role == "social_care_provision" or advice_type == "social_care":
            return "social_care_provision"
        if role == "health_provision" or advice_type in HEALTH_TYPES:
            return "health_provision"
        return "provision"
    if role in ("needs", "health_needs", "social_care_needs"):
        # under a needs heading a passage is a need unless it is only good news or a pointer
        if POINTER_RE.search(text) or (POSITIVE_ONLY_RE.search(text) and not DIFFICULTY_RE.search(text)):
            return None
        if len(text.split()) < 5 or (p.kind == "table_row" and p.header):
            return None
        if role == "social_care_needs" or advice_type == "social_care":
            return "social_care_need"
        if role == "health_needs" or advice_type in HEALTH_TYPES:
            return "health_need"
        return "need"
    if TIMEFRAME_START_RE.match(text) and OUTCOME_RE.search(text):
        return "outcome"
    if advice_type in HEALTH_TYPES and role is None:
        return _health_letter_kind(text)
    return None


def _health_letter_kind(text: str) -> EvidenceKind | None:
    """Paragraphs of a medical letter with no headings to go by."""
    if HISTORY_RE.search(text) or POINTER_RE.search(text) or len(text.split()) < 6:
        return None
    if not text.rstrip().endswith((".", ";", ")")) and len(text.split()) < 12:
        return None  # letterhead or a label, not a sentence
    if HEALTH_PROVISION_RE.search(text) or (REGULAR_RE.search(text) and HEALTH_SERVICE_RE.search(text)):
        return "health_provision"
    if POSITIVE_ONLY_RE.search(text) and not re.search(r"difficult|not yet|needs", text, re.I):
        return None
    if re.search(r"\b(takes no|has no|no regular|no allergies)\b", text, re.I):
        return None
    if not DIFFICULTY_RE.search(text):
        return None
    if EDUCATIONAL_NEED_RE.search(text) and not MEDICAL_WORDS_RE.search(text):
        return "need"  # a difficulty at school described by a doctor is still a special educational need
    return "health_need"


def _first_needs_heading(doc: AdviceDocument) -> int | None:
    return next((p.seq for p in doc.passages if p.kind == "heading" and heading_role((p.text,)) == "needs"), None)


PLACEMENT_RE = re.compile(
    r"\b(attend|be placed|placement (at|in)|place at|best met (at|in|by)|named in section i|transfer to|move to|"
    r"a place at)\b[^.;]{0,80}\b([A-Z][\w'-]+ )+(School|Academy|College|Centre|Unit|Base)\b"
    r"|\bsection i\b|\b(special|specialist|independent|residential) (school|college|provision|placement)\b",
)


PROTECTIVE_MARKING_RE = re.compile(r"^(official|confidential|sensitive|private|restricted)\b", re.I)


def _route_passage(doc: AdviceDocument, p: Passage, has_views_docs: set[str]) -> Evidence | None:
    if p.kind == "heading" or addressed_to_machine(p.text) or PROTECTIVE_MARKING_RE.match(p.text):
        return None
    if PLACEMENT_RE.search(p.text) and doc.advice_type not in VIEWS_TYPES:
        return None  # placement is the LA's decision after consultation: Section I stays blank
    role, who = _passage_role(p, doc.advice_type)
    if role == "summary":  # a report's summary of needs, unless it has a needs section of its own
        needs_at = _first_needs_heading(doc)
        role = "needs" if needs_at is None or needs_at > p.seq else "skip"
    text = _content(p)
    if doc.advice_type in VIEWS_TYPES and role not in ("skip", "placement"):
        if p.kind == "table_row" or SIGN_OFF_RE.match(text) or len(text.split()) < 4:
            return None
        if _before_first_question(doc, p):
            return None  # the introduction ("Mrs Bell helped me write this")
        if re.search(r"^(please|you can)\b", text, re.I) or NEGATIVE_ANSWER_RE.search(text):
            return None
        return Evidence("view", "A", doc.id, (p,), who=_views_who(doc.advice_type, p.headings))
    if role == "views":
        who = who or _views_who(doc.advice_type, p.headings)
        if who in has_views_docs or NEGATIVE_ANSWER_RE.search(text) or len(text.split()) < 6:
            return None  # first-hand views take precedence over a report's summary of them
        return Evidence("view", "A", doc.id, (p,), who=who)
    kind = _kind_for(p, role, doc.advice_type, text)
    if kind is None:
        return None
    section = KIND_SECTION[kind]
    moved_from = None
    if kind in ("health_provision", "social_care_provision") and EDUCATIONAL_THERAPY_RE.search(text):
        moved_from, kind, section = section, "provision", "F"  # educates or trains: CFA 2014 s21(5)
    if kind == "social_care_provision":
        section = social_care_section(p, text)
    area = {"health_need": "health", "health_provision": "health"}.get(kind) or (
        "social_care" if kind.startswith("social_care") else classify_area(text, p.headings)
    )
    return Evidence(kind, section, doc.id, (p,), area=area, moved_from=moved_from)


H1_RE = re.compile(
    r"short breaks?|personal assistant|adaptation|equipment|travel|recreation|holiday|direct payment|"
    r"practical assistance|chronically sick|\bs\.? ?2\b|section 2|\bh1\b",
    re.I,
)


def social_care_section(p: Passage, text: str) -> str:
    label = p.cells[0] if p.cells else " ".join(p.headings)
    if re.search(r"\bh2\b", label, re.I) and not re.search(r"\bh1\b", label, re.I):
        return "H2"
    return "H1" if H1_RE.search(label) or H1_RE.search(text) else "H2"


GROUPED_KINDS = ("view", "need", "health_need", "social_care_need")


def route(documents: list[AdviceDocument]) -> list[Evidence]:
    """Every passage that bears on the plan, as evidence items; views and needs under one
    heading of one report are grouped, each provision and outcome stands alone."""
    has_views_docs = {
        "child" if d.advice_type == "child_views" else "parent" for d in documents if d.advice_type in VIEWS_TYPES
    }
    items: list[Evidence] = []
    for doc in documents:
        for p in doc.passages:
            ev = _route_passage(doc, p, has_views_docs)
            if ev is None:
                continue
            last = items[-1] if items else None
            if (
                last
                and ev.kind in GROUPED_KINDS
                and last.kind == ev.kind
                and last.document_id == ev.document_id
                and last.passages[-1].headings == p.headings
                and last.area == ev.area
                and last.who == ev.who
                and p.seq - last.passages[-1].seq <= 2
            ):
                items[-1] = Evidence(
                    last.kind, last.section, last.document_id, (*last.passages, p), last.area, last.who
                )
            else:
                items.append(ev)
    return items
