"""What the advice recommends, said as what the child will have: the provision rules of plan
language (`language.py` applies them to provision only, never to views or needs).

"It is recommended that school provides a laptop" -> "School will provide a laptop"; "I recommend a
daily session" -> "A daily session"; "Zara would benefit from a daily session" -> "Zara will have a
daily session"; "should" -> "will" (not where it is hedged: "should consider"). Each returns None
where it cannot find the verb with certainty, and the sentence then stays as written.
"""

from __future__ import annotations

import re

from appliance.drafting.speakers import VERBS, words

RECOMMEND_RE = re.compile(
    r"^(?:in terms of (?:recommendations|treatment|management|support),?\s+)?"
    r"(?:(?:it is|it's)\s+(?:(?:strongly|also|therefore|further)\s+)?(?:recommended|suggested|advised|proposed)"
    r"\s+(?P<that1>that\s+)"
    r"|(?:I|we)\s+(?:would\s+)?(?:(?:like to|strongly|also|therefore|further|now)\s+)*"
    r"(?:recommend|suggest|advise|propose)\s+(?P<that2>that\s+)?"
    r"|my\s+recommendation\s+is\s+(?P<that3>that\s+)?"
    # one clause of a list of them, cut from its "I would suggest that ...": "that he should have ..."
    r"|(?P<that4>that\s+)(?=(?:he|she|they|his|her|their|the school|school|staff)\s|(?-i:[A-Z][a-z]+)\s))",
    re.I,
)
HELPFUL_RE = re.compile(
    r"^it would be (?:very |most |particularly )?(?:helpful|beneficial|useful|advisable|valuable) for "
    r"(?P<who>[\w' ]{1,40}?) to (?P<verb>[a-z]+)\b",
    re.I,
)
WOULD_BENEFIT_RE = re.compile(
    r"\bwould\s+(?P<also>(?:also|still)\s+)?(?:(?:greatly|particularly|really|significantly|"
    r"definitely|certainly)\s+)?benefit\s+from\s+(?P<next>[\w-]+)",
    re.I,
)
HEDGED_SHOULD = (
    r"(?!\s+(?:consider|ideally|perhaps|possibly|try|where possible|if possible|be considered|have been|"
    r"also consider|look))"
)
SHOULD_RE = re.compile(r"\bshould(?P<not>\s+not)?\b" + HEDGED_SHOULD)
SUBORDINATORS = words(
    """
    when if where while before after during as because once although though unless until in at on for by
    with
    """
)
RELATIVES = words(
    """
    who whom whose which that
    """
)
DETERMINERS = words(
    """
    a an the his her their its this that these those each every any some my our your
    """
)
NOUNS_IN_ING = words(
    """
    training teaching counselling mentoring coaching tutoring reading writing spelling listening
    handwriting funding signing modelling pre-teaching scaffolding seating setting housing nursing
    schooling
    """
)
GERUNDS = {
    "using": "use",
    "attending": "attend",
    "working": "work",
    "receiving": "receive",
    "practising": "practise",
    "continuing": "continue",
    "accessing": "access",
    "taking": "take",
    "making": "make",
    "learning": "learn",
    "developing": "develop",
    "following": "follow",
    "joining": "join",
    "spending": "spend",
    "doing": "do",
    "meeting": "meet",
    "starting": "start",
    "getting": "get",
}


def recommended(s: str, child: str) -> str | None:
    """'It is recommended that school provides X' -> 'School will provide X'; 'I recommend a weekly
    session' -> 'A weekly session'. None where the clause's verb cannot be found with certainty."""
    helpful = HELPFUL_RE.match(s)
    if helpful:
        return _capital(f"{helpful['who']} will {helpful['verb']}{s[helpful.end() :]}")
    m = RECOMMEND_RE.match(s)
    if not m:
        return s
    rest = s[m.end() :]
    first = rest.split(" ", 1)[0].lower()
    child_first = child.split()[0].lower() if child else ""
    if m["that1"] or m["that2"] or m["that3"] or m["that4"] or first in ("he", "she", "they", child_first):
        clause = will_clause(rest)
        return _capital(clause) if clause else None
    return _capital(rest)


def will_clause(clause: str) -> str | None:
    """'school provides X' -> 'school will provide X': the first verb after the subject becomes
    'will' + its base form. None if no verb is found in the first ten words."""
    words = clause.split(" ")
    if words[0].lower() in SUBORDINATORS:
        return None  # "that when Zara is upset, staff ...": not a plain subject
    for i, token in enumerate(words[:10]):
        w = token.lower()
        if w in RELATIVES:
            return None  # "that staff who work with her ...": the subject has a clause of its own
        if i == 0 or words[i - 1].lower() in DETERMINERS:
            continue
        if re.search(r"[;:()]", words[i - 1]) or " ".join(words[:i]).count(",") % 2:
            continue  # inside an apposition ("Miss Kaur, Nadia's key adult, has ...") or a list
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w in ("could", "may", "might", "can") or (w in ("has", "have") and nxt == "been"):
            return None
        if w in ("should", "must", "shall", "will", "would"):
            new = "will"
        elif w in ("is", "are", "be"):
            new = "will be"
        elif w in ("has", "have"):
            new = "will have"
        elif w in ("does", "do") and nxt == "not":
            new = "will"
            words[i + 1] = "not"
        else:
            base = base_form(w)
            if base is None:
                continue
            new = "will " + base
        return " ".join([*words[:i], new, *words[i + 1 :]])
    return None


def base_form(word: str) -> str | None:
    """'provides' -> 'provide', 'teaches' -> 'teach', 'carries' -> 'carry'; None if not a known verb."""
    for candidate in (word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else ""):
        if candidate in VERBS and (candidate == word or word.endswith("s")):
            return candidate
    return None


def would_benefit(s: str, child: str) -> str | None:
    """'Zara would benefit from a daily session' -> 'Zara will have a daily session'."""
    m = WOULD_BENEFIT_RE.search(s)
    if not m:
        return s
    nxt = m["next"].lower()
    also = "also " if m["also"] else ""
    if nxt == "being":
        verb = "be"
    elif nxt == "having":
        verb = "have"
    elif nxt in GERUNDS:
        verb = GERUNDS[nxt]
    elif nxt.endswith("ing") and nxt not in NOUNS_IN_ING:
        return None
    else:
        verb = "have " + m["next"]
    head = s[: m.start()]
    if not head.strip():  # "Would benefit from ..." with no subject: the child is the subject
        if not child:
            return None
        head = child.split()[0] + " "
    return _capital(f"{head}will {also}{verb}{s[m.end() :]}")


def should(s: str) -> str:
    """'Freya should have a session' -> 'Freya will have a session' (not 'should consider')."""
    return SHOULD_RE.sub(lambda m: "will not" if m["not"] else "will", s)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
