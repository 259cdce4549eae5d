"""Plan language without a model: rules that rearrange the advice's own words and cannot change
what it says.

`to_plan_language` takes one passage's text, the kind of statement it becomes, the author's role
(from the document's details) and the child's name, and returns the statement, or None where the
text is not drafted at all (a letter's pleasantries, an endorsement of someone else's advice).
Each transformation is a named rule (`RULES`), tested row by row in tests/test_plan_language.py:

- label: paragraph and list labels at the start go ("[13]", "P10.", "2.3", "(a)", "11a", bullets);
- lead_in: a form label at the start goes ("Recommendations:", "Health provision:", an area of need);
- letter_talk: pleasantries, sign-offs and sentences about the letter itself are not drafted;
- encounter: in needs, a sentence that only says when and with whom the author saw the child;
- endorsement: "I support the programme in full" is not drafted unless it states the provision;
- framing: in needs, "I observed that X", "In my view, X", "We are concerned that X" -> "X";
- reported_speech: in needs, a child's quoted "me" / "my" -> reported speech ("says 'they hate me'"
  -> "says they hate him"), only where the quote's speaker is a plain he, she or they;
- recommendation: in provision, "It is recommended that school provides X" -> "School will provide X",
  "I recommend a daily session" -> "A daily session";
- would_benefit: in provision, "Zara would benefit from a daily session" -> "Zara will have a daily session";
- should: in provision and outcomes, "should" -> "will" (never where it is hedged: "should consider");
- first_person: the author's "I" / "we" -> their role / team (`speakers.py`);
- finish: a capital first and a full stop last.

Views (Section A) are the child's and family's own words: only their labels go. Whatever a rule
cannot rewrite with certainty it leaves as written; `grounded` then checks every rewrite against
its passages and falls back to the text without its labels if the check fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from appliance.drafting import recommendations, speakers
from appliance.drafting.speakers import words
from appliance.evidence import grounding
from appliance.evidence.routing import EvidenceKind

Rule = Literal[
    "label",
    "lead_in",
    "letter_talk",
    "encounter",
    "endorsement",
    "framing",
    "reported_speech",
    "recommendation",
    "would_benefit",
    "should",
    "first_person",
    "finish",
]
PROVISION_KINDS = ("provision", "health_provision", "social_care_provision")
NEED_KINDS = ("need", "health_need", "social_care_need")

LABEL_RE = re.compile(
    r"^\s*(?:[•·▪●◦‣∙*]\s*|[-–—]\s+"  # bullets
    r"|\[\s*\w{1,4}\s*\]\s*"  # [13] [11a]
    r"|\(\s*(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})\s*\)\s*"  # (1) (a) (iv)
    r"|(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})\)\s+"  # 1) a) iv)
    r"|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+"  # 2.3 2.3.1
    r"|\d{1,2}\.\s+"  # 1.
    r"|\d{1,2}[a-wyz]\.?\s+(?=[A-Z])"  # 11a
    r"|(?:P|Para\.?|Paragraph)\s?\d{1,3}(?:\.\d{1,2})*[.:]?\s+(?=[A-Z(])"  # P10. Para 4.2
    r"|(?:[a-h]|i{1,3}|iv|vi{0,3}|ix)\.\s+(?=[A-Z])"  # a. iv.
    r")"
)
# a speaker's label before their words: a colour key's "PINK:", initials "JB:", or a family member's "Mum:" (not a
# minute's "ACTION:" or "NOTE:")
SPEAKER_LABEL_RE = re.compile(
    r"^(?!(?:ACTIONS?|NOTES?|NB|PS|UPDATE|AGREED|OUTCOMES?|PLAN|SUMMARY|RECOMMENDATIONS?|COMMENTS?|RESPONSE|REVIEW|"
    r"TARGETS?|DECISIONS?|NEXT STEPS|TODO|TO DO|QUESTION|ANSWER|Q|A)\s*:)(?:[A-Z]{2,12}|(?i:mum|dad|mummy|daddy|"
    r"nan|nana|gran|grandma|grandad))\s*:\s"
)
LEAD_IN_RE = re.compile(
    r"^(?:(?:health|social care|educational|special educational) provision|provision|recommendations?(?: \d{1,2})?|"
    r"targets?(?: \d{1,2})?|outcomes?(?: \d{1,2})?|needs?(?: \d{1,2})?|actions?(?: \d{1,2})?|agreed)\s*:\s*",
    re.I,
)
AREA_LEAD_IN_RE = re.compile(
    r"^(?:communication and interaction|cognition and learning|social,? emotional and mental health|semh|"
    r"sensory and/or physical|sensory and physical|physical and sensory|physical|sensory|emotional health|"
    r"physical health|mental health|speech,? language and communication|independence|self-care|health)\s*:\s+",
    re.I,
)
LETTER_TALK_RE = re.compile(
    r"do not hesitate|don't hesitate|please (?:do )?(?:contact|get in touch|call|ring|let me know)|"
    r"\b(?:if|should) you (?:have|need|require) (?:any )?(?:further |more )?(?:questions|information|queries)|"
    r"yours (?:sincerely|faithfully|truly)|\b(?:kind|best|warm) (?:regards|wishes)|many thanks|"
    r"^thank you for\b|\bI (?:would be|am|will be) (?:happy|pleased|glad) to (?:see|discuss|help|meet|talk|answer|"
    r"provide|review|speak)\b|feel free to|"
    r"^I hope (?:this|that this)\b|\bcopied to\b|^cc\b|to the best of my knowledge|at the (?:date|time) of writing|"
    r"^(?:this|my) (?:letter|report|advice) (?:has been|was|is|sets out|summarises|describes|can be|may be|will be|"
    r"provides|should be read|will not)\b|^with (?:the )?(?:parents'?|family's|carers'?|young person's) consent\b|"
    r"^(?:it|this) will not be shared\b|^I am writing\b|^I write\b",
    re.I,
)
PLACE = (
    r"(?:(?:in|at) (?:the )?(?:[\w-]+ ){0,3}(?:clinic|school|home|surgery|hospital|outpatients?|appointment|centre))"
)
WHEN = r"(?:today|on \d{1,2}(?:st|nd|rd|th)? \w+ \d{4}|in \w+ \d{4}|on \w+ \d{1,2}(?:st|nd|rd|th)?(?: \w+)?)"
COMPANY = r"(?:with (?:his|her|their) [\w ]{2,25}?|on (?:his|her|their) own)"
ENCOUNTER_RE = re.compile(
    r"^(?:I|we) (?:last |recently |first )?(?:saw|reviewed|met|examined|assessed|visited) "
    r"(?:him|her|them|[A-Z][\w'-]+)"
    rf"(?:,? (?:{PLACE}|{WHEN}|{COMPANY})|,? and)*\s*[.!]?$"
)
QUANTITY_RE = re.compile(
    r"\d|\b(?:once|twice|daily|weekly|fortnightly|monthly|termly|annually|every|each (?:day|week|term|month)|"
    r"per (?:day|week|term|month)|times a)\b",
    re.I,
)
ENDORSEMENT_RE = re.compile(
    r"(?:^|\band |, )(?:I|we)\s+(?:(?:fully|strongly|also|would|wholly|entirely)\s+)*"
    r"(?:support|agree with|endorse|concur with|echo|welcome|second|share)\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:recommendations?|programme|provision|advice|report|plans?|approach|views?|it|them|this|these|strateg\w+)\b"
    r"(?! that)",
    re.I,
)
CLAUSE_START = r"(?:^|(?<=; )|(?<=, and )|(?<=, but ))"
FRAMING_RE = re.compile(
    CLAUSE_START + r"(?:"
    r"(?:I|we)\s+(?:have\s+)?(?:also\s+)?(?:observed|noticed|noted|found|seen)\s+that\s+"
    r"|(?:I|we)\s+(?:would\s+)?(?:think|believe|feel|consider|understand)\s+that\s+"
    r"|(?:I|we)\s+(?:think|believe)\s+(?!(?:him|her|them|me|us|you)\b)"
    r"|in\s+my\s+(?:professional\s+)?(?:view|opinion|assessment|experience|judgement)\s*,?\s+"
    r"|it\s+is\s+my\s+(?:professional\s+)?(?:view|opinion|impression|understanding)\s+that\s+"
    r"|(?:my|our)\s+(?:assessment|observations?|findings|impression)(?:\s+of\s+\w+)?\s+"
    r"(?:indicates?|shows?|showed|confirms?|confirmed|found)\s+that\s+"
    r"|from\s+my\s+(?:assessment|observations?)\s*,?\s+"
    r"|(?:I\s+am|I'm|we\s+are|we're)\s+(?:(?:very|particularly|also)\s+)?(?:concerned|worried)\s+that\s+"
    r")",
    re.I,
)


@dataclass(frozen=True)
class Rewrite:
    text: str | None  # None: not drafted
    rules: tuple[Rule, ...]  # the rules that changed something, in order


def to_plan_language(text: str, kind: EvidenceKind, author_role: str | None = None, child_name: str = "") -> str | None:
    """The statement in plan language, or None where the text is not drafted (see the module doc)."""
    return rewrite(text, kind, author_role, child_name).text


def grounded(
    text: str, kind: EvidenceKind, author_role: str | None, child_name: str, sources: Sequence[str]
) -> str | None:
    """`to_plan_language`, kept only if the grounding check still passes against the passages the
    statement cites (the author's role words count as found); else the text without its labels."""
    result = to_plan_language(text, kind, author_role, child_name)
    if result is None:
        return None
    allowed = set(child_name.split()) | grounding.author_words(author_role)
    if grounding.check(result, list(sources), allowed).ok:
        return result
    return finish(drop_label(text)[0]) if kind != "view" else drop_label(text)[0]


def rewrite(text: str, kind: EvidenceKind, author_role: str | None = None, child_name: str = "") -> Rewrite:
    applied: list[Rule] = []
    text, labelled = drop_label(text.strip())
    if labelled:
        applied.append("label")
    if kind == "view":
        return Rewrite(text or None, tuple(applied))
    stripped = LEAD_IN_RE.sub("", text)
    if kind in NEED_KINDS:
        stripped = AREA_LEAD_IN_RE.sub("", stripped)
    if stripped != text:
        applied.append("lead_in")
        text = stripped
    # the words after someone else's label are theirs, not the author's: "PINK: Talk to me on my own" (the child's
    # post-it in a review record), "Mum: I can't get her up"
    who = None if SPEAKER_LABEL_RE.match(text) else speakers.speaker(author_role)
    kept = [s for s in (_sentence(s, kind, who, child_name, applied) for s in sentences(text)) if s]
    if not kept:
        return Rewrite(None, tuple(applied))
    joined = " ".join(kept)
    done = finish(joined)
    if done != joined:
        applied.append("finish")
    return Rewrite(done, tuple(applied))


def drop_label(text: str) -> tuple[str, bool]:
    stripped = text
    while True:
        m = LABEL_RE.match(stripped)
        if not m or not stripped[m.end() :].strip():
            break
        stripped = stripped[m.end() :]
    stripped = stripped.strip()
    return sentence_case(stripped), stripped != text.strip()


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def finish(text: str) -> str:
    """A capital first and a full stop last: 'will review termly' -> 'Will review termly.'"""
    text = sentence_case(text.strip()).rstrip(",;:-– ")
    if not text:
        return text
    if text.endswith(("'", "’", '"', "”")) and text[-2:-1] not in (".", "!", "?"):
        return text + "."
    return text if text.endswith((".", "!", "?", ")", "'", "’", '"', "”")) else text + "."


ABBREVIATIONS = words(
    """
    dr mr mrs ms st e.g i.e etc approx no prof vs cf nb fig
    """
)
BOUNDARY_RE = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of `text`, not split after an abbreviation or an initial ("Dr. A. Shah")."""
    out, start = [], 0
    for m in BOUNDARY_RE.finditer(text):
        word = re.search(r"(\S+)$", text[: m.start()])
        last = word.group(1).lower().lstrip("(") if word else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _sentence(s: str, kind: EvidenceKind, who: speakers.Speaker | None, child: str, applied: list[Rule]) -> str | None:
    """One sentence through the rules for its kind; None where it is not drafted."""
    clauses = s.split("; ")
    talk = [c for c in clauses if LETTER_TALK_RE.search(c)]
    if talk:
        applied.append("letter_talk")
        s = "; ".join(c for c in clauses if c not in talk)
        if not s:
            return None
    if ENDORSEMENT_RE.search(s) and not QUANTITY_RE.search(s):
        applied.append("endorsement")
        return None
    if kind in NEED_KINDS and ENCOUNTER_RE.match(s):
        applied.append("encounter")
        return None
    for rule, step in _steps(kind, who, child):
        result = step(s)  # None: this rule cannot rewrite the sentence safely, so it stays as it is
        if result is not None and result != s:
            applied.append(rule)
            s = result
    return s


def _steps(
    kind: EvidenceKind, who: speakers.Speaker | None, child: str
) -> list[tuple[Rule, Callable[[str], str | None]]]:
    steps: list[tuple[Rule, Callable[[str], str | None]]] = []
    if kind in NEED_KINDS:
        steps.append(("framing", _unframed))
        steps.append(("reported_speech", speakers.reported_speech))
    if kind in PROVISION_KINDS:
        steps.append(("recommendation", lambda s: recommendations.recommended(s, child)))
        steps.append(("would_benefit", lambda s: recommendations.would_benefit(s, child)))
    if kind in PROVISION_KINDS or kind == "outcome":
        steps.append(("should", recommendations.should))
    if who is not None:
        steps.append(("first_person", lambda s: None if _own_target(s, kind, child) else speakers.third_person(s, who)))
    return steps


def _own_target(s: str, kind: EvidenceKind, child: str) -> bool:
    """An outcome in the first person that speaks of the child neither by name nor as "he" or "she" is the child's
    own ("I will type my work on my laptop"): its "I" is the child, not the writer ("I will review her progress")."""
    names = [n for n in child.split() if n]
    return (
        kind == "outcome"
        and re.search(r"\bI\b", s) is not None
        and not any(n in s for n in names)
        and not re.search(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", s, re.I)
    )


def _unframed(s: str) -> str:
    return sentence_case(FRAMING_RE.sub("", s))


VOICE_CHECKS = {
    "first person": re.compile(r"\b(I|I'm|I've|I'd|me|my|we|we've|our|us)\b", re.I),
    "paragraph label": re.compile(
        r"^\s*(\[\s*\w{1,4}\s*\]|\(?\d{1,2}(\.\d{1,2}){0,2}[a-z]?\)|\d{1,2}(\.\d{1,2}){1,2}\b|\d{1,2}\.\s|"
        r"P\d{1,2}\b[.:]?|\(?[a-z]\)\s|[•·▪●◦‣∙*-]\s)"
    ),
    "hedge": re.compile(
        r"\b(would benefit|may benefit|could benefit|should|could|might|it is recommended|i recommend|we recommend|"
        r"recommend(ed|s)? that|should consider|would be helpful|would help|suggest(ed|s)? that)\b",
        re.I,
    ),
    "letter talk": LETTER_TALK_RE,
    "unfinished": re.compile(r"[A-Za-z0-9,;:\-]\s*$"),
}


def report_voice(text: str) -> list[str]:
    """What still reads like a report rather than a plan (at least as strict as the evaluation's
    count): first person, a paragraph label, a hedge, letter talk, an unfinished sentence."""
    return [name for name, pattern in VOICE_CHECKS.items() if pattern.search(text.strip())]
