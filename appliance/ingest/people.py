"""People as advice names them: a person's name, their role and their service, read from one
line of a signature block, a letterhead or a "Completed by" answer ("Dr A. Shah MBChB,
Consultant Community Paediatrician (HCPC ...), Westbrook Child Development Centre, tel ...").

Text only: where in a document such a line sits is `authorship`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLE_NOUNS = (
    r"[a-z]*ologist|[a-z]*therapist|paediatrician|pediatrician|physician|psychiatrist|"
    r"nurse|worker|practitioner|teacher|headteacher|head|(?:send?|aln)co|manager|adviser|"
    r"advisor|officer|co-?ordinator|lead|mentor|tutor|assistant|consultant|doctor|gp|specialist|dietitian|"
    r"dietician|orthoptist|optometrist|counsellor|clinician|director|principal|lecturer|trainer|coach|registrar|"
    r"surgeon|slt|salt|qtod|qtvi|keyworker|caseworker|chaplain|pharmacist|intervenor|childminder"
)
FAMILY_NOUNS = (
    r"mum|mummy|dad|daddy|mother|father|parents?|carers?|guardians?|grandmother|grandfather|grandparents?|nan|"
    r"gran|grandma|grandad|aunt|uncle|step-?mother|step-?father"
)
ROLE_RE = re.compile(rf"\b({ROLE_NOUNS}|{FAMILY_NOUNS})\b", re.I)
FAMILY_RE = re.compile(rf"\b({FAMILY_NOUNS})\b", re.I)
ORG_RE = re.compile(
    r"\b(service|team|trust|nhs|council|clinic|centre|center|hospital|department|practice|surgery|school|"
    r"academy|college|unit|ltd|limited|camhs|hub|base|partnership|foundation|authority|university|infirmary|"
    r"federation|psychology|therapy|therapies)s?\b",
    re.I,
)
SENTENCE_VERB_RE = re.compile(r"\b(will|is|are|has|have|had|should|would|was|were|can|could|may|must|I)\b")
CONTACT_RE = re.compile(r"\b(tel|telephone|phone|mobile|email|e-mail|fax|direct line|ext)\b|@|\d{4,}", re.I)
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
REGISTRATION_RE = re.compile(r"\s*\((?=[^)]*(\d|\bhcpc\b|\bgmc\b|\bnmc\b|\breg))[^)]*\)", re.I)
POSTNOMINALS_RE = re.compile(r"^(?:\s*(?:\(Hons\)|[A-Z][A-Za-z]*[A-Z][A-Za-z]*|BA|MA|MSc|BSc|PhD|DEdPsy)(?![\w-]))+")
TITLE_END_RE = re.compile(
    r"\b(advice|report|views|assessment|plan|letter|record|contribution|profile|summary|date|dated)\W*$", re.I
)
ROLE_ABBREVIATIONS = {"slt": "Speech and language therapist", "salt": "Speech and language therapist"}
# speech and language therapy abbreviated, in capitals only: salt added to food is no therapy
SLT_ABBREVIATION = r"(?-i:\bS[Aa]LT\b|\bSLT\b)"
# post-nominal letters that say the role when nothing else does
ROLE_FROM_LETTERS = {
    "MRCGP": "GP",
    "MRCPCH": "Paediatrician",
    "MRCPSYCH": "Psychiatrist",
    "MRCSLT": "Speech and language therapist",
}

NAME_WORD = r"(?:O'|Mc|Mac)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*"
INITIAL = r"[A-Z](?:\.\s?|\s)"
TITLE_WORDS = r"Dr|Mrs|Mr|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev"
TITLE = rf"(?:{TITLE_WORDS})\.?"
NAME_PATTERNS = (
    rf"{TITLE}\s+and\s+{TITLE}\s+{NAME_WORD}",  # "Mr and Mrs Devereux"
    rf"{TITLE}\s+(?:{INITIAL}){{0,3}}(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD}",  # "Dr P. Lindgren", "Mrs S Bell"
    rf"{NAME_WORD}(?:\s+{NAME_WORD})?\s+and\s+{NAME_WORD}(?:\s+{NAME_WORD})?",  # "Claire and Stephen Devereux"
    rf"(?:{INITIAL}){{1,3}}{NAME_WORD}",  # "F. Greenhalgh"
    rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}",  # "Gemma Ruddock"
)
NAME_AT_START = [re.compile(rf"^\s*({p})(?![\w'-])") for p in NAME_PATTERNS]
NAME_ANYWHERE = re.compile(rf"\b({NAME_PATTERNS[1]})(?![\w'-])")
# Capitalised words that are not part of a person's name (an address, a form's label, a role)
NOT_NAME_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
        date re dear signed yours sincerely faithfully regards kind best thanks thank many completed written advice
        report telephone tel email mobile direct line page year class form educational speech language occupational
        clinical specialist children child young person pupil student social care health community public the and of
        for with from to on by at in road street lane close way avenue drive crescent gardens place court walk rise
        hill house park square terrace grove mews view green row wing floor suite campus area learning support
        assessment review monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december district county city borough royal general national
        regional central north south east west what how when where who why which our my your his her their about
        tell things i
        """,
    )
)


@dataclass(frozen=True)
class Person:
    """What one line says about whoever it names first."""

    name: str | None
    role: str | None
    service: str | None


def _is_name(candidate: str) -> bool:
    words = re.findall(r"[A-Z][A-Za-z]+", candidate)
    plain = [w for w in words if not re.fullmatch(TITLE_WORDS, w)]
    return bool(plain) and not any(
        w.lower() in NOT_NAME_WORDS or ROLE_RE.fullmatch(w) or ORG_RE.fullmatch(w) for w in plain if len(w) > 1
    )


def name_at_start(text: str) -> tuple[str, int] | None:
    """The person named at the start of `text`, and where the rest begins."""
    for rx in NAME_AT_START:
        m = rx.match(text)
        if m and _is_name(m.group(1)):
            return m.group(1).strip(), m.end()
    return None


def titled_name_in(text: str) -> str | None:
    """The first "Dr / Mrs / Mr ..." name anywhere in `text`."""
    for m in NAME_ANYWHERE.finditer(text):
        if _is_name(m.group(1)):
            return m.group(1).strip()
    return None


def surname(name: str) -> str:
    return name.split()[-1].strip(".").lower()


def role_phrase(text: str) -> str | None:
    """`text` itself if it is a role ("Consultant Community Paediatrician (HCPC ...)", "SENCO")."""
    phrase = REGISTRATION_RE.sub("", text).strip(" .,;:-")
    bare = re.sub(r"\([^)]*\)", "", phrase)
    if not phrase or len(bare.split()) > 9 or not ROLE_RE.search(bare) or SENTENCE_VERB_RE.search(bare):
        return None
    if re.match(r"^(with|and|on behalf|for|to|at|by|from|via|in|of|cc)\b", phrase, re.I) or CONTACT_RE.search(bare):
        return None
    return ROLE_ABBREVIATIONS.get(phrase.lower(), phrase[0].upper() + phrase[1:])


def org_phrase(text: str) -> str | None:
    """`text` itself if it names a service or organisation ("Westbrook Educational Psychology Service")."""
    phrase = text.strip(" .,;:-")
    if not ORG_RE.search(phrase) or not 2 <= len(phrase.split()) <= 10 or re.match(r"^\d", phrase):
        return None
    if CONTACT_RE.search(phrase) or POSTCODE_RE.search(phrase) or SENTENCE_VERB_RE.search(phrase):
        return None
    if TITLE_END_RE.search(phrase) or role_phrase(phrase):
        return None  # a document's title ("Speech and language therapy advice") or someone's role
    if re.match(r"^(with|and|on behalf|for|to|at|by|from|via|in|cc)\b", phrase, re.I):
        return None
    return phrase


# a bracket followed by a capital starts a new part: lines a scan joined ("Service (CAMHS) The Orchard Centre")
SEPARATOR_RE = re.compile(
    r",|;|\s[-–]\s|(?<![A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.\s+|:\s|(?<=\x00)\s+(?=[A-Z])"
)
ANOTHER_PERSON_RE = re.compile(r"\s(with|and)\s")


def segments(text: str) -> list[str]:
    """The comma-, semicolon- and sentence-separated parts of a line (brackets kept whole)."""
    brackets = re.findall(r"\([^)]*\)", text)
    masked = re.sub(r"\([^)]*\)", "\x00", text)
    parts = []
    for part in SEPARATOR_RE.split(masked):
        while "\x00" in part:
            part = part.replace("\x00", brackets.pop(0), 1)
        parts.append(part.strip())
    return [p for p in parts if p]


def _own_part(rest: str) -> str:
    """`rest` up to where someone else's details begin ("..., with Mrs Pell, class teacher")."""
    for m in ANOTHER_PERSON_RE.finditer(rest):
        after = rest[m.end() :]
        before = rest[: m.start()].split()[-1:]
        # "Children with Disabilities Team" is one service's name, not a second person
        titled = bool(before) and before[0][:1].isupper() and after[:1].isupper()
        if name_at_start(after) or (m.group(1) == "with" and not titled):
            return rest[: m.start()]
    return rest


def read_person(text: str) -> Person:
    """The name, role and service a line gives for the person it names first."""
    text = re.sub(r"<[^>]*>", "", text)  # an email address
    start = name_at_start(text)
    name, rest = (start[0], text[start[1] :]) if start else (None, text)
    letters = POSTNOMINALS_RE.match(rest) if name else None
    postnominals = letters.group(0) if letters else ""
    own = _own_part(rest[len(postnominals) :])
    bracketed = re.fullmatch(r"\s*\(([^)]*)\)[\s.,;]*", own)  # "Gareth Lumley (Behaviour Support Teacher, Service)"
    own = bracketed.group(1) if bracketed else own
    role = service = None
    for part in segments(own):
        role = role or role_phrase(part)
        service = service or (org_phrase(part) if not role_phrase(part) else None)
    if role is None:  # two qualifications joined ("Qualified Teacher of ... with MSI and Qualified Teacher of ...")
        role = next(
            (r for part in re.split(r"\s+and\s+(?=[A-Z])(?!Young People)", own) if (r := role_phrase(part))), None
        )
    if role is None:
        role = next((r for b in re.findall(r"\(([^)]*)\)", own) if (r := role_phrase(b))), None)
    if role is None:
        role = next((v for k, v in ROLE_FROM_LETTERS.items() if k in postnominals.upper()), None)
    return Person(name, role, service)


# Staff the advice introduces with their role, so that a first name alone later says who delivers: "Key person:
# Shanice Bell", "Shanice Bell, Key Person", "Jo Platt (TA)", "his key person Shanice". Family members are left out.
STAFF_ROLE = rf"(?:{ROLE_NOUNS}|key person|educator|ta|lsa|hlta|elsa|nursery nurse|support staff|1:1|one-to-one)"
STAFF_LABEL_RE = re.compile(
    rf"\b(?:[A-Za-z]+ ){{0,3}}{STAFF_ROLE}\s*:\s*(?:{TITLE}\s+)?(?P<name>{NAME_WORD})(?: {NAME_WORD})?\b", re.I
)
STAFF_BRACKET_RE = re.compile(
    rf"\b(?P<name>{NAME_WORD})(?: {NAME_WORD})? \((?:the |our |his |her |their )?(?:[\w-]+ ){{0,3}}"
    rf"(?i:{STAFF_ROLE})\)"
)
STAFF_NAMED_RE = re.compile(
    rf"\b(?i:key person|key worker|keyworker|key adult|teaching assistant|mentor|(?-i:TA|LSA|HLTA|ELSA)),? "
    rf"(?P<name>{NAME_WORD})\b"
)
STAFF_SIGNATURE_RE = re.compile(rf"\W{{0,3}}(?:[A-Za-z-]+ ){{0,3}}{STAFF_ROLE}\b", re.I)
SIGNATURE_WORDS = 14


def staff_first_names(lines: list[str], family_names: set[str]) -> set[str]:
    """First names of the staff these lines introduce with a role (never a family member's or the child's)."""
    found: set[str] = set()
    for line in lines:
        for rx in (STAFF_LABEL_RE, STAFF_BRACKET_RE, STAFF_NAMED_RE):
            found.update(m.group("name") for m in rx.finditer(line) if not FAMILY_RE.search(m.group(0)))
        start = name_at_start(line) if len(line.split()) <= SIGNATURE_WORDS else None
        # a signature: "Shanice Bell, Key Person (Level 3 ...)"
        if start and STAFF_SIGNATURE_RE.match(line[start[1] :]) and not FAMILY_RE.search(line):
            found.add(start[0].split()[0])
    return {n for n in found if _is_name(n) and not re.fullmatch(TITLE_WORDS, n) and n not in family_names}
