"""Which blocks of a document head what follows, decided from where they sit, before the blocks
are numbered into passages. The parsers judge each line alone; here the lines around it count:

- a short label line ending with a colon ("Diagnoses:", "Plan:") heads the lines below it, and
  the numbered or short lines directly under it are its list, not headings;
- a run of numbered lines with nothing between them is a list, not a run of headings;
- the letterhead and the address block above a letter's salutation are not headings, nor is a
  line that credits a person ("By Abena Osei (mum)", "Completed by ..., 10 February 2025");
- nothing from a closing ("Yours sincerely", "Kind regards") on is a heading, and a heading with
  nothing after it heads nothing (a name and role signed at the end);
- an email's quoted original message is marked, so it is never read as the author's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from appliance.ingest import layout
from appliance.ingest.passages import Element
from appliance.ingest.people import (
    POSTCODE_RE,
    SENTENCE_VERB_RE,
    TITLE_END_RE,
    name_at_start,
    org_phrase,
    read_person,
    role_phrase,
)

LABEL_RE = re.compile(r"^[A-Z][A-Za-z'/&() -]{1,38}:$")
NOT_LABEL_RE = re.compile(r"^(dear|to|from|re|cc|sent|subject|date|signed|hi|hello)\b", re.I)
NUMBERED_LINE_RE = re.compile(r"^\(?(\d{1,2})[.)]\s+(?=\S)")
ADDRESS_RE = re.compile(
    r"^\d+[a-z]?,? [A-Z][\w'-]+( [A-Z][\w'-]+)* (road|street|lane|close|way|avenue|drive|crescent|gardens|place|"
    r"court|walk|rise|hill|grove|mews|terrace|square|view|row|park)\b",
    re.I,
)
CREDIT_RE = re.compile(
    r"^(by|from)\s+[A-Z]|^\W*(written|completed|gathered|recorded|made|typed|scribed|compiled|prepared|signed|"
    r"filled in)\b.{0,40}\b(by|with|on)\b",
    re.I,
)
LABEL_MAX_WORDS = 5
NUMBERED_TITLE_WORDS = 6
# words that make a line an organisation's name in a letterhead ("therapy" alone may be a section)
LETTERHEAD_ORG_RE = re.compile(
    r"\b(service|team|trust|nhs|council|clinic|centre|center|hospital|department|practice|surgery|school|academy|"
    r"college|unit|ltd|limited|hub|base|foundation|authority|university|infirmary|federation|camhs)s?\b",
    re.I,
)
TITLE_LINE_RE = re.compile(
    r"^[\w'/ ()-]{0,40}\b(advice|report|views|voice|profile|about me|assessment|plan|letter|record|contribution)"
    r"\s*[:–-]\s*[A-Z][^.:]*$",
    re.I,
)
TITLE_MAX_WORDS = 10


def is_label(el: Element) -> bool:
    """A short label line ending with a colon: "Diagnoses:", "Health provision:"."""
    text = el.text.strip()
    return (
        el.kind in ("paragraph", "heading")
        and bool(LABEL_RE.match(text))
        and len(text.split()) <= LABEL_MAX_WORDS
        and not NOT_LABEL_RE.match(text)
    )


def reshape(elements: list[Element]) -> list[Element]:
    out = _across_pages(elements)
    out = _title_line(out)
    out = _labels_and_lists(out)
    out = _numbered_titles(out)
    out = _numbered_runs(out)
    out = _letter_lines(out)
    out = _signature(out)
    return _quoted(out)


SENTENCE_CLOSED_RE = re.compile(r"[.!?:;)\"'\u201d\u2019]\s*$")


def _across_pages(elements: list[Element]) -> list[Element]:
    """A paragraph the page broke: it ends in mid-sentence at the foot of one page ("..., because") and goes on
    in lower case at the top of the next ("he replaces ..."). One paragraph, so its sentences are read whole."""
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("paragraph", "list_item")
            and el.kind == "paragraph"
            and prev.page is not None
            and el.page == prev.page + 1
            and el.text[:1].islower()
            and not SENTENCE_CLOSED_RE.search(prev.text)
        ):
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {el.text.lstrip()}")
            continue
        out.append(el)
    return out


def _title_line(elements: list[Element]) -> list[Element]:
    """A document's opening "All about me: Kai" / "My views: Tobias Mallory" line is its title."""
    for i, el in enumerate(elements[:3]):
        if el.kind == "heading" or el.kind == "table_row":
            return elements
        if TITLE_LINE_RE.match(el.text) and len(el.text.split()) <= TITLE_MAX_WORDS:
            return [*elements[:i], replace(el, kind="heading"), *elements[i + 1 :]]
    return elements


def _labels_and_lists(elements: list[Element]) -> list[Element]:
    out: list[Element] = []
    under_label = False
    for el in elements:
        if is_label(el):
            out.append(replace(el, kind="heading", text=el.text.strip().rstrip(":").strip(), minor=True))
            under_label = True
            continue
        listed = el.kind in ("heading", "list_item") or (el.kind == "paragraph" and NUMBERED_LINE_RE.match(el.text))
        if under_label and listed:
            out.append(replace(el, kind="list_item"))
            continue
        under_label = False
        out.append(el)
    return out


def _numbered_titles(elements: list[Element]) -> list[Element]:
    """A numbered item standing alone, a few words with no full stop ("3. Triggers", "1. What the
    behaviour looks like"), with paragraphs or a table below it, is a section's title; items numbered
    one after another, or listed under a label, stay a list."""
    out = list(elements)
    for i, el in enumerate(elements):
        number = NUMBERED_LINE_RE.match(el.text)
        if el.kind != "list_item" or not number:
            continue
        title = el.text[number.end() :].strip()
        before = elements[i - 1] if i else None
        after = elements[i + 1] if i + 1 < len(elements) else None
        listed = any(n is not None and (n.kind == "list_item" or n.minor) for n in (before, after))
        if after is None or listed or len(title.split()) > NUMBERED_TITLE_WORDS or title.endswith((".", ",", ";")):
            continue
        if title[0].isupper() and not SENTENCE_VERB_RE.search(title):
            out[i] = replace(el, kind="heading")
    return out


def _numbered_runs(elements: list[Element]) -> list[Element]:
    """Headings numbered 1., 2., 3. one after another, with nothing between, are a list."""
    out = list(elements)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _next_number(out[j], out[j + 1]):
            j += 1
        if j > i:
            for k in range(i, j + 1):
                if out[k].kind == "heading":
                    out[k] = replace(out[k], kind="list_item")
        i = j + 1
    return out


def _next_number(a: Element, b: Element) -> bool:
    ma, mb = NUMBERED_LINE_RE.match(a.text), NUMBERED_LINE_RE.match(b.text)
    return bool(ma and mb and int(mb.group(1)) == int(ma.group(1)) + 1 and "heading" in (a.kind, b.kind))


def _letter_lines(elements: list[Element]) -> list[Element]:
    texts = [el.text for el in elements]
    first_row = next((i for i, el in enumerate(elements) if el.kind == "table_row"), len(elements))
    starts = min(layout.body_starts(texts), first_row)  # a form's details table begins its content
    to = layout.addressees(texts, [])
    closings = [i for i, t in enumerate(texts) if layout.is_closing(t)]
    last_body = max((i for i, el in enumerate(elements) if el.kind != "heading"), default=-1)
    out = []
    for i, el in enumerate(elements):
        if el.kind == "heading" and not el.minor:
            signed = any(0 <= i - c <= layout.SIGN_OFF for c in closings) and not _opens_part(elements, i)
            top = i < starts and (i in to or _letterhead(el.text))
            if signed or top or i > last_body or _credit(el.text):
                el = replace(el, kind="paragraph")
        out.append(el)
    return out


def _signature(elements: list[Element]) -> list[Element]:
    """Mark the sign-off: each closing with the name, role and copy lines below it, and the name
    and role lines a document without a closing ends with."""
    texts = [el.text for el in elements]
    marked: set[int] = set()
    for c, text in enumerate(texts):
        if not layout.is_closing(text):
            continue
        for i in range(c, min(len(texts), c + layout.SIGN_OFF + 1)):
            ends = layout.is_sentence(texts[i]) or layout.ORIGINAL_MESSAGE_RE.match(texts[i].strip())
            if i > c and (ends or layout.EMAIL_FIELD_RE.match(texts[i]) or _opens_part(elements, i)):
                break
            marked.add(i)
    i = len(elements) - 1
    while i >= 0 and elements[i].kind != "table_row" and _signs(texts[i], texts[i - 1] if i else "", i + 1 in marked):
        marked.add(i)
        i -= 1
    return [replace(el, signature=True) if i in marked else el for i, el in enumerate(elements)]


def _opens_part(elements: list[Element], i: int) -> bool:
    """A heading with prose below it after a sign-off: a second part of the document (another
    professional's advice added to a letter), not the signature."""
    nxt = elements[i + 1] if i + 1 < len(elements) else None
    return (
        elements[i].kind == "heading"
        and nxt is not None
        and nxt.kind == "paragraph"
        and layout.is_sentence(nxt.text)
        and len(nxt.text.split()) >= 12
    )


def _signs(text: str, above: str, signed_below: bool) -> bool:
    """A sign-off line: a name with a role ("Eleanor Baptiste, SENCO"), a role under a name, a name
    over a signed line, a copy line."""
    if layout.COPY_RE.match(text):
        return True
    if SENTENCE_VERB_RE.search(text):
        return False
    person = read_person(text)
    if person.name and (person.role or (signed_below and len(text.split()) <= 5)):
        return True
    return bool(role_phrase(text) and name_at_start(above))


def _letterhead(text: str) -> bool:
    """An organisation's name or an address line, as letterheads and address blocks have (a title
    that names its service, "Westmere EPS: statutory advice", stays a title)."""
    if TITLE_END_RE.search(text):
        return False
    named = any(LETTERHEAD_ORG_RE.search(part) and org_phrase(part) for part in re.split(r",|:|\s[-–]\s", text))
    return bool(ADDRESS_RE.match(text) or POSTCODE_RE.search(text) or named)


def _credit(text: str) -> bool:
    """A line that credits a person: "By Abena Osei (mum)", "Jo Ellery (foster carer)"."""
    person = read_person(text)
    return bool(CREDIT_RE.match(text) or (person.name and person.role and len(text.split()) <= 12))


def _quoted(elements: list[Element]) -> list[Element]:
    start = layout.quoted_from([el.text for el in elements])
    if start is None:
        return elements
    return elements[:start] + [replace(el, quoted=True) for el in elements[start:]]
