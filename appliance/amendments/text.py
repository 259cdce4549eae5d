"""What the words of the review evidence say about the current plan, found by pattern: a state
that has changed ("now", "no longer"), progress towards an outcome, provision to stop, reduce or
keep, and whose views a statement gives. The patterns only find candidates; what they decide is a
proposal a caseworker confirms."""

from __future__ import annotations

import re

from appliance.amendments.model import OutcomeStatus
from appliance.evidence.routing import Voice

CHANGED_RE = re.compile(
    r"\b(now|no longer|any ?more|has (greatly |really )?improved|have improved|is much (better|clearer)|resolved|"
    r"(has|have) (grown|increased|got worse|worsened)|more often|much worse|"
    r"has been diagnosed|was diagnosed|new diagnosis|has developed|recently)\b",
    re.I,
)
UNCHANGED_RE = re.compile(
    r"\b(has|have) not changed\b|\b(is|are|remains?|stays?) (the same|unchanged)\b|\bno change\b|"
    r"\bstill (the same|appropriate|relevant)\b|\bas before\b",
    re.I,
)
NOT_YET_RE = re.compile(
    r"\bnot (yet )?(been )?(achieved|met|reached)\b|\bnot yet\b|\bno (real |measurable )?progress\b|"
    r"\bnot (on track|started)\b|\bhas not (made|shown) progress\b|\bregress",
    re.I,
)
PARTLY_RE = re.compile(
    r"\b(partially|partly|largely|mostly|nearly|almost) (achieved|met|there)\b|\bprogressing\b|\bon track\b|"
    r"\bworking towards\b|\bemerging\b|\bmaking (good |steady |some )?progress\b|\bsome progress\b",
    re.I,
)
ACHIEVED_RE = re.compile(
    r"\b(fully )?(achieved|attained)\b|\b(has|have|had|was|been|is) (now )?(fully )?met\b|"
    r"\bmet (this|the|her|his|their)\b.{0,30}\b(outcome|target|goal)|"
    r"\b(outcome|target|goal) (is |was |has been )?(met|secure)\b",
    re.I,
)
PROGRESS_RE = re.compile(
    r"\bprogress|\bimprov|\bmore (accurately|confident|often)|\bmoved up\b|\bcan now\b|\bbeginning to\b|"
    r"\bstarting to\b|\b(has|have) grown\b|\bwith (some )?(help|support|prompts?|prompting)\b|"
    r"\bstill (hard|finds|needs|difficult|struggles)\b|\bnot (always|yet consistently|consistently)\b|"
    r"\bsometimes\b|\bgrowing\b",
    re.I,
)
# "now ... in most lessons", "now ... independently": the wording of an outcome reached
NOW_DONE_RE = re.compile(
    r"\bnow\b[^.;]{0,90}\b(in (most|all|every)|every (day|time|lesson)|consistently|independently|"
    r"on (her|his|their) own|without (any )?(help|support|prompts?|prompting|adult))\b",
    re.I,
)
OUTCOME_WORD_RE = re.compile(r"\b(outcomes?|targets?|goals?)\b", re.I)

STOP_RE = re.compile(
    r"\bno longer (needed|required|necessary|needs?)\b|\b(can|could|should|will|to) (now )?(stop|end|cease)\b|"
    r"\b(be|been) (stopped|ended|discontinued|withdrawn|removed)\b|\bdiscontinu|\bis not needed\b|"
    r"\bnot needed any ?more\b|\bcome to an end\b|\bdischarg",
    re.I,
)
REDUCE_RE = re.compile(
    r"\breduc(e|ed|ing|tion)\b|\bdecreas|\bcut (back|to|from)?\b|\bless often\b|\bfewer\b|\bdrop(ped)? to\b|"
    r"\bstep(ped)? down\b|\bscal(e|ed) back\b|\bphas(e|ed) out\b",
    re.I,
)
INCREASE_RE = re.compile(r"\bincreas|\bmore often\b|\bextend(ed)?\b|\bstep(ped)? up\b", re.I)
CONTINUE_RE = re.compile(
    r"\b(continue|continues|continuing)\b|\bremains? (essential|appropriate|in place|necessary|important|needed)\b|"
    r"\bas (it is|they are|written|now)\b|\bno change\b|\bstill (needed|required|essential)\b|\bkept\b|\bmaintain",
    re.I,
)
DELIVERED_RE = re.compile(
    r"\b(has|have) been (delivered|provided|in place|received)\b|\btook place\b|\bwas delivered\b|"
    r"\bran as\b|\bhas received\b|\bhas attended\b|\bwere delivered\b|\bhas had\b",
    re.I,
)
RESOURCE_RE = re.compile(
    r"\bstaff(ing)? (shortage|levels|capacity|changes)|\bfunding\b|\bbudget\b|\bcapacity\b|\bavailability\b|"
    r"\bcost\b|\bresources?\b|\bno longer (able|afford)|\bcannot (staff|fund|afford)|\bwaiting list",
    re.I,
)
PROGRESS_REASON_RE = re.compile(
    r"\b(as|because|since|now that|given that|following)\b.{0,80}\b(progress|achieved|met|established|secure|"
    r"improv|clear|independent|mastered)|\bno longer need|\bhas (met|achieved)|\bnow (established|secure)",
    re.I,
)
# "None. No other social care provision is required."; "Maisie has no social care needs."
NIL = re.compile(
    r"^(none|nil|n/a|not applicable|no\b)|\b(has|have|had) no (identified |assessed )?([\w-]+ ){0,2}needs\b|"
    r"\bthere (is|are) no ([\w-]+ ){0,3}(provision|needs?)\b|"
    r"\bno ([\w-]+ ){0,3}needs (have been|were|are) identified\b|"
    r"\b(does|do) not (receive|need|require|have) (any )?([\w-]+ ){0,3}(provision|needs|support from)\b",
    re.I,
)
DISAGREE_RE = re.compile(
    r"\b(did|does|do) not agree\b|\bdisagree|\bnot agreed\b|\bobject(s|ed)? to\b|\bdispute|\bunhappy (with|about)\b|"
    r"\bdoes not accept\b|\bdid not accept\b",
    re.I,
)
PARENT_RE = re.compile(r"\b(parents?|mum|mother|dad|father|carers?|we|our|us)\b", re.I)
CHILD_RE = re.compile(r"\bsays?\b|\bsaid\b|\b(I|my|me)\b|\bwould like\b|\bwants?\b|\bloves?\b|\benjoys?\b|\blikes?\b")


def voice(text: str) -> Voice | None:
    """Whose views a Section A statement gives, by its wording."""
    if PARENT_RE.search(text):
        return "parent"
    if CHILD_RE.search(text):
        return "child"
    return None


LEADING_STATUS: list[tuple[re.Pattern[str], OutcomeStatus]] = [
    (re.compile(r"^\W*(not (yet )?(achieved|met)|no progress|not started)\b", re.I), "not_yet"),
    (re.compile(r"^\W*((partially|partly|largely|mostly) (achieved|met)|progressing|on track|emerging)\b", re.I),
     "progressing"),
    (re.compile(r"^\W*((fully )?achieved|met|completed)\b", re.I), "achieved"),
]  # fmt: skip


def outcome_status(text: str) -> OutcomeStatus | None:
    """The progress a passage reports: a status it opens with ("Progressing. ..."), else its
    strongest wording: "not yet achieved" is not achieved, "partly met" is progress."""
    for pattern, status in LEADING_STATUS:
        if pattern.search(text):
            return status
    if NOT_YET_RE.search(text):
        return "not_yet"
    if PARTLY_RE.search(text):
        return "progressing"
    if ACHIEVED_RE.search(text):
        return "achieved"
    if PROGRESS_RE.search(text):
        return "progressing"
    if NOW_DONE_RE.search(text):
        return "achieved"
    return None


def reduction_is_evidenced(text: str) -> bool:
    """A cut the evidence explains by the child's progress, not by the school's resources."""
    return bool(PROGRESS_REASON_RE.search(text)) and not RESOURCE_RE.search(text)
