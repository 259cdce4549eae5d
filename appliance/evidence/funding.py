"""Provision given only as money: an amount, hours of funding or a band, with nothing that says
what it buys ("The school requests £6,000 top-up funding per year"). Such a request is not
provision: the reading keeps it out of the plan and QA (MONEY_ONLY_PROVISION) asks what it buys."""

from __future__ import annotations

import re

from appliance.evidence import grounding
from appliance.ingest.dates import MONTH_NAMES

MONEY_RE = re.compile(
    r"£\s?\d|\bgbp\s?\d|\b\d[\d,.]*\s?(pounds|gbp)\b|\bfunding\b|\bfunded\b|\btop[- ]?up\b|\bresource band\b"
    r"|\bband(ing)? [a-z0-9]\b|\belement (2|3|two|three)\b|\bhours? of funding\b|\bfunded hours\b",
    re.I,
)
# money asked for: "The school has applied for £4,200 of top-up funding", "We are applying for Band C"
APPLYING = r"\b(?:(?:has|have) applied|(?:is|are|am) applying|we['’]re applying)\b"
APPLIED_FOR_RE = re.compile(
    rf"{APPLYING}|\bappli(?:ed|cation) for\b|\brequest(?:ed|s|ing)?\b"
    r"|\bask(?:ing)? (?:the [\w ]{1,30} )?for\b|\bask that\b",
    re.I,
)


def is_funding_request(text: str) -> bool:
    """An application or request for money: what it buys is for the plan to say, not an amount of
    help with a deliverer."""
    return bool(MONEY_RE.search(text)) and bool(APPLIED_FOR_RE.search(text))


# Words that say how much money or how it is asked for, not what it buys.
MONEY_WORDS = frozenset(
    [
        # who the sum is told to and what it pays for: "For the panel's information, ... to cover it"
        "information",
        "cover",
        "covers",
        "meet",
        "need",
        "needs",
        "school",
        "setting",
        "nursery",
        "request",
        "requests",
        "requested",
        "provide",
        "provided",
        "allocate",
        "allocated",
        "agree",
        "agreed",
        "year",
        "years",
        "annual",
        "annually",
        "week",
        "weeks",
        "month",
        "months",
        "term",
        "terms",
        "hour",
        "hours",
        "hr",
        "hrs",
        "day",
        "days",
        "keep",  # "to keep the 1:1 all day she would need Band E funding": keeps what is there, names nothing new
        "additional",
        "addition",  # "In addition, we ask the Council for Element 3 top-up funding of £5,240 a year"
        "extra",
        "total",
        "amount",
        "support",
        "supports",
        "funding",
        "funded",
        "fund",
        "funds",
        "top-up",
        "band",
        "banding",
        "element",
        "pound",
        "pounds",
        "gbp",
        "cost",
        "costs",
        "equivalent",
        "plus",
        "sum",
        "require",
        "required",
        "requires",
        "towards",
        "contribution",
        "contribute",
        "receive",
        "receives",
        "given",
        "awarded",
        "budget",
        "personal",
        "indicative",  # "Your indicative personal budget is £15,912 a year"
        "academy",
        "college",
        "council",
        "authority",
        "local",
        "requests",
        "currently",
        "continue",
        "continued",
        "remain",
        "maintained",
        "maintain",
        "claim",
        "claimed",
        "annum",
        "framework",
        "provision",  # "to put this provision in place, the school requests ..." names no help
        "education",  # "£1,200 of Pupil Premium Plus for Kian's education"
        "contingency",  # "a contingency of £1,500 for additional support hours"
        "first",  # "the first £6,000 is met from the school's notional SEN budget"
        "notional",
        "remaining",
        "balance",
        "place",
        "level",
        "applied",  # "The academy has applied to the council for £4,800 of top-up funding"
        "apply",
        "applying",
        "application",
        # "In the meantime we are asking for top-up funding at Band C so that we can keep the current support going"
        "asking",
        "ask",
        # the request it goes with: "Element 3 top-up requested from the LA (see EHCNA request)"
        "ehcna",
        "ehcp",
        "asked",
        "note",  # "Hartside Academy has asked us to note that it requests top-up funding at Band E"
        "noted",
        "current",
        "meantime",
        "going",
        "forward",  # "Going forward, the school would need top-up funding at Band E"
        # the level of a funding rate: "Early Years Inclusion Funding at the Enhanced rate (£6.80 an hour)"
        "rate",
        "rates",
        "enhanced",
        "higher",
        "standard",
        # how it was decided or awarded: "Outcome of the Resource Panel: a personal budget of £2,340", "a grant of £450"
        "panel",
        "resource",
        "outcome",
        "grant",
        "grants",
        "give",
        "gives",
        "family",  # "The family has been awarded a Short Breaks grant of £450"
        "plan",  # "We would ask that Iolo's plan gives the school Band 4 top-up funding"
        # how the sum was reckoned and why it is asked for: "We estimate the additional cost at £9,850 a year ... and
        # therefore ask ...", "We would expect his needs to sit at Band D", "We have spent about £14,500 ..."
        "estimate",
        "estimated",
        "estimates",
        "therefore",
        "expect",
        "expected",
        "spent",
        "package",  # "to continue Tamsin's package": a word for the support there is, naming none of it
    ]
)


MONEY_STEMS = frozenset(grounding.stem(w) for w in MONEY_WORDS)


# when it starts ("from September", "for the spring term") and the funding block's name ("high needs", "Early Years
# Inclusion Funding") say nothing of what it buys
WHEN_OR_BLOCK_RE = re.compile(
    rf"\b(?:{MONTH_NAMES})\b|\b(?:spring|summer|autumn) term\b|\b(?:this |the |next )?academic year\b"
    r"|\b(?:post-?16 )?high[- ]needs?(?: block)?\b|\b(?:early years )?inclusion fund"
    # and when it would be spent: "if Rhi's needs increase during the year"
    r"|\bif (?:[\w'’]+ ){0,2}needs (?:increase|change|grow|rise)\w*(?: during the (?:year|term))?",
    re.I,
)
# a purpose that names nothing bought: "to help meet Caius's needs", "to maintain this plan", "so that his new school
# can carry on what we do"
PURPOSE_RE = re.compile(
    r"\b(?i:to|so that|in order to)\b(?:\s+[\w'’]+){0,6}?\s+(?:help (?:to )?)?"
    r"(?:meet|maintain|continue|carry on(?: with)?|sustain|keep)\s+"
    r"(?:(?:his|her|their|this|the|these|all|what)\s+|[A-Z][\w'-]+['’]s\s+)?"
    r"(?:(?:special |additional |educational )?needs|plan|provision|programme|support|arrangements?|staffing|we do"
    r"|is in place)\b"
    # "To make this possible": the help it makes possible is said elsewhere
    r"|\b(?i:to) make (?:this|that|it|all (?:of )?this|the above) possible\b"
    # "to keep Arlo safe and learning": what the money is for, not what it buys
    r"|\b(?:to|so that we can|in order to) keep (?:him|her|them|[A-Z][\w'-]+) (?:safe|happy|settled|learning|in school)"
    r"(?: and (?:safe|happy|settled|learning|in school))?"
)


def is_money_only(text: str, child_names: set[str]) -> bool:
    """Money, hours of funding or a band, and nothing that says what it buys."""
    if not MONEY_RE.search(text):
        return False
    text = PURPOSE_RE.sub(" ", WHEN_OR_BLOCK_RE.sub(" ", text))
    # a council's, school's or band's name (at the start only as part of a longer one: "Hartside Academy has ...")
    proper = re.findall(r"(?<![.!?]\s)(?<=[\s(])[A-Z][a-z'-]+|^[A-Z][a-z'-]+(?= [A-Z][a-z])", text)
    names = {part for n in (*child_names, *proper) for part in (n.lower(), *n.lower().split("-"))}
    names |= {grounding.stem(n) for n in names}
    # amounts ("£150") say how much, not what it buys
    words = {
        w
        for w in grounding.content_words(text)
        if w not in names and w.rstrip("s") not in names and not re.search(r"\d", w)
    }
    return not {w for w in words if w not in MONEY_WORDS and w not in MONEY_STEMS}
