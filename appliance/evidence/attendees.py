"""Who speaks in a meeting's record: the people its attendance list names with their roles. A
professional's reported words ("Hannah said: \"Maisie can have time out ...\"", "Kieran Doyle said
that with FASD Maisie will need ...") are read for what they say, as the professional's advice; a
parent's or the child's reported words stay their views."""

from __future__ import annotations

import re
from collections.abc import Sequence

from appliance.ingest.passages import Passage
from appliance.ingest.people import FAMILY_RE, role_phrase

LIST_PASSAGES = 15  # an attendance list comes near the top of a record
# "Invited: Owen Pritchard (SEND Officer); Daniel Hartley (parent); ..."
LIST_RE = re.compile(
    r"^\W*(?:invited|present|attendees?|attended|in attendance|participants|those present|attending)\b", re.I
)
ATTENDEE_RE = re.compile(r"(?-i:\b([A-Z][a-z'-]+)((?: [A-Z][\w'-]+)+)) \(([^)]{2,80})\)")
# minutes that name each attendee by initials: "JT - Ms Jasmine Thorne (SENCo); RB - Mr Rob Bassey (Head of Year 9)"
INITIALS_RE = re.compile(
    r"(?-i:\b([A-Z]{2,3})) ?[-\u2013=:] ?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?(?-i:[A-Z][a-z'-]+(?: [A-Z][\w'-]+)*) "
    r"\(([^)]{2,80})\)"
)
# a speaker's lead: "Hannah said: \"", "Kieran Doyle said that ", "Sadia explained "
SAID_RE = re.compile(
    r"^(?P<name>[A-Z][a-z'-]+(?: [A-Z][\w'-]+)?) (?:said|says|explained|reported|added|confirmed|described|"
    r"told the (?:meeting|group))(?: that)?(?::\s*)?\s*[\"\u201c]?(?=\w)"
    # minutes by initials: "JT (SENCo): ", "RB: "
    r"|^(?P<initials>[A-Z]{2,3})(?: \([^)]{1,40}\))?:\s+(?=\w)"
    # a conversation written up turn by turn: "Hannah: Every adult who works with him ..."
    r"|^(?P<turn>[A-Z][a-z'-]+):\s+(?=\w)"
)
TURNS = 2  # a document that gives its author this many turns by first name is written as a conversation


def professionals(passages: Sequence[Passage]) -> frozenset[str]:
    """The names (full and first) of attendees listed with a professional's role; a first name two
    attendees share is left out, since it cannot say which of them spoke."""
    found: dict[str, bool] = {}
    clash: set[str] = set()
    for p in passages[:LIST_PASSAGES]:
        if not LIST_RE.match(p.text):
            continue
        named: list[tuple[tuple[str, ...], str]] = [
            ((m.group(1), m.group(1) + m.group(2)), m.group(3)) for m in ATTENDEE_RE.finditer(p.text)
        ]
        named += [((m.group(1),), m.group(2)) for m in INITIALS_RE.finditer(p.text)]
        for names, role in named:
            professional = role_phrase(role) is not None and not FAMILY_RE.search(role)
            for name in names:
                if name in found and found[name] != professional:
                    clash.add(name)
                found[name] = professional
    return frozenset(name for name, professional in found.items() if professional and name not in clash)


def author_turns(passages: Sequence[Passage], author_name: str | None) -> frozenset[str]:
    """The author's first name, where the document is a conversation in which they speak by it ("Hannah: ...",
    the therapist's answers to the class teacher's questions): their turns are their advice."""
    first = (author_name or "").split()[:1]
    if not first:
        return frozenset()
    turns = sum(1 for p in passages if (m := SAID_RE.match(p.text)) and m.group("turn") == first[0])
    return frozenset(first) if turns >= TURNS else frozenset()


def professional_lead(text: str, speakers: frozenset[str]) -> int:
    """How long the lead naming a listed professional as the speaker is (0 when there is none)."""
    m = SAID_RE.match(text)
    return m.end() if m and (m.group("name") or m.group("initials") or m.group("turn")) in speakers else 0
