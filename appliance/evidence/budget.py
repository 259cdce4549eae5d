"""What the advice says about a personal budget or a direct payment (Section J).

A personal budget is money the local authority identifies to secure some of the provision in a
plan, on the request of the child's parent or the young person (Children and Families Act 2014
s49); a direct payment is one way of receiving it. Every sentence, form answer or table row that
names one is read by what it says:

- a request: someone has asked for one, or would like one;
- an arrangement: provision paid for or secured by one, or how it is held, used or reviewed;
- no request: the family does not want one, or none has been asked for;
- information: what the family was told about them (eligibility, how to ask);
- a view: what the family or the child says one would let them do.

Budgets that are not the child's (a school's notional SEN budget, the high needs block),
budgeting as a life skill, direct work or teaching, and headings or letterheads that only name a
team are not read as any of these. The current plan of an annual review is not read here: its
Section J is carried by the review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from appliance.documents import AdviceDocument
from appliance.evidence.routing import Excerpt
from appliance.evidence.units import Unit, units, unlabelled
from appliance.ingest.injection import addressed_to_machine

BudgetReading = Literal["request", "arrangement", "no_request", "information", "view"]

MENTION_RE = re.compile(
    r"\bpersonal (?:health )?budgets?\b|\bdirect payments?\b|\bindividual (?:budget|service fund)s?\b", re.I
)
AFFIRMATIVE_RE = re.compile(r"^(?:yes|yes please|y)\b", re.I)
NEGATIVE_RE = re.compile(r"^(?:no|not (?:at (?:this|the moment|present)|now|yet|requested|wanted))\b", re.I)
EMPTY_ANSWER_RE = re.compile(r"^(?:n/?a|none|nil|not applicable|-+|tbc|unknown)\.?$", re.I)

READINGS: tuple[tuple[BudgetReading, re.Pattern[str]], ...] = (
    (
        "no_request",
        re.compile(
            r"\b(?:do(?:es)?n'?t|do(?:es)? not|did not|didn'?t|would not|wouldn'?t|ha(?:ve|s) not|ha(?:ve|s)n'?t)"
            r"(?: \w+)? (?:want|wish|need|ask(?:ed)? for|request(?:ed)?|appl(?:y|ied) for|take up)\b"
            r"|\bdeclined\b|\bdecided (?:not|against)\b|\brather not\b|\bnot (?:been )?(?:requested|asked for)\b"
            r"|^no (?:personal (?:health )?budget|direct payment)|\bnot (?:to )?(?:have|take up|pursue|request)\b",
            re.I,
        ),
    ),
    (
        "request",
        re.compile(
            r"\b(?:ha(?:s|ve)|had) (?:now |since |already |also )?(?:asked for|requested|applied for)\b"
            r"(?! (?:information|advice|details|a leaflet))"
            r"|\bwould (?:like|prefer)\b|\bwant(?:s|ed)? (?:a|one|to (?:have|receive|use|get))\b",
            re.I,
        ),
    ),
    (
        "information",
        re.compile(
            r"\b(?:information (?:about|on)|explained|discussed|told (?:them |her |him )?about|leaflet|local offer|"
            r"entitled|eligib\w+|can (?:ask|apply) for|may (?:ask|apply|request)|right to (?:ask|request)|"
            r"could be (?:considered|explored)|consider(?:ed|ing)?|how to (?:ask|apply|request))\b",
            re.I,
        ),
    ),
    (
        "request",
        re.compile(
            r"\b(?:ask(?:ed|s|ing)? for (?:a|one|the|personal|direct)|request(?:ed|s|ing)?|appl(?:y|ied|ies|ying) for|"
            r"wish(?:es|ed)? (?:to have|for)|hop(?:e|es|ing) (?:to have|for|to get)|(?:is|are) interested in)\b",
            re.I,
        ),
    ),
    (
        "arrangement",
        re.compile(
            r"\b(?:funded|paid|secured|provided|purchased|bought|managed|arranged|employed|delivered)"
            r" (?:\w+ ){0,2}(?:through|by|via|from|as|using|with)\b"
            r"|(?:budget|payment)s? (?:of|for|to (?:fund|pay|buy|employ|cover|purchase)|will|is|are|has been|was|"
            r"covers?|funds?|pays?)\b|\b(?:has|have|receives?|gets?|uses?|holds?) (?:a|the|her|his|their) "
            r"(?:personal|direct)|\breviewed\b|\bcontinue\b|\b\d+ hours?\b|£\s?\d",
            re.I,
        ),
    ),
    (
        "view",
        re.compile(r"\b(?:said|says|told (?:me|us)|feels?|thinks?|would (?:let|help|mean|allow|give))\b", re.I),
    ),
)
# A sentence that goes on about the budget before it: "It will pay for ...", "This would let ...".
GOES_ON_RE = re.compile(r"^(?:this|it|these|they|the (?:budget|payment|money))\b", re.I)
SKIPPED_TYPES = ("existing_plan",)


@dataclass(frozen=True)
class BudgetItem:
    reading: BudgetReading
    document_id: str
    excerpts: tuple[Excerpt, ...]
    text: str | None = None  # the statement's words where the excerpt alone would not say it ("Yes")


def read_unit(text: str, label: str | None = None) -> BudgetReading | None:
    """What one sentence (or a form answer, with its question) says about a personal budget."""
    question = label if label and MENTION_RE.search(label) else None
    if not MENTION_RE.search(text) and question is None:
        return None
    about = text if MENTION_RE.search(text) else f"{question} {text}"
    if question is not None and len(text.split()) <= 4:
        if AFFIRMATIVE_RE.match(text.strip()):
            return "request"
        if NEGATIVE_RE.match(text.strip()):
            return "no_request"
    if EMPTY_ANSWER_RE.match(text.strip()) or len(about.split()) < 4:
        return None  # "Direct Payments Team", "Personal budget: N/A"
    return next((reading for reading, pattern in READINGS if pattern.search(about)), None)


def _answer_text(reading: BudgetReading, label: str) -> str:
    """A yes or no to a form's question, as a statement in the question's own words."""
    what = "A direct payment" if re.search(r"direct payment", label, re.I) else "A personal budget"
    return f"{what} has been requested." if reading == "request" else f"{what} has not been requested."


def read(doc: AdviceDocument) -> list[BudgetItem]:
    """Every passage of one document that says something about a personal budget, in order."""
    if doc.advice_type in SKIPPED_TYPES:
        return []
    out: list[BudgetItem] = []
    for p in doc.passages:
        if addressed_to_machine(p.text):
            continue
        last: Unit | None = None
        for unit in units(p):
            text = unlabelled(unit.text)
            reading = read_unit(text, unit.label)
            if reading is None:
                if last is not None and out and GOES_ON_RE.match(text) and not unit.is_row:
                    item = out[-1]
                    span = Excerpt(p, item.excerpts[-1].start, unit.end)
                    out[-1] = BudgetItem(item.reading, item.document_id, (*item.excerpts[:-1], span), item.text)
                last = None
                continue
            short_answer = unit.label is not None and len(text.split()) <= 4 and not MENTION_RE.search(text)
            words = _answer_text(reading, unit.label or "") if short_answer else None
            whole = Excerpt.whole(p) if short_answer else Excerpt.of(unit)
            out.append(BudgetItem(reading, doc.id, (whole,), words))
            last = unit
    return out


def budget_items(documents: list[AdviceDocument]) -> list[BudgetItem]:
    """What all the advice says about a personal budget, document by document."""
    return [item for doc in documents for item in read(doc)]
