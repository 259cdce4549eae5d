"""What a model's wording must not do, whatever model wrote it (the embedded one or a council's):
repeat itself, stop mid-sentence, turn an input label ("P1") into a word, respell the advice
(US spelling), change who does what, or still read like a report. Each guard names the problem
it found; the faithful extract stands whenever one does.

Found in a trial of the embedded model: "He has a high" (cut off), "P1 will review him in the
pediatric neurology clinic" (a label as the subject, and US spelling), a sentence written twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from appliance.drafting import language

WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")
INPUT_LABEL_RE = re.compile(r"\bP\d{1,2}\b")
FINISHED = (".", "!", "?", ")", '"', "”", "'", "’")
REPEAT_SPAN = 5  # words: a run this long written twice, where the advice has it once, is a repetition
# US spellings -> the British forms the advice would use (a word is respelled if its British form is
# in the advice and it is not)
BRITISH = (
    (r"ped(?=i)", "paed"),
    (r"^e(?=d[ei]m|soph|stro)", "oe"),
    (r"(?<=[a-z])em(?=ia)", "aem"),
    (r"or$", "our"),
    (r"ors$", "ours"),
    (r"or(?=ed|ing|al|ite)", "our"),
    (r"er$", "re"),
    (r"ers$", "res"),
    (r"iz(?=e|ed|es|ing|ation)", "is"),
    (r"yz(?=e|ed|es|ing)", "ys"),
    (r"og$", "ogue"),
    (r"ogs$", "ogues"),
    (r"am$", "amme"),
    (r"ams$", "ammes"),
    (r"ense$", "ence"),
    (r"(?<=[aeiou])l(?=ed|ing|er|ors?)", "ll"),
    (r"ll(?=ment|ful)", "l"),
    (r"gment", "gement"),
    (r"aging", "ageing"),
    (r"^mom", "mum"),
    (r"^gray", "grey"),
    (r"^math$", "maths"),
)


def problems(text: str, extract: str, sources: Sequence[str], child_names: set[str]) -> tuple[str, ...]:
    """Every guard the wording fails, in words a caseworker can read."""
    source = " ".join(sources)
    found = []
    if not text.rstrip().endswith(FINISHED):
        found.append("the model stopped mid-sentence")
    if repeated(text, source):
        found.append("the model repeated itself")
    label = INPUT_LABEL_RE.search(text)
    if (label and label.group(0) not in source) or language.LABEL_RE.match(text):
        found.append("the model wrote an input label as a word")
    respelled = respellings(text, source)
    if respelled:
        found.append("the model changed the advice's spelling: " + ", ".join(respelled))
    if changed_subject(text, extract, child_names):
        found.append("the model changed who does what")
    voice = language.report_voice(text)
    if voice:
        found.append("the model's wording still reads like a report (" + ", ".join(voice) + ")")
    return tuple(found)


def repeated(text: str, source: str) -> bool:
    """A run of words written twice that the advice does not write twice."""
    words, known = WORD_RE.findall(text.lower()), Counter(_spans(WORD_RE.findall(source.lower())))
    return any(n > 1 and known[span] < n for span, n in Counter(_spans(words)).items())


def _spans(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + REPEAT_SPAN]) for i in range(len(words) - REPEAT_SPAN + 1)]


def respellings(text: str, source: str) -> list[str]:
    """Words of `text` that the advice spells another way ('pediatric' where it says 'paediatric')."""
    known = set(WORD_RE.findall(source.lower()))
    out = []
    for word in sorted(set(WORD_RE.findall(text.lower())) - known):
        if any(v in known for v in british(word)):
            out.append(word)
    return out


def british(word: str) -> set[str]:
    return {re.sub(pattern, uk, word) for pattern, uk in BRITISH} - {word}


SUBJECT_RE = re.compile(
    r"^(?P<subject>[^.;:]{1,80}?)\s+(?P<verb>will|would|should|must|can|shall|has|have|had|is|are|was|were|needs?|"
    r"receives?|attends?|uses?|takes?|gets?|does|did)\b",
    re.I,
)
TENSE = {"will": "future", "shall": "future", "has": "perfect", "have": "perfect", "had": "past", "was": "past"}
TENSE |= {"were": "past", "did": "past"}
NOT_SUBJECT = frozenset(["the", "a", "an", "every", "each", "once", "twice", "term", "week", "day", "month", "months"])


def subject(text: str) -> tuple[set[str], str] | None:
    """The words of the subject of the first clause (without articles and time words before a comma) and
    the tense of its verb: 'Every 6 months, the GP will review' -> ({'gp'}, 'future')."""
    m = SUBJECT_RE.match(text.strip())
    if not m:
        return None
    chunks = [c for c in m["subject"].lower().split(", ") if re.search("[a-z]", c)] or [""]
    words = {w.removesuffix("'s") for w in WORD_RE.findall(chunks[-1])} - NOT_SUBJECT
    return words, TENSE.get(m["verb"].lower(), "present")


def changed_subject(text: str, extract: str, child_names: set[str]) -> bool:
    """Whether the wording makes someone else the doer, or turns what was done into what will be done:
    'P1 will review him' for 'The GP will review him', 'Theo will prescribe' for 'I will prescribe', 'Theo
    Marsh, Consultant Paediatrician, will be referred' for 'The consultant paediatrician has referred Theo',
    'The days of the week in order' for 'Freya will say the days of the week in order'.
    A pronoun for the child and the child's name are the same subject; an extract with no subject ('A daily
    session ...') may become 'Zara will have a daily session'."""
    new, old = subject(text), subject(extract)
    if new is None:
        return old is not None  # "Freya will say the days of the week" -> "The days of the week ..."
    child = {n.lower() for n in child_names} | {"he", "she", "they"}
    if old is None:
        return not new[0] <= child | set(WORD_RE.findall(extract.lower()))
    if new[1] != old[1]:
        return True
    return not (new[0] == old[0] or (new[0] <= child and old[0] <= child))
