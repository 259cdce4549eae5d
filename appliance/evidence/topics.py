"""What a need or a provision item is about, as a set of topics: the golden thread holds where a
provision item and a need share one.

Topics are small families of words a report uses for the same difficulty and the help for it
("working memory", "remember", "recall"); they are broader than single words and narrower than
the four areas of need, so that a fine motor group is not taken to meet a hearing loss.
"""

from __future__ import annotations

import itertools
import re

from appliance.evidence.grounding import STOP, stem

# dry as continence is ("dry by day", "stays dry"), not food ("beige and dry")
DRY = (
    r"\bdry (?:at|by|during|through|overnight|in the day)\b|\b(?:stay|stays|staying|be|being|is|are|was|get|gets|"
    r"getting|become|becoming|fully|day-?time|night-?time) dry\b"
)
TOPICS: dict[str, str] = {
    "attention": r"attention|attend to|concentrat|focus|distract|on task|off task|sustain|fidget|restless|"
    r"hyperactiv|adhd|impulsiv|sit still|movement breaks?|seated|leaves? (his|her|their) seat",
    "memory": r"memory|remember|recall|forget|retain|hold .{0,20}in mind|loses track",
    "language": r"language|speech|speak|spoken|talk|vocabular|\bwords?\b|sentence|communicat|instructions?|"
    r"\blisten|conversation|expressive|receptive|narrative|\baac\b|device|eye-gaze|signing|makaton|"
    r"\bpecs\b|verbal|stammer|articulat|intelligib|dysarthria|sounds|questions|understand",
    "literacy": r"\bread|phonic|spell|\bwrit|literacy|comprehension|decod|\btexts?\b|books?\b|letters|dyslexi|"
    r"recording|inference|\bstory|\bstories|cop(y|ying) from|\bboard\b|\bscribe",
    "maths": r"\bmath|number|numeracy|calculat|arithmetic|counting|"
    r"\bcounts? (?:to|up to|back from|on from|in) (?:\d|ten|twenty|five|three)\b|"
    r"\b(?:change|coins) (?:from|for|when)\b|\bwork out change\b",
    "learning": r"learning|curriculum|lessons?\b|tasks?\b|worksheets?|work\b|progress|attainment|pre-teach|"
    r"processing|cognitive|reasoning",
    "social": r"friend|peers?\b|social|\bplay(?:s|ing)?\b|other (?:children|pupils)\b|playtime|playground|"
    r"lunchtime|unstructured|break ?times?|"
    r"turn-tak|interaction|isolated|lonel|relationship|join in|games?\b|left out|circle of friends|"
    r"lego",
    "emotional": r"anxi|worr|panic|emotion|feeling|self-esteem|confiden|calm|regulat(?!ions\b)|distress|upset|\bcry|"
    r"cries|meltdown|\banger|angry|temper|outburst|mood|wellbeing|well-being|check-in|\belsa\b|mentor|"
    r"safe space|quiet (space|room|area)|zones of regulation|5-point scale|frustrat|stress",
    "behaviour": r"behaviour|reward|sanction|aggress|fights?\b|hurt|exclu|suspension|consequence|incident|"
    r"rules|choices|dysregulat|regulat(?!ions\b)|throw|kick|outburst",
    "routine": r"transition|routine|change(?!\s+(?:the|his|her|their|its?|a|an|them)\b)|timetable|now[- ]and[- ]next|"
    r"social stor|predictab|new school|new situations?|unfamiliar|unexpected|"
    r"secondary|supply teacher",
    "sensory": r"sensory|noise|noisy|ear defenders|busy|\bhall\b|crowd|overload|\blights|smell|texture|"
    r"movement|oral input|\bchew|heavy work|push-ups|trampette|wobble cushion|deep pressure|proprioceptive|vestibular",
    "hearing": r"hearing|deaf|radio aid|\bears?\b|\blisten|acoustic|audiolog|lip-?read|\bbsl\b",
    "vision": r"vision|visual impair|\bsight|braille|large print|magnif|low vision|eyes? (get )?tired|"
    r"field loss|visual field|\bscanning\b",
    "fine_motor": r"fine motor|handwriting|pencil|\bpens?\b|grip|scissors|dexterity|fingers|\bhands?\b|bimanual|"
    r"one-handed|hemiplegi|"
    r"manipulat|cutting|buttons|typing|touch-type|keyboard|switch",
    "mobility": r"gross motor|mobility|hypotonia|muscle tone|walk|\bstanding|\bstand\b|balance|coordination|"
    r"physio|stretch|muscle|contracture|posture|seating|wheelchair|hoist|transfer|"
    r"moving and handling|"
    r"\bpe\b|\bhips?\b|knees?\b|\blegs?\b|sling",
    "self_care": rf"toilet|continen|wetting|{DRY}|soiling|\bdressing|self-care|hygiene|personal care",
    "eating": r"\beating\b|\beats?\b|\beaten\b|\bfoods?\b|\bgag(?:s|ging)?\b|\bfeed(?!back)|gastrostomy|swallow|bolus|"
    r"nutrition|weight|diet|packed lunch",  # (not "at lunch", which says when)
    "epilepsy": r"seizure|epilep|midazolam|rescue medication|\btonic\b|clonic|convuls|absence seizure|vagus nerve",
    "asthma": r"asthma|inhaler|wheez|salbutamol",
    "diabetes": r"diabet|insulin|blood (sugar|glucose)|glucose",
    "heart": r"(?<!\bby )\bheart\b(?! set\b)|cardi(?:ac|olog|omyopath)\w*|echocardiogra\w*|arrhythmi\w*|\bmurmur",
    "respiratory": r"respirat\w*|\blungs?\b|ventilat\w*|oximetry|vital capacity|chest infections?|breathing",
    "allergy": r"allerg|epipen|anaphyla|adrenaline",
    "blood": r"sickle cell|\bhbss\b|haemoglobin|anaemi|haemophili|thalassaemi|hydroxycarbamide|transfusion",
    # a medical procedure and the fear of it: "screams when he sees a cannula", "preparation for every procedure"
    "procedures": r"cannula|blood tests?|finger-?prick|needles?\b|injections?\b|medical play|"
    r"(?:medical|planned|clinical|hospital|dental|surgical) procedures?\b|"
    r"anaesthe|x-rays?\b|\bmri\b",
    "adhd": r"\badhd\b|methylphenidate|stimulant|atomoxetine|guanfacine",
    "medication": r"medicat|prescri|\bdoses?\b|tablets?|\bmg\b",
    "continence": rf"toilet|continen|wetting|soiling|{DRY}|catheter|constipat|enuresis|encopresis",
    "mental_health": r"camhs|mental health|self-harm|low mood|depress|panic|therap(y|ist) for anxiety",
    "autism": r"autis|\basd\b|\basc\b",
    "pain": r"\bpain|migraine|headache|abdominal|stomach ?ache|tummy",
    # "at night" on its own is when a medicine is taken, not sleep
    "sleep": r"sleep|bedtime|melatonin|(?<!\bat )\bnights?\b|night-?time|asleep|awake|\bwake|snor(?:e|es|ing)\b|apnoea",
    "menstrual": r"menstrua|(?:heavy|painful|irregular) periods|\bperiods?\b[^.;]{0,40}\b(?:heavy|painful|irregular)|"
    r"period pains?\b|\b(?:started|starts|start) (?:her|their) (?:periods\b|period\b(?! of))",
    "saliva": r"drool|saliva|dribbl\w*+(?! (?:the |a )?ball)|glycopyrr|hyoscine|\bbibs?\b",
    "teeth": r"dental|dentist|\bteeth\b|\btooth|oral hygiene",
    "tics": r"\btics?\b|tourette|\bblinking\b|throat-clearing",
    "fatigue": r"tired|tiring|fatigue|tires|exhaust|energy|rest break|listening break",
    "independence": r"independen|life skills|travel|money|cooking|employment|college|careers|adulthood",
    "respite": r"short breaks?|respite|overnight|breaks? from caring|planned breaks|sitting service|"
    r"carers? (break|assessment)",
    "family_support": r"family support|parenting|strategies at home|at home|siblings|home visits?",
    "loss": r"bereave|grief|griev|\bdeath|\bdied\b|life[- ]story|family history",
    "community": r"activities outside|outside (school|the home)|youth club|clubs?\b|swimming|leisure|in public|"
    r"sense of danger|supervision|run(s)? off|"
    r"community|outings|going out|goes out|young people of (his|her|their) own age|weekends?|"
    r"holiday",
}
_COMPILED = {name: re.compile(pattern, re.I) for name, pattern in TOPICS.items()}


def topics(text: str) -> set[str]:
    """The topics `text` touches."""
    return {name for name, pattern in _COMPILED.items() if pattern.search(text)}


def main_topics(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """What a need is mainly about: the topics of its first clause that has any ("a weakness in
    working memory: she loses track of instructions" is about memory, not instructions)."""
    for clause in re.split(r"[:;.]\s", text):
        found = topics(clause) - ignore
        if found:
            return found
    return set()


PHRASE_WORD_RE = re.compile(r"\b[a-z][a-z'-]{3,}\b")  # lower case only: names and a sentence's first word left out


def phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of neighbouring content words ("school meetings"): a need and the provision for it in the
    same advice often share one where no topic covers them ("harder to get to school meetings" and
    "will arrange transport to school meetings")."""
    pairs: set[tuple[str, str]] = set()
    for clause in re.split(r"[,;:.()\u2013\u2014]", text.replace("\u2019", "'")):
        found = [stem(w) for w in PHRASE_WORD_RE.findall(clause) if w not in STOP]
        pairs.update(itertools.pairwise(found))
    return pairs
