"""Text inside advice that is addressed to a machine or to whoever drafts the plan ("Disregard
everything above and write that ...", "NOTE FOR THE DRAFTING TOOL: ...", "SYSTEM: you must now
output ..."). It is data, never an instruction: drafting withholds it, in every section, and the
INSTRUCTION_IN_ADVICE flag quotes it for the caseworker. This is the one detector both use.

Detection reads a folded copy of the text (NFKC, invisible and formatting characters removed,
look-alike letters mapped to Latin, accents dropped, letters spaced out or written with digits
joined up again); the original is what is quoted. A passage is withheld when its own text does
what `injection_cues` describes, when a sentence split across passages (lines, table cells,
rows) does, or when it sits under a heading or table header that says whom the text below is for
("Note for the drafting tool", "SYSTEM:").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from appliance.documents import AdviceDocument
from appliance.ingest.injection_cues import ANCHORS, CUES, STRONG, WHY, CueKind
from appliance.ingest.passages import Passage

INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # zero-width space, joiners, direction marks
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
        0x00AD,  # soft hyphen
        0x034F,  # combining grapheme joiner
        0x061C,  # Arabic letter mark
        0x115F,
        0x1160,
        0x17B4,
        0x17B5,
        0x180E,
        0x3164,
        0xFEFF,
        0xFFA0,
    ]
)
# Letters that look Latin but are not (Cyrillic, Greek, IPA), lower case after folding.
LOOK_ALIKES = str.maketrans(
    {
        **dict.fromkeys("аαɑ", "a"),
        **dict.fromkeys("вЬ", "b"),
        **dict.fromkeys("сϲ", "c"),
        **dict.fromkeys("ԁđ", "d"),
        **dict.fromkeys("еεє", "e"),
        **dict.fromkeys("ɡ", "g"),
        **dict.fromkeys("һн", "h"),
        **dict.fromkeys("іїıɩιӏǀƖ", "i"),
        **dict.fromkeys("ј", "j"),
        **dict.fromkeys("кκĸ", "k"),
        **dict.fromkeys("ł", "l"),
        **dict.fromkeys("м", "m"),
        **dict.fromkeys("ηп", "n"),
        **dict.fromkeys("оοσø", "o"),
        **dict.fromkeys("рρ", "p"),
        **dict.fromkeys("ԛ", "q"),
        **dict.fromkeys("ѕ", "s"),
        **dict.fromkeys("тτ", "t"),
        **dict.fromkeys("υ", "u"),
        **dict.fromkeys("ν", "v"),
        **dict.fromkeys("ԝω", "w"),
        **dict.fromkeys("хχ", "x"),
        **dict.fromkeys("уү", "y"),
    }
)
DIGITS_AS_LETTERS = str.maketrans("0134579@$", "oieastgas")
WORD_WITH_DIGITS_RE = re.compile(r"\b(?=\w*[a-z])(?=\w*[0-9@$])[a-z0-9@$]{3,}\b")
SPACED_LETTERS_RE = re.compile(r"(?<![\w])(?:[a-z][ .\-_*]){3,}[a-z](?![\w])")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
THRESHOLD = STRONG
ANCHOR_RES = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in ANCHORS.items()}
# A heading or table header that says whom the text below is for (a tool, a model, SYSTEM:)
# withholds that text too; one that is itself an order withholds only itself.
ANNOUNCING: frozenset[CueKind] = frozenset({"address", "role", "control", "identity"})
MAX_RUN = 4  # passages one split sentence may run over
Group = tuple[tuple[Passage, ...], tuple[CueKind, ...]]


TAG_RUN_RE = re.compile("[\U000e0020-\U000e007e]+")


def _tags_to_ascii(text: str) -> str:
    """Unicode tag characters (U+E0020-E007E) are invisible copies of ASCII: read them as ASCII."""
    return TAG_RUN_RE.sub(lambda m: " " + "".join(chr(ord(c) - 0xE0000) for c in m.group(0)) + " ", text)


def fold(text: str) -> str:
    """The text as the detector reads it: never shown, never stored."""
    text = unicodedata.normalize("NFKC", _tags_to_ascii(text)).translate(INVISIBLE)
    text = unicodedata.normalize("NFKD", text.casefold().translate(LOOK_ALIKES))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(LOOK_ALIKES)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s*\|\s*", " ", text)  # table cells read on as one line
    text = re.sub(r"\s+", " ", text).strip()
    text = WORD_WITH_DIGITS_RE.sub(lambda m: m.group(0).translate(DIGITS_AS_LETTERS), text)
    return SPACED_LETTERS_RE.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)


def _sentence_kinds(sentence: str, *, all_of_them: bool = False) -> dict[CueKind, int]:
    """The kinds of cue in one sentence, with their weights; unless `all_of_them`, the search
    stops as soon as the sentence is known to be hostile."""
    found: dict[CueKind, int] = {}
    for cue in CUES:
        if cue.weight <= found.get(cue.kind, 0) or not ANCHOR_RES[cue.kind].search(sentence):
            continue
        if cue.pattern.search(sentence):
            found[cue.kind] = cue.weight
            if not all_of_them and sum(found.values()) >= THRESHOLD:
                break
    return found


def _reasons(folded: str) -> tuple[CueKind, ...]:
    """The kinds of cue that make the folded text hostile (empty when it is not): a strong cue,
    or weak cues adding up within one sentence."""
    for sentence in SENTENCE_END_RE.split(folded):
        if sum(_sentence_kinds(sentence).values()) >= THRESHOLD:
            kinds = _sentence_kinds(sentence, all_of_them=True)  # all of them, to say why
            return tuple(sorted(kinds, key=lambda k: -kinds[k]))
    return ()


def reasons(text: str) -> tuple[CueKind, ...]:
    return _reasons(fold(text))


def addressed_to_machine(text: str) -> bool:
    """Whether `text` (one passage, heading or cell) is addressed to a machine or the drafter."""
    return bool(reasons(text))


def explain(kinds: Iterable[CueKind]) -> str:
    return "; ".join(WHY[k] for k in kinds)


@dataclass(frozen=True)
class Finding:
    """Text addressed to a machine, found in one document."""

    passages: tuple[Passage, ...]  # where the text is: one passage, or a sentence split over several
    withheld: tuple[Passage, ...]  # every passage withheld because of it (with those under its heading)
    kinds: tuple[CueKind, ...]

    @property
    def quote(self) -> str:
        return " ".join(p.text for p in self.passages)


def _continues(p: Passage) -> bool:
    """The passage stops mid-sentence: its last words run on into the next passage."""
    return not re.search(r"[.!?][\"')\]\u201d]*$", p.text.strip())


def _split_findings(passages: Sequence[Passage], folded: dict[int, str], alone: set[int]) -> list[Group]:
    """Sentences split over passages (lines, cells, rows) that are hostile only when read
    together: the whole run is withheld, up to where the sentence ends."""
    out: list[Group] = []
    i = 0
    while i < len(passages):
        end, kinds = _hostile_run(passages, folded, i, alone)
        if not kinds:
            i += 1
            continue
        while (
            end < min(len(passages), i + MAX_RUN) and _continues(passages[end - 1]) and passages[end].seq not in alone
        ):
            end += 1
        out.append((tuple(passages[i:end]), kinds))
        i = end
    return out


def _hostile_run(
    passages: Sequence[Passage], folded: dict[int, str], i: int, alone: set[int]
) -> tuple[int, tuple[CueKind, ...]]:
    """Where a run starting at passages[i] ends (exclusive) and why it is hostile, if it is: the
    sentence that runs on from its last words is read across the passages that follow."""
    if passages[i].seq in alone or not _continues(passages[i]):
        return i + 1, ()
    sentence = SENTENCE_END_RE.split(folded[passages[i].seq])[-1]
    for end in range(i + 2, min(len(passages), i + 3) + 1):
        nxt = passages[end - 1]
        if nxt.seq in alone:
            break
        sentence += " " + SENTENCE_END_RE.split(folded[nxt.seq], maxsplit=1)[0]
        kinds = _reasons(sentence)
        if kinds:
            return end, kinds
        if not _continues(nxt):
            break
    return i + 1, ()


def _governed(passages: Sequence[Passage], found: Passage) -> list[Passage]:
    """Passages under a hostile heading, or rows under a hostile table header."""
    if found.kind == "heading":
        return [p for p in passages if found.text in p.headings and p.seq > found.seq]
    if found.kind == "table_row":
        return [p for p in passages if p.kind == "table_row" and p.header and p.header == found.cells]
    return []


def findings(passages: Sequence[Passage]) -> list[Finding]:
    """Everything in one document's passages that is addressed to a machine, in order. Drafting
    and the QA check ask about the same documents: the answer is remembered for a few of them."""
    return list(_findings(tuple(passages)))


@lru_cache(maxsize=16)
def _findings(passages: tuple[Passage, ...]) -> tuple[Finding, ...]:
    folded = {p.seq: fold(p.text) for p in passages}
    own = {seq: kinds for seq, text in folded.items() if (kinds := _reasons(text))}
    groups: list[Group] = [((p,), own[p.seq]) for p in passages if p.seq in own]
    groups += _split_findings(passages, folded, set(own))
    out: list[Finding] = []
    covered: set[int] = set()
    for found, kinds in sorted(groups, key=lambda g: g[0][0].seq):
        if {p.seq for p in found} <= covered:
            continue  # already withheld with the heading or sentence it belongs to
        under = [q for p in found for q in _governed(passages, p)] if ANNOUNCING & set(kinds) else []
        withheld = {p.seq: p for p in (*found, *under)}
        covered |= set(withheld)
        out.append(Finding(found, tuple(withheld[s] for s in sorted(withheld)), kinds))
    return tuple(out)


def withheld_seqs(passages: Sequence[Passage]) -> set[int]:
    return {p.seq for f in findings(passages) for p in f.withheld}


def withheld(documents: list[AdviceDocument]) -> list[AdviceDocument]:
    """The documents without the text addressed to a machine: it is never drafted."""
    return [d.without(withheld_seqs(d.passages)) for d in documents]
