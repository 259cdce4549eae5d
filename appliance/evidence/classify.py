"""One unit of advice, read: a need, provision, an outcome, a view, or background (not drafted),
with how sure the reading is and why.

The sentence's own language decides first (`signals`); where it sits (its heading, its form
question, the document's type) adds weight but never decides alone. A reading must reach
`MIN_SCORE` and beat background; a narrow win is `unsure` and shown as such to the caseworker.
Where the rules find nothing to draft and no strong cue for background, a learned reading
(`learned`, trained on the tuning fixtures) may still find a need, provision, outcome or view;
it is always `unsure`. Where the rules read something to draft and the learned reading is all but
sure it is background, the rules' reading stands, `unsure`: the caseworker checks it, and the checks
that judge provision and the golden thread leave it out.
Then the part of the plan: a need is educational (B), health (C) or social care (D), provision
likewise F, G or H, from what it is about and who delivers it; where the learned section model is
all but sure the rules chose the wrong one of these, its section is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from appliance.evidence import fields, learned, signals
from appliance.evidence.roles import Role
from appliance.evidence.signals import Reading
from appliance.evidence.units import unlabelled
from appliance.ingest.passages import CELL_SEPARATOR
from appliance.ingest.people import SLT_ABBREVIATION

VIEW_ROLES = ("views", "child_views", "parent_views")  # a heading or label that says its part holds views
MIN_SCORE = 2.0
UNSURE_MARGIN = 1.0
# The learned reading is asked only where the rules found nothing to draft and no strong cue for
# background (a placement, a question set as a heading, a medicines list, restated advice: 5 and over),
# and is taken when it is this likely; chosen on the tuning fixtures with whole groups held out
# (scripts/train_reading.py), never on the held-out fixtures.
STRONG_BACKGROUND = 5.0
LEARNED_MIN_PROBABILITY = 0.6
# Where the rules read something to draft and the learned reading is at least this sure it is background,
# the rules' reading stands but is unsure: drafted, shown for a check, and left out of the provision and
# golden-thread checks (chosen the same way).
LEARNED_DOUBT_PROBABILITY = 0.9
# Where the learned section model is at least this sure a need or provision belongs in another of its
# sections than the rules chose, it goes there (chosen the same way: fewest rules' sections undone for
# the most put right).
LEARNED_SECTION_PROBABILITY = 0.7
SECTIONS_OF_READING = {"need": ("B", "C", "D"), "provision": ("F", "G", "H")}
HEALTH_TYPES = ("medical",)
SOCIAL_CARE_TYPES = ("social_care",)
THERAPY_TYPES = ("speech_and_language", "occupational_therapy", "physiotherapy")
VIEW_TYPES = ("child_views", "parent_views")
EDUCATION_TYPES = (
    *THERAPY_TYPES,
    "educational",
    "psychological",
    "hearing_impairment_teacher",
    "vision_impairment_teacher",
    "preparing_for_adulthood",
)

# What a heading, form question or label says its part holds, as weight for a reading.
ROLE_WEIGHTS: dict[str, dict[Reading, float]] = {
    "needs": {"need": 2.5},
    "health_needs": {"need": 2.5},
    "social_care_needs": {"need": 2.5},
    "provision": {"provision": 2.5},
    "health_provision": {"provision": 2.5},
    "social_care_provision": {"provision": 2.5},
    "outcomes": {"outcome": 4.5},
    "views": {"view": 2.5},
    "child_views": {"view": 2.5},
    "parent_views": {"view": 2.5},
    "skip": {"background": 3.0},
    "restated": {"background": 5.0},
    "strengths": {"background": 2.5},
    "placement": {"background": 8.0},
    "summary": {"background": 1.0},
    "findings": {"background": 1.0},
    "attainment": {"need": 0.5, "background": 0.5},
}
# a community, leisure or health centre is where an activity or a clinic is, and a family centre where a family
# meets for contact, not a placement
CENTRE = (
    r"(?<!Community )(?<!Leisure )(?<!Sports )(?<!Sport )(?<!Youth )(?<!Health )(?<!Medical )(?<!Civic )"
    r"(?<!Family )(?<!Contact )Centre"
)
# A wish for a particular school or kind of school: the LA decides placement (Section I stays blank).
PLACEMENT_RE = re.compile(
    r"\b(?:attend|be placed|placement (?:at|in)|place at|a place (?:at|in)|best met (?:at|in|by)|named in section i|"
    r"transfer to|move to|go to|stay at|moved to|going to)\b[^.;]{0,80}\b(?:[A-Z][\w'-]+ )+"
    rf"(?:School|Academy|College|{CENTRE}|Unit|Base|Lodge|House|Hall|Campus)\b"
    # a school the family has been to see: "I've looked at Heathfield House, the autism school in Dunmore"
    r"|\b(?i:I|we|I['’]?ve|we['’]?ve|I have|we have) (?:also |already )?"
    r"(?:looked at|looked round|looked around|visited|been to see|went to see) (?:[A-Z][\w'-]+ )+"
    rf"(?:School|Academy|College|{CENTRE}|Unit|Base|Lodge|House|Hall|Campus)\b(?!['’]s)"
    # one the family was told to look at: "Someone said I should look at Harrowgate Park School"
    r"|\b(?:look(?:ed|ing)? at|consider(?:ed|ing)?) (?:[A-Z][\w'-]+ )+"
    rf"(?:School|Academy|College|{CENTRE}|Unit|Base|Lodge|House|Hall|Campus)\b(?!['’]s)"
    r"|\bsection i\b|\b(?:special|specialist|independent|residential|non-maintained) (?:school|college|"
    r"provision|placement|setting)\b|\bneeds? (?:can(?:not)?|could) (?:no longer |not )?be met\b"
    r"|\b(?:in|at|attend) a mainstream (?:school|setting|secondary|primary)\b",
)
DIAGNOSED_RE = re.compile(
    r"\bwas (?:diagnosed with|given a diagnosis of)\b|\bhas a diagnosis of\b"
    r"|\b(?:was|were|has been) (?:found|confirmed|shown) to have\b"
    # a clinic letter's diagnosis line: the condition, then when it was diagnosed ("Childhood absence
    # epilepsy, diagnosed Jan 2026 (EEG ...)", "Asthma (diagnosed aged 4)")
    r"|^[A-Z][\w' -]{2,60}(?:,| \(| -| \u2013)\s*(?:first |formally )?diagnosed (?:in |on |at |aged? |by )?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|dr\b|the\b|aged?\b)"
    r"|\b(?:tests?|scans?|x-rays?|investigations?|studies)\b[^.;]{0,30}\b(?:showed|revealed|confirmed)\b"
    r"(?!\s+(?:no|normal|nothing|clear|that (?:all |everything )?(?:was|is|were|are) (?:normal|clear)))",
    re.I,
)
DIAGNOSIS_NAMED_RE = re.compile(r"\b(?:has|have|with) (?:a |an )?(?:formal )?diagnosis of\b|\bdiagnosed with\b", re.I)
DIAGNOSIS_HISTORY_RE = re.compile(r"\bdiagnos\w+\b[^.]{0,80}\b(?:in|at|by|when|aged?) (?:\d|[A-Z]|the|he|she|about)")
WISH_RE = re.compile(
    r"\b(?:want|would like|hope|prefer|wish|asking for|request|love|dream)\w*\b|['\u2019]d like\b"
    # a placement a family has asked for: "I have asked for Larkspur House School because it is small"
    r"|\b(?:asked|applied) for (?:a place (?:at|in) )?(?-i:[A-Z])"
    # (not "blood tests when needed": when, not what anyone wants)
    r"|\b(?<!when )(?<!as )(?<!if )(?<!where )need\w*\b"
    r"|\blike (?:her|him|them) to\b"
    # "we think that would be the right place for her"
    r"|\b(?:right|best|ideal) (?:place|school|setting|college|provision) for\b"
    # "we think it may be the only place that can teach her the way she learns"
    r"|\bthe only (?:place|school|setting|college|provision) (?:for|that|which|where)\b"
    r"|\bwould (?:really )?suit (?:him|her|them)\b"
    # "Thornbury Primary School is our first choice"
    r"|\b(?:first|second|top|our|my) choice\b"
    # "I think she would do best at Hartsbrook College"
    r"|\bwould (?:do|be|get on|cope|manage) (?:best|better|much better|well) (?:at|in)\b",
    re.I,
)
INSTITUTION_RE = re.compile(
    rf"\b(?:[A-Z][\w'-]+ )+(?:School|Academy|College|{CENTRE}|Unit|Lodge|House|Hall|Campus|Primary|Infants|Juniors|"
    r"High)\b(?! of\b)"
)


@dataclass(frozen=True)
class Read:
    reading: Reading
    score: float
    margin: float  # how far the reading is ahead of the next
    reasons: tuple[str, ...]
    doubt: float | None = None  # how sure the learned reading is that this reading is background, where it is

    @property
    def unsure(self) -> bool:
        return self.reading != "background" and (self.margin < UNSURE_MARGIN or self.doubt is not None)


QUESTION_HEADING_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:(?:what|how|who|when|where|why)\b(?:\s+[\w'’-]+){1,4}"
    # a safety plan's or profile's heading: "3. Things I can do to help myself", "People I can talk to"
    r"|(?:things|people|ways|places) (?:I|we|you|staff|adults|others) can\b(?:\s+[\w'’-]+){0,5})\s*$",
    re.I,
)
CONTRAST_RE = re.compile(r"\b(?:but|however|although|whereas|yet)\b", re.I)
# a result well below the child's age: at or below the 16th centile, a standard score under 85
LOW_SCORE_RE = re.compile(
    r"\b(?:at|on|below) the (?:[1-9]|1[0-6])(?:st|nd|rd|th) (?:centile|percentile)\b"
    r"|\bstandard scores? (?:of )?(?:[4-7]\d|8[0-4])\b"
    r"|\bin the (?:very low|low|below average|borderline|extremely low) range\b",
    re.I,
)
# an age-equivalent score beside the child's own age: "reading age ... 9 years 2 months (his age then was 12 years 0
# months)"
AGE_SCORE_RE = re.compile(
    r"\b(?:reading|spelling|comprehension|language|vocabulary|age[- ]equivalent)(?: age| score)?\b[^.;()]{0,40}?"
    r"\b(?P<years>\d{1,2}) years?(?:,? (?:and )?(?P<months>\d{1,2}) months?)?",
    re.I,
)
OWN_AGE_RE = re.compile(
    r"\b(?:chronological age|(?:his|her|their) (?:actual )?age)(?: then| now| at the time)?\W{0,3}(?:was |is |of )?"
    r"(?P<years>\d{1,2}) years?(?:,? (?:and )?(?P<months>\d{1,2}) months?)?",
    re.I,
)
AGE_GAP_MONTHS = 12


def _behind_own_age(text: str) -> bool:
    """An age-equivalent score at least a year below the child's own age, both given in the sentence."""
    score, own = AGE_SCORE_RE.search(text), OWN_AGE_RE.search(text)
    if not score or not own:
        return False

    def months(m: re.Match[str]) -> int:
        return int(m["years"]) * 12 + int(m["months"] or 0)

    return months(own) - months(score) >= AGE_GAP_MONTHS


GOOD_NEWS = signals.named("good-news")
SIGN_OFF = signals.named("sign-off")
PROCESS_ACTION = signals.named("process-action")
FOR_HOME = signals.named("labelled-for-home")
DONE_ALREADY = signals.named("done-already")
DIAGNOSIS_LABEL = signals.named("diagnosis-label")
LABELLED_TREATMENT = signals.named("labelled-treatment")
DOSE = signals.named("dose")
GIVES_VIEW = signals.named("gives-view")
REPORTED_VIEW = signals.named("reported-view")
GIVEN_AT_HOME = signals.named("given-at-home")
WOULD_LIKE_RE = re.compile(
    r"\b(?:he|she|they|i)['’]d (?:like|love)\b|\bwould (?:like|love)\b|\bwants?\b|\bhopes?\b", re.I
)
CONDITION = signals.named("condition")
SYMPTOMS_REPORTED_RE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z'-]+) (?:reports|reported|complains of|complained of|describes|described)\b"
)
# what the young person has told a worker of their own body: "Cal has told me his back tooth has been hurting"
# ("He says his tooth is hurting", in a key worker's log); what the worker heard or saw of it: "Heard Dion coughing and
# wheezing at night"
TOLD_A_WORKER_RE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z'-]+) (?:(?:has |had )?(?:told|tells) (?:me|us)\b|"
    # (what they say in their own quoted words is their view: 'About the hall he said: "It's shouty. My ears hurt."')
    r"(?:says|said) (?:that )?(?:his|her|their|he|she|they|it)\b(?![^.]*[\"\u201c]))"
    r"|^(?:[Hh]eard|[Ss]aw|[Nn]oticed) (?:him|her|them|[A-Z][a-z'-]+) (?:\w+ )?(?:cough|wheez|vomit|limp|scratch)"
)
SYMPTOM_RE = re.compile(
    r"\b(?:pain\w*|ach(?:e|es|ing|y)|sore\w*|hurts?|hurting|urgency|wetting|soiling|dizz\w*|nause\w*|tired\w*|fatigue\w*|"
    r"headaches?|cramps?|itch\w*|breathless\w*|cough\w*|wheez\w*|stiff\w*)\b",
    re.I,
)
# a clinician seeing the child for a course of sessions (a key adult "meets" her; a clinician "sees" her)
CLINICIAN_SEES_RE = re.compile(
    r"\bwill (?:also )?see (?:him|her|them|[A-Z][a-z'-]+)\b[^.;]{0,60}\b(?:sessions?|appointments?|every|weekly|"
    r"fortnightly|monthly)\b"
)
DIFFICULTY = signals.named("difficulty")
PROVISION_NOUN = signals.named("provision-noun")
TEST_RESULTS = signals.named("test-results")
PAST_NARRATIVE = signals.named("past-narrative")


def _hurt_told_to_a_worker(text: str) -> bool:
    # (not the occasion of help: "a rest ... when Ife says she is tired or sore")
    told = TOLD_A_WORKER_RE.search(text)
    return bool(told and SYMPTOM_RE.search(text) and not _in_occasion(text, told))


def _said_first(first: signals.Signal, then: signals.Signal, text: str) -> bool:
    a, b = first.pattern.search(text), then.pattern.search(text)
    return a is not None and b is not None and a.start() < b.start()


def read(text: str, role: Role | None, advice_type: str) -> Read:
    """The reading of one unit from its words, with its place (`role`) as further evidence."""
    text = CONTRACTED_WILL_RE.sub(r"\1 will", text)  # "he'll play a full game" says what he will do
    if role == "outcomes":
        bare = LIST_MARK_RE.sub("", text)
        # under "Targets", "Follow instructions with three key words" is what the child will do
        if TARGET_VERB_RE.match(bare) and not WILL_RE.search(bare):
            text = as_target(bare)
    said = text
    labelled = unlabelled(text)
    text = signals.LEAD_LABEL_RE.sub("", labelled)
    scores: dict[Reading, float] = {"need": 0.0, "provision": 0.0, "outcome": 0.0, "view": 0.0, "background": 0.0}
    reasons: list[str] = []
    if MEDICATION_LIST_RE.match(labelled):
        scores["background"] += 6.0  # the child's medicines, listed: the condition's treatment, not provision
        reasons.append("medication list")
    if advice_type in HEALTH_TYPES and signals.HEALTH_CONDITION_RE.search(text):
        scores["need"] += 1.5  # a clinician describing a condition
        reasons.append("health condition")
        if CHILD_HAS_RE.match(text) or HEALTH_RISK_RE.search(text):
            scores["need"] += 1.0  # the child has it, gets it, is affected by it: the child's health need
            reasons.append("the child's condition")
        elif HOW_OFTEN_IT_TROUBLES_RE.search(text) and not (DOSE.pattern.search(text) or TAKEN_RE.search(text)):
            # a clinic record's "Night waking due to asthma | 2-3 nights a week": how often or how badly it troubles
            # the child (not a dose: "Salbutamol 2 puffs, 3 days a week")
            scores["need"] += 1.0
            reasons.append("how often the condition troubles the child")
        if REPORTED_VIEW.pattern.search(text):
            # "his mother told me about urinary urgency": the clinician's history
            scores["need"] += REPORTED_VIEW.weight
            reasons.append("symptoms reported to a clinician")
    reported = SYMPTOMS_REPORTED_RE.search(text)
    # (not the occasion of an instruction: "Please tell his parents straight away if Cormac complains of neck pain")
    if (
        advice_type in (*HEALTH_TYPES, *THERAPY_TYPES)
        and reported
        and not _in_occasion(text, reported)
        and SYMPTOM_RE.search(text)
    ):
        scores["need"] += REPORTED_VIEW.weight  # "he reports aching in both hips", "Idris reported an ache in his hand"
        reasons.append("symptoms the child reports")
    elif advice_type not in VIEW_TYPES and _hurt_told_to_a_worker(text):
        scores["need"] += REPORTED_VIEW.weight + 0.5  # a worker's record of what hurts: the young person's health need
        reasons.append("symptoms told to a worker")
    if advice_type in HEALTH_TYPES and DIAGNOSED_RE.search(text):
        scores["need"] += 2.0  # the medical advice's diagnosis is a health need
        reasons.append("diagnosed")
    elif advice_type not in HEALTH_TYPES and DIAGNOSIS_HISTORY_RE.search(text):
        scores["background"] += 4.0  # when and by whom a diagnosis was made: the medical advice gives it
        reasons.append("history of a diagnosis")
    found = _claim_before_its_evidence(text, _difficulty_not_outweighed(text, _acts_only_in_a_belief(text)))
    unquoted = QUOTED_SPAN_RE.sub("", text)  # the words outside anyone's quoted words
    if GIVES_VIEW in found:
        # the child's praise in their own quoted words is their view: "He told me \"school is good, but English is a
        # mountain\""
        found = [s for s in found if s.name not in PRAISE or s.pattern.search(unquoted)]
    if GIVEN_AT_HOME in found and CONDITION in found:
        # the child's condition, with the medicine taken for it at home: "Tilly has hypothyroidism and takes
        # levothyroxine 25 micrograms every morning, given at home" is the health need, though no provision
        found = [s for s in found if s is not GIVEN_AT_HOME]
    if REPORTED_VIEW in found and DIFFICULTY in found and WOULD_LIKE_RE.search(unquoted):
        # what the child would like, with a difficulty only in their quoted words: "He says he'd like someone to talk
        # to who \"isn't a teacher and doesn't write it down\"" (not a difficulty they name: "she bumps into people,
        # and she told me this is \"the worst part of the day\"")
        found = [s for s in found if s is not DIFFICULTY or s.pattern.search(unquoted)]
    if CHILD_WILL_DO_RE.search(text):  # "I will take part in ... my PE lessons": the child's own target
        found = [s for s in found if s.name not in ("agent-will-act", "will-receive")]
    if text != labelled:  # "Joel: that all the adults agree ...": a person's hope after its label, not a listed clause
        found = [s for s in found if s.name != "listed-recommendation"]
    for by_label in (SIGN_OFF, PROCESS_ACTION, FOR_HOME, DONE_ALREADY, DIAGNOSIS_LABEL, GIVES_VIEW, LABELLED_TREATMENT):
        if text != labelled and by_label.pattern.match(labelled) and by_label not in found:
            found.append(by_label)  # its label says what it is ("Sources: ...", "Next meeting: ..."), though stripped
    for s in found:
        scores[s.reading] += s.weight
        reasons.append(s.name)
    if "imperative" in reasons and "difficulty" in reasons and _on_occasion(DIFFICULTY, text):
        # the difficulty is when to act: "Please tell his parents straight away if he holds his head to one side"
        scores["need"] -= DIFFICULTY.weight
        reasons.append("difficulty as the occasion of an instruction")
    for reading, weight in ROLE_WEIGHTS.get(role or "", {}).items():
        scores[reading] += weight
        reasons.append(f"placed under {role}")
    placed_as_provision = ROLE_WEIGHTS.get(role or "", {}).get("provision")
    outcome_frame = {"timed-will", "by-time-will"} & set(reasons) and "recommends" not in reasons
    detail = signals.amounts(text)
    stated = signals.amount_fields(text)
    provision_signals = {s.name for s in found if s.reading == "provision"}
    # how often, how long and who make provision more specific; alone they do not make a need provision,
    # but a note that states two of them ("rest break 10 mins, after lunch daily, with TA") is provision
    # (the family's strain under a provision heading keeps its own reading: "you told me that you turn Ruaridh
    # twice every night" under "What we propose" is the family's need, its "twice every night" no amount of help)
    need_said = any(s.name in STRAIN_SIGNALS and not _on_occasion(s, text) for s in found)
    # (nor is a difficulty under it, whose only "who" is the adult it is told of: "he cannot tell an adult that he
    # needs a wee", "she cannot join a group unless an adult brings her in", under "Summary and recommendations")
    need_said = need_said or (
        "difficulty" in reasons and not provision_signals and stated < 2 and fields.turned_to_only(text)
    )
    # (how often a difficulty happens is no amount of help: "meltdowns 3 to 4 times a week, lasting up to 20 minutes")
    described_difficulty = DIFFICULTY_COUNT_RE.search(text) is not None
    provision_cue = (
        bool(provision_signals) or (placed_as_provision and not need_said) or (stated >= 2 and not described_difficulty)
    )
    worded_as_provision = _provision_not_outcome(text)
    # under an outcomes heading, "Jayden will receive a daily check-in" is the author's outcome,
    # badly worded (flagged as not SMART), not provision: its "daily" does not make it provision
    written_as_outcome = role == "outcomes" and worded_as_provision
    # "Jayden has ADHD and takes methylphenidate 36 mg each morning; ...": a condition described
    # with the medicine the child takes for it is the health need, not provision
    described_condition = {"diagnosis", "condition"} & set(reasons) and provision_signals <= {"treatment", "dose"}
    # "He finds crowded corridors overwhelming; ear defenders help him." under "Plan": the difficulty
    # is what it says; naming a thing that helps, with no one to act and no amount, is not provision
    only_named = (
        provision_signals == {"provision-noun"}
        and "difficulty" in reasons
        and not detail
        and not WILL_RE.search(text)
        and _said_first(DIFFICULTY, PROVISION_NOUN, text)
    )
    # "His verbal reasoning is in the average range, but his working memory is weak": the score is
    # the setting, the difficulty after the "but" is what the sentence is about
    contrast = CONTRAST_RE.search(text)
    if contrast and "test-results" in reasons and DIFFICULTY.pattern.search(text, contrast.end()):
        scores["need"] += 1.0
        reasons.append("difficulty after a contrast")
    elif contrast and "test-results" in reasons and LOW_SCORE_RE.search(text, contrast.end()):
        # "within the average range (standard score 96), but her reading speed is at the 5th centile": the good
        # news is the setting, the low score after the "but" the need
        if "good-news" in reasons and not GOOD_NEWS.pattern.search(text, contrast.end()):
            scores["background"] -= GOOD_NEWS.weight
        scores["need"] += 3.5
        reasons.append("low score after a contrast")
    if "test-results" in reasons and "attainment-gap" in reasons and LOW_SCORE_RE.search(text):
        # "single word reading (standard score 79, 8th percentile) ... well below what we would expect": low scores
        # the writer calls a gap are the need, not the test's background
        scores["need"] += 3.5
        reasons.append("low scores called a gap")
    if _behind_own_age(text):
        scores["need"] += 3.5
        reasons.append("an age score behind the child's age")
    if described_condition or only_named:
        scores["provision"] = min(scores["provision"], scores["need"] - 0.5)
    if provision_cue and detail and not outcome_frame and not written_as_outcome and not described_condition:
        scores["provision"] += detail
        reasons.append("amounts")
    if scores["outcome"] and worded_as_provision and role != "outcomes":
        scores["outcome"] = 0.0
        reasons.append("provision worded as an outcome")
    if role not in VIEW_ROLES:
        if len(text.split()) < 4:
            scores["background"] += 2.0  # a label, a heading-like fragment
        if QUESTION_HEADING_RE.match(text):
            scores["background"] += 6.0  # "What we propose", "How school will help": a heading set as a line
            reasons.append("question heading")
    # (though what a request says the child needs help with is the help asked for: "Reuben needs support with his
    # reading in all subjects" under "What we are asking for")
    asked_for = placed_as_provision and "needs-help" in reasons and "difficulty" not in reasons
    if not provision_signals and "amounts" not in reasons and not asked_for:
        scores["provision"] = min(scores["provision"], MIN_SCORE - 0.5)  # its heading alone does not make provision
    outcome_signals = {s.name for s in found if s.reading == "outcome"}
    # (what the child cannot yet do "without help", under an outcomes heading, is the need the outcome is for)
    if not WILL_RE.search(text) and (
        not outcome_signals or ("difficulty" in reasons and outcome_signals <= {"measured"})
    ):
        scores["outcome"] = min(scores["outcome"], MIN_SCORE - 0.5)  # an outcome says what the child will do
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if best != "background" and (top < MIN_SCORE or scores["background"] >= top):
        best, top, second = "background", scores["background"], top
    rules_read = Read(best, top, top - second, tuple(reasons))
    # (a whole table row, its columns not understood, is left to the rules: one cell may be another child's)
    # (nor a condition a school or family restates in its background, the medical advice's to give: "She has
    # hypothyroidism and a conductive hearing loss" under "Background")
    restated_condition = (
        role == "skip" and advice_type not in HEALTH_TYPES and {s.name for s in found} <= RESTATED_CONDITION_SIGNALS
    )
    rules_may_be_overruled = (
        scores["background"] < STRONG_BACKGROUND and CELL_SEPARATOR not in said and not restated_condition
    )
    if best == "background" and not rules_may_be_overruled:
        return rules_read  # nothing the learned reading could add or doubt: it is not asked
    learnt = learned.guess(said, role, advice_type)
    if learnt is None:
        return rules_read
    if best == "background":
        if learnt.reading != "background" and learnt.probability >= LEARNED_MIN_PROBABILITY:
            return Read(learnt.reading, top, 0.0, (*reasons, f"learned reading ({learnt.probability:.2f})"))  # unsure
    elif learnt.reading == "background" and learnt.probability >= LEARNED_DOUBT_PROBABILITY:
        # the rules' reading stands, but the learned reading is sure there is nothing to draft: unsure
        return replace(rules_read, doubt=learnt.probability)
    return rules_read


DIFFICULTY_COUNT_RE = re.compile(
    r"\b(?:meltdowns?|outbursts?|incidents?|accidents?|seizures?|episodes?|absences?|panic attacks?|tantrums?|"
    r"shutdowns?|wets?|soils?|vomits?|cries|screams?)\b[^.;]{0,30}?\b(?:(?:\d+|once|twice|two|three|four|five|several|"
    r"many)(?: (?:to|or) \d+)? times?\b|(?:once|twice) (?:a|an|per|each) (?:day|week|month|night|fortnight)\b)"
    # how many times something has happened so far: "has walked out of the building twice this year"
    r"|\b(?:once|twice|(?:\d+|two|three|four|five|six|several|many) times) "
    r"(?:(?:so far )?this|last|in the (?:last|past)"
    r"(?: \w+)?) (?:year|term|half[- ]term|week|month|fortnight)\b"
    # the days the child is away: "She is most often absent on Mondays"
    r"|\b(?:absent|off school|away from school|late|ill|sick)\b[^.;]{0,20}?\bon (?:mon|tues|wednes|thurs|fri)days\b"
    # how long the distress lasts: "Nell cries for up to 20 minutes after her dad leaves"
    r"|\b(?:cries|screams|shouts|sobs|hides|withdraws|shuts down)\b[^.;]{0,40}?\bfor (?:up to |about |around |over |"
    r"more than |as long as )?(?:\d+|ten|twenty|thirty|forty) (?:minutes|mins|hours)\b"
    # how long the child can keep going before it hurts or tires: "aches after he has walked for more than about 10
    # minutes", "tires after 20 minutes of writing" (not help given after a time: "a break after every 20 minutes")
    r"|\b(?:aches?|hurts?|pain(?:ful)?|tires?|tired|exhausted|fatigued?|limps?|limping|breathless|sore|flags?|"
    r"struggles?)\b[^.;]{0,30}?\b(?:after|beyond|for (?:more|longer) than)\b(?! every\b)[^.;]{0,30}?"
    r"\b(?:\d+|ten|twenty|thirty|forty|a few) (?:minutes|mins|hours|metres|meters)\b",
    re.I,
)
STRAIN_SIGNALS = frozenset({"family-need", "caring-role", "too-little"})
RESTATED_CONDITION_SIGNALS = frozenset({"condition", "diagnosis"})
OCCASION_RE = re.compile(r"\b(?:when|whenever|if|once|until)\b[^.;,]{0,40}$", re.I)


def _on_occasion(signal: signals.Signal, text: str) -> bool:
    """The signal is said of the occasion help is given on ("... when she feels worried"), not as the point."""
    return _in_occasion(text, signal.pattern.search(text))


def _in_occasion(text: str, m: re.Match[str] | None) -> bool:
    """What `m` found opens inside a "when ..." or "if ..." clause."""
    return m is not None and OCCASION_RE.search(text, 0, m.start() + 1) is not None


PRAISE = frozenset({"good-news", "strength"})
QUOTED_SPAN_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
NEED_SIGNALS = frozenset({"difficulty", "needs-help"})
# a claim told in the past is itself what was seen ("He struggled with the puzzle; ...")
PAST_CLAIM_RE = re.compile(r"\b(?:he|she|they|[A-Z][a-z]+)\s+(?:\w+\s+)?(?:was|were|did|had|[a-z]+ed)\b")


def _claim_before_its_evidence(text: str, found: list[signals.Signal]) -> list[signals.Signal]:
    """An observation's finding, then what was seen ("He needs an adult beside him to start a task: with
    Miss Pugh next to him he was on task in all 7 intervals, and when she moved away he stopped"): the
    claim before the colon or semicolon says what the sentence is; its evidence is told in the past."""
    names = {s.name for s in found}
    if "past-narrative" not in names or not names & NEED_SIGNALS:
        return found
    claim = re.split(r"[:;]", text, maxsplit=1)[0]
    if claim == text or PAST_NARRATIVE.pattern.search(claim) or PAST_CLAIM_RE.search(claim):
        return found
    if not any(s.pattern.search(claim) for s in found if s.name in NEED_SIGNALS):
        return found
    return [s for s in found if s.name != PAST_NARRATIVE.name]


# what someone believes or fears others will do: "Kai does not yet trust that adults will keep him safe"
BELIEF_RE = re.compile(
    # (not "I think that school should ...": a professional's advice)
    r"\b(?:trusts?|worr(?:y|ies|ied)|fears?|is (?:not )?sure|is convinced|is afraid|is frightened) "
    r"(?:that )?[^.;:]*",
    re.I,
)
WILL_ACT = frozenset({"agent-will-act", "role-will-act"})


def _acts_only_in_a_belief(text: str) -> list[signals.Signal]:
    """The signals in `text`, less someone's action that is only what the child or family believes will happen."""
    found = signals.matched(text)
    if not WILL_ACT & {s.name for s in found}:
        return found
    outside = BELIEF_RE.sub("", text)
    return [s for s in found if s.name not in WILL_ACT or s.pattern.search(outside)]


def _difficulty_not_outweighed(text: str, found: list[signals.Signal]) -> list[signals.Signal]:
    """A difficulty is not outweighed by praise in another sentence or clause ("His practical skills
    are excellent. His handwriting is very slow."; "She is popular, but she avoids the playground")
    or by the test score given as its evidence, in brackets or after it."""
    names = {s.name for s in found}
    if {"test-results", "difficulty"} <= names:
        unbracketed = re.sub(r"\([^)]*\)", "", text)
        score = TEST_RESULTS.pattern.search(unbracketed)
        said = DIFFICULTY.pattern.search(unbracketed)
        # "very slow for his age (below the 2nd percentile)": the score in brackets is its evidence; so is a score
        # given after the difficulty it measures ("... is very low, at the 2nd percentile"), not after a "but"
        measured = (
            said is not None
            and score is not None
            and said.start() < score.start()
            and not CONTRAST_RE.search(unbracketed, said.end(), score.start())
        )
        if score is None or measured:
            found = [s for s in found if s.name != "test-results"]
            names.discard("test-results")
    if {"treatment", "difficulty"} <= names and not DIFFICULTY.pattern.search(TREATED_FOR_RE.sub("", text)):
        # "I have prescribed regular paracetamol for her evening pain": what the medicine is for, not a need
        found = [s for s in found if s.name != "difficulty"]
        names.discard("difficulty")
    helped = any(s.reading == "provision" for s in found)
    if (
        "difficulty" in names
        and signals.amount_fields(text) >= 2
        and not DIFFICULTY.pattern.search(PURPOSE_RE.sub("", text))
    ):
        # "A 5-minute maintenance probe ... once a week on Fridays, so that he does not lose them": what the help is
        # for, not a need
        found = [s for s in found if s.name != "difficulty"]
        names.discard("difficulty")
    if helped and "difficulty" in names and not DIFFICULTY.pattern.search(HELP_WITH_RE.sub("", text)):
        # "sees Mr Treadwell every 3 weeks for help with pacing and her anxiety": what the help is for, not a need
        found = [s for s in found if s.name != "difficulty"]
        names.discard("difficulty")
    praised = names & PRAISE
    if not praised or "difficulty" not in names:
        return found
    difficulty = signals.named("difficulty")
    praise = [signals.named(n) for n in praised]
    parts = re.split(r"(?<=[.!?;])\s+|,? but\s+", text)
    if any(difficulty.pattern.search(x) and not any(p.pattern.search(x) for p in praise) for x in parts):
        return [s for s in found if s.name not in PRAISE]
    return found


# the child's "I will": what they will do in their own lessons, class or work, not the writer's action
CHILD_WILL_DO_RE = re.compile(
    r"\bI will\b[^.;]{0,80}\bmy (?:own )?(?:class|classes|lessons?|work|friends?|teachers?|laptop|homework|"
    r"classroom|timetable|tutor group|[A-Z][A-Za-z]* lessons)\b"
)
# what help is for, to the end of its clause: "for help with pacing, her sleep and her anxiety", "to help him manage
# his anxiety"
HELP_WITH_RE = re.compile(
    r"\b(?:for|to get|to give (?:him|her|them)) (?:help|support) (?:with|for)\b[^.;]*"
    r"|\bto help (?:him|her|them|(?-i:[A-Z][a-z'-]+)) (?:with|manage|cope with|reduce)\b[^.;]*",
    re.I,
)
# what help is for, to the end of its clause: "so that he does not lose them", "so she doesn't fall behind"
PURPOSE_RE = re.compile(r",?\s*\bso(?: that)? (?:he|she|they|it|(?-i:[A-Z][a-z'-]+)) [^.;]*", re.I)
# what a treatment is for: "prescribed regular paracetamol for her evening pain"
TREATED_FOR_RE = re.compile(r"\bfor (?:(?:his|her|their|the) )?(?:[\w-]+ ){0,2}(?:pain|aches?)\b", re.I)
MEDICATION_LIST_RE = re.compile(
    r"^(?:current |regular |usual )?(?:medications?|medicines?)(?: list)?\s*[:|-]"
    r"(?![^.]*\b(?:will|should|must|staff|school|trained|nurse)\b)",
    re.I,
)
# the child as the subject of what a condition does: "Jethro has cystic fibrosis, which affects his
# lungs", "He coughs most after exercise" (not what the child has taken or has been given, nor what
# the child had: treatment and history)
CHILD_HAS_RE = re.compile(
    r"^(?:however,?\s+|but\s+|also,?\s+)?(?:[A-Z][a-z'-]+|he|she|they)\s+(?:also\s+|still\s+|often\s+)?"
    r"(?:has|have|gets|coughs|is affected|suffers|struggles|is allergic|is intolerant)\b"
    # (not where the point is the instruction after a colon: "Joel is allergic to latex: any gloves used with him must
    # be latex-free")
    r"(?![^.]*:\s[^.]*\b(?:must|should)\b)"
    r"(?!\s+(?:taken|been|made|started|tried|used|received|attended|seen|no|not)\b)"
    r"(?!\s+(?:had\s+)?(?:occasional|the odd|a few|mild|minor)\b)"  # "has had occasional headaches": nothing to plan
    # the child's condition as the subject: "Lula's asthma is triggered by colds", "Her eczema flares in the heat"
    r"|^(?:[A-Z][a-z'-]+['\u2019]s|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:is (?:triggered|made worse|worse)|"
    r"affects|causes|flares|gets worse|means (?:that )?(?:he|she|they)|is (?:due to|caused by|the result of))\b"
    # the child's body as the subject, as it now is: "Matei's immune system is weaker than other children's", "His
    # new kidney sits low down on the right side of his tummy"
    r"|^(?:because of [^,.;]{3,60},\s*)?(?:[A-Z][a-z'-]+['\u2019]s|his|her|their)\s+"
    r"(?:new\s+|transplanted\s+|left\s+|right\s+)?(?:immune system|kidneys?|heart|lungs?|liver|bones|joints|skin|"
    r"bladder|bowels?|muscles|hips?|spine|shunt)\s+(?:is|are|sits?|works?|can|may|tires?|gets?)\b"
    r"(?!\s+(?:working|doing|now)\s+(?:well|normally|fine)\b)"
    # what hurts the child: "The plexiform neurofibroma on his right lower leg aches after he has walked ..."
    r"|^(?:the|his|her|their|[A-Z][a-z'-]+['\u2019]s)\s+(?:[\w-]+\s+){0,8}?(?:aches|hurts|throbs|"
    r"is (?:painful|sore|swollen|tender))\b",
    re.I,
)
# how often or how badly a condition troubles the child ("2-3 nights a week", "poorly controlled"), and the words of
# a medicine taken, whose frequency is a dose instead
TAKEN_RE = re.compile(r"\b(?:inhalers?|tablets?|puffs?|doses?|medication|medicines?|sachets?)\b", re.I)
HOW_OFTEN_IT_TROUBLES_RE = re.compile(
    r"\b(?:\d+(?:\s*(?:-|\u2013|to|or)\s*\d+)?|one|two|three|four|five|six|several) (?:days|nights) (?:a|per|each) "
    r"(?:week|month)\b|\b(?:most|many) (?:days|nights|mornings)\b"
    r"|\b(?:poorly|not well|badly) controlled\b|\buncontrolled\b",
    re.I,
)
# what the child's condition or its treatment puts at risk: "infections can make him very ill", "Anti-rejection
# medicines raise the risk of skin cancer"
HEALTH_RISK_RE = re.compile(
    r"\b(?:can|could|may) make (?:him|her|them) (?:very |seriously |quickly )?(?:ill|unwell|poorly)\b"
    r"|\b(?:raises?|increases?) (?:the|his|her|their) risk of\b"
    r"|\b(?:is|are) at (?:a )?(?:higher|greater|increased) risk of\b",
    re.I,
)
CONTRACTED_WILL_RE = re.compile(r"\b(he|she|they|we|you|i|it|(?-i:[A-Z][a-z'-]+))['’]ll\b", re.I)
WILL_RE = re.compile(r"\bwill\b|\bto be able to\b|\bshould be able\b", re.I)
LIST_MARK_RE = re.compile(r"^\s*(?:[-*\u2022\u25cf\u25aa\uf0b7]|\d{1,2}[.)]|[a-z][.)])\s+")
# a target written as what the child is to do, without its subject: "Follow instructions with three key words"
TARGET_VERB_RE = re.compile(
    r"^(?:attend|follow|join|read|write|name|hand|use|move|complete|ask|tell|manage|travel|choose|say|make|take|"
    r"stay|sit|work|answer|spell|count|recognise|identify|explain|describe|dress|eat|walk|play|share|wait|leave|go|"
    r"return|speak|talk|listen|learn|know|show|cope|remain|put|find|get|give|help|keep|let|look|plan|practise|"
    r"prepare|recall|remember|retell|sort|stand|start|stop|swim|type|understand|greet|settle|sleep|solve|copy)\b",
    re.I,
)


def as_target(text: str) -> str:
    """A target without its subject as the sentence it stands for: what the child will do."""
    return f"They will {text[:1].lower()}{text[1:]}"


AS_PROVISION_RE = re.compile(
    r"\bwill (?:receive|be given|be provided|be offered|have access to|be supported by|be taught|"
    r"have (?:a|an) (?:daily|weekly|regular|termly|\d+)[\w -]{0,20}"
    r"(?:session|check-in|programme|intervention|group))\b",
    re.I,
)


def _provision_not_outcome(text: str) -> bool:
    return bool(AS_PROVISION_RE.search(text)) and not re.match(r"^(?:by|within|before|at the end of)\b", text, re.I)


# "we want him at Cottam Vale full time", "I want to go to Ashby instead": a wish to be somewhere, named
# however it is written (a family's message may be all lower case), not "want him at home"
WANTS_TO_BE_AT_RE = re.compile(
    r"\b(?:want|would like|wish|hope|prefer)\w* (?:(?:him|her|them|me|my (?:son|daughter|child)) )?"
    r"(?:at|to (?:go to|go back to|return to|attend|be at|move to|start at|go full[- ]time to))\s+"
    r"(?!(?:home|his|her|their|my|our|the (?:same|moment|end)|least|last|first|all|any|some|bed|sleep|play|it|this|"
    r"that|lessons?)\b)"
    # a kind of place, not a name: "to go to art college", "to go to the youth club and the library"
    r"(?!(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:college|university|uni|school|nursery|sixth form|club|library|"
    r"park|gym|shops?|town|cinema|work|church|mosque|beach|pool|swimming|football|cubs|scouts|brownies|guides|"
    r"class(?:es|room)?|lessons?|toilet|appointments?|hospital|doctors?|dentist|therapy|sessions?|groups?|part(?:y|ies)|"
    r"holidays?|seaside|places|events?|trips?|friends?|"
    # a time of day, not a place: "what she wants at snack time"
    r"snack|lunch|breakfast|dinner|tea|break|playtime|bedtime|night|weekends?|christmas)\b)[a-z]",
    re.I,
)


def names_placement(text: str) -> bool:
    """A named school, college or placement, or a wish for a kind of school: never drafted."""
    if PLACEMENT_RE.search(text) or WANTS_TO_BE_AT_RE.search(text):
        return True
    return bool(INSTITUTION_RE.search(text)) and bool(WISH_RE.search(text))


# --------------------------------------------------------------------------- which part of the plan
ITEM_READINGS: tuple[Reading, ...] = ("need", "provision", "outcome")


def mixed(pieces: list[str], role: Role | None, advice_type: str) -> list[tuple[str, Read]] | None:
    """The pieces of one unit (a cell's sentences, a sentence's clauses) each with its own reading, where
    they are plainly different items: at least two are each sure of a different need, provision or outcome.
    None otherwise: a provision with its reason, or a need with its example, stays whole."""
    read_alone = [(piece, read(piece, role, advice_type)) for piece in pieces]
    sure = {found.reading for _, found in read_alone if found.reading in ITEM_READINGS and not found.unsure}
    return read_alone if len(sure) >= 2 else None


def second_opinion(rules_section: str, text: str, reading: Reading, advice_type: str, role: Role | None) -> str:
    """The section for a need or provision: the rules' (`need_section`, `provision_section`), unless
    the learned section model is at least `LEARNED_SECTION_PROBABILITY` sure of another of the
    reading's sections."""
    placing = learned.place(text, role, advice_type, reading, rules_section)
    return taken_section(rules_section, reading, placing, section_settled(text, role, advice_type, reading))


def section_settled(text: str, role: Role | None, advice_type: str, reading: str) -> bool:
    """Where a statement goes is not the learned model's to change: the advice said where ("Health provision"
    over it), or the law does (an exam access arrangement is the school's; eating and drinking safely is health care,
    though a therapist writes the plan)."""
    if advised_in_section(text, role):
        return True
    if reading == "need" and advice_type not in HEALTH_TYPES and DIAGNOSIS_NAMED_RE.search(text):
        return True  # a diagnosis a school or family restates ("She has a diagnosis of Down syndrome") is health's
    return reading == "provision" and (
        bool(signals.EXAM_ARRANGEMENT_RE.search(text))
        or (
            (advice_type in THERAPY_TYPES or advice_type in HEALTH_TYPES)
            and _about_swallowing(text)
            and signals.SWALLOW_CARE_RE.search(text) is not None
        )
    )


def taken_section(
    rules_section: str,
    reading: str,
    placing: learned.Placing | None,
    advised: bool,
    threshold: float = LEARNED_SECTION_PROBABILITY,
) -> str:
    """The learned section where it is this sure of one of the reading's sections, and the advice did
    not say where the statement goes, else the rules' (the same choice drafting makes and
    `train_reading.py` measures at each threshold)."""
    if (
        placing is None
        or advised
        or placing.probability < threshold
        or placing.section not in SECTIONS_OF_READING.get(reading, ())
    ):
        return rules_section
    return placing.section


# what a therapist may describe that is the body's, not the child's learning
BODY_NOT_SCHOOL_RE = re.compile(
    rf"\b(?:(?:falls?|fall|get|gets|getting) (?:to )?(?:a)?sleep|sleeps? (?:badly|poorly|for)|{signals.NIGHT_WAKING}|"
    r"breath-holding|"
    r"(?:started|starts|start) (?:her|their) (?:periods|period(?! of))|"
    r"periods? (?:are|is) (?:heavy|painful)|"
    r"menstrua\w*)\b",
    re.I,
)


# a condition of the body a family's worker names: "Elowen has CHARGE syndrome", "her seizures"
BODY_CONDITION_RE = re.compile(
    r"\b(?:seizures?|epilep\w+|absences? (?:seizures?|episodes?)|[\w-]+ syndrome|cerebral palsy|diabet\w+|"
    r"cystic fibrosis|sickle cell)\b",
    re.I,
)


# a sentence about the child's relative, not the child: "Mum has been diagnosed with diabetes"
RELATIVE_FIRST_RE = re.compile(
    r"^\W*(?:(?:his|her|their|the) )?(?:mum|mother|dad|father|parents?|carers?|grand\w+|nan|nana|brother|sister|"
    r"sibling)s?\b|^\W*(?:mr|mrs|ms|miss)\.? ",
    re.I,
)


def need_section(text: str, advice_type: str) -> str:
    """B, C or D for a need: a difficulty at school described by a doctor is still educational."""
    educational = bool(signals.EDUCATIONAL_DIFFICULTY_RE.search(text))
    family = bool(signals.FAMILY_NEED_RE.search(text))
    if advice_type in SOCIAL_CARE_TYPES:
        if _hurt_told_to_a_worker(text) and not family:
            return "C"  # what hurts, told to the social worker: a health need ("his back tooth has been hurting")
        body = BODY_NOT_SCHOOL_RE.search(text) or BODY_CONDITION_RE.search(text)
        if body and not family and not educational and not RELATIVE_FIRST_RE.match(text):
            return "C"  # the child's body at night or in a seizure, told by a family's worker: a health need
        return "B" if signals.SCHOOL_DIFFICULTY_RE.search(text) and not family else "D"
    if family:
        return "D"
    if advice_type in THERAPY_TYPES:
        # a therapist's account of a condition is of the physical or communication need it makes; an
        # unsafe swallow, sleep and periods are health needs
        return "C" if _about_swallowing(text) or BODY_NOT_SCHOOL_RE.search(text) else "B"
    if advice_type in HEALTH_TYPES:
        health = bool(signals.HEALTH_CONDITION_RE.search(text))
        # how the child moves and sits, unless a clinician names the condition ("Mild left hemiparesis: ...")
        physical = bool(signals.PHYSICAL_FUNCTION_RE.search(text)) and not NAMED_CONDITION_RE.search(text)
        return "B" if (educational or physical or CLASS_BEHAVIOUR_RE.search(text)) and not health else "C"
    medical = signals.MEDICAL_RE.search(text) and not signals.SENSORY_RE.search(text)
    return "C" if medical and not educational else "B"


# how the child behaves and gets on with others in class, though a doctor describes it: "He is out of his seat,
# fiddling or calling out much of the time", "Small frustrations turn into big outbursts"
CLASS_BEHAVIOUR_RE = re.compile(
    r"\bout of (?:his|her|their) seat\b|\bcalling out\b|\b(?:outbursts?|meltdowns?|tantrums?)\b|\bdysregulat\w+"
    r"|\b(?:waiting|wait) (?:for )?(?:his|her|their) turn\b|\btak(?:e|es|ing) turns\b|\bplays? rough\b"
    r"|\bfriendships?\b|\bleft out\b|\bimpulsiv\w+",
    re.I,
)


TREATMENT_RE = re.compile(
    r"\b(?:botulinum|injections?|medication|surgery|operation|prescri\w+|clinic|hospital(?! school)|splints?|orthos\w+|"
    r"casting|x-rays?|blood tests?|"
    # physiotherapy that clears the chest is treatment, not teaching
    r"airway clearance|chest physiotherapy|acapella|nebuli[sz]ers?|chest infections?|"
    # a clinical procedure the child learns to do for themself is health care: "teach Eluned to catheterise herself"
    r"catheteri[sz]\w*|catheters?|stoma|insulin|gastrostomy|tube feeds?|suction\w*)\b",
    re.I,
)
# an occupational therapist's work on the family home is social care, not teaching: "an OT from the council's
# adaptations team should look at the family's bathroom"
HOME_ADAPTATION_RE = re.compile(
    r"\badaptations? team\b|\bhome adaptations?\b|\bdisabled facilities grant\b"
    r"|\b(?:the )?family['’]s (?:bathroom|home|house|stairs|kitchen)\b",
    re.I,
)
SCHOOL_STAFF_RE = re.compile(
    r"\b(?:(?:art|class|form|subject|pe|maths|english) teacher|teaching assistant|senco|sendco|elsa|"
    r"learning mentor|form tutor|head of year|pastoral (?:lead|manager))s?\b",
    re.I,
)
THERAPY_NAMED_RE = re.compile(
    rf"therap|physio|speech and language|{SLT_ABBREVIATION}|{signals.OT_ABBREVIATION}|"
    + signals.HEALTH_SERVICE_RE.pattern,
    re.I,
)
# the health writer's own service acting: "fitted with insoles by our service", "the service will replace them"
WRITER_S_SERVICE_RE = re.compile(
    r"\b(?:by|from|with|in) our (?:service|team|clinic|department)\b|\bthe service will\b", re.I
)
# what staff do in a medical emergency, though they do it at school: health care ("give nasal glucagon, call 999")
EMERGENCY_CARE_RE = re.compile(
    r"\bcall(?:ing)? 999\b|\bambulance\b|\bglucagon\b|\brecovery position\b|\bketones?\b|\bglucose\b|\bcannula\b"
    r"|\bbuccal\b|\bmidazolam\b|\badrenaline\b|\bauto-?injector\b|\binsulin\b",
    re.I,
)
BREAKS_RE = re.compile(r"\b(?:short breaks?|respite|sitting service|overnight stays?)\b", re.I)
# a diet the child's condition needs, whoever serves it: "a gluten-free school lunch every day, prepared separately"
MEDICAL_DIET_RE = re.compile(r"\b(?:gluten|dairy|nut|egg|milk|wheat|allergen|lactose)[- ]free\b|\bspecial diet\b", re.I)
NAMED_CONDITION_RE = re.compile(
    r"\b\w+(?:paresis|plegia|plegic|pathy|itis|osis|trophy|palsy|syndrome|disorder|dysplasia)\b", re.I
)
# asking for a drink, signing for food: communication, not the swallow
COMMUNICATES_RE = re.compile(
    r"\b(?:ask|asks|asking|request\w*|choos\w+|choice|sign(?!s? off)(?!s? of\b)\w*|symbols?|communicat\w+|aac|words?|"
    r"vocabulary|points? to)\b",
    re.I,
)


def _about_swallowing(text: str) -> bool:
    """Eating and drinking safely (the swallow, textures, positioning for meals), not asking for a drink."""
    return bool(signals.SWALLOW_RE.search(text)) and not COMMUNICATES_RE.search(text)


HEALTH_SUBJECT_WORDS = 6  # a health service named this early is who acts, not who trained the play worker
LABELLED_SECTION_RE = re.compile(r"\bhealth provision\b|\bsection [gh]\b|\bsocial care provision\b", re.I)


def advised_in_section(text: str, role: Role | None) -> bool:
    """The advice itself says which section this is ("Health provision" over it, "Section G" in it)."""
    return role in ("health_provision", "social_care_provision") or bool(LABELLED_SECTION_RE.search(text))


def provision_section(
    text: str, advice_type: str, role: Role | None = None, for_school: bool = False
) -> tuple[str, str | None]:
    """F, G or H for provision. Provision that educates or trains the child belongs in F
    (Children and Families Act 2014 s21(5)); where the advice itself put such provision in G or H
    (its heading or its words say so), that section is returned too, for the caseworker's flag.
    `for_school`: the advice lists it under a heading for the school ("For school"), so the school gives it
    unless it is health care by its own words (a medicine's dose, a health service)."""
    educates = (
        bool(signals.EDUCATES_RE.search(text))
        and not TREATMENT_RE.search(text)
        and not HOME_ADAPTATION_RE.search(text)
        and not BREAKS_RE.search(text)  # respite with carers trained in his physiotherapy is still a short break
    )
    labelled = advised_in_section(text, role)
    educational = bool(signals.EDUCATIONAL_DIFFICULTY_RE.search(text))
    social = bool(signals.SOCIAL_CARE_RE.search(text))
    home: str | None = None
    if role == "health_provision" or (advice_type in HEALTH_TYPES and not educates):
        home = "G"
    elif role == "social_care_provision" or (advice_type in SOCIAL_CARE_TYPES and not educates):
        home = "H"
    if signals.EXAM_ARRANGEMENT_RE.search(text):
        return "F", None  # an exam access arrangement is the school's or college's, whoever advises it
    if (advice_type in THERAPY_TYPES or advice_type in HEALTH_TYPES) and _about_swallowing(text):
        # eating and drinking safely is health care, though a therapist writes the plan or a doctor refers to one
        return "G", None
    if educates:
        health_section = "G" if role == "health_provision" or advice_type in HEALTH_TYPES else "H"
        # health or social care advice recommending therapy that educates: F, with the section it was advised in
        advised_elsewhere = labelled or advice_type in HEALTH_TYPES or advice_type in SOCIAL_CARE_TYPES
        moved = role in ("health_provision", "social_care_provision") or advice_type not in THERAPY_TYPES
        # a school's own group run by its staff, told in a clinic letter ("In school, Raff joins a fine motor group
        # run by a teaching assistant"), is the school's provision, not therapy the letter advises as health care
        schools_own = (
            role not in ("health_provision", "social_care_provision")
            and SCHOOL_STAFF_RE.search(text)
            and not THERAPY_NAMED_RE.search(text)
        )
        return "F", (health_section if advised_elsewhere and moved and not schools_own else None)
    if home and not labelled and signals.TEACHES_RE.search(text) and not TREATMENT_RE.search(text):
        return "F", None  # "her tutor should teach her to use them", from a neuropsychologist
    # for the school, a clinic that is only the occasion of its help is no health service giving it ("Before each clinic
    # day, Mrs Dunmore reads a story with him about what will happen at the clinic")
    said = CLINIC_OCCASION_RE.sub(" ", text) if for_school else text
    if home == "G":
        # hearing aids checked and a radio aid tried in school are the school's sensory support, though
        # a clinic letter's plan advises them
        sensory = bool(signals.SENSORY_RE.search(text))
        health = bool(
            signals.HEALTH_SERVICE_RE.search(said)
            or (signals.HEALTH_CONDITION_RE.search(text) and not sensory)
            or EMERGENCY_CARE_RE.search(text)
            or MEDICAL_DIET_RE.search(text)
            or DOSE.pattern.search(text)  # a medicine and its dose, whoever gives it
            or CLINICIAN_SEES_RE.search(text)  # a clinician's sessions: "Femi will see Ellie for 8 sessions"
            or WRITER_S_SERVICE_RE.search(text)  # "fitted with insoles by our service", though listed "For school"
        )
        at_school = educational or for_school or signals.SCHOOL_DELIVERY_RE.search(text)
        return ("F", None) if at_school and not health and (role != "health_provision" or sensory) else ("G", None)
    if home == "H":  # a social care meeting's actions for school staff are special educational provision
        school = (
            for_school or signals.SCHOOL_DIFFICULTY_RE.search(text) or SCHOOL_STAFF_RE.search(text)
        ) and not social
        if school and role != "social_care_provision":
            return "F", None
        # a nurse's or clinic's part in a social care plan is health care ("The school nurse will see him for
        # a continence assessment")
        acts = signals.HEALTH_SERVICE_RE.search(" ".join(text.split()[:HEALTH_SUBJECT_WORDS])) is not None
        return ("G", None) if acts and not social and role != "social_care_provision" else ("H", None)
    if social and advice_type not in EDUCATION_TYPES:
        return "H", None
    # delivered by a health service, not by the school (a therapist's own: "fitted with insoles by our service")
    own_service = advice_type in THERAPY_TYPES and WRITER_S_SERVICE_RE.search(text)
    if (signals.HEALTH_SERVICE_RE.search(said) or own_service) and not educational:
        return "G", None
    return "F", None


CLINIC_OCCASION_RE = re.compile(
    r"\b(?:before|after|on|around|for|at|about) (?:each |every |any |a |the |his |her |their )?"
    r"(?:clinic|hospital|doctor['’]?s?|gp|dentist|dental)(?: (?:days?|visits?|appointments?|checks?))?\b"
    # where a strategy was seen to work: "(this worked well in clinic)"
    r"|\b(?:worked|works|helped|helps|was used|were used|was tried)(?: \w+)? in (?:the )?clinic\b",
    re.I,
)
