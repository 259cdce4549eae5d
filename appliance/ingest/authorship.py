"""Who wrote a document, from where people say so: "Completed by" / "Advice given by" / "Signed"
answers, the signature below "Yours sincerely" or "Kind regards", name-and-role lines at the end,
the letterhead, "I write as ...". An addressee ("Dear Dr X", the address block above the
salutation, "To:" and "cc:" lines) is never the author, and the author's role fits the advice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from appliance.ingest import dates, layout
from appliance.ingest.advice import AdviceType
from appliance.ingest.passages import Passage
from appliance.ingest.people import (
    FAMILY_RE,
    SLT_ABBREVIATION,
    Person,
    name_at_start,
    org_phrase,
    read_person,
    role_phrase,
    segments,
    surname,
)

EXPLICIT_LABEL_RE = re.compile(
    r"\b((completed|written|prepared|given|compiled|signed|drawn up|filled in|made|produced|assessed|facilitated|led|"
    r"sent|carried out)( in)? by|"
    r"authors?|assessors?|signed|signature|^\W*from|your name|"
    r"name of (author|professional|person completing|parent|carer)|"
    r"(parent|carer)'?s name|advice by|report by|print(ed)? name|name \(print|name and (role|designation|job title))\b",
    re.I,
)
BARE_BY_RE = re.compile(r"\W*by", re.I)  # a views letter's own "By Abena Osei (mum)"
NOT_AUTHOR_LABEL_RE = re.compile(
    r"\b(checked|countersigned|agreed|approved|authori[sz]ed|verified|reviewed|copied|quality assured)( by)?\b|"
    # a skill "signed off by his workshop tutor" is assessed by them, not the document written by them
    r"\bsigned off\b|"
    r"\bmanager'?s decision\b|^(cc|to|re|child|pupil|student|young person|name|date|school|setting)\b|"
    # a dated entry of a log or home-school book: "Tues 23 Sept - Dad: ...", "10/11 - Miss B: ..."
    rf"^{dates.ENTRY_DATE}",
    re.I,
)
BY_RE = re.compile(
    r"(?:^|(?<=[.;]\s))\W*((?:advice |report |plan |views )?"
    r"(?:completed|written|prepared|compiled|made|signed|filled in|sent|submitted) by|^from|"
    # "By Abena Osei (mum)", not an outcome's "By July 2027, Kai will ..." nor "By the end of Year 2"
    rf"^by(?!\s+(?:{dates.MONTH_NAMES}|the|end|easter|christmas|half[- ]term|summer|autumn|spring|year|\d)\b))"
    # (a name's capital: not a paragraph's "By sessions 5 to 8 we had found ...")
    r"\s+((?-i:[A-Z]).+)",
    re.I,
)
NEXT_LABEL_RE = re.compile(r"\s(?=[A-Z][a-z]+(?: [a-z]+){0,2}\s*:\s)")  # "... SENCO Date: 12/03/2025"
# a form's label, numbered or not ("1 Completed by: ..."), but not a dated entry's "23 Sept - Dad: ..."
INLINE_LABEL_RE = re.compile(
    rf"(?:^(?:\d{{1,2}}[.)]?\s+(?!(?i:{dates.MONTH_NAMES})\b))?|(?<=[.;]\s))([A-Z][\w'/ ()-]{{1,40}}?)\s*:\s+(?=\S)"
)
FIRST_PERSON_ROLE_RE = re.compile(
    r"\bI (?:am writing|write|am) (?:this )?as\s+(?:(?:the|a|an|his|her|their|\w+'s)\s+){0,2}(?P<a>[\w' -]{3,60}?)[,.]"
    r"|\bI am (?:the|a|an|\w+'s)\s+(?P<b>[\w' -]{3,60}?)(?:\s+(?:for|at|to|in|with)\b|[,.])"
    r"|\bwritten by me as (?:the |a |an )?(?:\w+'s\s+)?(?P<c>[\w' -]{3,60}?)[,.]",
    re.I,
)
SCRIBE_RE = re.compile(
    r"\b(scribed|typed (it|them|what)|wrote (it|them) down|in (his|her|their|my) (own )?words|what \w+ (told|said)|"
    r"from what|with \w+ (in|on)\b|chose the words)",
    re.I,
)
NAME_QUESTION_RE = re.compile(r"\byour (?:full )?name\b", re.I)  # "Q2. Your name and relationship to the child"
ROLE_FIELD_RE = re.compile(r"^\W*(role|job title|designation|position|profession|post)\b", re.I)
NAME_FIELD_RE = re.compile(r"^\W*((full |print(ed)? |professional'?s |contact )?name)\b", re.I)
SERVICE_FIELD_RE = re.compile(r"^\W*(service|organi[sz]ation|agency|team|department|employer)\b", re.I)
SETTING_LABEL_RE = re.compile(r"^(setting|school|provider|college|name of (school|setting|provider))\b", re.I)
SPECIFIC_ORG_RE = re.compile(
    r"\b(service|team|department|unit|clinic|centre|center|hub|practice|surgery|school|college|academy)s?\b", re.I
)
CIRCULATION_RE = re.compile(r"\b(circulation|distribution|copies to|copy list)\b", re.I)
CARER_KIND_RE = re.compile(r"\b(foster carer|kinship carer|special guardian)s?\b", re.I)
# people listed in one answer: "A, OT; B, Physiotherapist", or each with their role in brackets
# ("Zara Okafor (pupil), Marcus Okafor (parent), Owen Price (SENCo)")
SIGNATORIES_RE = re.compile(r";|(?<=\))(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])")

# Priorities, best first: where the document itself says who wrote it.
EXPLICIT, SIGN_OFF, ROLE_LABEL, SIGNATURE_LINE, LETTERHEAD, FIRST_PERSON = range(6)

DEFAULT_ROLE: dict[str, str] = {
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
# A role fits an advice type when it names the profession that writes it.
TYPE_ROLE_HINTS: dict[str, str] = {
    "psychological": r"psycholog",
    "speech_and_language": rf"speech|language|\bslt\b|{SLT_ABBREVIATION}",
    "occupational_therapy": r"occupational",
    "physiotherapy": r"physio",
    "medical": r"paediatric|pediatric|consultant|doctor|\bnurs(?:es?|ing)\b|psychiatr|audiolog|\bgp\b|practitioner|"
    r"clinical|physician|ophthalmolog|neurolog|dietit|dietic|camhs|health|registrar|surgeon|orthopt|optometr|podiatr|"
    r"orthotist|social prescrib",
    "social_care": r"social|family support|worker|practitioner|manager|officer|early help|key worker",
    "educational": r"(?:send?|aln)co|teacher|head|inclusion|outreach|tutor|co-?ordinator|lecturer|principal|mentor|"
    r"learning support|virtual school|designated|pastoral|manager|specialist teacher|support assistant",
    "hearing_impairment_teacher": r"deaf|hearing|qtod",
    "vision_impairment_teacher": r"vision|visual|qtvi|multi-?sensory|\bmsi\b",
    "preparing_for_adulthood": r"careers|adviser|advisor|transition|adulthood|employment|job coach",
}
# The services that write each kind of advice, for a letterhead that does not name the author
SERVICE_HINTS: dict[str, str] = {
    "psychological": r"psycholog|\beps\b|inclusion|educational",
    "speech_and_language": r"speech|language|therap|nhs|health|trust|hospital|clinic|cent(re|er)|service",
    "occupational_therapy": r"occupational|therap|nhs|health|trust|hospital|clinic|cent(re|er)|service",
    "physiotherapy": r"physio|therap|nhs|health|trust|hospital|clinic|cent(re|er)|service",
    "medical": r"nhs|health|hospital|clinic|cent(re|er)|camhs|practice|surgery|paediatric|trust|medical|nursing|"
    r"department|child development|audiolog|neurolog|ophthalm|service",
    "social_care": r"social|children'?s services|famil|early help|front door|disab|council|care|team",
    "educational": r"school|academy|college|nursery|pre-?school|education|learning|virtual|outreach|provider|training|"
    r"portage|support service|teaching",
    "hearing_impairment_teacher": r"sensory|hearing|deaf|support service",
    "vision_impairment_teacher": r"sensory|vision|visual|support service",
    "preparing_for_adulthood": r"careers|adulthood|transition|employment|college|pathways",
}
# The advice a role writes, for weighing a document's type by who wrote it (first match wins).
ROLE_TYPES: list[tuple[AdviceType, str]] = [
    # a council sensory team's rehabilitation officer assesses daily living and mobility: social care, though
    # named for the sight loss ("Rehabilitation Officer (Visual Impairment)")
    ("social_care", r"\brehabilitation (?:officer|worker)|\brovi\b"),
    ("hearing_impairment_teacher", r"deaf|qtod"),
    # a teacher of multi-sensory impairment holds the vision qualification (and more)
    ("vision_impairment_teacher", r"visual(ly)? impair|vision impair|qtvi|multi-?sensory impair|\bmsi\b"),
    ("psychological", r"educational psycholog|\bep\b"),
    ("speech_and_language", rf"speech|language therap|\bslt\b|{SLT_ABBREVIATION}"),
    ("occupational_therapy", r"occupational therap"),
    ("physiotherapy", r"physio"),
    ("preparing_for_adulthood", r"careers|job coach|supported employment"),
    # a GP practice's social prescriber works for the NHS, though "social" is in the name
    ("medical", r"social prescrib|health and wellbeing coach"),
    # a young carers' or carers' assessor assesses for the council's children's services (s17ZA)
    (
        "social_care",
        r"social|family support|early help|young carers?\b|carers?'? (?:support |assessment )?(?:worker|officer|"
        r"assessor|practitioner|lead)|"
        # the council's workers for children placed with family or adopters: "Special Guardianship Support Worker"
        r"(?:guardianship|kinship|adoption|fostering|permanence|family time|contact) (?:support )?(?:worker|officer|"
        r"practitioner|team)|"
        # a council's worker for a family resettled as refugees: "Resettlement Caseworker"
        r"\bresettlement\b|\brefugee (?:support )?(?:case)?(?:worker|officer)",
    ),
    (
        "medical",
        r"paediatric|pediatric|doctor|\bnurs(?:es?|ing)\b|psychiatr|audiolog|\bgp\b|physician|ophthalmolog|neurolog|clinical|"
        r"health practitioner|\b(?:rmn|rgn|rn)\b|dietit|dietic|orthoptist|podiatrist|orthotist",
    ),
    # a club's coach or leader, or a volunteer, writes of the child in their activity: no statutory advice
    ("other", r"\bcoach\b|\binstructor\b|\bscouts?\b|\bcubs\b|\bbrownies\b|\bclub\b|\bvolunteer\b"),
    # a college's Additional Learning Support (ALS) staff: "ALS Coordinator", "ALS key worker"
    (
        "educational",
        r"send?co|alnco|teacher|head|tutor|lecturer|principal|learning support|virtual school|inclusion|\bals\b|"
        # a school's own practitioners: "Licensed Thrive Practitioner", "ELSA", "HLTA", "Learning mentor"
        r"\bthrive\b|emotional literacy|\belsa\b|teaching assistant|\bh?lta\b|learning mentor",
    ),
    ("parent_views", r"mum|dad|mother|father|parent|carer|guardian|grand"),
]


@dataclass(frozen=True)
class Author:
    role: str | None
    name: str | None
    service: str | None
    seq: int | None  # the passage that names the author


@dataclass(frozen=True)
class Candidate:
    priority: int
    seq: int
    person: Person
    scribe: bool = False
    label_role: str | None = None  # the role a form's label gives ("Therapist: ..."), weaker than their own

    @property
    def role(self) -> str | None:
        return self.person.role or self.label_role


def role_type(role: str | None) -> AdviceType | None:
    """The advice a role writes, if it says."""
    return next((kind for kind, rx in ROLE_TYPES if role and re.search(rx, role, re.I)), None)


def _writes_a_type(role: str) -> bool:
    return any(fits(role, advice_type) for advice_type in TYPE_ROLE_HINTS)


def fits(role: str, advice_type: str) -> bool:
    hint = TYPE_ROLE_HINTS.get(advice_type)
    return hint is None or bool(re.search(hint, role, re.I))


def _labelled(p: Passage) -> list[tuple[str, str]]:
    """(label, answer) pairs: a two-column row, or "Label: answer" fields in a line."""
    if p.kind == "table_row" and len(p.cells) >= 2 and p.cells[0]:
        return [(p.cells[0], " ".join(c for c in p.cells[1:] if c))]
    if p.kind != "heading" and p.headings and NAME_QUESTION_RE.search(p.headings[-1]):
        return [(p.headings[-1], p.text)]  # a form's question as a heading, the answer below it
    text = re.sub(r"^[-*•]\s*", "", p.text)
    fields = list(INLINE_LABEL_RE.finditer(text))
    out = []
    for m, following in zip(fields, [*fields[1:], None], strict=False):
        end = following.start() if following else len(text)
        # a details line runs its fields on: "Pupil: Maisie Year 8 School: Castlemere Written by: G. Lumley"
        first, *more = NEXT_LABEL_RE.split(text[m.end() : end])
        out.append((m.group(1), first.strip(" .;")))
        out += [(label.strip(), answer.strip(" .;")) for label, answer in (f.split(":", 1) for f in more)]
    by = BY_RE.search(text)
    if by and not fields:
        out.append((by.group(1), by.group(2)))
    return out


def _label_candidates(label: str, answer: str, seq: int) -> list[Candidate]:
    """The people a labelled answer names as its authors ("Authors | A, OT; B, Physiotherapist")."""
    named = bool(re.fullmatch(r"\W*(your |full )?name\W*", label, re.I))
    explicit = (
        not named
        and not NOT_AUTHOR_LABEL_RE.search(label)
        and bool(BARE_BY_RE.fullmatch(label) or EXPLICIT_LABEL_RE.search(label))
    )
    role = (
        None if named or explicit or NOT_AUTHOR_LABEL_RE.search(label) or len(label.split()) > 5 else role_phrase(label)
    )
    answer = NEXT_LABEL_RE.split(answer)[0]
    if not (named or explicit or role) or not answer.strip():
        return []
    scribe = bool(SCRIBE_RE.search(answer))
    people = [read_person(part) for part in SIGNATORIES_RE.split(answer) if part.strip()]
    if named:  # a views form's "Name: Kerry Cole (mum)": the family member who wrote it
        return [Candidate(EXPLICIT, seq, p) for p in people if p.role and FAMILY_RE.search(p.role)]
    if explicit:
        return [Candidate(EXPLICIT, seq, p, scribe) for p in people]
    return [Candidate(ROLE_LABEL, seq, p, scribe, role) for p in people if p.name or p.role]


def _details_blocks(fields: Sequence[tuple[str, str, int]]) -> list[Candidate]:
    """A form's own details block: "Name | Dr A. Shah" with "Role | Educational Psychologist" (and
    "Service | ...") in the rows beside it. A "Name" row with no role beside it is the child's."""
    out = []
    for i, (label, answer, _) in enumerate(fields):
        if not ROLE_FIELD_RE.match(label) or not (role := role_phrase(answer)):
            continue
        near = fields[max(0, i - 2) : i + 3]
        named = next((f for f in near if NAME_FIELD_RE.match(f[0])), None)
        if named is None or (person := read_person(named[1])).name is None:
            continue
        service = next((org_phrase(f[1]) for f in near if SERVICE_FIELD_RE.match(f[0])), None)
        out.append(Candidate(EXPLICIT, named[2], Person(person.name, role, service or person.service)))
    return out


def _sign_off(passages: Sequence[Passage], block: list[int]) -> Candidate | None:
    """The person who signs below the closing: a name line, then role and service lines."""
    name = role = service = None
    seq = None
    for i in block:
        text = layout.CLOSING_RE.sub("", passages[i].text).strip(" ,.")
        if not text:
            continue
        person = read_person(text)
        if person.name and name is None:
            name, seq = person.name, passages[i].seq
        role = role or person.role or role_phrase(text)
        service = service or person.service or (org_phrase(text) if not person.name else None)
    if name is None and role is None:
        return None
    return Candidate(SIGN_OFF, seq if seq is not None else passages[block[0]].seq, Person(name, role, service))


def _signature_lines(passages: Sequence[Passage], skip: set[int]) -> list[Candidate]:
    """Name-and-role lines at the end of a document with no closing: "Dr A. Shah, Educational
    Psychologist" or a name with its role on the next line."""
    out = []
    for i in range(max(0, len(passages) - 4), len(passages)):
        p = passages[i]
        if i in skip or p.kind == "table_row" or any(CIRCULATION_RE.search(h) for h in p.headings):
            continue
        start = name_at_start(p.text)
        if not start or (layout.is_sentence(p.text[: start[1] + 60]) and len(p.text) > 160):
            continue
        person = read_person(re.split(r"(?<![A-Z])\.\s+(?=[A-Z][a-z]+:)", p.text)[0])
        if person.role is None and i + 1 < len(passages):
            following = read_person(passages[i + 1].text)
            if following.name is None:
                person = replace(person, role=following.role, service=person.service or following.service)
        if person.role:  # a signature says what its signer does
            out.append(Candidate(SIGNATURE_LINE, p.seq, person))
    return out


def candidates(passages: Sequence[Passage]) -> list[Candidate]:
    """Everyone the document's author places name as its author, addressees left out."""
    texts = [p.text for p in passages]
    to = layout.addressees(texts, dates.dated_blocks(passages))
    greeted = layout.salutation_names(texts)
    starts = layout.body_starts(texts)
    block = [i for i in layout.sign_off(texts) if i not in to]
    found: list[Candidate] = []
    fields: list[tuple[str, str, int]] = []
    for i, p in enumerate(passages):
        if i in to or layout.COPY_RE.match(p.text) or any(CIRCULATION_RE.search(h) for h in p.headings):
            continue
        for label, answer in _labelled(p):
            found += _label_candidates(label, answer, p.seq)
            fields.append((label, answer, p.seq))
        if i < starts and not _labelled(p) and name_at_start(p.text):
            person = read_person(p.text)
            if person.name and person.role:
                found.append(Candidate(LETTERHEAD, p.seq, person))
        for m in FIRST_PERSON_ROLE_RE.finditer(p.text if i < starts + 3 else ""):
            role = role_phrase(next(g for g in m.groups() if g))
            if role:
                found.append(Candidate(FIRST_PERSON, p.seq, Person(None, role, None)))
    found += _details_blocks(fields)
    signed = _sign_off(passages, block) if block else None
    found += [signed] if signed else _signature_lines(passages, to)
    return [c for c in found if not (c.person.name and surname(c.person.name) in greeted)]


def lead_role(found: Sequence[Candidate]) -> str | None:
    """The role of whoever the document most plainly names as its author (not a scribe)."""
    # a details block's "Adoptive parents: ..." beside "Social worker: ..." says who the child lives with; the
    # professional's label names the author
    # a plan signed by the pupil, a parent and the SENCo together is the SENCo's: among people named the
    # same way, the professional
    ranked = sorted(
        (c for c in found if c.role and not c.scribe),
        key=lambda c: (c.priority, c.priority in (ROLE_LABEL, EXPLICIT) and _family_role(c, found)),
    )
    return ranked[0].role if ranked else None


def _family_role(c: Candidate, found: Sequence[Candidate]) -> bool:
    """A family member's role, where a professional is named in the same passage or (for a form's
    role label) anywhere in the document."""
    if not FAMILY_RE.search(c.role or ""):
        return False
    if c.priority == ROLE_LABEL:
        return True
    return any(o.seq == c.seq and o.role and not FAMILY_RE.search(o.role) for o in found)


def author_of(passages: Sequence[Passage], advice_type: AdviceType, found: Sequence[Candidate]) -> Author:
    """The author whose role fits the advice, with the service they write from."""
    if advice_type in ("parent_views", "child_views"):
        return _views_author(passages, advice_type, found)
    fitting = [c for c in found if c.role and fits(c.role, advice_type)]
    unroled = [c for c in found if c.person.name and not c.person.role]
    # a writer who signs with a role that writes no advice type ("Imogen Tallis, Play and Sandtray Therapist") is
    # that, not the type's usual writer (one who writes another type is someone the advice names: "Mr Owen Price,
    # SENCO" in a doctor's letter)
    own = [c for c in found if c.role and c.person.name and not FAMILY_RE.search(c.role) and not _writes_a_type(c.role)]
    if not fitting and not unroled and not own:
        return Author(DEFAULT_ROLE.get(advice_type), None, _service(passages, found, advice_type), None)
    best = min(fitting or unroled or own, key=lambda c: c.priority)
    named = [c for c in unroled if c.priority <= SIGNATURE_LINE]
    if best.person.name is None and named:  # "I am writing as the audiologist" ... signed "Anjali Rao"
        best = replace(min(named, key=lambda c: c.priority), label_role=best.role)
    name = best.person.name
    same = [c for c in found if name and c.person.name and surname(c.person.name) == surname(name)]
    role = best.role or next((c.role for c in same if c.role), None)
    role = role if role and (fits(role, advice_type) or not (fitting or unroled)) else DEFAULT_ROLE.get(advice_type)
    service = best.person.service or next((c.person.service for c in same if c.person.service), None)
    return Author(role, name, service or _service(passages, found, advice_type), best.seq)


def _views_author(passages: Sequence[Passage], advice_type: AdviceType, found: Sequence[Candidate]) -> Author:
    signed = [c for c in found if c.person.name and c.priority in (EXPLICIT, SIGN_OFF)]
    best = min(signed, key=lambda c: c.priority) if signed and advice_type == "parent_views" else None
    role = DEFAULT_ROLE[advice_type]
    if advice_type == "parent_views":
        own = best.person.role or "" if best else ""
        kind = CARER_KIND_RE.search(" ".join([own, *(p.text for p in passages[:6])]))
        relation = FAMILY_RE.search(own)
        role = kind.group(1).capitalize() if kind else relation.group(1).capitalize() if relation else role
    return Author(role, best.person.name if best else None, None, best.seq if best else None)


def _service(passages: Sequence[Passage], found: Sequence[Candidate], advice_type: str) -> str | None:
    """Where the author works when their own line does not say: an organisation's "From:" line,
    the setting a school's advice is about, else the letterhead's first line."""
    sender = next((c.person.service for c in found if c.priority == EXPLICIT and not c.person.name), None)
    if sender:
        return sender
    if advice_type == "educational":
        for p in passages[:15]:
            for label, answer in _labelled(p):
                if SETTING_LABEL_RE.match(label) and answer and (org := org_phrase(segments(answer)[0])):
                    return org
    texts = [p.text for p in passages]
    to = layout.addressees(texts, dates.dated_blocks(passages))
    fitting = SERVICE_HINTS.get(advice_type)
    heads = []
    for i, p in enumerate(passages[: min(3, layout.body_starts(texts))]):
        parts = segments(p.text) if p.text.strip() and not name_at_start(p.text) else []
        orgs = [org for part in parts if (org := org_phrase(part)) and not FAMILY_RE.search(org)]
        if p.kind == "table_row" or (layout.FIELD_RE.match(p.text) and not orgs) or dates.BIRTH_RE.search(p.text):
            break  # the child's details: the letterhead is above them, the child's school below
        if i not in to:  # a letterhead that fits the advice: the SEND team a letter goes to does not
            heads += [org for org in orgs[:2] if fitting is None or re.search(fitting, org, re.I)]
    # the service itself rather than the trust or council it belongs to
    return next((org for org in heads if SPECIFIC_ORG_RE.search(org)), heads[0] if heads else None)
