"""The schools, colleges and placements the advice asks for. A sentence that asks for one is never
drafted (`classify.names_placement`); this finds the names those sentences give, so that no other
statement names them either ("We visited Linnet Hall School and want him there" keeps "Linnet Hall"
out of every section, not only out of the parents' view). Section I stays for the LA.

A name the case uses for the child's own setting or a service is not taken: one in a document's file
name or letterhead (the school writing its advice), or one that names a council, a service or a street
elsewhere ("Westmere Virtual School", "Westmere Council")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from appliance.documents import AdviceDocument
from appliance.evidence import classify

# what asks for a place, before the name it asks for: "we would like", "asking for", "we visited"
ASKS_RE = re.compile(
    r"\b(?:want|would like|hope|prefer|wish|asking for|ask for|request|named? in|consult|apply|applied|"
    r"visited|looked (?:at|round|around)|right (?:place|school)|best (?:place|school|met)|suit)\b",
    re.I,
)
ASKED_WITHIN = 50  # characters before the name: the request is for that name, not for something said earlier
# a short break or respite unit is care the family has, not a placement asked for
CARE_STAY_RE = re.compile(r"\bshort[- ]breaks?\b|\brespite\b|\bovernight\b|\bplay ?scheme\b", re.I)
# a place the child has been, not one asked for
WAS_AT_RE = re.compile(r"\b(?:moved|transferred|attended|has attended|since|joined|started|used to)\b", re.I)
KIND_WORDS = frozenset(
    {"School", "Academy", "College", "Centre", "Unit", "Base", "Lodge", "House", "Hall", "Campus", "Primary", "Infants"}
    | {"Juniors", "High"}
)
LEADING_WORDS = frozenset(
    {"The", "A", "An", "I", "We", "My", "Our", "At", "In", "To", "He", "She", "They", "His", "Her", "Mum", "Dad"}
    | {"If", "And", "But", "Or"}
)
# a kind of setting named alone is no name: "Virtual", "Special", "Independent"
KIND_ALONE = frozenset({"Virtual", "Special", "Specialist", "Independent", "Residential", "Community", "Local", "New"})
ORGANISATION = (
    r"(?:Council|County|Borough|City|Virtual|Health|NHS|General|Hospital|Children['’]s|Youth|Careers|Family|Sensory|"
    r"Service|Team|Road|Street|Lane)"
)
HEAD_PASSAGES = 2  # a document's letterhead and title: its first lines, if short
HEAD_WORDS = 10
SENTENCE_RE = re.compile(r"(?<=[.;!?])\s+|\n")


def requested(documents: Iterable[AdviceDocument]) -> frozenset[str]:
    """The names of the settings the advice asks for, without the words that say what kind they are
    ("Linnet" for "Linnet Hall School", "Fernbrook" for "Fernbrook Special School")."""
    docs = list(documents)
    text = "\n".join(p.text for d in docs for p in d.passages)
    heads = " ".join(d.record.filename for d in docs) + " " + " ".join(_head(d) for d in docs)
    found = set()
    for sentence in SENTENCE_RE.split(text):
        if not classify.names_placement(sentence) or WAS_AT_RE.search(sentence) or CARE_STAY_RE.search(sentence):
            continue
        for m in classify.INSTITUTION_RE.finditer(sentence):
            name = _name(m.group(0))
            asked = ASKS_RE.search(sentence[max(0, m.start() - ASKED_WITHIN) : m.start()])
            if name and asked and name not in heads and not re.search(rf"\b{re.escape(name)} {ORGANISATION}", text):
                found.add(name)
    return frozenset(found)


def names_one(text: str, names: frozenset[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _name(institution: str) -> str | None:
    words = institution.split()
    while words and (words[-1] in KIND_WORDS or words[-1] in KIND_ALONE):
        words.pop()
    while words and words[0] in LEADING_WORDS:
        words.pop(0)
    name = " ".join(words)
    return name if name and name not in KIND_ALONE else None


def _head(doc: AdviceDocument) -> str:
    """The letterhead and title: the setting that writes the advice (not a request made in them)."""
    lines = [
        p.text
        for p in doc.passages[:HEAD_PASSAGES]
        if len(p.text.split()) <= HEAD_WORDS and not classify.names_placement(p.text)
    ]
    return " ".join(lines)
