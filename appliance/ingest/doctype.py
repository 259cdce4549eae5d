"""What a document is: its advice type, who wrote it (role, name, service) and when.

The type is weighed from the filename, the document's title lines and who wrote it, with a
little from words in the body; the author and date come from where people put them
(`authorship`, `dates`). A caseworker can correct any of it. Dates are kept as ISO.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from appliance.ingest import authorship, dates, layout
from appliance.ingest.advice import ADVICE_LABELS, ADVICE_TYPES, VIEWS_TYPES, AdviceType, as_advice_type
from appliance.ingest.authorship import DEFAULT_ROLE, TYPE_ROLE_HINTS
from appliance.ingest.dates import DATE_RE, MONTHS, parse_date
from appliance.ingest.passages import Passage
from appliance.ingest.people import SLT_ABBREVIATION

__all__ = [
    "ADVICE_LABELS",
    "ADVICE_TYPES",
    "DATE_RE",
    "DEFAULT_ROLE",
    "MONTHS",
    "TYPE_ROLE_HINTS",
    "VIEWS_TYPES",
    "AdviceType",
    "DocumentDetails",
    "as_advice_type",
    "describe",
    "detect_author",
    "detect_date",
    "detect_type",
    "locate",
    "parse_date",
]

PARENT_WORDS = (
    r"mum|dad|mother|father|parents?|parental|carers?|family|foster carers?|kinship carers?|special guardians?|"
    # grandparents who bring a child up, or speak for the family: "Grandad's views"
    r"grand(?:ad|dad|pa|ma|mother|father|parents?)|nan|nana|nanna|gran|granny"
)
# (advice type, pattern); earlier rules win ties, so specific ones come first.
TYPE_PATTERNS: list[tuple[AdviceType, str]] = [
    ("hearing_impairment_teacher", r"teacher of the deaf|\bqtod\b|hearing (support|impairment) (service|team|teacher)"),
    ("vision_impairment_teacher", r"teacher of (children with )?(the )?visual(ly)? impair|\bqtvi\b|vision support"),
    (
        "preparing_for_adulthood",
        r"preparing for adulthood|\bpfa\b|careers (advi[cs]e|advis[eo]r|guidance|interview)|transition to adult|"
        r"transition advice\b|travel training|supported employment|job coach|supported internship",
    ),
    ("annual_review", r"annual review"),
    ("existing_plan", r"education,? health and care plan\b(?! needs)|\bfinal (ehc )?plan\b"),
    ("personal_details", r"personal details"),
    (
        "parent_views",
        rf"\b({PARENT_WORDS})('s|s'|')?\b[^.!?\n]{{0,14}}?\b(views|contribution|voice)\b|parent ?(/|or) ?carer|"
        # a parent's own notes: "Dad's notes", "notes from Dad", "notes for the EHCP - Mum" (not "Parent evening notes")
        r"\b(?:mum|dad|mother|father|parent|carer)(?:['’]s|s['’]|s)? (?:notes|answers|replies|letter|email|statement)\b"
        r"|\bnotes (?:from|by) (?:mum|dad|mother|father)\b|"
        r"\bnotes\b[^.!?\n]{0,30}\s-\s(?:mum|dad)\b|"
        r"\bfoster carers?\b|\bkinship carers?\b|\bspecial guardians?\b|"
        r"\bour (?:family['’]?s? )?(?:views|story|voice)\b|\byour child\b|"
        r"\bviews of (the )?(parents?|family|carers?)\b|\bfrom (mum|dad|mother|father|(the )?parents)\b|"
        # "Letter from Ferdie's parents to the SEND panel", "Letter to panel from Ludo's mum and dad"
        r"\bfrom [a-z][\w-]*['’]s (mum|dad|mother|father|parents)\b|"
        r"\bparental request\b|"
        # "Malachi's story, by his mum"
        r"\b(?:story|letter|notes|views|account|words)\W{1,4}by (?:his|her|their) "
        r"(?:mum|dad|mother|father|parents|carers?|nan|gran|grandma|grandad|grandparents)\b|"
        # written by one of the family, named so: "Letter from Kayla (sister)", "notes ... from Bev Pennock (Nana)"
        r"\b(?:from|by) [A-Z][\w'-]+(?: [A-Z][\w'-]+)? \((?:big |older |younger )?(?:sister|brother|nana|nan|nanna|"
        r"gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|aunty|uncle|mum|mother|dad|father)\)|"
        # whose the notes are, named after the writers or the title: "Notes from Annika and Joel Lindqvist (Keira's
        # parents)", "Our notes for the meeting - Keira's mum and dad"
        r"\b(?:from|by) [A-Z][\w'-]+(?: (?:and )?[A-Z][\w'-]+){0,4} "
        r"\([A-Z][\w'-]*['’]s (?:parents|mum and dad|mum|dad|mother|father|carers)\)"
        r"|\bour notes\b[^.!?\n]{0,40}\b[A-Z][\w'-]*['’]s (?:parents|mum and dad)\b",
    ),
    (
        "child_views",
        rf"all about me|\babout me\b|one[- ]page profile|\bwhat i think\b|"
        rf"three houses|talking mats?|transcript|recorded conversation|mind ?map|personal statement|photo ?voice|"
        # the child's answers taken down by an adult: "I have written her words down exactly as she said them"
        r"\b(?:his|her|their) (?:own )?words (?:down )?exactly\b|\bwritten down by\b|"
        r"good day,?(?: (?:and|/|or))? (?:a )?bad day|two stars and a wish|"
        rf"\b(pupil|student|learner|child|young person)'?s? (views|voice)\b|"
        rf"\b(?!(?:{PARENT_WORDS})'s\b)[a-z][\w-]*'s (?:views|voice)\b|"
        # a name, then "views", opening a title or a file name: "Kai views - texts to Ellis", "KAI FERRIE - VIEWS FOR
        # EHC NEEDS ASSESSMENT" (not "Kai - views from his sister Shannon")
        r"^(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))?\s*(?:-\s*)?views\b(?!\s+(?:from|of|by)\b)",
    ),
    # advice from a service with no statutory type of its own: a report, read as one, never taken for
    # the speech therapy or social care it mentions
    # a family court's welfare report is written for the court, not as any of the statutory advice
    ("other", r"\b(?:play|art|music|drama) therap|family court advis|\bcafcass\b|section 7 (?:welfare )?report"),
    ("psychological", r"educational psycholog|psychological advice|\bep (report|advice)\b|^ep\b|psychology"),
    ("speech_and_language", rf"speech and language|{SLT_ABBREVIATION}|\bslt\b|speech therap"),
    ("occupational_therapy", r"occupational therap|\bot (report|advice)\b"),
    ("physiotherapy", r"physiotherap|\bphysio\b"),
    (
        "educational",
        r"home and hospital (education|tuition|teaching)|education (service|team|support service)|tuition service|"
        r"virtual school|personal education plan|\bpep\b|\bcollege\b|sixth form|training provider|learning support|"
        # a college's record of its learner: "Learner profile - ALS", "electronic learning plan"
        r"\blearner (?:profile|record)\b|\blearning plan\b|\bals (?:co-?ordinator|key worker|plan|profile|team)\b|"
        r"further education|\bapdr\b|sen support plan|assess,? plan,? do,? review|individual education plan|"
        r"\biep\b|provision map|specialist teaching|early years setting|nursery|portage|"
        # a Welsh school's plan: "Individual Development Plan (IDP)", its ALNCo and additional learning provision
        r"individual development plan|\bidp\b|\balnco\b|additional learning provision|"
        r"individual (?:support|learning|provision) plan|\bsen support\b|"
        # education arranged away from school: "Education Other Than At School (EOTAS) package proposal"
        r"education other than at school|\beotas\b|alternative provision",
    ),
    # a health assessment is health advice, whichever service's nurse writes it (a youth justice team's)
    ("medical", r"\bhealth (?:needs )?assessment\b|\bhealth action plan\b"),
    (
        "social_care",
        r"social care|social work|children'?s services|disabled children'?s team|children and families(?! act)|"
        r"child and family assessment|care act|early help|child in need|children with disabilities|"
        r"team around the (?:child|family)|\bta[cf] (?:meeting|minutes|review)|short breaks|"
        r"youth justice|youth offending|\byjs\b|\byot\b|adoption support|post[- ]adoption|special guardianship support|"
        # a care leaver's supported accommodation: "Housing and Support - CareLog export"
        r"supported (?:accommodation|lodgings|housing)|housing (?:and|&) support",
    ),
    (
        "medical",
        r"paediatric|medical advice|\bnhs\b|camhs|audiolog|consultant|\bgp\b|health advice|hospital|clinic|"
        r"neurolog|ophthalmolog|school nurs|mental health service|health visitor|dietit|health assessment|"
        r"designated (?:doctor|nurse)|health team|health ?care plan",
    ),
    (
        "educational",
        r"educational advice|school advice|advice from the school|\bsend?co\b|head ?teacher|specialist teacher|"
        r"dyslexia (?:assessment|report)|\bspld (?:assessment|report|assessor)|specialist assessor|"
        # a school's or specialist teacher's outreach, not a health team's ("neurorehabilitation outreach team")
        r"(?:^|\b(?!(?:neurorehab\w*|rehab\w*|oncology|palliative|nursing|nurse|hospital|camhs|health|medical) )"
        r"[\w-]+ )outreach|^outreach\b|education setting|advice from (the )?(education|school|setting)",
    ),
]
COMPILED = [(kind, re.compile(pattern, re.I | re.M)) for kind, pattern in TYPE_PATTERNS]
FILENAME, TITLE, AUTHOR, OPENING, BODY = 6.0, 3.0, 4.0, 0.5, 0.2  # who wrote it outweighs a title word
VIEWS = ("child_views", "parent_views")
OPENING_PASSAGES = 12
# the writer's child, grandchild or foster child: a parent or carer writing, not the child
MY_RELATIVE = r"(?:son|daughter|child|children|grand\w*|nephew|niece|foster \w+)"
FIRST_PERSON_TITLE_RE = re.compile(rf"^\W*my\b(?! {MY_RELATIVE}\b)", re.I)
# the child's own page, named in the first person: "How I feel at school", "Things I like" (not a
# professional's "What I found")
CHILD_TITLE_RE = re.compile(
    r"^\W*(?:how|what|where|when|things|people)\s+I\s+(?:feel|like|love|think|want|need|say|enjoy|find hard|"
    r"am good at)\b",
    re.I,
)
TITLE_MAX_WORDS = 15
SCRIBE_RE = re.compile(r"\b(?:recorded|scribed|transcribed|typed up|taken down|written down)\s+by\b.*$", re.I | re.M)
# what a response answers is not what it is: "Comments on the draft psychological advice" is its writer's own
RESPONDS_TO_RE = re.compile(
    r"\b(?:comments?|responses?|reply|feedback)\s+(?:on|to)\s+(?:the\s+|my\s+|your\s+|this\s+)?"
    r"(?:draft\b.*|.*?\b(?:advice|report)\b.*)$",
    re.I | re.M,
)
# "I wrote down what she said about each part, in her words": the child's own words, taken down
WORDS_TAKEN_DOWN_RE = re.compile(
    # "I wrote down exactly what she said", "Mrs Wickens wrote down his words"
    r"\b(?:wrote|write|written|writing|typed|took|taken) down (?:(?:exactly |word for word )?what (?:she|he|they) "
    r"(?:said|told me)|(?:his|her|their) (?:own )?words)\b"
    # "She agreed that I type it up word for word"
    r"|\b(?:type|typed|write|wrote|written|copied|transcribed) (?:it |them |this )?(?:up |down |out )?word for word\b"
    # "He told me what the captions said, and I typed it up as he told me"
    r"|\b(?:typed|wrote|written|writing) (?:it |them )?(?:up |down )?(?:just )?as (?:he|she|they) (?:told me|said it)\b"
    # a young person writing for the reader: "so you can see what I think without me having to talk in a meeting"
    r"|\bso (?:that )?you (?:can )?(?:see|know|understand|hear) what I (?:think|feel|want|need)\b"
    # a column "Why (Kai's words)"
    r"|\((?:in )?(?:[A-Z][\w'’-]+['’]s|his|her|their) (?:own )?words\)",
    re.I,
)
NAMES_SOMEONE_RE = re.compile(r"\b(?:about|from|by|on|of)\s+(?-i:[A-Z][\w'’-]+)", re.I)
# a form asking its reader to answer in their own words: "Please answer in your own words", "Tell us about it in your
# own words"
OWN_WORDS_FORM_RE = re.compile(r"\b(?:answer|tell us|write|describe)\b[^.?]{0,40}\bin your own words\b", re.I)
# the child's own piece, named in its title: "KEZ vs. THE DAY (a comic by Kez)", "A poem by Tilly"
CHILD_PIECE_RE = re.compile(
    r"\b(?:a |an |my )?(?:comic(?: strip)?|drawing|poem|story|picture|cartoon|song|rap|collage|diary|journal)"
    r" (?:by|from) (?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?-i:[A-Z][\w'-]+)\b",
    re.I,
)
# a child's by-line with their age or class, opening a title or after its name: "By Aoife K, age 8 and a quarter,
# class 3A", "ME IN 5 PANELS - by Teo Wrenfield, Year 6" (not "by Mrs Kaye, Year 6 teacher")
CHILD_BYLINE_RE = re.compile(
    r"(?:^\W*|\s[-–—:]\s*)(?:by|written by|made by|drawn by)\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)[A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’.-]*)?,?\s+(?:aged? (?:[2-9]|1\d|2[0-5])\b|(?:[2-9]|1\d|2[0-5]) years? old\b|"
    r"year \d{1,2}\b(?! (?:teacher|tutor|lead|leader|team)\b)|class \w+)",
    re.I,
)
# views in the first person are the writer's own: a child's, or a parent's where a parent signs
MY_VIEWS_RE = re.compile(r"\bmy (?:views|voice|story|profile|passport|speech|poem|presentation)\b", re.I)
MY_VIEWS_ON_RE = re.compile(
    r"\bmy views (?:on|about|of) (?:(?!(?:Year|School|College|Section|Sixth|The|This|It)\b)(?-i:[A-Z][a-z]+)\b"
    r"|my (?:son|daughter|child|grandson|granddaughter)\b)"
    # "my views as her parent", "my views (parent)"
    r"|\bmy views,? (?:as (?:his|her|their|the|a) |\()(?:parent|mum|dad|mother|father|carer|grandparent|guardian)s?\b",
    re.I,
)
# the child introducing themselves: their age or school year in their own words
CHILD_INTRODUCES_RE = re.compile(
    r"\b(?:I'm|I am|I’m) (?:(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)(?! (?:and a half )?(?:months|weeks))\b|in year \d+\b)",
    re.I,
)

# a further education record's own labels: a college writes about its learner on its learner system's form
# ("Learner | ...", "Student ID | ...", "ULN | ...", "Course 2025/26 | ...", "Personal tutor | ...")
COLLEGE_LABEL_RE = re.compile(
    r"^\W*(?:learner(?: name| id| number| details)?|student (?:id|number|name)|uln|unique learner number|"
    r"course(?: title| code| \d{4}/\d{2})?|programme of study|study programme|personal tutor|curriculum area|"
    r"(?:als|additional learning support) (?:key worker|coordinator|co-ordinator|band))\s*(?:\||:)",
    re.I,
)
COLLEGE_LABELS = 2
# a school's record of its pupil, by their year or form: "Student: Leonie Dunkerley Year 10 (10RW)" (not a clinic's
# "Patient: ..." nor a school named in passing)
PUPIL_LINE_RE = re.compile(
    r"^\W*(?:pupil|student)(?: name)?\s*[:|]\s*[^\n]{0,60}\b(?:year \d{1,2}|reception|nursery)\b", re.I
)


# a by-line of someone untitled writing in the first person with an adult's help: "Written by Rhi with Mr Oyelaran (my
# personal tutor) on 15 May 2026, for my EHC needs assessment" (not "Written by Dr Kaur with Mr Lowe, SENCo")
CHILD_COWRITER_RE = re.compile(
    r"^\W*(?i:written|made|put together|done) by (?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b)[A-Z][\w'’-]+ (?:and|with) "
    r"(?:help from )?(?:Mr|Mrs|Ms|Miss|Mx|Dr|my)\b[^.]{0,80}?\bmy\b"
)
# a scribe's by-line the writer gives in the first person: "Typed by Marcus (my key worker at Cedar House)" (not "Typed
# by Sunita (my son's foster carer)")
TYPED_FOR_ME_RE = re.compile(
    rf"^\W*(?i:typed|typed up|written|written down|scribed|put together) by (?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?[A-Z][\w'’-]+"
    rf"(?: [A-Z][\w'’-]+)? \((?i:my) (?!(?i:{MY_RELATIVE})\b)"
)
# an email a pupil sent from their own account: "From: Kacper Nowicki (student account)",
# "From: Kit Mowbray <22kmowbray@bexleymoor.sch.uk>" (a year of entry before the name, as schools give pupils)
PUPIL_SENDER_RE = re.compile(
    r"^from\s*:[^\n]{0,60}(?:\((?:student|pupil|learner)(?: email)? account\)|<\d{2}[a-z.]+@[\w.-]+\.sch\.uk>)",
    re.I,
)

# an educational psychologist's advice added to another service's letter under its own heading:
# "Psychological advice for the EHC needs assessment (Dr Saltash, Educational Psychologist)"
PSYCHOLOGICAL_PART_RE = re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?psychological advice\b", re.I)
EP_RE = re.compile(r"\beducational psychologist\b", re.I)

# the document saying what advice it is
SAYS_WHAT_IT_IS_RE = re.compile(
    r"\b(?:this|the attached) (?:record|report|letter|form|document|plan|summary|note|review|assessment|minutes) "
    r"(?:is|are|gives|sets out) (?:also )?"
    r"(?:our|my|the) (?:[\w-]+ ){0,2}advice (?:on|about|for|as) [^.;]{3,80}"
    # "Written for Ellis's EHC needs assessment as the team's health advice"
    r"|\b(?:written|prepared|provided|sent) (?:for [^.;]{3,60} )?as (?:our|my|the|this) (?:[\w'’-]+ ){0,2}advice\b"
    # a visit's stated purpose: "Purpose: to record Mum's views for the EHC needs assessment"
    r"|\b(?:purpose|aim|reason for (?:the )?visit)(?: of (?:the|this) (?:visit|meeting|call|record))?\s*:\s*"
    r"to (?:record|capture|gather|collect|write down|hear|get) [^.;]{0,40}?\b(?:views|wishes|voice)\b",
    re.I,
)
# a parent introducing themselves: "I am writing as Dmitri's mother", "(Hannah - Mum. Lewis has added bits.)"
PARENT_INTRODUCES_RE = re.compile(
    r"\b(?:I am|I'm|I’m) writing about my (?:son|daughter|child|grandson|granddaughter)\b"
    # signing as the child's parent: "Typed on my phone - Cerys Prosser (Mum)" (not "Present: Jodie Catterall (Mum)")
    r"|\s[-\u2013]\s[A-Z][\w'-]+(?: [A-Z][\w'-]+)? \((?i:mum|dad|mother|father|step-?(?:mum|dad|mother|father))\)"
    r"|\b(?:I am|I'm|I’m) writing as (?:[A-Z][\w'’-]+['’]s|his|her|their) (?:mum|mother|dad|father|parents?|"
    r"foster carers?|grandmother|grandfather)\b"
    r"|\b[Ww]e are (?:[A-Z][\w'’-]+['’]s|his|her|their) (?:parents|mum and dad|foster carers)\b"
    # "I am Jem's nan, his mum's mum": the family member who writes (not "I am Jem's class teacher")
    # a brother or sister writing about the child: "I'm Kai's big sister. He's lived with me since our mum died"
    r"|\b(?:I am|I'm|I’m) (?:[A-Z][\w'’-]+['’]s|his|her|their) (?:big |older |little |younger |twin |half[- ])?"
    r"(?:sister|brother)\b"
    # (with the writer's own name first: "hi, I'm Hollie, Zain's stepmum")
    r"|\b(?:I am|I'm|I’m) (?:[A-Z][\w'’-]+, )?(?:[A-Z][\w'’-]+['’]s|his|her|their) (?:mum|mother|dad|father|"
    r"step-?(?:mum|dad|mother|father)|nan|nana|"
    r"nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|aunty|uncle|foster carer|"
    r"special guardian|kinship carer|(?:only|main|sole) carer)\b"
    r"|^\(?[A-Z][a-z]+ [-–] (?:Mum|Dad|mum|dad)\b"
    # "Talia's story, from us (her parents)"
    # "This letter is from both of us, Ama and Rob, Ferdie's mum and dad"
    r"|\b(?:from|by) (?:both of )?us\b[^.]{0,40}?(?:his|her|their|[A-Z][\w'’-]+['’]s) (?:parents|mum and dad|"
    r"foster carers|family)\b"
)


# whom a letter or email in the filename went to is not who wrote it: "Email - Bladder and Bowel
# Service to SENCo", "Letter to GP" (not "Transition to adulthood")
ADDRESSEE_IN_NAME_RE = re.compile(
    r"\b(?:to|for|fao|cc)\s+(?:the\s+)?(?:school\s+|class\s+)?(?:send?co|gp|head ?teacher|teacher|school|social worker|"
    r"paediatrician|consultant|send team|senco and \w+|college|nursery|pre-?school|setting|academy|tutor|send|panel|"
    r"council|(?:adult |children['’]?s )?social (?:care|services|worker))\b",
    re.I,
)


@dataclass(frozen=True)
class DocumentDetails:
    """What a document says about itself, and the passages that say it (found once, at ingest)."""

    advice_type: AdviceType
    author_role: str | None
    author_name: str | None
    date: str | None  # ISO
    author_passage: int | None  # seq of the passage the author was read from
    date_passage: int | None  # seq of the passage that states the date
    author_service: str | None = None  # the service or organisation the author writes from


# an email's subject is its sender's title for it ("Subject: Zara - parent views for the EHC needs
# assessment"); a letter's "Re:" line names whom it is about
SUBJECT_RE = re.compile(r"^subject\s*:", re.I)


def title_lines(passages: Sequence[Passage]) -> list[Passage]:
    """The lines that say what a document is: its headings, an email's subject and the short lines
    above its body (letterhead, title), not the address block or a letter's "Re:" line."""
    texts = [p.text for p in passages]
    starts = layout.body_starts(texts)
    to = layout.addressees(texts, dates.dated_blocks(passages))
    out = []
    for i, p in enumerate(passages[: max(starts, 8)]):
        reference = layout.REFERENCE_RE.match(p.text) and not SUBJECT_RE.match(p.text)
        if i in to or reference or layout.is_sentence(p.text) or p.kind == "table_row":
            continue
        if p.kind == "heading" or (i < starts and len(p.text.split()) <= TITLE_MAX_WORDS):
            out.append(p)
    return out


MY_HEADING_RE = re.compile(
    r"^\W*my (?!(?:son|daughter|child|children|grandson|granddaughter|recommendations?|"
    r"assessment|advice|report|involvement|observations?|findings|role|contact)\b)\w",
    re.I,
)
MY_HEADINGS = 3
OWN_RECOMMENDATIONS_RE = re.compile(r"^\W*(?:\d{1,2}[.)]?\s*)?(?:my|our) recommendations?\b", re.I)


def detect_type(filename: str, passages: Sequence[Passage], author_role: str | None = None) -> AdviceType:
    """The advice type best supported by the filename, the title lines, the author's role and the body."""
    titles = title_lines(passages)
    title = "\n".join(p.text for p in titles)
    shown = {p.seq for p in titles}
    opening = " ".join(p.text for p in passages[:OPENING_PASSAGES] if p.seq not in shown)
    rest = " ".join(p.text for p in passages[OPENING_PASSAGES:])
    name = ADDRESSEE_IN_NAME_RE.sub(" ", re.sub(r"[_\-.]+", " ", filename))
    # whoever only wrote the words down is no author: "Zac's views - recorded by J Fairlie (SENCo)"
    name, scribed_in_name = SCRIBE_RE.subn(" ", RESPONDS_TO_RE.sub(" ", name))
    title, scribed_in_title = SCRIBE_RE.subn(" ", RESPONDS_TO_RE.sub(" ", title))
    by_author = None if scribed_in_name or scribed_in_title else authorship.role_type(author_role)
    # first person about someone called he or she: a parent's, not the child's
    about_child = _writes_of_a_child(passages)
    scores: dict[str, float] = {}
    in_body: dict[str, float] = {}  # what the body alone gives each type
    for kind, rx in COMPILED:
        in_body[kind] = max(in_body.get(kind, 0.0), min(len(rx.findall(rest)) * BODY, 1.0))
        score = FILENAME * bool(rx.search(name)) + TITLE * bool(rx.search(title))
        score += min(len(rx.findall(opening)) * OPENING, 1.5) + min(len(rx.findall(rest)) * BODY, 1.0)
        if score:
            scores[kind] = max(scores.get(kind, 0.0), score)
    if by_author:
        # psychological advice is the educational psychologist's, whatever service's form it is written on
        scores[by_author] = scores.get(by_author, 0.0) + AUTHOR * (3 if by_author == "psychological" else 1)
    if any(p.kind == "heading" and PSYCHOLOGICAL_PART_RE.match(p.text) for p in passages) and any(
        EP_RE.search(p.text) for p in passages
    ):
        scores["psychological"] = scores.get("psychological", 0.0) + AUTHOR * 3
    mine = FILENAME * bool(MY_VIEWS_RE.search(name)) + TITLE * bool(MY_VIEWS_RE.search(title))
    if mine:
        about_another = MY_VIEWS_ON_RE.search(name) or MY_VIEWS_ON_RE.search(title)  # "my views on Zac": a parent's
        # a parent's "my views" write of the child as he or she
        parent = by_author == "parent_views" or about_another or about_child
        whose = "parent_views" if parent else "child_views"
        scores[whose] = scores.get(whose, 0.0) + mine
    if titles and FIRST_PERSON_TITLE_RE.match(titles[0].text):
        # "My Three Houses", "my spoons week": the document's own name outweighs a place named in a later heading
        # ("MON 19 - college"), unless it names whom it is about or from ("My notes about Teddy from Bev (Nana)") or
        # writes of the child as he or she (a parent's "My thoughts for the meeting")
        mine_only = not NAMES_SOMEONE_RE.search(titles[0].text) and not about_child
        scores["child_views"] = scores.get("child_views", 0.0) + TITLE * (2 if mine_only else 1)
    child_titled = FILENAME * bool(CHILD_TITLE_RE.match(name)) or TITLE * bool(
        titles and CHILD_TITLE_RE.match(titles[0].text)
    )
    if child_titled:
        scores["child_views"] = scores.get("child_views", 0.0) + child_titled
    # a profile the child made under headings of their own: "My powers", "My kryptonite", "My sidekicks"
    my_headings = [p for p in passages if p.kind == "heading" and MY_HEADING_RE.match(p.text)]
    if len(my_headings) >= MY_HEADINGS and not about_child and not by_author:
        scores["child_views"] = scores.get("child_views", 0.0) + TITLE
    if any(CHILD_BYLINE_RE.search(p.text) or CHILD_PIECE_RE.search(p.text) for p in titles):
        scores["child_views"] = scores.get("child_views", 0.0) + TITLE
    if _names("parent_views", name) and _names("child_views", name):
        scores["child_views"] -= FILENAME  # "Voice note transcript - Tilly's mum - views": the mum's, not Tilly's
    if said := SAYS_WHAT_IT_IS_RE.search(opening):  # "This record is our advice on preparing for adulthood"
        for kind, rx in COMPILED:
            if rx.search(said.group(0)):
                scores[kind] = scores.get(kind, 0.0) + TITLE
    if any(PUPIL_LINE_RE.match(p.text) for p in titles):
        scores["educational"] = scores.get("educational", 0.0) + TITLE  # a school's record of its pupil
    if sum(bool(COLLEGE_LABEL_RE.match(p.text)) for p in passages[:OPENING_PASSAGES]) >= COLLEGE_LABELS:
        scores["educational"] = scores.get("educational", 0.0) + AUTHOR  # a college's record of its learner
    if any(CHILD_COWRITER_RE.match(p.text) or TYPED_FOR_ME_RE.match(p.text) for p in passages[:OPENING_PASSAGES]):
        return "child_views"  # the child wrote it, with an adult's help, whatever place its title names
    if any(PUPIL_SENDER_RE.search(p.text) for p in passages[:OPENING_PASSAGES]):
        scores["child_views"] = scores.get("child_views", 0.0) + 2 * AUTHOR  # the pupil sent it: their own words
    if OWN_WORDS_FORM_RE.search(opening):
        # a form its reader fills in ("Please answer in your own words"): the answers are the child's or young
        # person's own, or a parent's where they write of the child, whatever the form's letterhead
        return "parent_views" if about_child else "child_views"
    if WORDS_TAKEN_DOWN_RE.search(opening):
        scores["child_views"] = scores.get("child_views", 0.0) + TITLE  # the child's words, written down by an adult
    if CHILD_INTRODUCES_RE.search(f"{title}\n{opening}"):
        scores["child_views"] = scores.get("child_views", 0.0) + TITLE  # "I'm Tariq, I'm 15 and I'm in Year 10"
    if any(PARENT_INTRODUCES_RE.search(p.text) for p in passages[:OPENING_PASSAGES]):
        scores["parent_views"] = scores.get("parent_views", 0.0) + TITLE
    if _family_sends_views(name, title):
        scores["parent_views"] = scores.get("parent_views", 0.0) + TITLE
    if max(scores.values(), default=0.0) < TITLE and not by_author and _in_parent_voice(passages):
        return "parent_views"  # a parent's own notes, named nowhere, that may mention a therapy in passing
    if not scores:
        return "child_views" if _in_own_voice(passages) else "other"
    if not _in_own_voice(passages) and not _in_parent_voice(passages):
        # views that only the body speaks of are a section of someone's report: a Thrive plan's "Kai's voice";
        # views a professional gathered, wrote of the child and made their own recommendations from are their
        # record ("Pupil voice survey ... My recommendations ... Idris Lawal, QTS, Tutor"): the child's quoted
        # answers are read in it
        signed = (
            by_author is not None
            and by_author not in VIEWS
            and any(p.kind == "heading" and OWN_RECOMMENDATIONS_RE.match(p.text) for p in passages)
        )
        scores = {k: v for k, v in scores.items() if k not in VIEWS or (v > in_body[k] and not signed)}
        if not scores:
            return "other"
    best = max(scores.values())
    if author_role and not by_author and best <= BODY:
        # a writer whose role is no advice type of its own ("Play and Sandtray Therapist") and one word in passing
        # ("the GP"): advice of its own kind, not the medical advice
        return "other"
    return next(kind for kind, _ in TYPE_PATTERNS if scores.get(kind) == best)


# a sentence of the writer's own feelings, wishes or needs ("I feel tired", "I want to do PE properly")
OWN_VOICE_RE = re.compile(
    r"(?:^|[.!?]\s+)I (?:(?:am|'m)(?! (?:[\w-]+['’]s|the|a|an|his|her|their|writing|pleased|happy to)\b)|feel|felt|"
    r"want|wish|need|like|love|hate|find|think|get|can't|cannot|don't|do not|would like)\b",
    re.I,
)
FAMILY_MEMBER_RE = re.compile(rf"\bmy {MY_RELATIVE}\b", re.I)
OWN_VOICE_SHARE = 0.5
THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)


def _said(passages: Sequence[Passage]) -> list[Passage]:
    """The passages that say something in a sentence: not headings, not one- or two-word lines."""
    return [p for p in passages if p.kind != "heading" and len(p.text.split()) >= 3]


def _in_own_voice(passages: Sequence[Passage]) -> bool:
    """A document that says nothing of what it is, mostly sentences of the writer's own feelings and
    wishes, and never of "my son" or "my daughter": the child's or young person's own views."""
    said = _said(passages)
    if not said or any(FAMILY_MEMBER_RE.search(p.text) for p in passages):
        return False
    about_someone = sum(bool(THIRD_PERSON_RE.search(p.text)) for p in said)  # "I think he needs ...": notes on a child
    own = sum(bool(OWN_VOICE_RE.search(p.text)) for p in said)
    return own >= OWN_VOICE_SHARE * len(said) and about_someone < OWN_VOICE_SHARE * own


# a parent writing about their child: "I want her to believe she can", "it breaks my heart", "my son"
PARENT_VOICE_RE = re.compile(
    rf"\bmy {MY_RELATIVE}\b|\bI want (?:him|her|them) to\b|\b(?:breaks|broke|broken) my heart\b"
    r"|\bmy (?:husband|wife|partner)\b|\b(?:his|her|their) (?:dad|mum) and I\b",
    re.I,
)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|my|we|we're|our)\b", re.I)
PARENT_VOICE_SHARE = 0.3


def _names(kind: str, text: str) -> bool:
    return any(rx.search(text) for k, rx in COMPILED if k == kind)


def _writes_of_a_child(passages: Sequence[Passage]) -> bool:
    """Written in the first person about someone called he or she, in a good share of its sentences."""
    said = _said(passages)
    first = sum(bool(FIRST_PERSON_RE.search(p.text)) for p in said)
    about = sum(bool(THIRD_PERSON_RE.search(p.text)) for p in said)
    return bool(said) and min(first, about) >= PARENT_VOICE_SHARE * len(said)


SENDER_RE = re.compile(r"^From:\s*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)\b", re.M)
VIEWS_WORD_RE = re.compile(r"\bviews?\b", re.I)


def _family_sends_views(name: str, title: str) -> bool:
    """An email of views sent by someone with the surname of another person its title names ("From: Wayne
    Dunkerley", "Subject: Leonie Dunkerley views"): one of the family writes, not the child or a professional."""
    sender = SENDER_RE.search(title)
    if not sender or not (VIEWS_WORD_RE.search(title) or VIEWS_WORD_RE.search(name)):
        return False
    first, surname = sender.groups()
    others = re.findall(rf"\b([A-Z][\w'’-]+) {re.escape(surname)}\b", title[sender.end() :])
    return any(other != first and other not in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr") for other in others)


def _in_parent_voice(passages: Sequence[Passage]) -> bool:
    """A document that says little of what it is, written in the first person about a child ("she", "he"), with
    a parent's own words somewhere in it: a parent's notes or letter."""
    return any(PARENT_VOICE_RE.search(p.text) for p in _said(passages)) and _writes_of_a_child(passages)


def own_words(passages: Sequence[Passage]) -> list[Passage]:
    """The passages the document's author wrote: an email's quoted original message left out."""
    return [p for p in passages if not (p.headings and p.headings[0] == "Original message")]


def detect_author(passages: Sequence[Passage], advice_type: AdviceType) -> tuple[str | None, str | None, int | None]:
    """(role, name, seq of the passage that names them)."""
    own = own_words(passages)
    author = authorship.author_of(own, advice_type, authorship.candidates(own))
    return author.role, author.name, author.seq


def detect_date(passages: Sequence[Passage]) -> tuple[str | None, int | None]:
    """(ISO date, seq of the passage that states it)."""
    return dates.detect_date(own_words(passages))


def describe(filename: str, passages: Sequence[Passage]) -> DocumentDetails:
    own = own_words(passages)
    found = authorship.candidates(own)
    advice_type = detect_type(filename, passages, authorship.lead_role(found))
    author = authorship.author_of(own, advice_type, found)
    when, date_seq = dates.detect_date(own)
    return DocumentDetails(advice_type, author.role, author.name, when, author.seq, date_seq, author.service)


def locate(passages: list[Passage], author_name: str | None, when: str | None) -> tuple[int | None, int | None]:
    """The passages that state details a caseworker corrected: (author's, date's) seqs."""
    author = next((p.seq for p in passages if author_name and author_name in p.text), None)
    dated = next(
        (p.seq for p in passages if when and any(d[0].isoformat() == when for d in dates.all_dates(p.text))), None
    )
    return author, dated
