"""Where a letter, an email or a form puts things: the letterhead and the address block above the
salutation, the sign-off below the closing, "To:" and "cc:" lines, a quoted original message.

Works on the texts of a document's blocks in order, so both the parser's elements and the
stored passages can ask it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.ingest.people import POSTCODE_RE

SALUTATION_RE = re.compile(
    r"^(dear\b|to whom it may concern\b|hi\b|hello\b|good (morning|afternoon)\b|to (the )?[\w' /-]{2,60},$)", re.I
)
# OCR often runs the salutation into the address line above it
SALUTATION_INSIDE_RE = re.compile(
    r"\b(Dear (?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|[Cc]olleagues?|[A-Z][a-z]+)\b[^,.]{0,40},|To whom it may concern)"
)
CLOSING_RE = re.compile(
    r"^(yours (sincerely|faithfully|truly)|(with )?(kind|best|warm|many)(est)? (regards|wishes|thanks)|regards|"
    r"thanks|thank you|all the best)(?=\s*[,.!]?\s*($|[A-Z]))",
    re.I,
)
COPY_RE = re.compile(r"^(cc|bcc|copy to|copies to|copied to|distribution|circulation|enc|encs|enclosures?)\b", re.I)
RECIPIENT_RE = re.compile(r"^(to|cc|bcc)\s*:", re.I)
ORIGINAL_MESSAGE_RE = re.compile(r"^-{2,}\s*original message\s*-{2,}$|^_{8,}$", re.I)
EMAIL_FIELD_RE = re.compile(r"^(from|sent|date|to|cc|subject)\s*:", re.I)
FIELD_RE = re.compile(r"^[A-Z][\w' /()-]{1,30}(:\s| \| )")  # "Label: value" or a form row
REFERENCE_RE = re.compile(r"^(re|ref|our ref|your ref|subject)\b\s*[:.]?", re.I)
HEAD_SEARCH = 20  # a letter's salutation comes within its first blocks
SIGN_OFF = 5  # blocks after the closing that can still be the signature


# "Thank you for working with me since November. I am writing to close ...": a letter's opening
THANKS_OPENING_RE = re.compile(r"^thank(?:s| you) for\b(?:\W*\w+){12}", re.I)


def is_closing(text: str) -> bool:
    text = text.strip()
    return bool(CLOSING_RE.match(text)) and not THANKS_OPENING_RE.match(text)


def is_salutation(text: str) -> bool:
    return bool(SALUTATION_RE.match(text.strip()) or SALUTATION_INSIDE_RE.search(text))


def is_sentence(text: str) -> bool:
    """Running prose: several words ending as a sentence does, not an address or a label."""
    words = text.split()
    return len(words) >= 8 and text.rstrip().endswith((".", "!", "?", '"')) and not POSTCODE_RE.search(text)


def salutation_at(texts: Sequence[str]) -> int | None:
    return next((i for i, t in enumerate(texts[:HEAD_SEARCH]) if is_salutation(t)), None)


def body_starts(texts: Sequence[str]) -> int:
    """Where the document's own words begin: its salutation, else its first sentence."""
    greeting = salutation_at(texts)
    if greeting is not None:
        return greeting
    return next((i for i, t in enumerate(texts) if is_sentence(t)), len(texts))


def closing_at(texts: Sequence[str]) -> int | None:
    """The last closing ("Yours sincerely", "Kind regards") of the document."""
    return next((i for i in range(len(texts) - 1, -1, -1) if is_closing(texts[i])), None)


def sign_off(texts: Sequence[str]) -> list[int]:
    """The blocks of the signature: the closing line and what follows it, up to the copy lines."""
    start = closing_at(texts)
    if start is None:
        return []
    out = []
    for i in range(start, min(len(texts), start + SIGN_OFF + 1)):
        if i > start and (COPY_RE.match(texts[i]) or is_sentence(texts[i])):
            break
        out.append(i)
    return out


def addressees(texts: Sequence[str], dated: Sequence[int]) -> set[int]:
    """Blocks that name who a letter or email is sent to: the address block between the letter's
    date and its salutation (or its "Re:" line), "To:" and "cc:" lines, and copy lists."""
    out = {i for i, t in enumerate(texts) if RECIPIENT_RE.match(t) or COPY_RE.match(t)}
    start = body_starts(texts)
    greeting = salutation_at(texts)
    head_dates = [i for i in dated if i < start]
    letter = greeting is not None or any(REFERENCE_RE.match(t) for t in texts[:start])
    if head_dates and letter:
        for i in range(head_dates[-1] + 1, min(start + 1, len(texts))):
            if REFERENCE_RE.match(texts[i]) or FIELD_RE.match(texts[i]):
                break
            if i < start or (greeting is not None and not SALUTATION_RE.match(texts[i])):
                out.add(i)  # a run-on OCR line holds the address and the salutation
    elif greeting is not None:
        i = greeting - 1
        while i >= 0 and greeting - i <= 4 and not REFERENCE_RE.match(texts[i]) and len(texts[i]) < 80:
            out.add(i)
            i -= 1
    return out


def salutation_names(texts: Sequence[str]) -> set[str]:
    """Surnames a letter greets ("Dear Dr Marchant," gives "marchant")."""
    out = set()
    for t in texts[:HEAD_SEARCH]:
        m = re.search(r"\bDear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?(?:[A-Z]\.?\s+)*([A-Z][\w'-]+)", t)
        if m:
            out.add(m.group(1).lower())
    return out


def quoted_from(texts: Sequence[str]) -> int | None:
    """Where an email's quoted original message begins: an "-----Original Message-----" line, or a
    second "From:" header (with "Sent:" or "Date:" below it) after the first message's words."""
    headers = 0
    words_seen = False
    for i, t in enumerate(texts):
        if ORIGINAL_MESSAGE_RE.match(t.strip()) and i > 0:
            return i
        if re.match(r"^from\s*:", t, re.I) and any(
            re.match(r"^(sent|date)\s*:", n, re.I) for n in texts[i + 1 : i + 4]
        ):
            if headers and words_seen:
                return i
            headers += 1
            words_seen = False
        elif headers and not EMAIL_FIELD_RE.match(t) and len(t.split()) >= 4:
            words_seen = True
    return None
