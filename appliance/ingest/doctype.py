"""What a document is: its advice type, who wrote it (role and name) and when.

Decided from the filename, the title lines and the body, by weighted patterns; a caseworker
can correct any of it. Dates are kept as written (for citation) and as ISO (for checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from appliance.ingest.passages import Passage

AdviceType = Literal[
    "parent_views",
    "child_views",
    "educational",
    "psychological",
    "medical",
    "speech_and_language",
    "occupational_therapy",
    "physiotherapy",
    "social_care",
    "hearing_impairment_teacher",
    "vision_impairment_teacher",
    "preparing_for_adulthood",
    "personal_details",
    "existing_plan",
    "annual_review",
    "other",
]
ADVICE_TYPES: tuple[AdviceType, ...] = get_args(AdviceType)


def as_advice_type(value: str) -> AdviceType | None:
    """`value` if it names an advice type, else None."""
    return next((t for t in ADVICE_TYPES if t == value), None)


ADVICE_LABELS = {
    "parent_views": "Views of the parent or carer",
    "child_views": "Views of the child or young person",
    "educational": "Educational advice",
    "psychological": "Psychological advice",
    "medical": "Medical advice",
    "speech_and_language": "Speech and language therapy advice",
    "occupational_therapy": "Occupational therapy advice",
    "physiotherapy": "Physiotherapy advice",
    "social_care": "Social care advice",
    "hearing_impairment_teacher": "Advice of a qualified teacher of the deaf",
    "vision_impairment_teacher": "Advice of a qualified teacher of the visually impaired",
    "preparing_for_adulthood": "Preparing for adulthood advice",
    "personal_details": "Personal details",
    "existing_plan": "Existing EHC plan",
    "annual_review": "Annual review",
    "other": "Other advice",
}

# (advice type, pattern); earlier rules win ties, so specific ones come first.
TYPE_PATTERNS: list[tuple[AdviceType, str]] = [
    ("hearing_impairment_teacher", r"teacher of the deaf|\bqtod\b|hearing (support|impairment) (service|team|teacher)"),
    ("vision_impairment_teacher", r"teacher of (children with )?(the )?visual(ly)? impair|\bqtvi\b|vision support"),
    ("preparing_for_adulthood", r"preparing for adulthood|\bpfa\b|careers advi[cs]e|transition to adult"),
    ("annual_review", r"annual review"),
    ("existing_plan", r"education,? health and care plan\b(?! needs)|\bfinal (ehc )?plan\b"),
    ("personal_details", r"personal details"),
    ("parent_views", r"parent(s|'s|s')?\b.{0,12}\b(carer )?views|parent/carer|parent / carer|carer views|family views"),
    ("child_views", r"all about me|my views|child'?s views|young person'?s views|pupil (views|voice)|\w+'s views"),
    ("psychological", r"educational psycholog|psychological advice|\bep report\b|^ep\b|psychology"),
    ("speech_and_language", r"speech and language|\bsalt\b|\bslt\b|speech therap"),
    ("occupational_therapy", r"occupational therap|\bot report\b|\bot advice\b"),
    ("physiotherapy", r"physiotherap|\bphysio\b"),
    (
        "educational",
        r"home and hospital (education|tuition|teaching)|education (service|team|support service)|"
        r"tuition service",
    ),
    ("social_care", r"social care|social work|children'?s services|disabled children'?s team|children and families"),
    ("medical", r"paediatric|medical advice|\bnhs\b|camhs|audiolog|consultant|\bgp\b|health advice|hospital|clinic"),
    (
        "educational",
        r"educational advice|school advice|advice from the school|\bsenco\b|head ?teacher|specialist teacher|outreach",
    ),
]

ROLE_PATTERNS: list[str] = [
    r"senior educational psychologist",
    r"educational psychologist",
    r"(highly )?specialist speech and language therapist",
    r"speech and language therapist",
    r"(clinical specialist |children'?s )?physiotherapist",
    r"(children'?s )?occupational therapist",
    r"consultant (community )?paediatrician(?: \([^)]*\))?",
    r"community paediatrician",
    r"paediatrician",
    r"clinical psychologist",
    r"(camhs )?psychiatrist",
    r"audiologist",
    r"social worker",
    r"family support worker",
    r"senco",
    r"head ?teacher",
    r"deputy head ?teacher",
    r"class teacher",
    r"(behaviour )?outreach teacher",
    r"specialist teacher",
    r"qualified teacher of the deaf",
    r"teacher of the deaf",
    r"qualified teacher of (children and young people with )?vision impairment",
    r"careers adviser",
    r"school nurse",
    r"teaching assistant",
    r"general practitioner",
    r"\bgp\b",
    r"\bslt\b",
    r"\bsalt\b",
]
ROLE_ABBREVIATIONS = {"slt": "Speech and language therapist", "salt": "Speech and language therapist"}
VIEWS_TYPES = ("parent_views", "child_views")
COPY_LINE_RE = re.compile(r"^(cc|copy to|copies to|distribution)\b", re.I)

DEFAULT_ROLE = {
    "psychological": "Educational psychologist",
    "speech_and_language": "Speech and language therapist",
    "occupational_therapy": "Occupational therapist",
    "physiotherapy": "Physiotherapist",
    "medical": "Paediatrician",
    "social_care": "Social worker",
    "educational": "SENCO",
    "parent_views": "Parent or carer",
    "child_views": "Child or young person",
    "hearing_impairment_teacher": "Qualified teacher of the deaf",
    "vision_impairment_teacher": "Qualified teacher of the visually impaired",
}

TYPE_ROLE_HINTS = {
    "psychological": r"psycholog",
    "speech_and_language": r"speech|language",
    "occupational_therapy": r"occupational",
    "physiotherapy": r"physio",
    "medical": r"paediatric|consultant|doctor|nurse|psychiatr|audiolog|\bgp\b|practitioner|clinical",
    "social_care": r"social|family support|worker",
    "educational": r"senco|teacher|head|inclusion|outreach|tutor|co-?ordinator",
    "hearing_impairment_teacher": r"deaf|hearing",
    "vision_impairment_teacher": r"vision|visual",
    "preparing_for_adulthood": r"careers|adviser|transition|adulthood",
}

MONTH_LIST = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
MONTHS = {m: i for i, m in enumerate(MONTH_LIST, 1)}
MONTH_NAMES = "|".join(list(MONTHS) + [m[:3] for m in MONTHS] + ["sept"])
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})\b"
    r"|\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b",
    re.I,
)
DATE_LABEL_RE = re.compile(
    r"\b(report date|date of report|date completed|date of advice|report written|date written|typed|"
    r"advice date|completed on|date)\b",
    re.I,
)
NOT_ADVICE_DATE_RE = re.compile(
    r"\b(dob|d\.o\.b|date of birth|born|involvement|assessed|clinic date|seen on|visit|observ|review)\b", re.I
)
AUTHOR_LABEL_RE = re.compile(
    r"^(completed by|written by|advice written by|author|therapist|psychologist|educational psychologist|"
    r"physiotherapist|worker|allocated worker|specialist teacher|signed|from)\b",
    re.I,
)
TITLE_NAME_RE = re.compile(r"\b((?:Dr|Mrs|Mr|Ms|Miss|Mx|Prof)\.? [A-Z][\w.'-]*(?: [A-Z][\w'-]+){0,2})")
PLAIN_NAME_RE = re.compile(r"^([A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){1,2})\b")


@dataclass(frozen=True)
class DocumentDetails:
    """What a document says about itself, and the passages that say it (found once, at ingest)."""

    advice_type: AdviceType
    author_role: str | None
    author_name: str | None
    date: str | None  # ISO
    author_passage: int | None  # seq of the passage the author was read from
    date_passage: int | None  # seq of the passage that states the date


def parse_date(text: str) -> tuple[date, str, int] | None:
    """The first date written in `text`, with the text as written and where it starts."""
    for m in DATE_RE.finditer(text):
        try:
            if m.group(1):
                month = MONTHS.get(m.group(2).lower()[:3]) or next(
                    v for k, v in MONTHS.items() if k.startswith(m.group(2).lower()[:3])
                )
                found = date(int(m.group(3)), month, int(m.group(1)))
            elif m.group(4):
                year = int(m.group(6))
                year = year + 2000 if year < 100 else year
                found = date(year, int(m.group(5)), int(m.group(4)))
            else:
                found = date(int(m.group(7)), int(m.group(8)), int(m.group(9)))
        except (ValueError, StopIteration):
            continue
        return found, m.group(0), m.start()
    return None


def detect_type(filename: str, passages: list[Passage]) -> AdviceType:
    head = " ".join(p.text for p in passages[:12]).lower()
    body = " ".join(p.text for p in passages).lower()
    name = re.sub(r"[_\-.]+", " ", filename.lower())
    scores: dict[str, float] = {}
    for kind, pattern in TYPE_PATTERNS:
        rx = re.compile(pattern, re.I | re.M)
        score = 6.0 * bool(rx.search(name)) + 3.0 * bool(rx.search(head)) + min(len(rx.findall(body)), 5) * 0.2
        if score:
            scores[kind] = scores.get(kind, 0.0) + score
    if not scores:
        return "other"
    best = max(scores.values())
    return next(kind for kind, _ in TYPE_PATTERNS if scores.get(kind) == best)


def _find_role(text: str) -> str | None:
    low = text.lower()
    for pattern in ROLE_PATTERNS:
        m = re.search(pattern, low)
        if m:
            return ROLE_ABBREVIATIONS.get(m.group(0), text[m.start() : m.end()])
    return None


def _name_in(text: str) -> str | None:
    m = TITLE_NAME_RE.search(text)
    if m:
        return m.group(1).strip()
    m = PLAIN_NAME_RE.match(text.split("|")[-1].strip())
    return m.group(1) if m else None


def detect_author(passages: list[Passage], advice_type: str) -> tuple[str | None, str | None, int | None]:
    """(role, name, passage seq), preferring labelled rows, then signature lines at the end."""
    labelled = [p for p in passages if AUTHOR_LABEL_RE.match(p.cells[0] if p.cells else p.text)]
    if advice_type in VIEWS_TYPES:
        named_by = next((p for p in labelled if _name_in(p.text)), labelled[0] if labelled else None)
        name = _name_in(named_by.text) if named_by else None
        return DEFAULT_ROLE[advice_type], name, named_by.seq if named_by else None
    tail = [p for p in reversed(passages[-8:]) if len(p.text) < 160 and not COPY_LINE_RE.match(p.text)]
    found = []
    for p in labelled + tail + passages[:10]:
        role = _find_role(p.text)
        if role:
            value = p.cells[-1] if p.cells else re.sub(AUTHOR_LABEL_RE, "", p.text).strip(" :")
            found.append((role[0].upper() + role[1:], _name_in(value), p.seq))
    # the author's role fits the kind of advice: an EP report also names the class teacher it consulted
    fitting = TYPE_ROLE_HINTS.get(advice_type)
    for role, name, seq in found:
        if fitting is None or re.search(fitting, role, re.I):
            return role, name, seq
    named = next((f for f in found if f[1]), None)
    return DEFAULT_ROLE.get(advice_type), (named[1] if named and fitting is None else None), None


def detect_date(passages: list[Passage]) -> tuple[str | None, int | None]:
    candidates: list[tuple[int, date, int]] = []  # (priority, date, seq)
    n = len(passages)
    for p in passages:
        found = parse_date(p.text)
        if not found:
            continue
        label = p.cells[0] if p.cells else p.text[max(0, found[2] - 30) : found[2]]
        if NOT_ADVICE_DATE_RE.search(label):
            continue
        if DATE_LABEL_RE.search(label):
            priority = 0
        elif len(p.text) <= 40 and p.seq < 12:
            priority = 1  # a letter's date line
        elif p.seq >= n - 6 and len(p.text) < 200:
            priority = 2  # signature block
        else:
            continue
        candidates.append((priority, found[0], p.seq))
    if not candidates:
        return None, None
    candidates.sort(key=lambda c: (c[0], -c[1].toordinal()))
    _, best, seq = candidates[0]
    return best.isoformat(), seq


def describe(filename: str, passages: list[Passage]) -> DocumentDetails:
    advice_type = detect_type(filename, passages)
    role, name, author_seq = detect_author(passages, advice_type)
    when, date_seq = detect_date(passages)
    return DocumentDetails(advice_type, role, name, when, author_seq, date_seq)


def locate(passages: list[Passage], author_name: str | None, when: str | None) -> tuple[int | None, int | None]:
    """The passages that state details a caseworker corrected: (author's, date's) seqs."""
    author = next((p.seq for p in passages if author_name and author_name in p.text), None)
    dated = next((p.seq for p in passages if when and (d := parse_date(p.text)) and d[0].isoformat() == when), None)
    return author, dated
