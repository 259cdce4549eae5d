"""Signs that a document holds another child's details: a different date of birth or name in
its header, or another first name used as the subject the way the child is described.

Names are found by pattern (a capitalised word starting a sentence, followed by a verb that
describes a child, in a sentence that goes on to say he or she) and then ruled out generously:
the child's own names, words that also appear in lower case, adults named with a title or a
role, family and friends named as such. spaCy's tagger has the last word on whether a survivor
is a proper noun and the subject of its verb.

This decides what may be drafted: a passage that describes another child is withheld from the
draft, and the OTHER_CHILD_NAME check quotes it for the caseworker instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.evidence.units import sentence_spans
from appliance.ingest import spacy_model
from appliance.ingest.advice import VIEWS_TYPES
from appliance.ingest.doctype import DATE_RE, MONTHS, parse_date
from appliance.ingest.passages import Passage

HEADER_PASSAGES = 25
FOOTER_PASSAGES = 10
DOB_RE = re.compile(r"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\b\W{0,6}", re.I)
CHILD_LABEL_RE = re.compile(
    # (a letter's "Re:", not a subject's "RE", religious education, in a school report's table)
    r"^(?:re\s*:|(?-i:Re)|name|full name|"
    r"child'?s? name|name of (?:the )?(?:child|young person|pupil)|child|pupil|student|"
    r"young person|child / young person|learner)\s*:?$",
    re.I,
)
TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\b\.?", re.I)
DESCRIBING_VERBS = frozenset(
    [
        "achieved",
        "achieves",
        "appeared",
        "appears",
        "attended",
        "attends",
        "avoided",
        "avoids",
        "became",
        "becomes",
        "benefited",
        "benefits",
        "can",
        "cannot",
        "communicates",
        "continued",
        "continues",
        "coped",
        "copes",
        "could",
        "cried",
        "cries",
        "demonstrated",
        "demonstrates",
        "did",
        "didn't",
        "displayed",
        "displays",
        "does",
        "doesn't",
        "engaged",
        "engages",
        "enjoyed",
        "enjoys",
        "finds",
        "followed",
        "follows",
        "found",
        "gets",
        "got",
        "had",
        "has",
        "hid",
        "hides",
        "is",
        "isn't",
        "joined",
        "joins",
        "knew",
        "knows",
        "lacks",
        "learned",
        "learns",
        "learnt",
        "liked",
        "likes",
        "loses",
        "lost",
        "loved",
        "loves",
        "made",
        "makes",
        "managed",
        "manages",
        "needed",
        "needs",
        "played",
        "plays",
        "preferred",
        "prefers",
        "presented",
        "presents",
        "reads",
        "refused",
        "refuses",
        "relies",
        "remained",
        "remains",
        "requires",
        "responded",
        "responds",
        "said",
        "says",
        "scored",
        "scores",
        "seemed",
        "seems",
        "settled",
        "settles",
        "showed",
        "shows",
        "speaks",
        "spoke",
        "struggled",
        "struggles",
        "talked",
        "talks",
        "tells",
        "tends",
        "told",
        "tried",
        "tries",
        "understands",
        "understood",
        "used",
        "uses",
        "wanted",
        "wants",
        "was",
        "wasn't",
        "will",
        "worked",
        "works",
        "would",
        "writes",
        "wrote",
    ]
)
# verbs whose subject is a person: tools, places and programmes "help", "are" or "have", but do not "struggle"
PERSON_VERBS = frozenset(
    [
        "avoided",
        "avoids",
        "copes",
        "coped",
        "cried",
        "cries",
        "enjoyed",
        "enjoys",
        "finds",
        "found",
        "hid",
        "hides",
        "knew",
        "knows",
        "learned",
        "learns",
        "learnt",
        "liked",
        "likes",
        "loved",
        "loves",
        "prefers",
        "preferred",
        "refused",
        "refuses",
        "responded",
        "responds",
        "said",
        "says",
        "seemed",
        "seems",
        "speaks",
        "spoke",
        "struggled",
        "struggles",
        "talked",
        "talks",
        "tells",
        "told",
        "tried",
        "tries",
        "understands",
        "understood",
        "wanted",
        "wants",
        "writes",
        "wrote",
        "reads",
    ]
)
RELATION_WORDS = (
    r"mother|mum|mom|father|dad|brother|sister|sibling|twin|cousin|friend|friends|nan|nana|nanna|gran|grandma|"
    r"grandmother|grandad|grandfather|aunt|auntie|uncle|carer|stepfather|stepmother|stepdad|stepmum|partner|"
    r"son|daughter|baby|peer|classmate|named|called|with|and"
)
ROLE_WORDS = (
    r"teacher|assistant|ta|senco|mentor|worker|therapist|nurse|head|headteacher|psychologist|paediatrician|"
    r"doctor|consultant|officer|manager|coordinator|lead|practitioner|supervisor|keyworker|key worker|adviser|advisor|"
    r"tutor|coach|trainer|instructor|counsellor|specialist|"
    r"mother|mum|father|dad|parent|carer|gran|nan|grandma|grandad|aunt|uncle"
)
SIBLING_WORDS = r"brother|sister|sibling|twin|cousin|son|daughter|stepbrother|stepsister"
# he or she, or his or her own: "him" and "her" alone are as often a tool's object ("Makaton helps him")
PRONOUN_RE = re.compile(r"\b(he|his|himself|she|hers|herself|her own)\b", re.I)
NOT_NAMES = frozenset(
    [
        "mum",
        "mummy",
        "mom",
        "dad",
        "daddy",
        "nan",
        "nana",
        "nanny",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "grandpa",
        "auntie",
        "uncle",
        "miss",
        "sir",
        "teacher",
        # pronouns a cell may start with: "None found.", "Everyone agreed"
        "none",
        "nobody",
        "nothing",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "neither",
        "both",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        *MONTHS,
    ]
)
# a treatment as the subject of what was done with it, not a child described
TREATED_RE = re.compile(
    r"^[A-Z][a-z]+ (?:was|is|has been|had been|will be) (?:\w+ )?(?:stopped|started|prescribed|increased|reduced|"
    r"discontinued|withdrawn|weaned|trialled|tried|changed|restarted|given|taken|used) ?"
)
# a topic as the subject of what is hard for the child, not a child described: "Sleep has always been hard for her",
# "Organisation is a real difficulty: she forgets ...", "Organisation is the biggest problem right now" (not "Kacper
# finds it hard")
TOPIC_RE = re.compile(
    r"^[A-Z][a-z]+ (?:is|was|has (?:always |also |often )?been|remains) (?:always |still |also |often |very |really |"
    r"quite |particularly |so |the )?(?:(?:an? )?(?:real |big |biggest |major |key |particular |significant |main |"
    r"ongoing |greatest |hardest |worst )?"
    r"(?:difficulty|problem|issue|challenge|struggle|area of (?:need|difficulty|strength))\b|"
    r"(?:hard|difficult|tricky|challenging|a struggle) for (?:him|her|them)\b)"
)
FIRST_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # "Lola-Mae" is one name
# a first name opening a sentence, with the surname where it is given in full ("Jayden Marsh has been
# excluded"), and the verb after it, past an adverb ("Kacper now uses"); not a title ("Mrs Kaye does ...")
SENTENCE_START_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]['\"]\s))(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b)({FIRST_NAME})(\s+{FIRST_NAME})?\s+"
    r"(?:(?:now|still|also|often|usually|sometimes|always|never|already|rarely|mostly|then) )?([a-z']+)"
)


# the same after a fronted clause or a label: "Impact on wellbeing: without the right support around her, Lacey is at
# risk of ..."
FRONTED_START_RE = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?:[A-Za-z][^.!?,:;]{{2,60}},\s+)(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b)({FIRST_NAME})"
    rf"(\s+{FIRST_NAME})?\s+(?:(?:now|still|also|often|usually|sometimes|always|never|already|rarely|mostly|then) )?"
    r"([a-z']+)"
)


FindingKind = Literal["dob", "name", "subject", "peer"]


@dataclass(frozen=True)
class Finding:
    passage: Passage
    kind: FindingKind
    value: str


def header_findings(
    passages: tuple[Passage, ...], case: CaseDetails, child_names: set[str], all_text: str
) -> Iterator[Finding]:
    """A date of birth or a child's name in the header, or a template's footer, that is not this child's."""
    born = case.born
    lowered = {n.lower() for n in child_names}
    footer = max(HEADER_PASSAGES, len(passages) - FOOTER_PASSAGES)
    ends = passages[:HEADER_PASSAGES] + passages[footer:]
    # a plan's details block deep in a letter ("Child's name | Ife ...", then "Date of birth | 21/07/2016")
    details = tuple(
        p
        for i, p in enumerate(passages[HEADER_PASSAGES:footer], start=HEADER_PASSAGES)
        if len(p.cells) == 2
        and DOB_RE.match(p.cells[0])
        and any(len(q.cells) >= 2 and CHILD_LABEL_RE.match(q.cells[0].strip()) for q in passages[max(0, i - 3) : i])
    )
    for p in ends + details:
        label, value = (p.cells[0], " ".join(p.cells[1:])) if len(p.cells) >= 2 else ("", p.text)
        found = list(_birth_dates(p.text, label, value))
        # "Children | Marnie (DOB 02/03/2021); Rafferty (DOB 14/07/2017)": listed beside the child's own
        # date of birth, the others are the family's children, not a copy-paste
        others = [written for when, written in found if born and when != born]
        if others and len(others) == len(found) and not SIBLING_DOB_RE.search(p.text):
            yield Finding(p, "dob", others[0])
        name = _child_label_name(label, value) if label else _re_line_name(p.text)
        if name and _another_name(name, lowered, all_text):
            yield Finding(p, "name", name)


# "Tomos is protective of his sister": a sentence about the child's brother or sister
SIBLING_OF_RE = re.compile(r"\b(?:his|her|their) (?:little |big |younger |older |twin )?(?:sister|brother)\b", re.I)
# "Kenzie's brother, Jaxon Dawlish (DOB 14/07/2019), lives with their aunt": a sibling's date of birth, given as his
SIBLING_DOB_RE = re.compile(
    r"\b(?:(?:half|step)-?)?(?:brother|sister|sibling|twin)s?\b[^.;]{0,60}\b(?:dob|d\.o\.b\.?|date of birth|born)\b",
    re.I,
)


def _another_name(name: str, child_names: set[str], all_text: str) -> bool:
    """No word of `name` is the child's, and none is an everyday word ("Year", "Class")."""
    words = re.findall(r"[A-Za-z'-]+", name)
    if not child_names or {w.lower() for w in words} & child_names:
        return False
    return not any(_common_word(w, all_text) for w in words)


def _birth_dates(text: str, label: str, value: str) -> Iterator[tuple[date, str]]:
    if label and (DOB_RE.match(label) or CHILD_LABEL_RE.match(label)):
        for m in DATE_RE.finditer(value):
            found = parse_date(m.group(0))
            if found:
                yield found[0], m.group(0)
        return
    for m in DOB_RE.finditer(text):
        found = parse_date(text[m.end() : m.end() + 25])
        if found and found[2] == 0:
            yield found[0], found[1]


# Another column's title beside "Name" in a table's header row ("Name | Role"), not a name.
COLUMN_TITLES = frozenset(
    [
        "role",
        "job",
        "title",
        "position",
        "designation",
        "organisation",
        "agency",
        "service",
        "relationship",
        "contact",
        "details",
        "date",
        "signature",
        "school",
        "setting",
        "team",
        # a class grid's columns: "Pupil | Provision", "Name | Needs | Outcomes"
        "provision",
        "support",
        "needs",
        "need",
        "outcomes",
        "targets",
        "notes",
        "comments",
        "primary",
        "form",
        "class",
        "year",
    ]
)


def _child_label_name(label: str, value: str) -> str | None:
    if not CHILD_LABEL_RE.match(label.strip()) or TITLE_RE.search(value):
        return None
    if set(re.findall(r"[a-z]+", value.lower())) <= COLUMN_TITLES:
        return None
    m = re.match(r"\s*([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2})", value)
    return m.group(1) if m and not re.search(ROLE_WORDS, value, re.I) else None


def _re_line_name(text: str) -> str | None:
    # (what the letter is about, not whom: "Re: Request for educational advice, Fionn ...")
    m = re.match(r"^Re:\s*([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2})\b(?!\s+(?:for|of|to|about|from|on)\b)", text)
    return m.group(1) if m and not TITLE_RE.match(m.group(1)) else None


# what is done to a person, not to a programme ("Lexia will be used"): met, collected, escorted
# what only a pupil has, the subject of a sentence: "Alfie's visual timetable is kept at his table"
PUPIL_THINGS_RE = re.compile(
    # reviewed by a letter that was another pupil's: "We will review Kayden's progress at that meeting"
    rf"(?:^|(?<=[.!?:]\s)|(?<=review )|(?<=discuss )|(?<=monitor )|(?<=track ))({FIRST_NAME})(?: [A-Z][a-z'-]+)?"
    r"['\u2019]s (?:progress|"
    r"visual timetable|key adult|teaching assistant|1:1|"
    r"one-to-one|behaviour plan|ehcp|ehc plan|support plan|pupil passport|peg|tray|class teacher|"
    # a pupil's own medicine, in a message sent to the wrong parent: "Alfie Prentice's inhaler in the office runs out"
    r"inhaler|epipen|auto-injector|medicine|medication|"
    # a pupil's work, as an assessment copied from theirs reports it: "Saoirse's spelling errors were ..."
    r"(?:spelling|reading|writing|handwriting|maths|phonics|decoding|comprehension|test|assessment) (?:errors|"
    r"mistakes|scores?|results|age|accuracy|speed|rate)|attendance|attainment)\b"
)
# another family on the same course, as a professional's report tells of them: "Kaiden's dad described using the
# chart" (in a child's or family's own words another child's mum is someone they know, left to the caseworker)
OTHER_FAMILY_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))({FIRST_NAME})['\u2019]s (?:mum|dad|mother|father|parents|foster carers?|grandma|grandad|nan) "
    r"(?:said|says|told|described|explained|reported|shared|found|felt|used|tried)\b"
)
# an instruction to staff about a named pupil, as a plan copied from another child's gives it: "sit Jayden at the
# front, near the teacher, with his better ear towards her"
INSTRUCTED_RE = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?:sit|seat|move|remind|prompt|allow|check on|praise|greet|meet|collect)\s+({FIRST_NAME})"
    r"(?=\s+(?:at|in|on|near|next|by|to|with|before|after|from|when)\b)"
)
# a first-aid step copied from another child's plan: "Stay with Dexter and do not stand him up."
STAY_WITH_RE = re.compile(
    rf"(?:^|(?<=[.;:,]\s))(?i:stay)\s+(?:close to|with|beside)\s+({FIRST_NAME})(?=\s+(?:and|until|while)\b|[.;,])"
)
# a pupil staff are told to watch for, as a letter copied from another child's gives it: "If you notice Amira skipping
# her snack, please let her mum know"
OBSERVED_RE = re.compile(
    r"\b(?i:if|when|should) (?:you|staff|adults|anyone|school) (?i:notice|see|spot|find|hear|catch|think)s? "
    rf"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b)({FIRST_NAME})(?= (?:[a-z]+ing|is|has|looks|seems)\b[^.!?]*\b(?:her|his)\b)"
)
# a pupil's own medicine or aid, as a risk assessment copied from another child's gives it: "Maisie to carry her
# adrenaline auto-injector at all times"
CARRIES_OWN_RE = re.compile(
    rf"\b({FIRST_NAME}) (?:to|must|should|will|is to) (?:carry|take|have|wear|use|bring|keep) (?:her|his) (?:own )?"
    r"(?i:adrenaline|auto-?injectors?|epi-?pens?|inhalers?|insulin|medicines?|medication|glasses|hearing aids?|"
    r"splints?|nebuli[sz]er|spacer)\b"
)
WILL_BE_MET_RE = re.compile(r"^[A-Z][a-z]+ will be (?:met|collected|escorted|accompanied|picked up|greeted)\b")
# a pupil not in school, in a contract's step copied from another pupil's: "5. If Kacey is not in school by 9.00am,
# Mrs Dunmore will be contacted"
ABSENT_RE = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?i:if|when|whenever|unless) ({FIRST_NAME}) (?:is|isn't|is not|has not|hasn't|does not|"
    r"doesn't) (?:in (?:school|class)|at school|absent|late|arrive|attend|come (?:in|to school))\b"
)


def subject_findings(doc: AdviceDocument, all_text: str, child_names: set[str], adults: set[str]) -> Iterator[Finding]:
    """Another first name used as the subject of a sentence describing a child, in a passage or any
    cell of a table row ("4 | Corwin will be met at the side gate ... | Ms Ogunsanya")."""
    lowered = {n.lower() for n in child_names}
    professional = doc.advice_type not in VIEWS_TYPES
    for p in doc.passages:
        if p.is_header_row:
            continue  # a header row names its columns ("Room | Problem found | Recommendation"), not people
        # a row's last cell is read as prose; its other cells ("Distress follows noise") only for what is plainly
        # done to or by a person
        bodies = [
            (body, strict)
            for strict, cells in ((True, p.cells[:-1]), (False, p.cells[-1:] or (p.body,)))
            for body in cells
        ]
        word = next(
            (
                w
                for body, strict in bodies
                if (w := _other_subject(body, lowered, all_text, adults, strict, professional))
            ),
            None,
        )
        if word:
            yield Finding(p, "subject", word)


def _other_subject(
    body: str, lowered: set[str], all_text: str, adults: set[str], strict: bool, professional: bool
) -> str | None:
    """The first name, not the child's, that a sentence of `body` describes as a child (`strict`: only
    with a verb that only a person is the subject of; `professional`: a professional's report, which may
    tell of another family)."""
    starts = [(m, m.group(1), m.group(3)) for rx in (SENTENCE_START_RE, FRONTED_START_RE) for m in rx.finditer(body)]
    starts += [(m, m.group(1), "") for m in PUPIL_THINGS_RE.finditer(body)]
    starts += [
        (m, m.group(1), "")
        for rx in (
            INSTRUCTED_RE,
            OBSERVED_RE,
            STAY_WITH_RE,
            CARRIES_OWN_RE,
            ABSENT_RE,
            *([OTHER_FAMILY_RE] if professional else []),
        )
        for m in rx.finditer(body)
    ]
    for m, word, verb in sorted(starts, key=lambda found: found[0].start()):
        begin = m.start(1) if m.re is FRONTED_START_RE else m.start()  # the fronted clause is not the sentence's
        sentence = re.split(r"(?<=[.!?])\s", body[begin:], maxsplit=1)[0]
        if m.re in (SENTENCE_START_RE, FRONTED_START_RE) and m.group(2):
            sentence = word + sentence[m.end(2) - begin :]  # read as the first name alone: "Jayden has been"
            if not PUPIL_ONLY_RE.match(sentence):
                continue
        # "Corwin will be met at the gate", "Alfie's visual timetable is kept at his table": a pupil
        met = WILL_BE_MET_RE.match(sentence) is not None or not verb
        # (a recommendation copied from another child's advice: "Kacper will benefit from a worry time")
        benefits = verb == "will" and re.match(r"\S+\s+will benefit\b", sentence) is not None
        described = verb in (PERSON_VERBS if strict else DESCRIBING_VERBS) or (benefits and not strict)
        if word.lower() in lowered | NOT_NAMES or not (described or met) or word in adults:
            continue
        if any(re.search(rf"\b{re.escape(n)}\b", sentence, re.I) for n in lowered):
            continue  # the child is in the sentence too: a peer or an adult, not a copy-paste
        if SIBLING_OF_RE.search(sentence):
            continue  # "Tomos is protective of his sister": the child's brother, speaking of her
        if TREATED_RE.match(sentence) or _dosed(word, all_text):
            continue  # "Melatonin was stopped in 2023", "Melatonin 3 mg at 7pm": a medicine
        if TOPIC_RE.match(sentence):
            continue  # "Sleep has always been hard for her": what is hard for the child
        # (one who will benefit, and whose worries the sentence goes on to call his or hers, is a child, whatever the
        # tagger makes of an unfamiliar name)
        person = met or (benefits and PRONOUN_RE.search(sentence) is not None) or _a_person(verb, sentence)
        # (the step's own "with Dexter" is no relationship named elsewhere)
        elsewhere = all_text.replace(sentence, "") if m.re is STAY_WITH_RE else all_text
        if _common_word(word, all_text) or _named_as_other(word, elsewhere) or not person:
            continue
        return word
    return None


# another pupil named in full: "There is another pupil at the school with CF, Alfie Brennan", "a Year 13
# student, Jordan Stebbings, took his headphones", "a boy called Kai Marsh" (not "a pupil at St Anne's")
PEER_RE = re.compile(
    r"\b(?:another|other|an?|one|the) (?:(?:Year|Y) ?\d{1,2} |older |younger |new )?"
    r"(?:pupil|student|child|boy|girl|learner|classmate|peer)s?\b(?: [^,.;:|]{0,40}?)?"
    r"(?:, |\s(?:called|named) )(?-i:(?P<name>[A-Z][a-z'-]+ [A-Z][a-z'-]+))\b"
    # one of a group of pupils a log names: "Reflection room - Reece Cattermole and 2 others, vaping"
    r"|(?-i:(?<![A-Za-z] )(?P<one>[A-Z][a-z'-]+ [A-Z][a-z'-]+)) and (?:\d+|two|three|four|five|several) "
    r"other(?:s|\s+(?:pupils|students|boys|girls|children))\b(?! (?:from|of|at)\b)"
    # a line copied from another pupil's plan: "Exam access arrangements: as agreed for Chantelle, 25% extra time"
    r"|\bas (?:already )?(?:agreed|arranged|set up|planned|put in place) for "
    r"(?-i:(?P<copied>[A-Z][a-z'-]+))\b(?!['’]?s? (?-i:[A-Z]))",
    re.I,
)


def peer_findings(doc: AdviceDocument, all_text: str, child_names: set[str], adults: set[str]) -> Iterator[Finding]:
    """Another pupil named in full: their personal data has no place in this child's advice or plan. Ruled
    out as for a subject: the child's names, adults, and words the case also writes in lower case."""
    lowered = {n.lower() for n in child_names}
    for p in doc.passages:
        for m in PEER_RE.finditer(p.text):
            name = m.group("name") or m.group("one") or m.group("copied")
            words = name.split()
            titled = TITLE_RE.match(words[0]) is not None  # "The new pupil, Mrs Okafor said, ...": an adult
            common = any(_common_word(w, all_text) for w in words)
            if not (titled or common or {w.lower() for w in words} & (lowered | NOT_NAMES) or set(words) & adults):
                yield Finding(p, "peer", name)
                break


def _dosed(word: str, all_text: str) -> bool:
    """Written somewhere in the case with a dose after it: a medicine, not a person."""
    dose = r"\s+\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|ml|mls|units?|g)\b"
    return re.search(rf"\b{re.escape(word)}{dose}", all_text, re.I) is not None


def _common_word(word: str, all_text: str) -> bool:
    return re.search(rf"\b{re.escape(word.lower())}\b", all_text) is not None


def _named_as_other(word: str, all_text: str) -> bool:
    """Named with a title, a role or a relationship somewhere in the case's documents."""
    w = re.escape(word)
    titled = rf"{TITLE_RE.pattern}\s+(?:[A-Z]\.?\s+)?{w}\b"
    related = rf"\b(?:{RELATION_WORDS})\s+(?:is\s+)?{w}\b"
    surname = r"(?-i:\s+[A-Z][a-z'-]+)?"
    described = r"(?:(?:his|her|their|my|our|the|a)\s+)?(?:[\w'-]+\s+){0,2}"
    with_role = rf"\b{w}{surname}\s*(?:[,(]\s*|\s){described}(?:{ROLE_WORDS}|{SIBLING_WORDS})\b"
    return bool(
        re.search(titled, all_text) or re.search(related, all_text, re.I) or re.search(with_role, all_text, re.I)
    )


# "Tilly has started to name feelings": what only a person has done
PUPIL_ONLY = (
    rf"^{FIRST_NAME} (?:is|was|has been|had been) (?:now |still |also |twice |once )?(?:on (?:a |an )?(?:part-time|"
    r"reduced|full-time|personalised|modified|phased|shortened) timetable|on report|(?:permanently )?excluded|"
    r"suspended)\b"
    # a pupil's words about their mum or dad, or wanting to sit by a friend in class: "Callum Pryce said he is worried
    # about his dad's operation and wants to sit with Jayden in maths"
    rf"|^{FIRST_NAME} (?:said|says|told (?:me|us|staff|[A-Z][a-z]+)) (?:that )?(?:he|she|they)\b[^.]{{0,100}}"
    r"\b(?:his|her|their) (?:mum|dad|mummy|daddy|nan|nana|grandad)\b"
    rf"|^{FIRST_NAME}\b[^.]{{0,80}}\b(?:sit|sits|sat|play|plays|played) (?:next to|with) [A-Z][a-z]+ (?:in|at) "
    r"(?:maths|english|science|class|lessons?|pe|break|lunch|playtime)\b"
)
PERSON_PERFECT_RE = re.compile(
    rf"^{FIRST_NAME} (?:has|had) (?:(?:started|begun|learn(?:ed|t)) to (?:name|talk|speak|say|ask|"
    r"play|read|write|join|share|tell|draw|sing|walk|use (?:words|signs))|asked|told|said|made friends)\b"
    # only a person is able to: "Lola-Mae is now able to wait for her turn"
    rf"|^{FIRST_NAME} (?:is|was) (?:now |still |not yet |also )?(?:able|unable) to\b"
    # only a pupil is: "Tyler-Jay is on a part-time timetable (mornings only)", "Kai was suspended"
    rf"|{PUPIL_ONLY}"
    # only a person feels: "Lily-Mae was tired after swimming" (not "Monday was tiring")
    rf"|^{FIRST_NAME} (?:is|was|seemed|seems|looked|looks|felt|feels) (?:very |really |a bit |quite |so )?"
    r"(?:tired|exhausted|upset|unwell|poorly|ill|off sick|sad|cross|grumpy|tearful|anxious|worried|withdrawn)\b"
    # only a person is at risk of losing confidence: "Lacey is at risk of her confidence ... falling further"
    rf"|^{FIRST_NAME} (?:is|was) (?:now |still |also )?at risk of (?:her|his|their) (?:confidence|self-esteem|"
    r"friendships?|place|learning|wellbeing|mental health)\b"
)
# a person named in full (an adult as often as a child) is taken for another pupil only for this
PUPIL_ONLY_RE = re.compile(PUPIL_ONLY)


PERSON_HAS_RE = re.compile(
    r"\b(?:his|her|their) (?:family|mum|dad|mother|father|parents|carers?|sisters?|brothers?|friends?|classmates|"
    r"class teacher|grandparents?|nan|gran)\b",
    re.I,
)


def _a_person(verb: str, sentence: str) -> bool:
    """A proper noun, the subject of its verb, that only a person would be the subject of ("finds",
    "struggles") or that the sentence goes on to call he or she ("Makaton helps him" is neither)."""
    if verb not in PERSON_VERBS and PRONOUN_RE.search(sentence) is None and not PERSON_PERFECT_RE.match(sentence):
        return False
    nlp = spacy_model.tagger()
    if nlp is None:
        return True
    doc = nlp(re.sub(r"^([A-Z][a-z]+)-([A-Z][a-z]+)", r"\1\2", sentence[:300]))  # "Lola-Mae" is one word
    # the small tagger takes an unfamiliar first name for a noun ("Harvey finds it hardest ..."); a verb
    # only a person does settles it
    # only a person is, or has a family or friends ("... in conversation with his family")
    named = doc[0].pos_ == "PROPN" or (
        doc[0].pos_ == "NOUN" and (verb in PERSON_VERBS or PERSON_HAS_RE.search(sentence) is not None)
    )
    verb_after = next((t for t in doc[1:] if t.pos_ != "ADV"), None)  # past an adverb: "Kacper now uses"
    return named and verb_after is not None and verb_after.pos_ in ("VERB", "AUX")


def adult_names(documents: Iterable[AdviceDocument]) -> set[str]:
    """Every word of the authors' names, and of the people an email or letter is sent to or copied to: the adults
    who wrote the advice and those they wrote it with ("Cc: Siobhan Mulvaney")."""
    parties = [
        m.group(1)
        for d in documents
        for p in d.passages[:CORRESPONDENT_PASSAGES]
        if (m := CORRESPONDENT_RE.match(p.text))
    ]
    return {w for n in (*(d.record.author_name or "" for d in documents), *parties) for w in NAME_WORD_RE.findall(n)}


CORRESPONDENT_PASSAGES = 15  # an email's or letter's header lines come first
CORRESPONDENT_RE = re.compile(r"^(?:from|to|cc|bcc|copy to|copied to)\s*:\s*(.{2,200})$", re.I)
NAME_WORD_RE = re.compile(r"[A-Z][a-z'-]+")


def other_child_findings(
    case: CaseDetails, documents: list[AdviceDocument]
) -> Iterator[tuple[AdviceDocument, Finding]]:
    """Every sign, document by document, that the advice holds another child's details."""
    names = case.names
    if not names:
        return
    all_text = "\n".join(p.text for d in documents for p in d.passages)
    adults = adult_names(documents)
    for doc in documents:
        for f in (
            *header_findings(doc.passages, case, names, all_text),
            *subject_findings(doc, all_text, names, adults),
            *born_findings(doc, case, names),
            *peer_findings(doc, all_text, names, adults),
            *register_findings(doc, names),
        ):
            yield doc, f


# a class list's or register's name column: "Surname | Forename | Form | Stage" (not a staff list's "Name")
REGISTER_COLUMNS = 3
REGISTER_NAME_RE = re.compile(r"^[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*$")
PUPIL_NAME_COLUMN_RE = re.compile(
    r"^(?:forenames?|first names?|given names?|surname|last name|family name|pupil(?: name)?|student(?: name)?|"
    r"child(?:['’]s)? name|learner(?: name)?)$",
    re.I,
)


def register_findings(doc: AdviceDocument, child_names: set[str]) -> Iterator[Finding]:
    """The rows of a register or class list printed with the child's own that name another pupil."""
    lowered = {n.lower() for n in child_names}
    for p in doc.passages:
        # (a two-column form, "Student | Daniel Osei" then "Date | 20 June 2025", is read as a table headed by its first
        # row: a register has more columns, and its header names none of them)
        if p.is_header_row or not p.cells or len(p.header) < REGISTER_COLUMNS:
            continue
        if {w.lower() for h in p.header for w in h.split()} & lowered:
            continue
        named = [c.strip() for h, c in zip(p.header, p.cells, strict=False) if PUPIL_NAME_COLUMN_RE.match(h.strip())]
        # (a whole-class row, "All pupils" or "Group A", names nobody)
        if not named or not all(REGISTER_NAME_RE.match(c) and c.lower() not in NOT_NAMES for c in named):
            continue
        if not {w.lower() for c in named for w in c.split()} & lowered:
            yield Finding(p, "peer", named[0])


# a first name with a date of birth beside it, anywhere in the text: "Kacper (born 03/11/2022) should have ..."
NAMED_BIRTH_RE = re.compile(
    rf"(?:^|(?<=[.!?;:|]\s))({FIRST_NAME})(?:\s+{FIRST_NAME})?\s*[(,]\s*"
    r"(?:born(?: on)?|dob|d\.o\.b\.?|date of birth)\b\W{0,6}",
    re.I,
)


def born_findings(doc: AdviceDocument, case: CaseDetails, child_names: set[str]) -> Iterator[Finding]:
    """A child named with a date of birth that is not this child's, where the sentence is not about a brother or
    sister: a paragraph copied from another child's advice."""
    lowered = {n.lower() for n in child_names}
    for p in doc.passages:
        named = [(m, parse_date(p.text[m.end() : m.end() + 25])) for m in NAMED_BIRTH_RE.finditer(p.text)]
        if any(found and found[0] == case.born for _, found in named):
            continue  # "Zara Whitfield (DOB 3 March 2016); Ben Whitfield (DOB 4 May 2012)": the family's children
        for m, found in named:
            name, around = m.group(1), p.text[max(0, m.start() - 60) : m.end() + 60]
            if not found or found[2] != 0 or name.lower() in lowered or not name[0].isupper():
                continue
            if SIBLING_DOB_RE.search(around) or SIBLING_OF_RE.search(around):
                continue
            yield Finding(p, "subject", name)
            break


def withheld(case: CaseDetails, documents: list[AdviceDocument]) -> list[AdviceDocument]:
    """The documents without the passages that describe another child (a copy-paste from their
    advice) or name another pupil: those are never drafted. In a professional's running text, only the sentences
    from the first that names the other child are withheld, unless they name this child (`_this_child_s_part`)."""
    found: dict[str, dict[int, set[str]]] = {}
    peers: set[str] = set()
    for doc, f in other_child_findings(case, documents):
        if f.kind in ("subject", "peer"):
            found.setdefault(doc.id, {}).setdefault(f.passage.seq, set()).add(f.value)
        if f.kind == "peer":
            peers.add(f.value.split()[0])
    # the other pupil one report names in full ("another pupil with CF, Alfie Brennan") is the same child where
    # another names them by first name ("Alfie's mum told my mum it's fine")
    peers -= case.names | adult_names(documents)
    if peers:
        named = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(peers)))})\b")
        for doc in documents:
            for p in doc.passages:
                if peers_named := set(named.findall(p.text)):
                    found.setdefault(doc.id, {}).setdefault(p.seq, set()).update(peers_named)
    this_child = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(case.names)))})\b") if case.names else None
    out = []
    for doc in documents:
        named_in = found.get(doc.id, {})
        if not named_in:
            out.append(doc)
            continue
        kept = {
            p.seq: part
            for p in doc.passages
            if p.seq in named_in
            and doc.advice_type not in ("parent_views", "child_views")
            and (part := _this_child_s_part(p, named_in[p.seq], this_child)) is not None
        }
        passages = tuple(kept.get(p.seq, p) for p in doc.passages if p.seq not in named_in or p.seq in kept)
        out.append(replace(doc, passages=passages))
    return out


def _this_child_s_part(p: Passage, others: set[str], this_child: re.Pattern[str] | None) -> Passage | None:
    """A paragraph about this child that goes on to another ("... she says she is 'rubbish'. Lacey has also started
    to say she is no good at anything. Mabel has a 30-minute session with the ELSA ..."): the sentences before the
    first that names the other child, and after it those that name this child; the rest is blanked, so that what is
    kept stays where it was in the text it quotes. None where nothing is kept."""
    if p.kind not in ("paragraph", "list_item") or this_child is None:
        return None
    other = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(others)))})\b")
    spans = sentence_spans(p.text)
    first = next((i for i, (a, b) in enumerate(spans) if other.search(p.text[a:b])), None)
    if first is None:
        return None
    keep = [
        (a, b)
        for i, (a, b) in enumerate(spans)
        if i < first or (i > first and not other.search(p.text[a:b]) and this_child.search(p.text[a:b]))
    ]
    if not keep:
        return None
    text = [" "] * len(p.text)
    for a, b in keep:
        text[a:b] = p.text[a:b]
    return replace(p, text="".join(text))
