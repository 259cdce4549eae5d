"""Routing: every unit of advice that bears on the plan, as an evidence item with its kind,
section, area of need and how sure the reading is.

Each sentence (or form answer, or table row) is read by `classify` from its own language, with
its heading, form question, table column and the document's type as further evidence. The
family's and the child's own documents are their views, sentence by sentence kept whole. Text
addressed to a machine, another child's details (withheld before routing), named placements and
protective markings are never drafted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from appliance.case import iso_date
from appliance.documents import AdviceDocument
from appliance.evidence import attendees, classify, fields, signals, tables
from appliance.evidence.areas import classify_area
from appliance.evidence.roles import (
    DECISION,
    FOR_SCHOOL,
    FOR_SOCIAL_CARE,
    NEGATIVE_ANSWER_RE,
    NUMBERING_RE,
    WORRYING_HEADING_RE,
    Role,
    heading_role,
    label_role,
)
from appliance.evidence.topics import main_topics, topics
from appliance.evidence.units import Unit, cell_units, joined_spans, units, unlabelled
from appliance.ingest.dates import ENTRY_DATE, MONTH_NAMES, all_dates
from appliance.ingest.injection import addressed_to_machine
from appliance.ingest.passages import PROFILE_COLUMN_RE, Passage
from appliance.ingest.people import POSTCODE_RE

VIEWS_TYPES = ("parent_views", "child_views")

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
NEED_KINDS: dict[str, EvidenceKind] = {"B": "need", "C": "health_need", "D": "social_care_need"}
PROVISION_KINDS: dict[str, EvidenceKind] = {"F": "provision", "G": "health_provision", "H": "social_care_provision"}

SECTION_AREAS = {"C": "health", "D": "social_care", "G": "health", "H1": "social_care", "H2": "social_care"}

PROTECTIVE_MARKING_RE = re.compile(r"^(official|confidential|sensitive|private|restricted)\b", re.I)
# or at the end of a letterhead's line: "Children in Care Team - OFFICIAL SENSITIVE" (not a paragraph a page's
# marking was run into)
MARKING_ENDS_RE = re.compile(r"\b(?:OFFICIAL(?:[- ]SENSITIVE)?|CONFIDENTIAL|RESTRICTED)\W*$")
MARKED_LINE_WORDS = 15
# Lines of a family's document that are about the document, not the family's views.
VIEWS_META_RE = re.compile(
    r"^(?:from|sent|to|subject|re|date|cc|name|signed|dob|date of birth|school|year group|address|tel|email|"
    r"completed by|recorded by|scribed by|written by|done by|carried out by|led by|transcribed by|typed by|"
    r"translated by|received|length|child|parent|relationship)\s*:"
    r"|^(?:dear|hi|hello|thanks|thank you|regards|kind regards|best wishes|many thanks|yours|love from)\b"
    r"|^-+\s*original message|\b(?:(?:made|written|completed|filled in|typed|scribed|recorded|gathered|done)"
    # (made or done *for* someone is care, not the form: "not have everything done for her")
    r"(?: up| out)? (?:with|by|together with|on behalf of)|(?:written|completed|filled in|typed|scribed|recorded"
    r"|gathered)(?: up| out)? for) (?:\w+ ){0,3}"
    r"(?:on|at|in|by|mrs|mr|ms|miss|dr|the|his|her|"
    r"their|my|a|an)\b|\bhelped (?:me|him|her|them|us) (?:to )?(?:write|fill|complete|do)\b|\bthis (?:form|"
    r"document|email|letter) (?:was|is|has been)\b|^please (?:complete|tick|write|tell us|use|return|send)\b"
    r"|\bsorry (?:this|it)(?:'s| is) (?:late|an email)\b"
    # (not what helps: "I work best with the instructions written down")
    r"|\b(?:wrote|typed|scribed|recorded|noted) (?:it|this|them|down|what)\b|\bwritten (?:down )?by\b|^written down\b"
    # who it is from ("From Marco and Jen Castellano, Freya's parents."), not "From Luke: I work away ..."
    r"|^(?-i:[Ff]rom [A-Z][\w'-]+(?: (?:[A-Z][\w'-]+|and|&)){0,4})(?![:\w'-]| \d)"
    r"|\b(?:were|was|have been|had been) asked to (?:write|give|share|say|fill|put)\b"
    r"|\b(?-i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b"  # a postcode: an address line
    r"|\bread (?:it |this |them )?back to\b"  # "read back to Zac, who agreed it"
    r"|\bgave these answers\b|\basked me (?:some )?questions\b|\b(?:her|his|their|my) words are\b"
    r"|^[A-Z][\w&' -]+\b(?:Council|Service|Trust|Team|Partnership|NHS)\b[^.]{0,80}$"
    # a name or title line: Every Word Capitalised ("Stacey and Craig Hargreaves (parents)")
    r"|^(?-i:[A-Z][\w'-]+(?:[ ,]+(?:[A-Z][\w'-]+|and|&)){1,7})[ ,]*(?:\([\w ]+\))?$",
    re.I,
)
FORM_HEADER_RE = re.compile(
    # (a clock time's colon, "[12 Jan 2026 15:48] Precious Adeyemi: ...", is no label's)
    r"(?:\b[A-Z][\w' ]{1,25}:(?!\d)\s*\S[^:]{0,60}){2,}"  # "Child: X Completed by: Y"
    r"|^[A-Z][\w' ]{1,30}:(?!\d)\s*\S+(?:\s+\S+){0,5}$"  # one short "Label: value" line
)
# a messaging app's export, one message a line: "[12 Jan 2026 15:48] Harriet Fenwick: So sorry, ..."
CHAT_LINE_RE = re.compile(r"^\[[^\]]{5,40}\]\s*(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}):\s*\S")
CHAT_MESSAGES = 3  # so many messages make a document a messaging app's export
# a member of staff named with their role in the export's heading lines: "Harriet Fenwick (Teacher)"
STAFF_NAMED_RE = re.compile(
    r"(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\s*\((?:class |form )?(?:teacher|ta|lsa|teaching assistant|senco|"
    r"sendco|head\w*|deputy head\w*|key (?:worker|person|adult)|tutor|head of year|school|staff|nurse|therapist)\b",
    re.I,
)
DATED_LINE_RE = re.compile(
    r"\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|year \d+)\b", re.I
)
# (an "On ... wrote:" line is a sender's, read by SENDER_RE below)
ORIGINAL_MESSAGE_RE = re.compile(r"^-+\s*original message", re.I)
# who an email in a thread is from: "From: Stavely, Jolene <...>", "On 3 Feb 2026, Kerensa Gatward <...> wrote:"
SENDER_RE = re.compile(r"^>?\s*(?:from\s*:\s*(?P<from>.+)|on (?P<on>.{5,160}) wrote:\s*)$", re.I)
RECIPIENT_RE = re.compile(r"^>?\s*to\s*:\s*(?P<to>.+)$", re.I)
FORWARDED_RE = re.compile(r"^-{2,}\s*forwarded message\s*-{2,}$|^begin forwarded message:?$", re.I)
LA_WORDS = r"team|council|service|send|officer|caseworker"
# a sender writing from a school, council or health service, not the family
PROFESSIONAL_SENDER_RE = re.compile(
    rf"\.(?:sch|gov|nhs)\.uk\b|\bnhs\.net\b|\b(?:{LA_WORDS}|school|academy|college|senco|sendco)\b", re.I
)
# a social care worker who sends the family's views with a covering note of their own ("From: Kerry-Ann Boateng,
# Family Support Worker, Westmere Early Help")
SOCIAL_CARE_SENDER_RE = re.compile(
    r"\b(?:family support worker|early help|social worker|family (?:support )?practitioner|family hub)\b", re.I
)
# a line that divides a document into parts: "--- TRANSCRIPT (voice note, 7 min 40 sec) ---"
PART_DIVIDER_RE = re.compile(r"^\s*-{2,}\s*\S.{0,80}?\s*-{2,}\s*$")
# a school adult's own part of the child's page, under a heading that names them: "Summary (Mrs Nkemelu, ELSA)",
# "Notes from the class teacher" (not "What AJ wants", nor "Mum's comments")
STAFF_PART_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:summary|notes?|comments?|observations?|what (?:we|i) (?:see|saw|noticed))\b[^()]{0,40}?"
    r"(?:\((?:[^)]*,\s*)?|\b(?:from|by) (?:the |his |her |their )?)(?:elsa|emotional literacy support assistant|"
    r"senco|sendco|(?:class )?teacher|teaching assistant|\bta\b|lsa|hlta|learning mentor|key (?:adult|person|worker)|"
    r"pastoral (?:lead|manager))\b",
    re.I,
)
ADULT_TITLE_RE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr)\b\.?", re.I)
# an email header saying the message came from the council's side ("From: SEND Assessment Team")
LA_SENDER_RE = re.compile(rf"\bfrom\s*:\s*[^:]{{0,60}}\b(?:{LA_WORDS})\b", re.I)
DETAIL_LABEL_RE = re.compile(
    r"^(?:name|full name|child'?s? name|dob|date of birth|date|school|setting|year|year group|address|"
    r"completed by|signed|relationship|la reference|nhs (?:no|number)|contact|tel|phone|email|class|"
    r"class teacher|teaching assistant|key worker|social worker|tutor group|form group|plan written|next review|"
    r"review date|upn)\b",
    re.I,
)
# a details block's line about where and who the child is (not "Teaching assistant: 15 hours a week", the help)
DETAIL_LINE_RE = re.compile(
    r"^(?:name|full name|child|child'?s? name|dob|date of birth|school|setting|year|year group|class|address|upn|"
    r"la reference|nhs (?:no|number)|"
    # how the advice was gathered: "Involvement: consultation with Mrs Patel (SENCo) ..., classroom observation ..."
    r"involvement|sources of information|information (?:gathered|sources)|documents (?:read|seen)|people consulted)"
    r"\s*:",
    re.I,
)
QUOTED_WORDS_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]{12,}[\"\u201d]")  # their own words, in quotation marks
QUOTED_CELL_RE = re.compile(rf"^\s*{QUOTED_WORDS_RE.pattern}\s*$")  # a cell that is nothing but their words
QUOTED_ANSWER_RE = re.compile(rf"^\s*(?:[\w' -]{{1,20}}:\s*)?{QUOTED_WORDS_RE.pattern}[\s.]*$")  # "Week 7: \"...\""
PARENT_HEADING_RE = re.compile(r"parent|family|mother|father|mum|dad|carer|guardian|grandparent", re.I)
# the writers' own part of a family's document: "OUR VIEWS (Chloe and Matt)", "Our bit"
OUR_VIEWS_RE = re.compile(r"^\W*our (?:views|thoughts|bit|comments|part|worries|hopes)\b", re.I)
# the parents' part of it: "Mum's views", "Parents' comments" (not the child's own page "My family")
PARENTS_PART_RE = re.compile(
    r"\b(?:parents?|mum|dad|mother|father|carers?)(?:['’]s|s['’]|['’])? (?:views|comments|thoughts|bit|part|words)\b",
    re.I,
)
# the child's part of it: "EZRA'S ANSWERS", "Toby's views", "In his own words" (not "Mum's views")
CHILD_VIEWS_HEADING_RE = re.compile(
    r"^\W*(?:(?!(?:mum|dad|mother|father|parent|carer|nan|gran)\w*['’])[A-Z][\w-]+['’]s? "
    r"(?:views|answers|words|voice)\b"
    r"|in (?:his|her|their) own words\b)",
    re.I,
)
# a sentence in the speaker's own first person, of their likes, wishes and feelings, about no one else: under a
# views heading ("About me | I like cooking best"), their own words, not a report's summary of them
OWN_WORDS_RE = re.compile(
    r"^\W*I (?:(?:really |also )?(?:like|love|hate|enjoy|want|wish|feel|felt|worry|get)|don't like|do not like|"
    r"(?:am|'m|’m) (?:good at|scared|worried|happy|proud)|find\b.{0,30}\b(?:hard|easy|difficult))\b"
    r"(?!.*\b(?:he|she|him|his|her|hers)\b)",
    re.I,
)
# a heading that says the child or family wrote the part beneath it: "1. About me (Saoirse wrote this part)",
# "In my own words", "Written by Dev"
WRITTEN_BY_THEM_RE = re.compile(
    r"\b(?:wrote|written by|typed by|own words|in (?:his|her|their|my) words)\b|\((?:by )?(?:me|him|her)\)", re.I
)
SPEAKER_I_RE = re.compile(r"(?-i:\bI\b)|\b(?:I'm|I’m|me|my)\b", re.I)  # the speaker, not "we" (a school's voice)


def _written_by_them(p: Passage) -> bool:
    return bool(p.headings) and WRITTEN_BY_THEM_RE.search(p.headings[-1]) is not None


# a line that introduces someone's own words, ending in a colon: "Pupil's comment (Winnie's own words, scribed by
# Mrs Clewlow):", "What Sam said when I asked him:"; the short paragraphs after it are those words
VIEWS_LEAD_RE = re.compile(
    r"\b(?:own words|(?:pupil|child|student|young person)['’]?s? (?:comments?|views?|voice)|in (?:his|her|their) words|"
    r"what \w+ (?:said|told (?:me|us))|(?:he|she|they|\w+) said|(?:he|she|they|\w+) told (?:me|us))\b[^:]*:$",
    re.I,
)
# a parent's comment typed into someone else's plan or report, marked as theirs (also as a dated entry): "[DAD: He
# threw the chair because ...]", "Mum's comment: ..." (not "Mum said that ...", a report of what she said)
PARENT_COMMENT_RE = re.compile(
    rf"^\W{{0,2}}(?:{ENTRY_DATE})?(?:mum|dad|mother|father|parents?|carers?|foster carers?|nan|gran)(?:['’]s|s['’])?"
    r"(?: (?:comments?|response|reply|views?|note))?\s*:\s*(?:\S+\s+){5}",
    re.I,
)
# the same book's entries by school staff ("Mon 10 Nov - Miss B: ...", "Tue 20 Jan - Ms Q: ..."): their words, not
# the family's, though the family sent the pages as their views
STAFF_ENTRY_RE = re.compile(
    rf"^\W{{0,2}}(?:{ENTRY_DATE})(?:(?:Miss|Mrs|Mr|Ms|Mx|Dr)\.? [A-Z][\w'-]*|(?i:teacher|class teacher|ta|lsa|"
    r"teaching assistant|senco|sendco|key (?:worker|person|adult)|tutor|head of year|form tutor))\s*:\s*\S",
    re.I,
)
PARENT_COMMENTS = 2  # so many marked comments make the document a record of the parent's views too


def _parent_comment(p: Passage) -> bool:
    # (not a letter's "Mother: Ms Kerry Brannigan, 14 Quarry Bank Close, Westmere WM7 2JN": her address)
    return p.kind != "table_row" and PARENT_COMMENT_RE.match(p.text) is not None and not POSTCODE_RE.search(p.text)


def has_parent_comments(doc: AdviceDocument) -> bool:
    """Whether a parent has written their comments into the document, each marked as theirs."""
    return sum(map(_parent_comment, doc.passages)) >= PARENT_COMMENTS


VIEWS_LEAD_WORDS = 25
SHORT_ANSWER_WORDS = 20


@dataclass(frozen=True)
class Excerpt:
    """A span of one passage: what a statement quotes."""

    passage: Passage
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]

    @classmethod
    def of(cls, unit: Unit) -> Excerpt:
        return cls(unit.passage, unit.start, unit.end)

    @classmethod
    def whole(cls, p: Passage) -> Excerpt:
        return cls(p, 0, len(p.text))


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    section: str
    document_id: str
    excerpts: tuple[Excerpt, ...]
    area: str | None = None
    who: Voice | None = None
    moved_from: str | None = None  # a health or social care recommendation that educates: moved to F
    unsure: bool = False
    reasons: tuple[str, ...] = ()
    row: tables.Row | None = None  # a table row: its cells by what their column holds

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(e.passage for e in self.excerpts)


# a sentence's own short label before a colon, naming it an outcome ("Suggested outcome for Jethro's plan:"; not
# "What Zara wants to achieve:", her own words, nor "Outcome of the panel:", a decision)
INLINE_LABEL_RE = re.compile(r"^([A-Z][\w'’ ]{2,50}?):\s+\S")
OUTCOME_LABEL_RE = re.compile(rf"\b(?:outcomes?|targets?)\b{DECISION}", re.I)
RUN_IN_ROLES = ("provision", "needs")
QUOTES = ('"', "\u201c", "'", "\u2018")
# a therapist's "Treatment plan" is their programme, not health care by its heading
TREATMENT_RE = re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?(?:my |our |the )?treatment\b", re.I)
BARE_PLAN_RE = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:management )?plan:?\s*$", re.I)
# a clinician's plan for the child's care in school: "School skin-care plan: Hania", "Individual healthcare plan"
CARE_PLAN_RE = re.compile(
    r"\b(?:health ?care|skin[- ]care|medical|asthma|epilepsy|seizure|diabetes|allergy|anaphylaxis|continence|"
    r"eczema|feeding|bowel|bladder) (?:care )?plan\b",
    re.I,
)


RUN_IN_WORDS = 6
SPEECH_RE = re.compile(r"\b(?:said|says|told|asked|explained|reported)\b", re.I)


def _run_in_label(label: str, after: str) -> bool:
    """A short label that heads what follows ("What Ossie needs next: ..."), not a sentence before its colon
    ("Kieran said Maisie needs travel training: ...") nor a prompt before someone's quoted words."""
    return len(label.split()) <= RUN_IN_WORDS and not SPEECH_RE.search(label) and not after.startswith(QUOTES)


NEEDS_WORD_RE = re.compile(r"\bneeds?\b", re.I)
# "What Caspar needs" as a part's whole heading (not "Support Toby needs in year 2", which names the help)
WHAT_CHILD_NEEDS_RE = re.compile(r"^(?:\d{1,2}[.)]?\s+)?what (?:[\w'-]+ ){1,4}needs?\s*[?:]?$", re.I)


def _needs_before_its_help(doc: AdviceDocument, headings: tuple[str, ...]) -> bool:
    """A part headed by what the child needs ("6. What Caspar needs") before a part of its own for the help ("7.
    Recommendations"): the report says what he needs in the one and what is to be done in the other."""
    if not any(WHAT_CHILD_NEEDS_RE.match(h.strip()) for h in headings):
        return False  # (the usual case, decided without reading every heading's role for every unit)
    part = next((h for h in reversed(headings) if heading_role((h,)) is not None), None)
    if part is None or heading_role((part,)) != "provision" or not WHAT_CHILD_NEEDS_RE.match(part.strip()):
        return False
    after = False
    for p in doc.passages:
        if p.kind != "heading":
            continue
        if after and heading_role((p.text,)) == "provision" and not NEEDS_WORD_RE.search(p.text):
            return True
        after = after or p.text == part
    return False


def _role(doc: AdviceDocument, unit: Unit, needs_section: bool) -> Role | None:
    """What the unit's place says it is: its form question or label, else its nearest heading."""
    role = None
    if unit.label:
        role = heading_role((unit.label,)) or label_role(unit.label)
    elif (lead := INLINE_LABEL_RE.match(unit.text)) and OUTCOME_LABEL_RE.search(lead.group(1)):
        role = "outcomes"  # "Suggested outcome for Jethro's plan: Jethro will ...", under "Recommendations"
    elif (lead := INLINE_LABEL_RE.match(unit.passage.text)) and _run_in_label(
        lead.group(1), unit.passage.text[lead.end() - 1 :]
    ):
        # a paragraph's run-in label says what its sentences are, under an area heading that does not: "What
        # Ossie needs next: Ear defenders and sensory breaks as needed." under "Sensory and physical"
        said = heading_role((lead.group(1),))
        role = said if said in RUN_IN_ROLES else None
    if role is None and _needs_before_its_help(doc, unit.passage.headings):
        return "needs"
    role = role or heading_role(unit.passage.headings)
    # a form's "Plan" label is as bare as a "Plan" heading ("Plan | 1. Anouk will be offered a place at ...")
    nearest = unit.label or (unit.passage.headings[-1] if unit.passage.headings else "")
    if role == "health_provision" and (
        BARE_PLAN_RE.match(nearest) or (doc.advice_type in classify.THERAPY_TYPES and TREATMENT_RE.match(nearest))
    ):
        # a bare "Plan" says it is the writer's plan, not that it is health care: a doctor's medicines are
        # health provision by their own words, a therapist's programme or a teacher's strategy is not
        return "provision"
    if role in ("summary", "findings") and needs_section:
        return "restated"  # the report has its own needs section: its summary and findings lead to it
    if role is None and doc.advice_type in classify.HEALTH_TYPES and CARE_PLAN_RE.search(nearest):
        return "health_provision"  # what a clinician's care plan asks of school is health care, whoever gives it
    return role


def _views_who(doc: AdviceDocument, p: Passage) -> Voice:
    """Whose a family document's view is: its part's heading says where it names them ("EZRA'S ANSWERS", then "OUR
    VIEWS (Chloe and Matt)" in one email), else the document's type."""
    nearest = p.headings[-1] if p.headings else ""
    if OUR_VIEWS_RE.match(nearest) or PARENTS_PART_RE.search(nearest):
        return "parent"
    if CHILD_VIEWS_HEADING_RE.search(nearest):
        return "child"
    if doc.advice_type == "child_views":
        return "child"
    if doc.advice_type == "parent_views":
        return "parent"
    return "parent" if any(PARENT_HEADING_RE.search(h) for h in p.headings) else "child"


def _family_views(doc: AdviceDocument) -> list[Evidence]:
    """A family's or child's own document: each answer or paragraph is their view, whole."""
    out: list[Evidence] = []
    theirs = True  # the email in a thread being read is the family's own
    from_them = ""  # who that email is from, where its header says
    school = replace(doc, record=replace(doc.record, advice_type="educational"))  # its staff's entries
    worker = None  # a family support worker's covering note, read as their advice until the family's words begin
    staff = {m.group("who") for p in doc.passages for m in STAFF_NAMED_RE.finditer(p.text)}
    # a messaging app's export: the lines before its first message and after its last are the app's, not anyone's words
    messages = [i for i, p in enumerate(doc.passages) if CHAT_LINE_RE.match(p.text)]
    exported = range(messages[0], messages[-1] + 1) if len(messages) >= CHAT_MESSAGES else range(len(doc.passages))
    for i, p in enumerate(doc.passages):
        if i not in exported:
            continue
        if FORWARDED_RE.match(p.text):
            continue
        if sender := SENDER_RE.match(p.text):
            from_them = sender.group("from") or sender.group("on")
            caring = SOCIAL_CARE_SENDER_RE.search(from_them)
            theirs = _family_sender(doc, from_them) and not caring
            worker = replace(doc, record=replace(doc.record, advice_type="social_care")) if caring else None
            continue
        if PART_DIVIDER_RE.match(p.text):
            theirs, worker = True, None  # "--- TRANSCRIPT (voice note) ---": the family's own words follow
            continue
        if p.kind == "heading":
            if STAFF_PART_RE.match(p.text):
                worker = school  # "Summary (Mrs Nkemelu, ELSA)": the school adult's advice, read as a report
                continue
            if worker is school and heading_role((p.text,)) in classify.VIEW_ROLES:
                worker = None  # "What AJ wants": the child's own words again
        if worker is not None and _drafted(p):
            # (a school adult's part is read under its own headings: "What we will keep doing and what AJ needs")
            out += [
                ev
                for u in units(p)
                for ev in _report_unit(worker, u, _role(worker, u, False) if worker is school else None, set())
            ]
            continue
        if (to := RECIPIENT_RE.match(p.text)) and theirs and _to_the_family(doc, from_them, to.group("to")):
            theirs = False  # an email sent to the family by someone they do not name ("To: Siobhan Halloran")
            continue
        if ORIGINAL_MESSAGE_RE.search(p.text) and (out or LA_SENDER_RE.search(p.text)):
            break  # what follows is the message they were replying to, not one pasted in whole
        if not theirs or not _drafted(p):
            continue
        if SALUTATION_RE.match(p.text) and i < LETTERHEAD_PASSAGES:
            # the short lines before "Dear SEND Team" were the letter's address, date and reference
            out = [ev for ev in out if len(ev.excerpts[0].text.split()) > LETTERHEAD_WORDS]
            continue
        if heading_role(p.headings) in ("skip", "placement"):
            continue
        if p.is_header_row:
            continue  # the header row itself
        if p is doc.passages[0] and _a_title(p.text):
            continue  # the document's title ("My communication passport")
        chat = CHAT_LINE_RE.match(p.text)
        if STAFF_ENTRY_RE.match(p.text) or (chat and chat.group("who") in staff):
            # read as what the school says it sees and does
            out += [ev for u in units(p) for ev in _report_unit(school, u, None, set())]
            continue
        # a one-page profile's row ("Things I like | Things I find hard | How to help me"): each cell a view;
        # a conversation run into one paragraph: each answer a view, the questions put to them not
        # a worksheet's prompt with the answer beside it, read as a heading: 'At school I like... "the tent"'
        if p.kind == "heading" and QUOTED_WORDS_RE.search(p.text):
            said = [Unit(p, 0, len(p.text))]
        elif _profile_row(p):
            said = cell_units(p)
        else:
            answers = _answers(p)
            said = answers if answers is not None else units(p, whole=True)
        sentences = units(p)  # read once per passage, for a placement left out and for the needs in each unit
        for unit in said:
            if not _family_view(unit):
                continue
            if classify.names_placement(unit.text):  # the rest of the paragraph is still their view
                parts = [] if p.kind == "table_row" else _without_placement(sentences)
            else:
                parts = [unit]
            out += [Evidence("view", "A", doc.id, (Excerpt.of(u),), who=_views_who(doc, p)) for u in parts]
            out += _family_needs(doc, unit, sentences)
    return out


def _family_needs(doc: AdviceDocument, said: Unit, sentences: list[Unit]) -> list[Evidence]:
    """What a family's words tell of a health need at home or of what caring costs them, sentence by sentence
    (`sentences`: the passage's), for C and D as well as their view in A. Read from a family's words alone, each is
    unsure: the caseworker checks it, and the need-without-provision checks leave it out until they do (made sure,
    what caring costs raised 26 false flags for 7 right ones on the tuning set)."""
    out = []
    for u in sentences:
        if not (said.start <= u.start and u.end <= said.end) or classify.names_placement(u.text):
            continue
        if signals.FAMILY_HEALTH_RE.search(u.text) and not signals.SCHOOL_WORRY_RE.search(u.text):
            out.append(Evidence("health_need", "C", doc.id, (Excerpt.of(u),), area="health", unsure=True))
        elif doc.advice_type == "parent_views" and signals.FAMILY_STRAIN_RE.search(u.text):
            out.append(Evidence("social_care_need", "D", doc.id, (Excerpt.of(u),), area="social_care", unsure=True))
    return out


# a speaker's turn by first name, at the paragraph's start or after a sentence: "Pip: What happens when your
# hand hurts? Lyra: I shake it and then I stop."
TURN_RE = re.compile(r"(?:^|(?<=[.?!\"\u201d\u2019])\s+)(?P<speaker>[A-Z][a-z'-]+):\s+(?=\S)")


def _turns(p: Passage) -> list[tuple[int, int]]:
    """What each speaker says in a conversation run into one paragraph (a scan or a PDF merges its lines),
    as spans of its text without the speaker's name: two or more speakers by name, one of them asking. []
    for any other paragraph ("Name: Lyra Pownall DOB: 12/03/2016" is a form's details, and asks nothing)."""
    found = [m for m in TURN_RE.finditer(p.text) if not DETAIL_LABEL_RE.match(m.group("speaker"))]
    if len(found) < 2 or found[0].start() != 0 or len({m.group("speaker") for m in found}) < 2:
        return []
    ends = [m.start("speaker") for m in found[1:]] + [len(p.text)]
    spans = [(m.end(), m.end() + len(p.text[m.end() : end].rstrip())) for m, end in zip(found, ends, strict=True)]
    return spans if any(p.text[a:b].endswith("?") for a, b in spans) else []


def _answers(p: Passage) -> list[Unit] | None:
    """A conversation's answers, the turns that are not questions; None where the paragraph is no conversation."""
    turns = _turns(p)
    return [Unit(p, a, b) for a, b in turns if not p.text[a:b].endswith("?")] if turns else None


SALUTATION_RE = re.compile(r"^dear\b", re.I)
LETTERHEAD_PASSAGES = 12  # a salutation this near the top opens the letter
LETTERHEAD_WORDS = 12  # an address, date or reference line is this short


def _a_title(text: str) -> bool:
    """A short first line with no sentence in it and nothing said by "I" ("I like Lego" is a view)."""
    return len(text.split()) <= 5 and not text.rstrip().endswith((".", "!", "?")) and not re.search(r"\bI\b", text)


def _names_author(doc: AdviceDocument, text: str) -> bool:
    """Whether text names the document's author by surname (an email header's "From:" or "To:")."""
    author = (doc.record.author_name or "").split()
    return bool(author) and re.search(rf"\b{re.escape(author[-1])}\b", text, re.I) is not None


def _to_the_family(doc: AdviceDocument, sender: str, recipient: str) -> bool:
    """Whether an email's "To:" line names the family (the document's author, by surname) while its
    "From:" line does not: a reply from a school or service the sender's address did not show."""
    return _names_author(doc, recipient) and not _names_author(doc, sender)


def _family_sender(doc: AdviceDocument, sender: str) -> bool:
    """Whether an email in a forwarded thread is the family's: from the document's author (by
    surname), or from no school, council or service ("Kerensa Gatward <k.g@examplemail.co.uk>")."""
    if _names_author(doc, sender):
        return True
    sender = BRACKETED_RE.sub(" ", sender)  # a note on who they are: "Rhiannon Pryce (cousin - Mrs Quarrie confirmed)"
    if doc.advice_type == "child_views":
        # a pupil writes from a school account ("Jem Mowbray <22jmowbray@bexleymoor.sch.uk>"): their name, no title
        name = sender.split("<")[0]
        return not (PROFESSIONAL_SENDER_RE.search(name) or ADULT_TITLE_RE.search(name))
    return not PROFESSIONAL_SENDER_RE.search(sender)


BRACKETED_RE = re.compile(r"\([^)]*\)?")
NAMED_SETTING_RE = re.compile(
    r"\b(?!(?:In|At|To|The|My|Our|His|Her|Their|This|That|A|An|Primary|Secondary|Special|Sixth|Infant|Junior)\b)"
    r"[A-Z][\w'-]+ (?:School|SCHOOL|Academy|ACADEMY|College|COLLEGE|Nursery|NURSERY)\b"
)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|we|my|me|our|us)\b", re.I)
SAID_ROW_WORDS = 5


def _family_view(unit: Unit) -> bool:
    """Whether the unit is a family's or child's words rather than a form's label, a line of who
    and when, or talk about the views themselves."""
    text = unit.text.strip()
    if unit.passage.kind == "table_row" and (
        not (_a_row_of_words(unit.passage) or _quotes_them(unit.passage) or _said_across_a_row(unit.passage))
        if unit.label is None
        else DETAIL_LABEL_RE.match(unit.label)
    ):
        return False
    # labelled lines that quote someone are their words, not a form's header ("Photo: the school gates.
    # Caption: \"Monday is the worst day of the week.\"")
    form_header = FORM_HEADER_RE.search(text) and not QUOTED_WORDS_RE.search(text)
    if VIEWS_META_RE.search(text) or form_header or NEGATIVE_ANSWER_RE.search(text):
        return False
    if NAMED_SETTING_RE.search(text) and not FIRST_PERSON_RE.search(text):
        return False  # a form's title naming a college ("HARTSFIELD COLLEGE - ONLINE APPLICATION"), never drafted
    if not re.search(r"[A-Za-z]{2,}", text):
        return False  # a phone number or a date on its own line under the signature
    # "Leo Whitcombe, Year 10, 17 February 2025": who and when, not a view
    return not (len(text.split()) <= 8 and DATED_LINE_RE.search(text) and not re.search(r"\b(?:I|we|my)\b", text))


def _said_across_a_row(p: Passage) -> bool:
    """A row with no header that is one of their sentences split across cells (a scanned sheet's handwriting read
    as columns: "Mr Pryce at band cos | missed contest practice when I was excluded."), not a row of details."""
    return not p.header and len(p.text.split()) >= SAID_ROW_WORDS and bool(FIRST_PERSON_RE.search(p.text))


def _quotes_them(p: Passage) -> bool:
    """A row whose header was lost (a PDF's empty cells dropped) that quotes what was said in a cell of its own:
    'PE and football | X | "It's the best bit."' (its columns were Topic | Like | Not sure | Don't like | Notes)."""
    return not p.header and any(QUOTED_CELL_RE.match(c) for c in p.cells)


def _a_row_of_words(p: Passage) -> bool:
    """A row of a table with a header that says something in the family's or child's words ("Photo |
    Tilly's caption | What Tilly told me"), not a row of details ("Tilly | Year 4") nor a row whose
    columns hold outcomes or provision (those are for the plan's sections, not Section A). When something
    happens, why they chose it and what is hard for them are theirs to say ("Track | When | Why it's on my
    playlist", "Time | What happens | What is hard for us")."""
    if not p.header or all(DETAIL_LABEL_RE.match(h) for h in p.header if h):
        return False
    theirs = ("other", "describe", "child_view", "parent_view", "when", "period", "reason", "need", "frequency")
    if any(tables.column_of(h) not in theirs for h in p.header if h):
        return False
    return any(not _a_title(cell) for cell in p.cells if cell)


def _without_placement(sentences: list[Unit]) -> list[Unit]:
    """A paragraph's sentences but those that name a placement or any school, college or setting
    (the wish may sit in another sentence: "We visited Linnet Hall School. We want him there.")."""
    named = {m.group(0).split()[0] for u in sentences for m in classify.INSTITUTION_RE.finditer(u.text)}
    return [
        u
        for u in sentences
        if _family_view(u)
        and not classify.names_placement(u.text)
        and not any(re.search(rf"\b{re.escape(n)}\b", u.text) for n in named)
    ]


def _report_unit(
    doc: AdviceDocument,
    unit: Unit,
    role: Role | None,
    first_hand: set[str],
    lead_in: Passage | None = None,
    speakers: frozenset[str] = frozenset(),
) -> list[Evidence]:
    if unit.passage.kind == "table_row" and tables.ended(unit.passage):
        return []
    if unit.is_row:
        return tables.row_evidence(doc, unit, role)
    unit = _spoken(unit, speakers)
    if QUOTED_ANSWER_RE.match(unit.text):
        # nothing but someone's words, after at most a short label ("Week 7: \"when its quiet ...\""): their view
        return [Evidence("view", "A", doc.id, (Excerpt.of(unit),), who=_voice_under(unit), reasons=("quoted words",))]
    if lead_in is None and (parts := _mixed_clauses(unit, role, doc.advice_type)):
        return [ev for part in parts for ev in _report_unit(doc, part, role, first_hand)]
    text = unit.text
    found = classify.read(f"{lead_in.text} {text}" if lead_in else text, role, doc.advice_type)
    if found.reading == "background":
        return []
    # a view is the person's own words: the lead-in is cited only with the provision or need it completes
    excerpts: tuple[Excerpt, ...] = (Excerpt.of(unit),)
    if lead_in is not None and found.reading != "view":
        excerpts = (Excerpt.whole(lead_in), *excerpts)
    item = Evidence("view", "A", doc.id, excerpts, unsure=found.unsure, reasons=found.reasons)
    if found.reading == "view":
        if set(found.reasons) == {"placed under views"} and VIEWS_META_RE.search(text):
            return []  # only its heading made it a view, and it says how the views were gathered
        who = _voice_under(unit)
        own_words = role in classify.VIEW_ROLES and (
            OWN_WORDS_RE.match(text) or (_written_by_them(unit.passage) and SPEAKER_I_RE.search(text))
        )
        if (who in first_hand and not QUOTED_WORDS_RE.search(text) and not own_words) or (
            len(text.split()) < VIEW_WORDS and not _short_answer(text)
        ):
            return []  # first-hand views take precedence over a report's summary of them, not over their words
        return [replace(item, who=who)]
    return [placed(item, found.reading, text, doc, unit.passage, role)]


VIEW_WORDS = 6  # a report's line shorter than this is a fragment, unless it quotes the child's own short answer
# a short answer quoted after who gave it: 'She said: "No loud. No."', 'Lula said: "Swimming. Friday. Happy."'
SHORT_ANSWER_RE = re.compile(
    r"\b(?:said|says|wrote|answered|replied|told (?:me|us)):\s*[\"\u201c](?P<words>[^\"\u201c\u201d]+)"
)


# a wish for the child, in the third person: "She would like Tamsin to come home one day", "hopes he will go to
# college" (the child's own is "Tamsin would like to be a vet", "she hopes to go to college")
WISH_FOR_CHILD_RE = re.compile(
    r"\b(?:would (?:like|love)|wants?|hopes?|wishes|would prefer)\s+(?:that\s+)?"
    r"(?:(?-i:[A-Z][a-z'-]+)|him|her|them)\s+to\b"
    r"|\b(?:hopes?|wishes|is hoping)\s+(?:that\s+)?(?:(?-i:[A-Z][a-z'-]+)|he|she|they)\s+will\b",
    re.I,
)


def _voice_under(unit: Unit) -> Voice:
    """Whose view a report's line gives: a parent's under a family's heading or where it wishes for the child in the
    third person, else the child's."""
    if any(PARENT_HEADING_RE.search(h) for h in unit.passage.headings) or WISH_FOR_CHILD_RE.search(unit.text):
        return "parent"
    return "child"


def _short_answer(text: str) -> bool:
    quoted = SHORT_ANSWER_RE.search(text)
    return quoted is not None and len(re.findall(r"[A-Za-z]{2,}", quoted.group("words"))) >= 2


def _mixed_clauses(unit: Unit, role: Role | None, advice_type: str) -> list[Unit] | None:
    """A sentence whose semicolon or arrow joins two different items, as its parts: "Her feeding is a concern
    because she has choked twice at home; I have referred her to the dysphagia team" is the need and the
    provision for it."""
    spans = joined_spans(unit.passage.text, unit.start, unit.end)
    if len(spans) < 2:
        return None
    texts = [unit.passage.text[a:b] for a, b in spans]
    if classify.mixed(texts, role, advice_type) is None:
        return None
    return [Unit(unit.passage, a, b, unit.label) for a, b in spans]


def _spoken(unit: Unit, speakers: frozenset[str]) -> Unit:
    """What a meeting's listed professional said, without the lead naming them ("Hannah said: \"...\""):
    their advice, read and cited as said; anyone else's reported words stay as they are."""
    lead = attendees.professional_lead(unit.text, speakers)
    if not lead:
        return unit
    said = unit.text.rstrip()
    end = unit.start + len(said) - (1 if said[-1:] in '"\u201d' and unit.text[lead - 1] in '"\u201c' else 0)
    return Unit(unit.passage, unit.start + lead, end, unit.label)


# a therapist's own part of a joint clinic letter: "Speech and language therapy (Grace Ebohon)"
THERAPY_PARTS = (
    ("speech_and_language", re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?speech(?: and language)?(?: therapy)?\b", re.I)),
    ("occupational_therapy", re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?occupational therapy\b", re.I)),
    ("physiotherapy", re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?physiotherapy\b", re.I)),
)


def _therapist_part(advice_type: str, p: Passage) -> str:
    """The advice type a unit is read with: a therapist's, where a health letter gives each therapist a part."""
    if advice_type not in classify.HEALTH_TYPES or not p.headings:
        return advice_type
    return next((kind for kind, rx in THERAPY_PARTS if rx.match(p.headings[-1])), advice_type)


# a report's recommendations grouped by who is to act, numbered or not (not "In school", where something happens)
PART_NUMBER = r"^\W*(?:\d{1,2}[.)]?\s*)?"
FOR_SCHOOL_RE = re.compile(PART_NUMBER + FOR_SCHOOL, re.I)
FOR_SOCIAL_CARE_RE = re.compile(PART_NUMBER + FOR_SOCIAL_CARE, re.I)


def placed(item: Evidence, reading: str, text: str, doc: AdviceDocument, p: Passage, role: Role | None) -> Evidence:
    """`item` as the outcome, need or provision it was read as, in its section and area."""
    advice_type = _therapist_part(doc.advice_type, p)
    last_heading = p.headings[-1] if p.headings else ""
    for_social_care = advice_type not in VIEWS_TYPES and FOR_SOCIAL_CARE_RE.match(last_heading) is not None
    if for_social_care:
        advice_type = "social_care"  # what the report asks of social care is read as social care's advice
    for_school = FOR_SCHOOL_RE.match(last_heading) is not None
    # where the advice says whom each part is for, the learned section model gives no second opinion
    reader = doc.advice_type if not (for_school or for_social_care) else None
    area = classify_area(text, p.headings)
    if reading == "outcome":
        return replace(item, kind="outcome", section="E", area=area)
    if reading == "need":
        section = classify.need_section(text, advice_type)
        if reader:
            section = classify.second_opinion(section, text, "need", reader, role)
        return replace(item, kind=NEED_KINDS[section], section=section, area=SECTION_AREAS.get(section, area))
    rules_section, moved_from = classify.provision_section(text, advice_type, role, for_school)
    section = classify.second_opinion(rules_section, text, "provision", reader, role) if reader else rules_section
    if section != rules_section:
        moved_from = None  # the rules' "educates, though advised as G or H" does not hold where it is not F
    kind = PROVISION_KINDS[section]
    if section == "H":
        section = "H2" if adult_care(doc) else social_care_section(p, text)
    return replace(item, kind=kind, section=section, area=SECTION_AREAS.get(section, area), moved_from=moved_from)


def _drafted(p: Passage) -> bool:
    marked_line = len(p.text.split()) <= MARKED_LINE_WORDS and MARKING_ENDS_RE.search(p.text)
    return not (addressed_to_machine(p.text) or PROTECTIVE_MARKING_RE.match(p.text) or marked_line)


OWN_SERVICE_RE = re.compile(
    r"\b(?:[Ww]e|I) (?:will|shall|have (?:issued|provided|ordered|arranged))\b|\b[Yy]ou should\b"
    r"|\b(?:sessions?|appointments?|therapy) with me\b"  # "12 weekly 50-minute sessions with me at the clinic"
)


def _second_hand(ev: Evidence, doc: AdviceDocument, role: Role | None) -> bool:
    """Health needs and provision restated in a report that is not health advice: the medical
    advice is their source (unless the report sets them out under a health heading). A therapist
    is a health professional, so what their own service will do ("We will review your seating
    every 6 months") and how the child eats and drinks safely are theirs to give."""
    own_service = doc.advice_type in (*classify.THERAPY_TYPES, "psychological") and any(
        OWN_SERVICE_RE.search(e.text) or signals.SWALLOW_RE.search(e.text) for e in ev.excerpts
    )  # a speech and language therapist's eating and drinking plan is theirs too
    # an action plan's row with its own "Who" (the school nurse's continence assessment in a Child in Need plan)
    # is the plan's action, not a restatement
    assigned = ev.row is not None and bool(ev.row.get("who"))
    return (
        ev.section in ("C", "G")
        and doc.advice_type not in classify.HEALTH_TYPES
        and role not in ("health_needs", "health_provision")
        and not own_service
        and not assigned
    )


def _told_by_doctors(ev: Evidence, health_said: set[str]) -> bool:
    """Whether the medical advice covers what a restated health need is about: a social worker's "his back tooth has
    been hurting for months", which no doctor wrote of, is the only word on it."""
    about = main_topics(" ".join(e.text for e in ev.excerpts))
    return ev.section != "C" or not about or bool(about & health_said)


# "The teaching assistant who sits with Lena at lunch must, every day:": someone will act, and the
# items below say what they will do
LEAD_IN_RE = re.compile(r"\b(?:must|will|should|needs? to|are to|is to)\b[^:.]{0,40}:$")


# "Targets to be worked on by school staff (10-week programme):", "Her goals for this term are:": the list below
# it is the child's targets, whatever the heading above says
TARGETS_LEAD_RE = re.compile(
    r"^\W*(?:(?:her|his|their|(?-i:[A-Z][\w'-]+)['’]s) )?(?:targets?|goals?|outcomes?)\b[^.:]{0,100}:$", re.I
)


def _list_item(p: Passage) -> bool:
    """A passage that goes on a list: a list item, a bullet's row (a PDF's bullet glyph in a cell of its own)."""
    return p.kind in ("list_item", "table_row") or classify.LIST_MARK_RE.match(p.text) is not None


# "Diagnostic Assessment Report: Specific Learning Difficulties": the document's title, not a needs section
REPORT_TITLE_RE = re.compile(r"\b(?:report|assessment|advice)\b", re.I)


# the start of a date range just before its end date: "10 June to", "September 2024 -", "01/09/24 until"
RANGE_START_RE = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES})\b|\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    r"\.?,?\s*(?:to|until|till|-|\u2013)\s*$",
    re.I,
)


LOG_ENTRIES = 3  # passages that open with a date: a log of what happened, entry by entry


def _opening_date(text: str) -> date | None:
    """The date a passage opens with, as a log entry does ("02/10/25 - 1:1 at the Hub")."""
    found = all_dates(text[:12])
    return found[0][0] if found and found[0][2] == 0 else None


def _logged(doc: AdviceDocument) -> date | None:
    """A dated log (case notes, a diary, a contact record): the date after which its entries are
    still to come, the advice's own date or, undated, the last entry's. None when it is no log."""
    opening = [d for p in doc.passages if (d := _opening_date(p.text))]
    if len(opening) < LOG_ENTRIES:
        return None
    return iso_date(doc.record.date) or max(opening)


def _past_entry(text: str, log_date: date | None) -> bool:
    """A log entry's session, dated before the log was written and not what someone will do:
    "02/10/25 - 1:1 at the Hub, 45 mins." records what was done."""
    if log_date is None or classify.WILL_RE.search(text):
        return False
    when = _opening_date(text)
    return when is not None and when <= log_date


def _ended(text: str, doc: AdviceDocument) -> bool:
    """Provision given over dates that ended before the advice was written ("weekly sessions,
    10 June to 28 October 2025" in a January report): what was done, not what is to be done."""
    written = iso_date(doc.record.date)
    if written is None:
        return False
    return any(end < written and RANGE_START_RE.search(text[max(0, at - 30) : at]) for end, _, at in all_dates(text))


def _report(doc: AdviceDocument, first_hand: set[str], health_said: set[str] | None) -> list[Evidence]:
    """`health_said`: the topics the medical advice covers (None where there is none)."""
    # (a consultation's "What is worrying people" lists the adults' concerns; its formulation still says what they mean)
    needs_section = any(
        p.kind == "heading"
        and heading_role((p.text,)) == "needs"
        and not REPORT_TITLE_RE.search(p.text)
        and not WORRYING_HEADING_RE.match(NUMBERING_RE.sub("", p.text, count=1).strip())
        for p in doc.passages
    )
    out: list[Evidence] = []
    lead_in: Passage | None = None
    targets = False  # the list after "Targets to be worked on ...:" is the child's targets
    voiced: Passage | None = None  # "Pupil's comment (Winnie's own words):" before the child's short answers
    log = _logged(doc)
    speakers = attendees.professionals(doc.passages) | attendees.author_turns(doc.passages, doc.record.author_name)
    for p in doc.passages:
        if not _drafted(p):
            continue
        if p.kind == "paragraph" and VIEWS_LEAD_RE.search(p.text) and len(p.text.split()) <= VIEWS_LEAD_WORDS:
            voiced = p
            continue
        short = len(p.text.split()) <= SHORT_ANSWER_WORDS and ":" not in p.text  # not "Class teacher: D Strudwick"
        if voiced is not None and p.kind == "paragraph" and short:
            if classify.names_placement(p.text):
                continue
            who: Voice = "parent" if PARENT_HEADING_RE.search(voiced.text) else "child"
            out.append(
                Evidence("view", "A", doc.id, (Excerpt.whole(p),), who=who, reasons=("words after a views lead",))
            )
            continue
        voiced = None
        if _parent_comment(p):
            # (a sentence that names a placement is left out: "Mum: I've looked at Heathfield House ...")
            said = units(p)
            kept = [u for u in said if not classify.names_placement(u.text)]
            excerpts = (Excerpt.whole(p),) if len(kept) == len(said) else tuple(Excerpt.of(u) for u in kept)
            if excerpts:
                out.append(Evidence("view", "A", doc.id, excerpts, who="parent", reasons=("a parent's comment",)))
            out += _family_needs(doc, Unit(p, 0, len(p.text)), kept)  # a health need at home they tell of
            continue
        # an item that finishes the lead-in's sentence ("sit beside her for the whole of lunch") is read with it
        finishes = lead_in if lead_in and p.kind != "table_row" and p.text[:1].islower() else None
        if p.kind == "paragraph" and LEAD_IN_RE.search(p.text):
            lead_in = p
        elif not finishes:
            lead_in = None
        listed = _list_item(p)
        targets = (p.kind == "paragraph" and TARGETS_LEAD_RE.match(p.text) is not None) or (targets and listed)
        if p.kind == "table_row" and len(p.cells) == 2 and DETAIL_LABEL_RE.match(p.cells[0]):
            continue  # "Year and class | Year 4, Kingfishers (class teacher Mr Danson)": who and where
        if p.kind == "paragraph" and p.seq < LETTERHEAD_PASSAGES and DETAIL_LINE_RE.match(p.text):
            continue  # the details block's "Setting: Thistledown Day Nursery (30 funded hours, Monday to Friday)"
        for unit in units(p):
            if classify.names_placement(unit.text) or NEGATIVE_ANSWER_RE.search(unit.text):
                continue
            role = _role(doc, unit, needs_section)
            if role == "placement":
                continue
            if targets and listed and role not in classify.VIEW_ROLES:
                role = "outcomes"
            found = _report_unit(doc, unit, role, first_hand, finishes, speakers)
            out.extend(
                ev
                for ev in found
                if not (health_said is not None and _second_hand(ev, doc, role) and _told_by_doctors(ev, health_said))
                and not (ev.kind.endswith("provision") and (_ended(unit.text, doc) or _past_entry(unit.text, log)))
            )
    return out


H1_RE = re.compile(
    r"short breaks?|personal assistant|adaptation|equipment|travel|recreation|holiday|direct payment|"
    r"practical assistance|chronically sick|\bs\.? ?2\b|section 2|\bh1\b|"
    # recreational facilities (s2(1)(c)): "a place at Splash Club at the leisure centre"
    r"\bclubs?\b|leisure|play ?scheme|swimming",
    re.I,
)


# adult social care's advice: section 2 of the 1970 Act is for disabled children, so the care and support it assesses
# a young person over 18 as needing (under the Care Act 2014) is H2 (Code of Practice 9.69)
ADULT_CARE_RE = re.compile(
    r"\badult(?:s['\u2019]?)? (?:social care|services|social work|care and support)\b|\bcare act(?: 2014)?\b"
    r"(?! (?:transition )?assessment (?:will|is to|should) (?:be|take))",
    re.I,
)


def adult_care(doc: AdviceDocument) -> bool:
    """Whether the advice is adult social care's: its author's service, its title or its opening says so."""
    head = " ".join(p.text for p in doc.passages[:12])
    said = (doc.record.author_service or "", doc.record.author_role or "", doc.record.filename, head)
    return doc.advice_type == "social_care" and any(ADULT_CARE_RE.search(t) for t in said)


def social_care_section(p: Passage, text: str) -> str:
    label = p.cells[0] if p.cells else " ".join(p.headings)
    if re.search(r"\bh2\b", label, re.I) and not re.search(r"\bh1\b", label, re.I):
        return "H2"
    return "H1" if H1_RE.search(label) or H1_RE.search(text) else "H2"


GROUPED_KINDS = ("view", "need", "health_need", "social_care_need")
OWN_FRAMES = frozenset({"recommends", "should-receive", "would-benefit", "agent-will-act", "imperative", "timed-will"})


def _joins(last: Evidence, ev: Evidence) -> bool:
    """Views and needs written as one run stay one statement (same kind and voice; the same
    paragraph, or the next ones under the same heading about the same area); so does a sentence
    that only goes on about the provision or outcome before it in the same paragraph."""
    a, b = last.excerpts[-1], ev.excerpts[0]
    if last.kind != ev.kind or last.document_id != ev.document_id or last.row or ev.row:
        return False
    same_passage = a.passage.seq == b.passage.seq
    if ev.kind not in GROUPED_KINDS:  # "The SENCO will write the stories." goes on about the provision before it
        brief = len(b.text.split()) <= 10
        # a brief sentence that only names who does it joins; one with its own amounts is its own provision
        own_amounts = "amounts" in ev.reasons and not (brief and _only_deliverer(b.text))
        return same_passage and (brief or not OWN_FRAMES & set(ev.reasons)) and not own_amounts
    if last.who != ev.who or any(_profile_row(x.passage) for x in (a, b)):
        return False  # a profile's cells are a view each
    if same_passage:  # one paragraph about one need, unless a new area label starts ("Cognition and learning: ...")
        return not signals.LEAD_LABEL_RE.match(unlabelled(b.text))
    if last.area != ev.area:
        return False
    return a.passage.headings == b.passage.headings and 0 < b.passage.seq - a.passage.seq <= 2


def _profile_row(p: Passage) -> bool:
    return p.kind == "table_row" and any(PROFILE_COLUMN_RE.search(h) for h in p.header)


def _only_deliverer(text: str) -> bool:
    found = fields.from_text(text)
    return not (found.frequency or found.duration or found.group_size)


def _grouped(items: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for ev in items:
        last = out[-1] if out else None
        if last is not None and _joins(last, ev):
            a, b = last.excerpts[-1], ev.excerpts[0]
            # one span over the sentences between, unless what lies between was left out for what it
            # is (a named placement; in a family's words, anything)
            between = a.passage.text[a.end : b.start]
            left_out = (ev.kind == "view" and between.strip()) or classify.names_placement(between)
            if a.passage.seq == b.passage.seq and not left_out:
                merged = (*last.excerpts[:-1], Excerpt(a.passage, a.start, b.end))
            else:
                merged = (*last.excerpts, *ev.excerpts)
            out[-1] = replace(last, excerpts=merged, unsure=last.unsure and ev.unsure)
        else:
            out.append(ev)
    return out


def route(documents: list[AdviceDocument]) -> list[Evidence]:
    """Every unit of the advice that bears on the plan, as evidence items in document order."""
    first_hand = {
        "child" if d.advice_type == "child_views" else "parent" for d in documents if d.advice_type in VIEWS_TYPES
    }
    health_docs = [d for d in documents if d.advice_type in classify.HEALTH_TYPES]
    health_said = {t for d in health_docs for p in d.passages for t in topics(p.text)} if health_docs else None
    items: list[Evidence] = []
    for doc in documents:
        found = _family_views(doc) if doc.advice_type in VIEWS_TYPES else _report(doc, first_hand, health_said)
        items.extend(_grouped(found))
    return items
