"""Who "I" and "we" are in a professional's advice, and a sentence of it put in the third person.

"I will review him in six months", in a consultant community paediatrician's letter, becomes "The
consultant community paediatrician will review him in six months"; "we" becomes their team (the
school, for a school's own staff). The role comes from the document's details, never from a guess:
with no role, or a family member's, "I" and "we" stay as written, and so does anything inside
quotation marks (a child's or parent's words reported in the advice). A verb this module cannot
put in the third person with certainty leaves the sentence as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


FAMILY_ROLE_RE = re.compile(
    r"(?:(?:the )?(?:child|young person|pupil)'s )?(?:birth |foster |adoptive |step-?)?"
    r"(?:parents?|mother|father|mum|dad|carers?|grand\w+|guardian|family|child|young person|pupil|student|sister|"
    r"brother|aunt|uncle)(?:\s*(?:/|and|&|or)\s*(?:carers?|guardians?|parents?|family))?",
    re.I,
)
SCHOOL_ROLE_RE = re.compile(
    r"\b(senco|sendco|inclusion (lead|manager)|class teacher|form tutor|head ?teacher|head of \w+|deputy head|"
    r"assistant head|teaching assistant|learning mentor|pastoral \w+|head of year|teacher)\b",
    re.I,
)
VISITING_ROLE_RE = re.compile(r"\b(specialist|advisory|outreach|peripatetic|visiting|qualified teacher of)\b", re.I)
SERVICE_RE = re.compile(r"\b(CAMHS|CDC|EPS|SALT|CCN)\b")

MODALS = words(
    """
    will would can could shall should may might must
    """
)
# Base forms of the verbs advice writers use after "I" / "we" (the present tense gets an -s).
VERBS = words(
    """
    access adapt advise agree aim allow arrange ask assess attend believe build carry check come
    communicate complete consider continue contribute deliver develop discuss do eat encourage endorse
    engage ensure expect feel find follow get give go help hold hope implement intend introduce join
    keep know last lead learn leave liaise log look make meet model monitor move need note notice
    observe offer participate plan play practise prescribe prompt propose provide read receive recommend
    record refer remain report request return review run see seek send set share sit spend start stay
    suggest support take talk teach think train try understand update use visit want wear welcome wish
    work write
    """
)
IRREGULAR_PAST = words(
    """
    saw met found thought felt spoke gave took made wrote told sent knew heard understood did was were
    had went began brought came kept left led ran said became chose got held taught sought
    """
)
ADVERBS = words(
    """
    also last then now still often recently already previously first personally regularly currently
    usually always never fully strongly therefore again jointly
    """
)
THIRD_PERSON = {"am": "is", "are": "is", "have": "has", "do": "does", "were": "was"}
NEGATIVES = {"don't": "doesn't", "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't"}
CONTRACTIONS = {"I'm": ("I", "am"), "I've": ("I", "have"), "I'd": ("I", "would"), "We're": ("We", "are")}
CONTRACTIONS |= {"we're": ("we", "are"), "We've": ("We", "have"), "we've": ("we", "have")}
CONTRACTIONS |= {"We'd": ("We", "would"), "we'd": ("we", "would")}

# (a quotation in single marks may hold apostrophes: 'I'm not stupid, I'm just slow')
QUOTED_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)['‘](?:[^'’]|(?<=\w)['’](?=\w))*?['’](?!\w)")
PRONOUN_RE = re.compile(r"\b(?:I'm|I've|I'd|[Ww]e're|[Ww]e've|[Ww]e'd|I|[Ww]e|me|[Mm]y|us|[Oo]ur)\b")
# words no author writes of themselves in a report: the child speaking, quoted without quotation marks
CHILD_SPEAKING = (
    r"my (?:name|head|brain|tummy|body|mum|mummy|dad|daddy|nan|brother|sister|friends?|dog|cat)|I(?:'m| am) \d+"
)
UNSAFE_RE = re.compile(rf"\b(myself|mine|ours|ourselves|[Ll]et's|{CHILD_SPEAKING})\b")
APPOSITION_RE = re.compile(r"^As ((?:the|a|an|his|her|their) [^,]{3,80}), I\b")
BRACKETED_ROLE_RE = re.compile(r"\bI \(as ((?:the|a|an|his|her|their) [^)]{3,80})\)")
VERB_AFTER_RE = re.compile(r"\s+((?:(?:" + "|".join(sorted(ADVERBS)) + r")\s+)*)([A-Za-z]+(?:'t)?)\b")


@dataclass(frozen=True)
class Speaker:
    """The author of a document in the third person."""

    person: str  # "the consultant community paediatrician"
    team: str  # "the school", "the CAMHS team", "the educational psychologist's team"
    our: str  # what "our" becomes: "the school's", "the CAMHS team's", "the educational psychologist's"


SAY = r"(?:says|said|tells|told|reports|reported|describes|described|explains|explained)"
SAY_RE = re.compile(rf"\b{SAY}\b")
SAID_BY_RE = re.compile(
    rf"\b(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|often|sometimes|now|always|then|has|have|had)\s+)*{SAY}\b"
    rf"|\b(?P<who2>[Hh]e|[Ss]he|[Tt]hey)\s+(?:is|was|are|were|has|had|feels|felt)\b[^,;]*?\band\s+{SAY}\b"
)
REPORTED = {"he": ("him", "his"), "she": ("her", "her"), "they": ("them", "their")}


def reported_speech(sentence: str) -> str | None:
    """A child's words quoted in a report become reported speech where the quote says "me" or "my":
    'he says that teachers there 'will hate me already'' -> 'he says that teachers there will hate
    him already'. Only where the one who said it is "he", "she" or "they", the subject of the last
    verb of saying before the quote; None where the quote cannot be reported safely."""
    out = sentence
    for q in reversed(list(QUOTED_RE.finditer(sentence))):
        words = q.group(0)[1:-1]
        if not re.search(r"\b(me|my)\b", words):
            continue
        if re.search(r"\b(I|I'm|I've|I'd|we|us|our|myself|mine)\b", words, re.I):
            return None
        clause = re.split(r"[;.!?]\s", sentence[: q.start()])[-1]
        said_by = list(SAID_BY_RE.finditer(clause))
        says = list(SAY_RE.finditer(clause))
        if not said_by or not says or says[-1].end() != said_by[-1].end():
            return None
        obj, poss = REPORTED[(said_by[-1]["who"] or said_by[-1]["who2"]).lower()]
        words = re.sub(r"\bmy\b", poss, re.sub(r"\bme\b", obj, words))
        out = out[: q.start()] + words + out[q.end() :]
    return out


def role_phrase(author_role: str | None) -> str | None:
    """'Consultant Community Paediatrician' -> 'the consultant community paediatrician'; acronyms
    (SENCO, GP, CAMHS) keep their capitals; a parenthesis is dropped. None when the role is unknown,
    a family member's, or does not look like a role."""
    role = re.sub(r"\s*\([^)]*\)", "", author_role or "").strip(" .,")
    if not role or len(role) > 60 or re.search(r"[\d,;:/@]", role) or FAMILY_ROLE_RE.fullmatch(role):
        return None
    words = [w if sum(c.isupper() for c in w) > 1 else w.lower() for w in role.split()]
    return "the " + " ".join(words)


def speaker(author_role: str | None) -> Speaker | None:
    person = role_phrase(author_role)
    if person is None or author_role is None:
        return None
    if SCHOOL_ROLE_RE.search(author_role) and not VISITING_ROLE_RE.search(author_role):
        return Speaker(person, "the school", "the school's")
    service = SERVICE_RE.search(author_role)
    if service:
        return Speaker(person, f"the {service.group(1)} team", f"the {service.group(1)} team's")
    return Speaker(person, f"{person}'s team", f"{person}'s")


def third_singular(verb: str) -> str | None:
    """The present tense after "he" of a verb after "I": 'support' -> 'supports'; None if unknown."""
    low = verb.lower()
    if low in NEGATIVES:
        return NEGATIVES[low]
    if low in MODALS or low in IRREGULAR_PAST or low.endswith("n't") or low in ("is", "was", "has", "does"):
        return verb
    if low in THIRD_PERSON:
        return THIRD_PERSON[low]
    if low in VERBS:
        if re.search(r"(s|sh|ch|x|z|o)$", low):
            return verb + "es"
        return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", low) else verb + "s"
    if low.endswith("ed") and len(low) > 4:
        return verb  # a regular past tense: "I reviewed", "I referred"
    return None


def third_person(sentence: str, who: Speaker) -> str | None:
    """The sentence with its author's "I", "me", "my", "we", "us" and "our" in the third person;
    the sentence unchanged if it has none; None if one of them cannot be rewritten safely."""
    m = APPOSITION_RE.match(sentence)
    if m:  # "As the school's link educational psychologist, I will ..." -> "The school's link ... will ..."
        named = Speaker(m.group(1), who.team, m.group(1) + "'s")
        return third_person("I" + sentence[m.end() :], named)
    m = BRACKETED_ROLE_RE.search(sentence)
    if m:  # "..., I (as her Portage home visitor) will ..." -> "..., her Portage home visitor will ..."
        named = Speaker(m.group(1), who.team, m.group(1) + "'s")
        return third_person(sentence[: m.start()] + "I" + sentence[m.end() :], named)
    out: list[str] = []
    last = 0
    for start, end in [*_quoted(sentence), (len(sentence), len(sentence))]:
        rewritten = _rewrite_segment(sentence[last:start], who, mentioned="".join(out))
        if rewritten is None:
            return None
        out.append(rewritten + sentence[start:end])
        last = end
    result = "".join(out)
    return result[:1].upper() + result[1:] if result != sentence else sentence


def _quoted(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence quotes someone: its quotations, and a quotation the sentence is one part of
    (the child's '"If I didn't have to read out loud.' then 'And if someone ... worry."', split into
    sentences): from an opening mark to the end, or from the start to a closing mark."""
    spans = [m.span() for m in QUOTED_RE.finditer(sentence)]
    inside = {i for a, b in spans for i in range(a, b)}
    lone = [i for i, c in enumerate(sentence) if c in '"“”' and i not in inside]
    if len(lone) != 1:
        return spans
    i = lone[0]
    opens = sentence[i] == "“" or (sentence[i] == '"' and sentence[i - 1 : i].strip() == "")
    if opens:
        return [*[(a, b) for a, b in spans if b <= i], (i, len(sentence))]
    return [(0, i + 1), *[(a, b) for a, b in spans if a > i]]


def _rewrite_segment(text: str, who: Speaker, mentioned: str) -> str | None:
    """One stretch of the sentence outside quotation marks."""
    if UNSAFE_RE.search(text):
        return None
    for short, (pronoun, full) in CONTRACTIONS.items():
        text = re.sub(rf"(?<![\w']){re.escape(short)}\b", f"{pronoun} {full}", text)
    said = who.person.lower() in mentioned.lower()
    done, pos = "", 0
    for m in PRONOUN_RE.finditer(text):
        if m.start() < pos:
            continue
        word, before = m.group(0), done + text[pos : m.start()]
        if word in ("I", "We", "we"):
            verb = VERB_AFTER_RE.match(text, m.end())
            conjugated = third_singular(verb.group(2)) if verb else None
            if verb is None or conjugated is None:
                return None
            if word == "I" and said and re.search(r"\band\s+$", before):
                done = before + verb.group(1) + conjugated  # "..., and I will review" -> "..., and will review"
            else:
                done = before + (who.person if word == "I" else who.team) + " " + verb.group(1) + conjugated
            said = said or word == "I"
            pos = verb.end()
        elif word == "me":
            done, pos = before + who.person, m.end()
        elif word == "us":
            done, pos = before + who.team, m.end()
        elif word.lower() == "my":
            done, pos = before + who.person + "'s", m.end()
        elif who.team == "the school" and re.match(r"\s+school\b", text[m.end() :]):
            done, pos = before + "the", m.end()  # "our school" -> "the school"
        else:
            done, pos = before + who.our, m.end()
    return done + text[pos:]
