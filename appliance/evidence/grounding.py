"""The grounding check: a statement may only say what its cited passages say.

Every number (digits or words), every name and nearly every content word of a statement must
be found in the passages it cites. The model's wording is also checked against the faithful
extract it rewrites: it may not drop a quantity or most of the key terms.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "once": 1,
    "twice": 2,
    "half": 0.5,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
}
NUMBER_RE = re.compile(r"\d+(?:[.,:/]\d+)*|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
WORD_RE = re.compile(r"[a-z0-9£%]+")
NAME_RE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
STOP = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "among",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "here",
        "how",
        "into",
        "its",
        "itself",
        "just",
        "more",
        "most",
        "must",
        "other",
        "our",
        "over",
        "own",
        "same",
        "should",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "your",
        "yours",
        "also",
        "upon",
        "within",
        "without",
        "shall",
        "might",
        "may",
    ]
)
# Words plan language adds around the advice's own: allowed without a source.
PLAN_WORDS = frozenset(
    [
        "will",
        "receive",
        "receives",
        "have",
        "has",
        "attend",
        "attends",
        "provide",
        "provided",
        "delivered",
        "deliver",
        "support",
        "supported",
        "session",
        "sessions",
        "needs",
        "need",
        "child",
        "young",
        "person",
        "plan",
        "section",
        "measured",
        "hours",
        "minutes",
        "week",
        "weekly",
        "daily",
        "including",
        "include",
        "includes",
        "following",
    ]
)


# Plan language names the author of the advice in the third person: "I" becomes their role from
# the document's details ("the speech and language therapist"), "we" their team or school.
SPEAKER_WORDS = frozenset(["team", "school"])


def author_words(author_role: str | None) -> set[str]:
    """Words a statement may use for who wrote its advice without finding them in the passage."""
    return set(WORD_RE.findall(author_role.lower())) | SPEAKER_WORDS if author_role else set()


@dataclass(frozen=True)
class Grounding:
    ok: bool
    problems: tuple[str, ...] = ()


def stem(word: str) -> str:
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if suffix == "es" and not re.search(r"(ss|sh|ch|x|z)es$", word):
            continue  # "provides", "agrees", "logs" lose only their s: plan language says "the school logs"
        shortest = 3 if suffix == "s" else 4
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def numbers(text: str) -> set[str]:
    """Every number in `text`, digits and words alike, as canonical strings (and their parts)."""
    out: set[str] = set()
    for m in NUMBER_RE.finditer(text.replace(",000", "000")):
        token = m.group(0).lower()
        if token in NUMBER_WORDS:
            out.add(str(NUMBER_WORDS[token]))
            continue
        out.add(token)
        out.update(str(int(part)) for part in re.split(r"[.,:/]", token) if part.isdigit())
    return out


def content_words(text: str) -> set[str]:
    return {
        stem(w)
        for w in WORD_RE.findall(text.lower().replace("'", ""))
        if len(w) >= 4 and w not in STOP and not w.isdigit()
    }


def check(
    text: str, sources: list[str], allowed_names: AbstractSet[str] = frozenset(), coverage: float = 0.85
) -> Grounding:
    """Is `text` supported by `sources`? Numbers and names must all be found; content words mostly."""
    source = " ".join(sources)
    problems = []
    missing_numbers = numbers(text) - numbers(source)
    if missing_numbers:
        problems.append("numbers not in the advice: " + ", ".join(sorted(missing_numbers)))
    low_source = source.lower()
    allowed = {n.lower() for n in allowed_names}
    names = {m.group(0) for m in NAME_RE.finditer(text)}
    missing_names = sorted(n for n in names if n.lower() not in low_source and n.lower() not in allowed)
    if missing_names:
        problems.append("names not in the advice: " + ", ".join(missing_names))
    words = content_words(text) - {stem(w) for w in PLAN_WORDS} - {stem(n) for n in allowed}
    if words:
        source_words = {stem(w) for w in WORD_RE.findall(low_source.replace("'", ""))}  # short ones too ("log")
        found = len(words & source_words) / len(words)
        if found < coverage:
            problems.append(f"only {found:.0%} of its words are in the advice")
    return Grounding(not problems, tuple(problems))


def keeps_key_terms(rewrite: str, extract: str, share: float = 0.7) -> bool:
    """A rewrite must keep every quantity of the extract and most of its content words."""
    if numbers(extract) - numbers(rewrite):
        return False
    words = content_words(extract)
    return not words or len(words & content_words(rewrite)) / len(words) >= share
