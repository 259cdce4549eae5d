"""Case details read from the advice itself where case.json does not give them: the child's name,
date of birth and year group, from where documents state them (a form's details rows, a letter's
"Re: Jasper PELLING, DOB 14/03/2016" line, a report's opening "Keira Louise Danvers, date of birth
2 December 2010, a Year 9 student"). Each document votes once for each value it gives; the value
most documents agree on wins, a tie going to the name whose surname more documents give, then to the
earlier document, so the same documents always give the same details. What case.json says always wins."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from appliance.documents import AdviceDocument
from appliance.ingest.dates import births
from appliance.ingest.passages import Passage
from appliance.ingest.people import NOT_NAME_WORDS

OPENING = 25  # the details of the child sit at the top of a document
NAME_LABEL_RE = re.compile(
    r"^(name|full name|child'?s? name|name of (the )?(child|young person|pupil)|child|pupil|student|young person|"
    r"child / young person|learner|re|about|patient)\s*:?$",
    re.I,
)
YEAR_LABEL_RE = re.compile(r"^(year|year group|nc year|national curriculum year|year / tutor group|class)\b", re.I)
IDENTITY_LABEL_RE = re.compile(
    r"^(name|child|pupil|student|young person|learner|school|setting|year|nc year|class|re|about|patient)\b", re.I
)
WORD = r"[A-Z][A-Za-z'-]+"
INLINE_NAME_RE = re.compile(
    rf"(?:^|[.;]\s+|\|\s*)(?:Name|Child|Pupil|Student|Young person|Re|About|Patient)\s*:\s*({WORD}(?: {WORD}){{1,3}})"
)
NAME_BEFORE_DOB_RE = re.compile(rf"({WORD}(?: {WORD}){{1,3}}),?\s+\(?(?i:DOB|D\.O\.B\.?|date of birth|born)\b")
YEAR_RE = re.compile(r"\b(?:year\s*(\d{1,2}|r)\b|(reception))", re.I)
BIRTH_WORD_RE = re.compile(r"\b(dob|d\.o\.b|date of birth|born)\b", re.I)


def _clean_name(raw: str) -> str | None:
    """A child's name as written, each part capitalised ("Jasper PELLING" gives "Jasper Pelling"), up to
    the next field's label ("Name: Jem Mowbray DOB: ..." gives "Jem Mowbray")."""
    words = list(itertools.takewhile(lambda w: not BIRTH_WORD_RE.fullmatch(w), raw.split()))
    while words and words[-1].lower() in NOT_NAME_WORDS:
        words.pop()
    if len(words) < 2 or any(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    return " ".join(w if not w.isupper() else "-".join(p.capitalize() for p in w.split("-")) for w in words)


def _names(passages: Sequence[Passage]) -> set[str]:
    found = set()
    for p in passages:
        if len(p.cells) >= 2 and NAME_LABEL_RE.match(p.cells[0]):
            m = re.match(rf"\s*({WORD}(?: {WORD}){{1,3}})", p.cells[1])
            candidates: Iterable[str] = [m.group(1)] if m else []
        else:
            candidates = [m.group(1) for rx in (INLINE_NAME_RE, NAME_BEFORE_DOB_RE) for m in rx.finditer(p.text)]
        found |= {name for raw in candidates if (name := _clean_name(raw))}
    return found


def _identity(p: Passage) -> bool:
    """A passage that states who the child is: a details row, or a line with a date of birth."""
    if len(p.cells) >= 2:
        return bool(IDENTITY_LABEL_RE.match(p.cells[0]))
    return bool(BIRTH_WORD_RE.search(p.text) or INLINE_NAME_RE.search(p.text)) or (
        len(p.text) < 100 and p.kind in ("heading", "paragraph") and p.seq < 4
    )


def _years(passages: Sequence[Passage]) -> set[int]:
    found = set()
    for p in passages:
        if not _identity(p):
            continue
        if len(p.cells) >= 2 and YEAR_LABEL_RE.match(p.cells[0]):
            m = re.match(r"\s*(?:year\s*)?(\d{1,2}|r|reception)\b", p.cells[1], re.I)
            values = [m.group(1)] if m else []
        else:
            values = [m.group(1) or m.group(2) for m in YEAR_RE.finditer(p.text)]
        found |= {0 if v.lower() in ("r", "reception") else int(v) for v in values}
    return found


def _votes(
    documents: list[AdviceDocument],
) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str], Counter[str], Counter[int]]:
    names: Counter[tuple[str, str]] = Counter()  # in the order the documents first give them
    fullest: dict[tuple[str, str], str] = {}
    dobs: Counter[str] = Counter()
    years: Counter[int] = Counter()
    for doc in documents:
        opening = doc.passages[:OPENING]
        for name in sorted(_names(opening)):
            key = (name.split()[0].lower(), name.split()[-1].lower())
            names[key] += 1
            if len(name) > len(fullest.get(key, "")):
                fullest[key] = name  # "Maisie Jo Abernethy" over "Maisie Abernethy"
        dobs.update(sorted({d.isoformat() for d in births(opening)}))
        found = _years(opening)
        if len(found) == 1:  # a document that gives two year groups says nothing sure
            years.update(found)
    return names, fullest, dobs, years


def infer_details(documents: list[AdviceDocument], given: dict[str, Any]) -> dict[str, Any]:
    """`given` completed from the documents: the details most documents agree on."""
    names, fullest, dobs, years = _votes(documents)
    out = dict(given)
    if not out.get("child_name") and names:
        surnames: Counter[str] = Counter()
        for (_, last), n in names.items():
            surnames[last] += n
        # max keeps the first of equals: the name the earlier document gave
        out["child_name"] = fullest[max(names, key=lambda key: (names[key], surnames[key[1]]))]
    if not out.get("preferred_name") and out.get("child_name"):
        out["preferred_name"] = str(out["child_name"]).split()[0]
    if not out.get("date_of_birth") and dobs:
        out["date_of_birth"] = dobs.most_common(1)[0][0]
    if out.get("year_group") is None and years:
        out["year_group"] = years.most_common(1)[0][0]
    return out
