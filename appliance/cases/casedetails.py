"""Case details read from the advice itself (a personal-details document or the header rows of
reports) where case.json does not give them. What case.json says always wins."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from appliance.documents import AdviceDocument
from appliance.ingest.doctype import parse_date

NAME_LABEL_RE = re.compile(
    r"^(name|full name|child'?s? name|name of (the )?child|child|pupil|student|young person|child / young person|"
    r"name of young person|learner)\s*:?$",
    re.I,
)
DOB_LABEL_RE = re.compile(r"^(date of birth|dob|d\.o\.b\.?)\s*:?$", re.I)
YEAR_LABEL_RE = re.compile(r"^(year|year group|nc year|national curriculum year)\s*:?$", re.I)
INLINE_NAME_RE = re.compile(r"\b(?:Name|Pupil|Child|Student)\s*:\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})")
INLINE_DOB_RE = re.compile(r"\b(?:DOB|Date of birth)\s*:?\s*([0-9][^,;|]{5,20}?\d{2,4})\b", re.I)
NAME_VALUE_RE = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})")
YEAR_VALUE_RE = re.compile(r"\b(?:year\s*)?(\d{1,2})\b", re.I)


def _votes(documents: list[AdviceDocument]) -> tuple[Counter[str], Counter[str], Counter[int]]:
    names: Counter[str] = Counter()
    dobs: Counter[str] = Counter()
    years: Counter[int] = Counter()
    for doc in documents:
        for p in doc.passages[:25]:
            label, value = (p.cells[0], p.cells[-1]) if len(p.cells) >= 2 else ("", p.text)
            if label and NAME_LABEL_RE.match(label):
                m = NAME_VALUE_RE.match(value)
                if m:
                    names[m.group(1)] += 1
            elif label and DOB_LABEL_RE.match(label):
                found = parse_date(value)
                if found:
                    dobs[found[0].isoformat()] += 1
            elif label and YEAR_LABEL_RE.match(label):
                m = YEAR_VALUE_RE.search(value)
                if m:
                    years[int(m.group(1))] += 1
            else:
                m = INLINE_NAME_RE.search(p.text)
                if m:
                    names[m.group(1)] += 1
                d = INLINE_DOB_RE.search(p.text)
                found = parse_date(d.group(1)) if d else None
                if found:
                    dobs[found[0].isoformat()] += 1
    return names, dobs, years


def infer_details(documents: list[AdviceDocument], given: dict[str, Any]) -> dict[str, Any]:
    """`given` completed from the documents: the details most documents agree on."""
    names, dobs, years = _votes(documents)
    out = dict(given)
    if not out.get("child_name") and names:
        out["child_name"] = names.most_common(1)[0][0]
    if not out.get("preferred_name") and out.get("child_name"):
        out["preferred_name"] = str(out["child_name"]).split()[0]
    if not out.get("date_of_birth") and dobs:
        out["date_of_birth"] = dobs.most_common(1)[0][0]
    if out.get("year_group") is None and years:
        out["year_group"] = years.most_common(1)[0][0]
    return out
