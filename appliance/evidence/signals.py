"""What a sentence's own language says about it: named signals, each a pattern with the weight it
adds to one reading. A recommendation frame or an obligation on a named deliverer with an amount
points to provision; a description of difficulty to a need; "by <time>, <child> will <do>" to an
outcome; a report of what the child or family said to a view; history, test results, method and
letter talk to background, which is not drafted.

Signals are evidence, not gates: `classify` adds them up with what the sentence's place says (its
heading, form label, table column, the document's type) and the strongest reading wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from appliance.evidence import fields, funding
from appliance.ingest.people import SLT_ABBREVIATION

Reading = Literal["need", "provision", "outcome", "view", "background"]
# occupational therapy abbreviated, in capitals only (speech and language therapy's: `SLT_ABBREVIATION`)
OT_ABBREVIATION = r"(?-i:\bOT\b)"


@dataclass(frozen=True)
class Signal:
    name: str
    reading: Reading
    weight: float
    pattern: re.Pattern[str]


def _signal(name: str, reading: Reading, weight: float, pattern: str, flags: int = re.I) -> Signal:
    return Signal(name, reading, weight, re.compile(pattern, flags))


# the child's body at night and at meals, whoever tells of it: "still wets the bed most nights", "eats about 15 foods",
# "is constipated all the time", "snores loudly most nights"
BODY_AT_NIGHT_AND_MEALS = (
    r"(?:wets?|wetting) (?:the |his |her |their )?bed\b|bed[- ]?wetting\b|wet (?:most|every|some) nights?\b|"
    r"wets? through\b|eats? (?:only |just )?(?:about |around )?(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty) (?:different |safe )?foods\b|snores? (?:loudly|most|every)\b|"
    r"(?:is|are|gets?) (?:often |always |very |still )?constipated\b"
)
# the child waking in the night: "wakes three or four times a night", "woke up twice", "wakes most nights"
NIGHT_WAKING = (
    r"(?:wakes?|waking|woken?)(?: up)? (?:in the night|at night|(?:most|every) nights?|"
    r"(?:\w+ )?(?:\d|two|three|four|five|six|several|many)(?: or (?:\d|two|three|four|five|six))? times)"
)
# what caring costs a family: strain, no break, broken nights, no one else who can care
CARER_STRAIN = (
    r"\b(?:mother|father|mum|dad|parents?|carers?|family|siblings?)(?: is| are| has| have| needs?| feels?)\b"
    r"[^.]{0,60}\b(?:strain|stress(?:ed)?|exhaust\w*|isolated|struggl\w+|unable|no support|breaks?|respite)\b"
    r"|\b(?:lone|single) (?:carer|parent)\b|\bbreaks? from caring\b|\bovercrowd\w+"
    r"|\b(?:is|are) caring for [\w'-]+ (?:on (?:her|his|their) own|alone)\b|\bbroken (?:sleep|nights)\b"
    r"|\bno time (?:to|for) (?:yourselves|themselves|ourselves|herself|himself|each other)\b"
    r"|\b(?:an? )?(?:unbroken|full|whole) night'?s sleep\b"
    r"|\b(?:gets?|getting|got) up to (?:him|her|them) (?:two|three|four|several|\d) (?:or \w+ )?times"
    r"|\bno one (?:else )?(?:in the (?:wider )?family )?(?:feels |is |else is )?able to (?:look after|care for|help)\b"
    # a parent's night work, and a child who cares for the family: "since she started night shifts, Lottie helps to
    # get her younger brother ready"
    r"|\b(?:works?|working|started|starts) (?:nights|night shifts|nightshifts)\b"
    # what caring costs a parent: "He has cut his work to two shifts a week ... he is using his savings"
    r"|\b(?:cut|reduced|cut down|given up) (?:his|her|their|my) (?:work|job|hours|shifts)\b"
    r"|\b(?:using|living on|spent) (?:his|her|their|my|our) savings\b|\brunning on empty\b"
    # what the family can no longer do, and help they ask for: "she can no longer take Arlo out on her own", "she has
    # asked me about short breaks"
    r"|\b(?:can|could) no longer (?:take|manage|cope|lift|carry|leave|look after|go out)\b"
    r"|\b(?:has|have|had) asked (?:me |us |the \w+ )?(?:about|for) (?:short breaks|respite|a break|help|support)\b"
    r"|\b(?:helps? (?:to )?)?(?:get|gets|looks? after|cares? for|dress|feed) (?:her|his|their) "
    r"(?:younger |little |baby )?"
    r"(?:brothers?|sisters?|siblings|mum|mother|dad|father)\b"
    # a young carer's jobs: "makes the tea three nights a week", "gets up in the night if her mum falls"
    r"|\b(?:makes|cooks) (?:the )?(?:tea|dinner|meals?)\b[^.;]{0,20}\b(?:nights?|days?|times) a week\b"
    r"|\bgets? up in the night (?:if|when|to help|to check on) (?:her|his|their) (?:mum|mother|dad|father)\b"
    # how much a young carer cares: "Tegan provides an estimated 20 to 25 hours of care a week"
    r"|\b(?:provides|gives|does|is doing) (?:an estimated |about |around |roughly |up to |over )?"
    r"\d+(?:\s*(?:to|-|–)\s*\d+)? hours of (?:care|caring)\b"
    # a home that does not fit the child: "a damp one-bedroom flat", "a second-floor flat with no lift", "shares a bed
    # with his mother and his sister" (not a bedroom shared with a brother, as many children do)
    r"|\b(?:damp|mouldy|cramped|unsuitable|temporary|overcrowded)\b[^.;]{0,25}\b(?:flat|house|home|accommodation|"
    r"bedsit|hostel)\b|\b(?:flat|house|home|floor)\b[^.;]{0,25}\bwith no lift\b|\bblack mould\b"
    r"|\bshares? a (?:bed|single bed) with\b"
    # no break at all: "they do not get short breaks of any kind", "have never had any respite"
    r"|\b(?:do(?:es)? not|don't|doesn't|never) (?:get|have|had|receive)d? (?:any )?(?:short breaks|respite)\b"
)

# advice or a report, of one service's kind: "social care advice", "a separate health report"
ADVICE_OF_KIND = r"(?:social care |health |educational |medical |psychological |therapy |written )?(?:advice|report)\b"

ACTS = (
    r"(?:provide|ensure|give|use|offer|arrange|put|check|plan|teach|deliver|support|meet|make|prepare|review|"
    r"monitor|model|visit|train|run|lead|set|write|help|work|see|liaise|share|adapt|differentiate|pre-teach|"
    r"assess|refer|update|supervise|scribe|read|seat|allow|build|introduce|prompt|remind|encourage|teach|"
    r"continue|fund|accompany|collect|escort|show|explain|break|chunk|display|implement|follow|agree|"
    r"keep|take|prescribe|repeat|go through|sit|do|carry out|hold)"
)
# a named adult by title and surname, with their role in brackets: "Mr Hanley", "Mrs Okafor (pastoral lead)" (a
# doctor's "will see her in clinic" is health narrative, so "Dr" is not here)
TITLED = r"(?-i:(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z](?:[\w-]|'(?!s\b))+)(?: \([^)]{0,40}\))?"  # not "Mr Fairhurst's"
AGENTS = (
    rf"(?:{TITLED}|school|staff|all staff|adults?|all adults|teachers?|tutors?|"
    r"the (?:class |subject |form |specialist |advisory |outreach )?teacher|"
    r"(?:his|her|their) (?:class |form |subject )?teachers?|the senco|the sendco|"
    r"(?:the |a |his |her |their )?teaching assistants?|the ta|(?:the|his|her|their) (?:learning )?mentor|"
    r"(?:the|a|an) (?:speech and language |occupational |physio|)therapists?|the physiotherapist|"
    r"the (?:educational )?psychologist|(?:the|a|his|her|their) key (?:adult|worker|person)|the college|"
    r"the family support worker|the social worker|(?:the )?(?:school )?nurse|the service|the team|"
    r"the (?:clinic|department|camhs team|paediatrician|consultant)|the (?:la|local authority|council)|we|i|parents?|"
    r"(?:his|her|their) "
    r"(?:mother|father|parents|carers?))"
)
# what a child is seated on or with: "a wedge cushion", "a chair with a footrest" (read here and by QA's seating rule)
SEATING_EQUIPMENT = (
    r"cushion|footrest|foot ?block|writing slope|sloped (?:board|desk)|specialist chair|standing frame|chair with arms"
)
IMPERATIVES = (
    r"increase|decrease|start|stop|titrate|refer|review|arrange|"
    r"use|give|provide|allow|offer|ensure|seat|check|teach|encourage|prepare|pre-teach|model|repeat|break|"
    r"keep|avoid|let|build|reduce|limit|support|explain|praise|minimise|display|introduce|continue|plan|"
    r"make sure|chunk|present|label|warn|tell|talk|speak|simplify|pair|position|monitor|teach|"
    r"change|record|charge|replace|show|move|say|ask|remind|prompt|acknowledge|redirect|greet|face|"
    r"warm|call|phone|ring|stay|lie|write|carry on"
)

# a sentence that opens with one gives an instruction ("Give a two-minute warning"), not "Support for ..."
IMPERATIVE = (
    rf"(?:(?:quietly|calmly|gently|always|never|briefly|first|then|also|do not|don'?t)\s+)?"  # "Quietly show her"
    # an acronym in a sentence of lower case ("CHARGE syndrome") is a name, not an instruction
    rf"(?-i:(?![A-Z]{{2,}}\b[^a-z]*[a-z]))"
    rf"(?:(?:speak|talk|listen|explain) to\b|(?:{IMPERATIVES})\b(?!\s+(?:to|of|and|me|us)\b))"
)

# an instruction, also after the condition it applies in: "If she is no better, give 2 puffs every 2 minutes"
INSTRUCTION = (
    rf"^(?:please\s+)?{IMPERATIVE}|^(?:if|when|whenever|after|before|once) [^,;.]{{3,80}},\s*(?:please\s+)?{IMPERATIVE}"
    # after the state it is for: "Mild pain (score 1 to 4): warm her up, give her a drink"
    rf"|^(?-i:[A-Z])[^:.;]{{2,60}}:\s*(?:please\s+)?{IMPERATIVE}"
)

SIGNALS: tuple[Signal, ...] = (
    # --- provision: what will be done for the child
    _signal(
        "recommends",
        "provision",
        3.0,
        r"\b(?:I|we)\s+(?:would\s+)?(?:strongly\s+)?(?:also\s+)?(?:recommend|suggest|advise|propose)\b"
        r"|\bit is (?:strongly |also )?(?:recommended|suggested|advised|essential|important|vital) (?:that|for)\b"
        r"|\b(?:my|our|the|further) recommendations? (?:is|are|would be)\b|\brecommended (?:that|for)\b"
        # a labelled suggestion: "Try: a visual timetable on his desk, with changes in red" (not a score, "Try: 2")
        r"|^(?:please |things to |next,? )?try\s*:\s*(?=\S+(?:\s+\S+){2})"
        # "A repeat assessment is recommended in two years"
        r"|^(?!(?:further reading|the following|these|this|it)\b)(?:an? |the )?[\w' -]{3,60}\b(?:is|are) "
        r"(?:strongly |also )?recommended\b(?! (?:below|above|here|as follows|that|for (?:parents|families)))",
    ),
    # one of a run-on recommendation's "that" clauses, cut from "I would suggest that ...; that he should have ...;
    # that he needs ...": the frame is the sentence's, so each clause is recommended (a sentence does not start
    # with a small "that" otherwise)
    _signal("listed-recommendation", "provision", 3.0, r"^that (?!is\b|was\b|this\b|it\b|way\b)[a-z]", flags=0),
    _signal(
        "funding-to-continue",
        "provision",
        4.0,  # a funding level asked for or to continue is provision (QA asks what it buys: MONEY_ONLY_PROVISION)
        r"\b(?:funded|funding|top-up|banding|band \d|element 3|£\s?\d[\d,]*)\b[^.]{0,80}\b(?:should|will|must) "
        r"(?:continue|remain|be (?:maintained|increased|continued))\b"
        # "We will be asking for Element 3 top-up", "We would ask that her plan gives the school Band 4 top-up"
        r"|\b(?:requests?|(?:have|has) requested|asks? for|is requesting|are requesting|"
        r"asking (?:the [\w ]{2,20}? |you )?for|ask that)\b"
        r"[^.]{0,40}(?:£\s?\d|\bband \d|top-up|funding)"
        r"|\b(?:top-up|funding|element 3)\b[^.|]{0,30}\b(?:requested|applied for|sought)\b"
        # "The Virtual School has agreed £1,200 of Pupil Premium Plus for the summer term"
        r"|\b(?:has|have) (?:agreed|allocated|awarded|approved) £\s?\d"
        rf"|{funding.APPLYING}[^.|]{{0,60}}(?:£\s?\d|\bband [a-z0-9]\b|top-up|funding)"
        # "the school would need top-up funding at Band E"
        r"|\b(?:would|will) (?:also )?need (?:top-up|additional|extra|element 3|high needs)? ?(?:funding|top-up)\b"
        # "we would need the LA to agree top-up funding at Band 4"
        r"|\b(?:would|will) (?:also )?need the (?:la|local authority|council) to (?:agree|fund|approve|provide)\b"
        r"[^.]{0,40}(?:top-up|funding|\bband\b|£\s?\d)",
    ),
    _signal(
        "should-receive",
        "provision",
        2.5,
        # "Maisie can have time out in the Learning Hub": what she is allowed is provision (not "can have tantrums")
        r"\b(?:can|may) have (?:time[- ]out|(?:a |movement |rest |sensory |short )?breaks?\b|a rest\b|access to|"
        r"extra time|an? (?:exit|time[- ]out|break) (?:card|pass))|"
        # a pass the child holds: "Rhys has an exit card which he can show to any teacher" (not "he lost his exit card")
        r"\b(?:has|holds|carries) an? (?:exit|time[- ]out|break|toilet|lift|corridor|movement|early[- ]leave) "
        r"(?:card|pass)\b|"
        # "In school Kojo must: have a drink available all the time" (not "should have been", "must have felt")
        # "Tilly should be able to use speech-to-text on the class Chromebook"
        r"\b(?:should|must) (?:also |still )?be able to (?:use|have|access|leave|take|go to|ask for|sit|work)\b|"
        r"\b(?:should|must:?) (?:continue to |also |still )?(?:have(?! (?:been|had|[a-z]+ed)\b)|receive|visit|"
        r"be (?:given|offered|provided|taught|supported|"
        r"seated|allowed|encouraged|prompted|helped|included|able to access|withdrawn|met|checked)|use|attend|"
        r"access|work (?:with|on)|get|take part|join|meet|see|sit|start|be reviewed)\b"
        # a timetable: "Tope should be in college on no more than three days a week", "should be on a reduced timetable"
        r"|\b(?:should|must) (?:only |also |still )?be (?:in (?:college|school|class|lessons)\b"
        r"(?= [^.;]{0,30}\b(?:days?|hours?|mornings?|afternoons?|sessions?) (?:a|each|per|every) (?:week|day)\b)"
        r"|on a (?:reduced|part-time|phased|personalised|shortened) timetable\b)"
        # a hedged recommendation of one: "after an admission she may need a reduced timetable for a week or two"
        r"|\b(?:may|might) (?:also |still )?need an? (?:reduced|part-time|phased|shortened) timetable\b"
        # what the child is allowed to do: "Mason is allowed to leave any lesson to go to the toilet" (not "is not", nor
        # what home allows: "At home she is allowed to use her tablet")
        r"|^(?![^.;]*\bat home\b)[^.;]*?\b(?:is|are) (?:always |also )?allowed to (?:leave|go|use|have|take|eat|drink|"
        r"wear|sit|keep|carry|stand|move|work|bring|access|listen|stay|rest)\b"
        # leaving before the crowds: "Niamh will leave each lesson three minutes early" (not "he left early today")
        # (the child's own target, "I will leave 5 minutes early and arrive on time", is an outcome)
        r"|(?<!\bI )(?<!\bI will )\b(?:will |to |can |may )?leaves? (?:each |every |all |the |her |his |their )?"
        r"(?:lessons?|class(?:es)?) "
        r"(?:\d+|two|three|four|five|ten) minutes early\b",
    ),
    _signal(
        "should-be-done",
        "provision",
        2.0,  # "Her timetable should then be built back up to full time": what is to be done, in the passive
        # (not what is done with the advice: "followed", "asked to update", "shared", "sent")
        r"\b(?:should|must) (?:then |now |also |still |gradually )?be (?!(?:noted|aware|considered|remembered|seen|"
        r"said|possible|able|careful|mindful|proud|pleased|concerned|worried|followed|asked|updated|re-?used|shared|sent|"
        r"copied|contacted|informed|consulted|told|read|discussed|agreed|referred)\b)[a-z]{2,}(?:ed|en|ilt)\b"
        r"(?! (?:in|under|into) (?:section|part)\b)"  # where the plan should say it is talk about the plan
        # what must be kept from the child: "any gloves used with him must be latex-free"
        r"|\b(?:should|must) (?:always )?be (?:[a-z]+-free|free (?:of|from))\b"
        # the day cut back or changed when it must be: "On flare days her timetable can be reduced" (not by what: "can
        # be reduced by colds")
        r"|\b(?:timetable|day|hours|workload|homework) can (?:then )?be "
        r"(?:reduced|shortened|adjusted|adapted|changed)\b(?! by (?!the )\w)",
    ),
    _signal(
        "would-benefit",
        "provision",
        2.5,
        r"\b(?:would|will|may|could|should) (?:also )?benefit from\b"
        # "a bench he can sit on to rest and a buddy to play near him would help" (not "it would help to know")
        # ("the supports that will help" names them; what they are follows)
        r"|^(?!(?:it|this|that|what|nothing|anything)\b)[^.;]{8,}(?<!that )(?<!which )(?<!who )\bwould "
        r"(?:really |also |both )?help"
        r"(?! (?:to|us|me) (?:know|understand|hear|see|find)\b)(?:\s*(?:him|her|them|[A-Z][a-z]+))?(?:[,.;]| to\b|$)"
        # what school or staff should do, said as a condition: "it would help Teddy if school let him go to the toilet"
        r"|\bit would (?:really |also )?help (?:him|her|them|[A-Z][a-z]+) (?:if|when) (?:the |his |her |their )?"
        r"(?:school|staff|teachers?|adults?|college|nursery|class teacher)\b",
    ),
    _signal(
        "needs-provision",
        "provision",
        2.0,
        # "he needs a high level of adult supervision at all times"
        r"\bneeds? (?:a (?:high|very high|great) level of |constant |close |continuous |full-time )(?:adult )?"
        r"supervision\b|"
        # "he needs a chair with arms and his feet flat on a foot block"
        r"\bneeds? (?:a|an) (?:[\w-]+ ){0,2}(?:chair|cushion|block|desk|table|slope|stool|keyboard|grip|timer|rail|"
        r"frame|standing frame|walker|wheelchair|hoist|sling|pass|card|laptop|place|space|room)\b|"
        # tools for her hands, named in the plural: "She needs chunky crayons and brushes, cutlery with thick handles"
        r"\bneeds? (?:[\w-]+ ){0,2}(?:crayons|pencils|pens|brushes|scissors|cutlery|pencil grips|ear defenders|"
        r"headphones)\b|"
        r"\b(?:needs?|requires?|will need|would need|must have|is to have)\s+(?:to (?:have|receive|be (?:taught|"
        r"given|supported|offered|seated|allowed))|daily |weekly |access to |ongoing |specialist |small[- ]group |"
        r"1:1 |one[- ]to[- ]one |\d|(?:two|three|five|ten|fifteen|twenty|thirty) (?:extra )?minutes\b)",
    ),
    _signal(
        "will-receive",
        "provision",
        2.0,
        # "will have risen to" is what the child will have done, not what he will have
        r"\bwill (?:continue to |also |still )?(?:have(?!\s+(?:risen|grown|fallen|improved|increased|reached|"
        r"achieved|progressed|learnt|learned|developed|become)\s+(?:to|by|from|at|in|a|an|the|his|her|their|\d))"
        # what the child will have done by then: "will have submitted his application" (not "will have extended time")
        r"(?!\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght|lt|ne)\s+(?:his|her|their|the|a|an|to|it|all|each|every|one|two|three|"
        r"\d)\b)"
        r"(?!\s+a (?:go|try)\b)"  # "he settles and will have a go": he will try, not be given anything
        r"|receive|be (?:given|offered|provided with|supported|taught|"
        r"seated|allowed|helped|prompted|met|included|withdrawn|collected|accompanied|reviewed|seen|checked|"
        r"monitored)|attend|work with|take part in|join|be able to access)\b"
        # what the child will get, not what she will get on with ("if told, she will get the book out")
        r"|\bwill (?:continue to |also |still )?get\b(?=\s+(?:\d|an?\s|(?:extra|additional|more|support|help|one|"
        r"daily|weekly|(?:his|her|their) own)\b))"
        r"|\bwill be (?:increased|reduced|provided|arranged|put in place|adapted|extended|phased|delivered|"
        r"built (?:back )?up|"
        r"implemented|available|made|set up|used|planned|organised|organized|booked)\b"
        # a conference for the family, not a meeting on a date: "A Family Group Conference will be held so that ..."
        rf"|\bwill be held\b(?![^.;]{{0,30}}\b(?:on|at|in) (?:\d|the \d|{fields.SCHOOL_DAY}|january|"
        r"february|march|april|may|june|july|august|september|october|november|december))",
    ),
    _signal(
        "agent-will-act",
        "provision",
        2.5,
        # (not what someone can perceive: "even when I can see she knows")
        rf"\b{AGENTS}(?:\s+(?:\([^)]{{0,60}}\)\s+)?(?:will|should|must|are going to|would|"
        rf"can(?!\s+(?:see|tell|hear|notice)\s+(?:that|how|what|when|whether|if|she|he|they|it)\b))|['’]ll)\s+"
        rf"(?:continue to |also |now |then |regularly |each |always )?{ACTS}\b",
    ),
    _signal(
        "asked-to-act",
        "provision",
        2.5,
        # a clinic letter's request to school ("please could the academy timetable his hardest lessons in the
        # morning"); an action plan's "Stourfield to provide a meet-and-greet at 8.35am"
        rf"\bplease (?:could|can|would|will) (?!you (?:send|let|call|ring|contact)\b)[^.;]{{0,60}}?\b"
        rf"(?:{ACTS}|timetable)\b"
        # "I would be grateful if school could let him arrive late" (not "if you could send me a copy")
        rf"|\bgrateful if (?:the )?(?:school|college|nursery|staff|teachers|academy|setting) (?:could|would|can) "
        rf"(?:{ACTS}|let|timetable|allow)\b"
        r"|^(?:[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|and|of|the)){0,5}) to (?:provide|deliver|offer|run|arrange|fund|"
        r"teach|continue (?:to provide|to offer|to run))\b"
        # the writer's request to another service: "I have asked the Children with Disabilities Team to consider
        # overnight short breaks"
        r"|\b(?:I|we) have (?:also |now )?asked (?:the )?[\w' -]{2,50}?\b(?:team|service|panel)s? to (?:consider|"
        r"provide|arrange|offer|fund|look at)\b",
    ),
    # exam access arrangements already agreed: "a reader and 25% extra time were agreed on 06/11/2025"
    # an action plan's line for the staff who do it: "Lunchtime staff to get his attention with a tap on the shoulder"
    _signal(
        "staff-to",
        "provision",
        2.5,
        # (not the need it answers: "Needs an adult to help with his coat")
        r"^(?:(?:the|all|class|lunchtime|midday|playground|support|key|his|her|their|teaching|subject|form)\s+){0,2}"
        r"(?:staff|adults?|teachers?|assistants?|tas?|lsas?|midday supervisors?)\s+to\s+"
        r"(?!be\b|have been\b)[a-z]+\b",
    ),
    # help someone has taken on, paid for or applied for: "Mr Hollis has agreed to take Tilly to all her health
    # appointments", "Children's Services pays Tilly's Brownies subs", "A bed has been applied for through the Family
    # Fund"
    _signal(
        "taken-on",
        "provision",
        2.5,
        r"\b(?:has|have) (?:also )?agreed to (?:(?:take|drive|collect|bring|accompany|escort) (?:him|her|them|"
        r"(?-i:[A-Z])[\w'-]+) (?:to|from|home|in)|pay|fund|visit|meet|cover)\b"
        r"|\b(?:pays?|funds?|covers?) (?:for )?(?:the cost of )?(?:(?-i:[A-Z])[\w'-]+['’]s|his|her|their) (?:[\w-]+ )?"
        r"(?:subs|subscriptions?|fees|place|travel|transport|membership|uniform|kit|costs?|lessons?|sessions?)\b"
        r"|\b(?:has|have) been applied for (?:through|from|to|with)\b",
    ),
    _signal(
        "arrangements-agreed",
        "provision",
        2.5,
        r"\b(?:extra time|reader|scribe|access arrangements?|rest breaks?|separate room|word processor|prompter)\b"
        r"[^.;]{0,60}\b(?:were|was|have been|has been) (?:agreed|approved|granted|put in place)\b",
    ),
    _signal(
        "staff-must",
        "provision",
        2.5,  # "Two members of staff trained in moving and handling ... must carry out every transfer"
        rf"\b(?:staff|adults|assistants?|teachers)\b[^.;]{{0,80}}\bmust (?:always |also )?{ACTS}\b",
    ),
    _signal(
        "role-will-act",
        "provision",
        2.0,
        r"\b(?:the |his |her |their |a |an )?(?:[\w-]+ ){0,2}(?:tutor|teacher|assistant|mentor|officer|therapist|"
        r"psychologist|nurse|worker|senco|sendco|coordinator|co-ordinator|lead|adviser|advisor|practitioner|visitor|"
        r"key person|adult|staff|team|service|school|college|setting|manager|[a-z]+(?:ist|ian)|"
        r"slt|salt|ot|hlta|lsa|pdsn|qtod|qtvi|elsa)s?,? "
        # (a suggestion: "Teachers could remind her to use her box breathing"; not "her teacher could see she was
        # upset")
        r"(?:will|should|must|is going to|are going to|would|could(?! (?:see|tell|hear|notice|feel|not)\b)) "
        r"(?:also |continue to |regularly )?"
        r"(?!be\b|have\b|need\b|not\b)[a-z]+\b",
    ),
    _signal(
        "should-not",
        "provision",
        2.0,
        # (a notes cell's "Will not ask the driver for help" says what the young person does not do)
        # ("he will not ask for help", "he will not ask a question in class" are what he does not do)
        r"(?<=\w\s)(?:should|must|will) (?:not|never) (?:be )?(?:ask(?! for\b)(?! (?:a |any )?questions?\b)|asked|"
        r"expect|expected|make|made|require|"
        r"required|put|give|given|call|called|single|singled|remove|removed|keep|kept)\b|\bshould avoid\b"
        # what the child is to keep out of: "He should not do contact rugby or trampolining"
        r"|\b(?:he|she|they|[A-Z][a-z'-]+) (?:should|must) (?:not|never) "
        r"(?:do|play|take part in|join in|go on|lift|carry|climb)\b",
    ),
    _signal("imperative", "provision", 2.0, INSTRUCTION),
    # waiting for a health service to see the child is a health need still unmet ("on the CAMHS waiting list since June
    # 2025"), not the history of what was done
    _signal(
        "waiting-to-be-seen",
        "need",
        3.0,
        r"\bwaiting list (?:for|at) (?:an? |the )?(?:[\w-]+ ){0,3}(?:assessments?|camhs|clinic|doctors?|therap\w+|"
        r"paediatrician|diagnosis)\b"
        r"|\b(?:camhs|adhd|autism|asd|neurodevelopmental|paediatric|therapy) (?:assessment )?waiting list\b",
    ),
    # how the child's food and drink are made safe, and how the child is fed, in the present: a care plan's routine
    # ("All of her drinks are thickened to Level 2", "Elsie is fed sitting fully upright"), not what was done once
    _signal(
        "care-routine",
        "provision",
        1.5,
        r"\b(?:drinks?|food|meals?|snacks?|fluids?|feeds?)\b(?:[^.;]{0,60}?)\b(?:is|are) (?:always |all )?"
        r"(?:thickened|fortified|pureed|pur\u00e9ed|mashed|blended|cut up|softened|moistened)\b"
        r"|\b(?:is|are) (?:always )?(?:fed|hoisted|positioned|repositioned|seated)\b(?: and [\w ]{0,20}?)?"
        r" (?:sitting|upright|in (?:a|an|her|his|their|the)|on (?:a|an|her|his|their|the)|with (?:her|his|their))\b",
    ),
    # care given, in the passive, by the adult who gives it: "Solomon is fed by a trained adult sitting in front of him"
    _signal(
        "done-by-adult",
        "provision",
        2.5,
        r"\b(?:is|are) (?:always |only )?(?:fed|given|helped|supervised|accompanied|hoisted|changed|positioned|"
        r"repositioned|transferred|taken|walked|collected|met|followed up|recorded and followed up)\b[^.;]{0,40}?"
        r"\bby (?:a |an |the |two |his |her |their )?"
        r"(?:(?:trained|named|familiar|designated|qualified|known)\s+)*"
        r"(?:adults?|members? of staff|staff|teaching assistants?|tas?|nurses?|carers?|therapists?|"
        r"key (?:adult|person)|head of year|form tutor|class teacher|senco|sendco|mentor)\b"
        # by a named adult: "Ludo is taken to the toilet by Miss Pugh or Mrs Sorensen every 90 minutes"
        rf"|\b(?:is|are) (?:always |only )?(?:fed|given|helped|supervised|accompanied|hoisted|changed|positioned|"
        rf"taken|walked|collected|met)\b[^.;]{{0,40}}?\bby {TITLED}",
    ),
    # a clinic letter's labelled diagnosis: "Diagnosis: Abdominal migraine." (not "Diagnosis: none yet")
    _signal(
        "diagnosis-label",
        "need",
        2.5,
        r"^(?:\d{1,2}[.)]\s*)?(?:working |main |current )?diagnos(?:is|es)\s*:\s*"
        r"(?!(?:none|no\b|not\b|n/?a\b|awaiting|pending|unknown|to be confirmed|tbc)\b)\w",
    ),
    # the child's own arrangement, told as what the child does: "Ferdie gets changed for PE 10 minutes before the
    # rest of the class", "Tilly wears a lunchtime picture strip on a lanyard", "Jude eats his own food in the Base"
    _signal(
        "own-arrangement",
        "provision",
        2.0,
        r"^(?:[A-Z][a-z'-]+|he|she) (?:wears|uses|keeps|eats|gets changed|carries)\b[^.;]{0,80}"
        r"(?:\b(?:\d+|five|ten|fifteen) minutes (?:before|after|earlier than) the (?:rest|others)\b|"
        r"\b(?:his|her|their) own (?:[\w-]+,? ){0,3}(?:uniform|kit|food|lunch|equipment|chair|table|desk|space|copy)\b|"
        r"\bon a lanyard\b)",
    ),
    # a texture the eating and drinking plan prescribes: "Level 4 Pureed", "Level 2 Mildly thick"
    _signal(
        "texture",
        "provision",
        2.5,
        r"\blevel [0-7] (?:pur[eé]ed|minced(?: and moist)?|soft(?: and bite-sized)?|liquidised|thin|slightly thick|"
        r"mildly thick|moderately thick|extremely thick|transitional|regular|easy to chew)\b",
    ),
    # a care plan's routine, said as what the trained adult does: "On trips, a trained adult stays with Caius
    # all day and carries his hypo kit", "At lunchtime a trained adult helps Caius count the carbohydrate"
    _signal(
        "adult-does",
        "provision",
        2.5,
        r"^(?:(?:on|at|during|before|after|in|for|when) [^,;]{1,40}?,?\s+)?(?:a|an|the|two|one|each)\s+"
        r"(?:(?:trained|named|familiar|designated|known|qualified|second|first-aid(?:er)?|trusted|key)\s+)*"
        r"(?:adult|member of staff|staff member|teaching assistant|ta|lsa|nurse|carer|first aider|key worker)s?\s+"
        r"(?:\((?:mrs?|ms|miss|mx|dr)\.? [\w' -]{2,30}\)\s+)?"  # "A trusted adult (Mrs Mahoney) checks in"
        r"(?:always\s+)?(?:helps?|stays?|carries|checks?|gives?|supports?|supervises?|accompanies|sits?|walks?|"
        r"records?|feeds?|changes?|prompts?|meets?|holds?|counts?|watches)\b",
    ),
    # a form's ticked recommendation, in the passive: "☒ All videos used in lessons to be subtitled"
    _signal(
        "to-be-done",
        "provision",
        2.0,
        # (or a clinic plan's line with no verb before it: "Lunch bolus to be given after eating"; not "She used to be
        # given ...", "The results are yet to be given")
        r"^(?:[\u2612\u2611\u2713\u2714]\s*[A-Z][^.;]{3,80}?|[A-Z](?:(?!\b(?:is|are|was|were|has|have|had|will|would|"
        r"should|needs?|wants?|used|meant|supposed|likes?|hopes?|expects?|yet)\b)[^.;]){3,80}?)"
        r"\b(?<!used )(?<!meant )(?<!supposed )(?<!has )(?<!have )"
        r"to be (?:subtitled|provided|given|administered|offered|made|written|read|recorded|checked|delivered|kept|"
        r"taught|seated|placed|allowed|accompanied|enlarged|printed|shared|sent|displayed|copied|modified|adapted)\b",
        flags=0,
    ),
    # a clinic plan's shorthand for who is to act: "PDSN to liaise with school about the healthcare plan"
    # (not the family's part: "Mum to ring the clinic")
    _signal(
        "plan-action",
        "provision",
        2.0,
        r"^(?:[Tt]he )?(?:[A-Z]{2,6}|(?i:school|nurse|teacher|senco|gp|dietitian|physio(?:therapist)?|"
        r"therapist|psychologist|consultant|paediatrician|staff|social worker|(?:\w+ )?(?:team|service)))"
        r"(?:/[A-Z]{2,6})? "
        r"to (?:liaise|arrange|provide|train|visit|offer|review|write|share|update|teach|support|see|meet|contact|"
        r"deliver|set up|run)\b",
        flags=0,
    ),
    _signal(
        "amount-left-to-others",
        "provision",
        2.5,
        # help whose amount someone else decides is still help, badly written: "How much 1:1 time she has each day is
        # best left to the nursery to decide" (QA flags it as delegated)
        r"\b(?:how much|the amount of|the level of|the number of (?:hours|sessions) of)\b[^.;]{0,60}"
        r"(?:\b1:1\b|\b(?:one-to-one|support|help|teaching|therapy|tuition|intervention)\b)[^.;]{0,60}"
        r"\b(?:left (?:up )?to|decided by|determined by|at the discretion of)\b",
    ),
    _signal(
        "current-provision",
        "provision",
        1.5,
        r"\b(?:has|have|gets|receives|attends|is given|is taught|meets|works with|is supported by|goes to|sees|"
        # (following the teacher or an instruction is what the child understands, not help given)
        r"takes part in|is withdrawn for|uses|follows(?! (?:the |an? |simple |short |spoken |verbal |\w+-step )?"
        r"(?:teacher|adult|lesson|class|conversation|story|instructions?|directions?|what)\b)"
        r"|is on(?= (?:a|an|the|his|her|their)\b)|spends|works in)\b"
        # (assessed for a programme is not yet on it)
        r"(?! (?:had |got |been )?(?:never|not|no)\b)(?! been (?:assessed|considered|screened|put forward) for\b)"
        # an auxiliary: "this pattern has persisted despite well-delivered intervention" is the need, not the help
        r"(?! (?:persisted|continued|remained|stayed|lasted|got worse|worsened|stalled|slowed|dropped|fallen|fell|"
        r"increased|decreased|declined|deteriorated|plateaued|improved)\b)"
        # asking about help is not having it: "she has asked me about short breaks"; what staff have seen is not help
        # ("staff have also seen her leave lessons suddenly")
        # (nor what they have noted or reported: "two teachers have noted that she sat out a group task")
        # nor what a parent has given up: "He has cut his work to two shifts a week since the reduced timetable began"
        r"(?! (?:cut|reduced|lost|given up|stopped|dropped|left|moved|changed|missed|gone|come)\b)"
        r"(?! (?:asked|requested|applied|enquired)\b)(?! (?:also |often |sometimes |both )?(?:seen|noticed|observed|"
        r"heard|noted|reported|commented|mentioned|recorded|described)\b)"
        # meeting a demand or a change is what the child comes up against: "her anxiety rises when she meets a demand"
        r"(?!(?<=\bmeets) (?:a |an |the |any )?(?:\w+ )?(?:demands?|requests?|instructions?|changes?|problems?|"
        r"difficult\w*|challenges?|setbacks?|strangers?|unfamiliar)\b)"
        # a state the child gets into: "he gets lost between rooms, does not know what to do when a session ends"
        r"(?! (?:very |really |so |too )?(?:lost|upset|angry|cross|stuck|tired|confused|distressed|overwhelmed|"
        r"frustrated|anxious|worried|scared|bored|distracted|muddled|left behind|told off|into trouble)\b)"
        # a mistake is not help: "when he gets something wrong in front of the group he goes red"
        r"(?! (?:something|it|things|one|anything|an? (?:answer|question|word|sum))\s+wrong\b)"
        r"[^.]{0,80}"
        r"\b(?:group|session|programme|intervention|check-in|"
        r"tuition|therapy|mentor|counsellor|support|lessons?|club|keyworker|key adult|breaks?|timetable|"
        # a clinician the child sees: "Freya sees Mr Treadwell, clinical psychologist in our team, every 3 weeks"
        r"psychologist|therapist|clinician|nurse specialist|"
        r"(?:adult|extra|staff|1:1|one-to-one|ta) help|"
        r"(?:quiet|safe|calm|low-arousal) (?:space|place|room|area|base))\b",
    ),
    _signal(
        "treatment",
        "provision",
        2.5,
        # (not the skill of taking it himself: "Reuben will take his own medication ... without reminders")
        r"\btakes?(?! (?:his|her|their) own\b) [^.]{0,40}\b(?:mg|medication|medicines?|tablets?|inhaler|drops|"
        r"sachets?|capsules?|puffs?)\b|"
        # "He has a blue reliever inhaler ... and is given 2 to 4 puffs when he is wheezy" (not "has never needed")
        r"\bhas an? (?:[\w-]+ ){0,3}(?:inhaler|auto-?injector|epipen|nebuli[sz]er)\b|"
        r"\bis given \d+(?: (?:to|or|-) \d+)? (?:puffs?|mg|ml|tablets?|doses?|sachets?)\b|"
        r"\bis (?:taking|on) [^.]{0,30}"
        r"\b(?:mg|medication|tablets?)\b|\b(?:has been|is) prescribed|\bhas been offered|\bwas offered"
        # (not a condition: "If Kofi is offered an EHC plan, ...")
        r"|^(?!(?:if|when|unless|once|should)\b)[^.;]*\bis offered (?:an? |the )"
        r"|\bis being "
        r"offered|\b(?:has been|have|has|we have|i have) referred|will be referred|is under the care of|"
        # the clinician's own prescription or referral: "I have prescribed regular paracetamol ... and referred her"
        r"\b(?:i|we) (?:have|'ve) (?:now |also |today )?prescribed\b|\band (?:have )?referred (?:him|her|them)\b|"
        r"\b(?:i|we) (?:also )?referred (?:him|her|them) to\b|"
        # a plan's action: "Referral to the Community Dental Service (special care dentistry)."
        r"^(?:\d{1,2}[.)]\s*)?(?:an? )?(?:urgent |routine )?referral (?:made (?:on [^.;]{0,30} )?)?(?:to|for) "
        r"(?![^.;]*\b(?:declined|refused|closed|not accepted|rejected|turned down)\b)|"
        r"\b(?:i|we) have (?:now |also |today )?(?:sent|made|done) (?:the|a) referral\b|"
        # equipment asked for through a referral: "A referral was made on 12 February to the equipment officer for a
        # smoke alarm with a vibrating pad, to be fitted by the end of March"
        r"\breferral (?:was|has been) made\b[^.;]{0,240}\bto be (?:fitted|installed|supplied|provided|delivered)\b|"
        r"(?:will )?remains? under|\bshould wear\b|\bwears? (?:his|her|their) [\w -]{0,20}(?:orthos\w+|splints?|"
        r"hearing aids?|glasses)\b|\bshould contact\b"
        r"|\bis (?:seen|reviewed|monitored) (?:in|at|by|every)\b"
        # where the medicines are kept: "her inhaler and two auto-injectors are kept in her red bag"
        r"|\b(?:inhalers?|auto-?injectors?|pens?|medicines?|medication|spacer|insulin|capsules|kit)\b[^.;]{0,80}\b"
        r"(?:is|are) (?:always )?(?:kept|stored|carried)\b|\battends (?:the )?[\w ]{0,30}clinic\b"
        r"|\bcontinues? to (?:need|have|attend|receive) (?:a |an |her |his |their )?[\w ]{0,20}(?:review|appointment|"
        r"check|clinic|surveillance|monitoring|treatment|medication)"
        # a clinician's instruction: "glasses to be worn full time", "cream to be applied twice a day"
        r"|(?<!used )(?<!meant )(?<!supposed )\bto be (?:worn|applied|carried|taken|used) (?:full[- ]time|at all times|"
        r"all day|every|each|daily|once|twice|at night|during|in school|at school|when)\b",
    ),
    _signal(
        "dose",
        "provision",
        2.5,
        r"\b\d+(?:\.\d+)? ?(?:mg|micrograms?|mcg|ml)\b",
    ),
    _signal(
        "will-see",
        "provision",
        2.5,
        r"\bwill (?:see|review|assess|visit|monitor|check|meet|follow up)\b[^.]{0,80}\b(?:clinic|every|each|once|twice|"
        r"weekly|monthly|months?|termly|annually|yearly)\b"
        # a clinician's routine, in the present: "Dr Quill-Ferreira (consultant psychiatrist) reviews Kez every 6 weeks"
        r"|\b(?:dr|nurse|therapist|consultant|paediatrician|psychiatrist|psychologist|physiotherapist|dietitian|clinic|"
        r"team)\b[^.;]{0,50}?\b(?:sees|reviews|monitors|visits|weighs) (?:him|her|them|(?-i:[A-Z][\w'-]+)) "
        r"(?:[\w-]+ ){0,3}?(?:every|each|once|twice|weekly|fortnightly|monthly|termly)\b",
    ),
    # the child on the receiving end of a named adult's routine: "Nilo is warned by Mrs Kaur before every planned fire
    # drill" (not "was warned by Mrs Kaur last week", nor "is frightened by loud noises")
    _signal(
        "done-by-staff",
        "provision",
        2.5,
        r"\b(?:is|are) (?:always )?(?:warned|met|collected|greeted|prompted|reminded|shown|taken|walked|helped|"
        rf"supported|checked|prepared|fed|changed|escorted|accompanied) by {TITLED}[^.;]*?"
        r"\b(?:every|each|before|after|daily|whenever|when)\b",
    ),
    _signal(
        "staff-does",
        "provision",
        2.5,
        # "Every lunchtime from 12.35 to 12.55, Mr Hanley runs a structured game"
        # (or with no comma after the occasion: "When Lorcan is in the red zone his key adult stays close")
        # ("At lunchtime a midday supervisor shadows Dom")
        r"^(?:(?:on|at|during|before|after|in|for|when|until|every|each|the same|later|afterwards|then|next) "
        r"[^,;]{0,90}?(?:,\s+|\s+(?=(?:his|her|their|a|an|the) ))"
        r")?"
        r"(?:(?:her|his|their|the|a|an|[A-Z][\w-]*'s)?\s*(?:[\w-]+\s){0,2}(?:key person|teacher|assistant|ta|mentor|"
        rf"senco|sendco|adult|staff|practitioner|worker|therapist|nurse|tutor|coach|supervisor)s?"
        # ("Staff at the home sit with TR for 30 minutes of reading at 6pm": a children's home's staff)
        r"(?: (?:at|in) (?:the )?(?:nursery|school|college|class|setting|base|hub|home|children's home|unit|house))?"
        # "All adults who work with Kojo use ...": the adults named by what they do for the child
        r"(?: who (?:work|works|teach|teaches|support|supports) with [^,;.]{1,30}?| who (?:teach|teaches|support|"
        r"supports) (?:him|her|them|[A-Z][\w-]+))?"
        # "Mrs Patel or Miss Renshaw prompts him"
        rf"|{TITLED}(?: (?:or|and) {TITLED})?)\s+[\"\u201c]?(?:use|give|take|"
        r"help|model|offer|"
        r"prompt|check|sit|work|read|write|scribe|support|meet|run|lead|provide|set|show|change|repeat|break|"
        r"pre-teach|plan|prepare|greet|collect|walk|text|email|phone|ring|tell|warn|explain|send|follow|halve|reduce|"
        r"shorten|adapt|simplify|chunk|move|keep(?!s?\s+(?:on\s+)?\w+ing\b)|teach|remind|praise|encourage|label|seat|"
        # what an adult does to calm or notice the child: "stays close, matches his breathing", "\"wonders aloud\""
        r"stay|match|wonder|notice|narrate|name|acknowledge|validate|shadow|supervise|escort|"
        r"go(?:es)? through(?! (?:a |an )?(?:hard|difficult|tough|rough|bad|lot|stage|phase|period)\b))(?:e?s)?\b"
        # "his teacher tells me that ...": a report, not what she does; "Mrs Whitcombe works as a pharmacy
        # assistant": her job
        # "Mr Carrow works rotating shifts as a train driver": his hours, not help
        r"(?!\s+(?:me|us|that|as|at|part[- ]time|full[- ]time|shifts?|rotating|nights|long hours|away|abroad|offshore|"
        r"from home)\b)"
        # "Adult prompts to Ludo were counted", "Adult prompts | 14": a tally of what adults did, not help
        r"(?!\s*\|)(?![^.;|]{0,30}\b(?:were|was) (?:counted|recorded|noted|tallied|logged)\b)",
    ),
    _signal(
        "taught-by-someone",
        "provision",
        1.0,
        # a package's line: "online science lessons with Brightpath Online School", "two careers guidance
        # interviews with a qualified careers adviser" (not "in lessons with supply teachers he ...", nor an
        # assessment's "two individual sessions with Noah")
        r"^(?:\d{1,2}[.)]\s*)?(?:[A-Z][\w ]{2,30}:\s*)?(?!(?:in|during|at|on|after|before|her|his|their)\b)"
        r"(?:[\w-]+\s+){0,4}(?:lessons|tuition|sessions|interviews|"
        r"coaching|mentoring)\s+(?:with|from)\s+(?:a|an|the|his|her|their|(?:Mr|Mrs|Ms|Miss|Dr)\b|[A-Z][\w'-]+ [A-Z])",
    ),
    # how the child is seated, with the equipment for it: "In class Kit sits on a chair with a footrest and a wedge
    # cushion", "Dom sits at the end of a table near the door, on a wobble cushion" (not where he sat once)
    _signal(
        "seated-with-equipment",
        "provision",
        2.5,
        rf"\bsits (?:on|at|in|near|beside|by|next to)\b[^.;]{{0,70}}\b"
        rf"(?:{SEATING_EQUIPMENT}|move ?[\'’]?n[\'’]? ?sit)\b",
    ),
    # what the child wears to manage noise or to hold a joint, and when: "Rhys wears his own ear defenders in the dining
    # hall" (not "he refuses to wear them", nor "he wore them on the trip")
    _signal(
        "wears-equipment",
        "provision",
        2.5,
        r"\bwears (?:his|her|their) (?:own )?(?:ear defenders|ear ?plugs|ear-?muffs|"
        r"(?:noise[- ]cancelling )?headphones|(?:night |resting |hand |wrist |ankle )?splints?|helmet|"
        r"weighted (?:vest|jacket)|compression (?:vest|garment|tights)|pressure garment)\b"
        r"[^.;]{0,10}?\b(?:in|at|for|during|when|whenever|every|on)\b",
    ),
    # teaching arranged in short parts: "Lessons are planned in blocks of 10 minutes at the table"
    _signal(
        "chunked-teaching",
        "provision",
        2.5,
        r"\b(?:lessons|work|tasks|learning|teaching|instructions) (?:are|is) (?:planned|broken|split|chunked|kept|"
        r"delivered|taught|given) (?:in|into|to) (?:short |small |manageable )?(?:blocks|chunks|bursts|steps|sections|"
        r"parts)\b",
    ),
    _signal(
        "provision-noun",
        "provision",
        0.8,
        r"\b(?:programme|intervention|sessions?|small[- ]group|1:1|one[- ]to[- ]one|therapy|mentoring|check-in|"
        r"tuition|(?:visual|object|photo(?:graph)?|picture|symbol) (?:and (?:photo(?:graph)?|picture|symbol) )?"
        r"timetable|social stor(?:y|ies)|ear defenders|laptop|word processor|scribe|reader|extra time|"
        r"movement breaks?|now and next|task board|pre-teach\w*|overlearning|elsa|precision teaching|"
        r"zones of regulation|makaton|sensory (?:diet|circuit|breaks?)|writing frame|word mat|coloured overlay|"
        r"access arrangements|risk assessment|care plan|training|consultations?|adapted|differentiated|"
        r"short breaks?|direct payment|personal assistant|key worker|respite|transport|rest breaks?|boards?|timers?|"
        r"photographs|visual supports?|symbols|picture exchange|pecs|schedules?|prompt cards?|checklists?|"
        r"corridor pass|pass|(?:time[- ]out|exit|break|help|calm) cards?|"
        r"mats?|scissors|clipboard|ruler|overlays?|headphones|radio aid|club|extended time|text-to-speech|"
        r"speech-to-text|breaks? (?:as|when) (?:needed|required)|nurture (?:group|provision|room)|"
        r"cop(?:y|ies) of (?:the )?(?:teacher(?:['’]?s['’]?)? )?(?:notes|slides)|"
        # "Access to assistive technology as required", "sensory room when needed", "Support to manage his money"
        r"access to|assistive technology|sensory room|support (?:to|with) (?:manag|budget|travel|cook|shop)\w*)\b",
    ),
    # help whose amount is left to someone else is provision all the same (QA flags it as delegated): "Kez's afternoons
    # will be added back into her timetable as the school sees fit", "Adult support at the discretion of the SENCo"
    _signal(
        "left-to-others",
        "provision",
        2.5,
        r"\bas (?:the )?(?:school|college|setting|nursery|provider|sen[d]?co|head ?teacher|staff|teachers?) "
        r"(?:sees?|thinks?|feels?|deems?) (?:fit|appropriate|best|necessary)\b|\bat the discretion of\b"
        # "The frequency of the check-ins can be reduced at the school's discretion"
        r"|\b(?:amount|level|frequency|number|hours|length) of [\w' :-]{3,60}?\b(?:can|may|will) be "
        r"(?:reduced|increased|changed|adjusted|varied)\b[^.;]{0,20}\bat the (?:[a-z]+['’]s |[a-z]+s['’] )?discretion\b"
        r"|\b(?:to be|will be|is to be) (?:determined|decided|agreed) by (?:the )?(?:school|college|setting|nursery|"
        r"provider|sen[d]?co|head ?teacher)\b"
        # "The number of 1:1 catch-up sessions after an admission will be decided by the ALS team at the time"
        r"|\b(?:amount|level|frequency|number|hours|length) of [\w' :-]{3,60}?\b(?:will|is to|are to) be "
        r"(?:determined|decided|agreed|set) by\b",
    ),
    # skills taught, in the passive, with how much ("Money skills taught in real places ... for 45 minutes each week"):
    # alone ("He was taught at home by his mother") it is not enough to make provision
    _signal(
        "skills-taught",
        "provision",
        1.5,
        r"\bskills? (?:are |will be |to be |should be )?taught\b|^(?:\w+ ){1,4}taught (?:in|at|by|with|through|using|"
        r"one to one|1:1|individually)\b",
    ),
    # --- outcomes: the difference the provision should make, by a time
    _signal(
        "timed-will",
        "outcome",
        4.0,
        # not "Before every change of activity, the adult will ...": a recurring moment, not a time frame
        # (also after the writer's hope: "We hope that over the next six months Ellie will feel calmer")
        r"^(?:(?:I|we) (?:hope|expect|would hope|aim|anticipate) (?:that )?)?"
        r"(?:by|within|before|at the end of|over the next|in the next|during|from now until|by the time)\b"
        r"(?!\s+(?:every|each|all|any)\b)[^.;]{2,70}?,?\s+(?:(?:[A-Z][\w'-]+|he|she|they|i)\s+will\b"
        # what the writer wants the child to do by then: "By the end of Year 2 (July 2027), I'd like him to go up ..."
        r"|(?:I|we)(?:['\u2019]d| would) (?:like|love|want|hope) (?:him|her|them|[A-Z][\w'-]+) to\b)"
        # what the writer hopes the child can do by then: "I would hope that by the end of this first year of therapy,
        # in October 2027, Marnie can separate from her mother at the gate"
        r"|^(?:I|we) (?:would )?(?:hope|expect|aim|anticipate) (?:that )?"
        r"(?:by|within|before|at the end of|over the next|in the next|by the time)\b(?!\s+(?:every|each|all|any)\b)"
        r"[^.;]{2,70}?,?\s+"
        r"(?!(?:staff|teachers?|adults?|school|college|everyone|parents|mum|dad|they|we|i|you)\b)(?:[A-Z][\w'-]+|he|she)\s+"
        r"(?:can|could|would be able to|is able to)\b",
    ),
    _signal(
        "by-time-will",
        "outcome",
        3.5,
        r"\bby (?:the end of|the start of|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|easter|christmas|half[- ]term|the summer|the autumn|the spring|year \d+|key stage|"
        r"week \d+|\d{4})[^.;]{0,50}?,?\s+(?:[A-Z][\w'-]+|he|she|they|i)"
        # or what is the child's: "By the end of Year 5, Zeke's score for ... will have risen"
        r"(?:(?:['\u2019]s|\s+(?:his|her|their))\s+(?![^.;]{0,60}?\b(?:teach|assistant|staff|adult|therapist|"
        r"worker|mentor|sen[d]?co|parent|mum|dad|carer)\w*)[^.;]{0,60}?)?\s+will\b",
    ),
    _signal(
        "by-date-does",
        "outcome",
        4.0,
        # a target in the present tense: "By 17 July 2026, Ludo opens his lunchbox by himself on 4 out of 5 days"
        # (not "By the afternoon he tires", "By Year 3 he was reading")
        r"^by (?:the end of (?:the )?)?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december|easter|christmas|half[- ]term|(?:the )?(?:summer|autumn|spring) "
        r"term|reception|year \d+|key stage \d)\b[^.;]{0,25}?,\s+(?-i:[A-Z][\w'-]+|he|she|they)\s+"
        r"(?!(?:was|were|had|did|could|has|is)\b)[a-z]+s\b",
    ),
    _signal(
        "outcome-frame",
        "outcome",
        3.0,
        r"\b(?:the |an? |my |our )?outcomes? (?:I|we) (?:would )?(?:hope|want|expect|would like|aim)\b"
        # ("My aim is that by the end of Year 4 (July 2027) Hana does her 1.30pm catheter herself")
        r"|\b(?:I|we) would (?:hope|expect|like|want) to see\b|\b(?:the|my|our) (?:main )?aim is (?:that|for)\b",
    ),
    _signal(
        "will-by-time",
        "outcome",
        2.5,
        # what the writer will do by then is their action, not the child's outcome ("I will ask ... by April")
        r"(?<!\bi )(?<!\bwe )\bwill (?:be able to |have (?:learned|learnt|developed|improved) |)[^.;]{3,150}?\b"
        r"(?:by|before) (?:the end "
        r"of|july|june|december|march|april|easter|christmas|summer|autumn|spring|year \d+|key stage|ks\d|\d{4}|"
        r"the time)",
    ),
    _signal("able-to", "outcome", 2.0, r"\bwill be able to\b|\bto be able to\b"),
    # an outcome said loosely, the whole sentence a change in the child: "Matty will become more independent", "Zosia
    # will be happier and more settled at nursery" (not SMART, but an outcome; not "Zara will be more tired after PE")
    _signal(
        "loose-outcome",
        "outcome",
        2.5,
        r"^(?!(?:Staff|Teachers?|Adults?|School|Everyone|Parents|Mum|Dad|They)\b)(?:[A-Z][\w'-]+|he|she) will "
        r"(?:become|be|feel|grow|get) (?:much |a lot |a bit )?(?:(?:happier|calmer|safer|stronger|more (?:independent|"
        r"confident|resilient|settled|sociable|organised|motivated|engaged|included|relaxed|secure|positive|focused)|"
        r"less (?:anxious|worried|isolated|dependent|distressed|angry|aggressive|withdrawn|upset))"
        r"(?:,? (?:and )?)?){1,3}(?:[^.;]{0,40})\.?$",
    ),
    _signal(
        "measured",
        "outcome",
        1.0,
        r"\b\d+ out of \d+\b|\bin \d+ (?:out )?of \d+\b|\b\d+% of\b|\bon \d+ occasions\b|\bat least \d+ times\b"
        r"|\bwithout (?:adult |an adult |any )?(?:help|support|prompts?|prompting|reminders)\b|\bindependently\b",
    ),
    # --- needs: what the child finds hard, and why
    # what the child refuses or is sanctioned for: "he has refused to go to Maths at all and spends those lessons in the
    # Base", "two fixed-term suspensions ... and he has walked out of lessons 31 times" (not the help he has instead)
    _signal(
        "refuses-or-sanctioned",
        "need",
        2.0,
        r"\brefus(?:es|ed|ing) to (?:go|attend|come|do|write|work|join|enter|take part|eat|speak|get)\b"
        r"|\bwalk(?:s|ed)? out of (?:(?:an?|the|his|her|their|some|most) )?(?:[A-Z]\w+ )?"
        r"(?:lessons?|class(?:es)?|school)\b"
        r"(?!\s+(?:gates?|grounds|building|office|bus|doors?)\b)"
        r"|\b(?:fixed[- ]term |permanent )?(?:suspensions|exclusions)\b"
        r"|\b(?:was|been|has been) (?:suspended|excluded)\b",
    ),
    _signal(
        "difficulty",
        "need",
        2.0,
        r"\bfinds? (?:it |[\w'-]+(?: [\w'-]+){0,5} )?(?:very |extremely |particularly |really |quite )?"
        r"(?:hard(?:er|est)?|(?:more |most )?difficult|challenging|tricky|stressful|overwhelming)\b"
        r"|\b(?:is|are) (?:very |really )?hard for\b"
        # what brings the difficulty on: "The episodes are more likely after a missed meal, a late night or a
        # stressful day"
        r"|\b(?:episodes?|attacks?|seizures?|migraines?|headaches?|meltdowns?|outbursts?|symptoms?|incidents?|"
        r"accidents?|panic attacks?)\b[^.;]{0,40}\b(?:are|is) (?:much |far )?more (?:likely|frequent|common) "
        r"(?:after|when|if|during|on|in)\b|\b(?:triggered|brought on|set off) by\b"
        # how the child reacts: "she becomes very cross with herself, screws up her work" (not "will become")
        # ("becoming frozen and silent when he is frightened")
        r"|(?<!will )(?<!to )\b(?:becomes|became|becoming|gets|got|getting) "
        r"(?:very |really |extremely |quickly |easily |so )?(?:cross|upset|angry|frustrated|distressed|dysregulated|"
        r"overwhelmed|tearful|withdrawn|agitated|frozen|panicky)\b"
        # what the child cannot bear: "Rhys hates being corrected in front of other students", "copes very badly with
        # surprises" (not "he hates to lose at cards" in a list of what he likes)
        # (told by the child, it is their view: "She told me she hates being picked last")
        r"|^(?![^.;]*\b(?:told|tells|said|says)\b)[^.;]*?\b(?:hates|dislikes|can(?:no|')t stand|cannot bear) "
        r"(?:being|having|it when)\b"
        r"|\bcopes?\b[^.;:]{0,40}?\b(?:very |really |extremely )?(?:badly|poorly)\b"
        r"|\b(?:does not|doesn't|cannot|can't) cope (?:with|when)\b"
        # what the child can do only in its simplest form: "can answer only simple \"who\" questions", "can only follow
        # one-step instructions"
        r"|\bcan (?:only )?(?:answer|read|write|say|use|follow|manage|remember|count|recognise|name|understand)"
        r"(?: only)? (?:very )?(?:simple|short|single|one|two|a few|basic)\b"
        # distress that lasts: "Nell cries for up to 20 minutes after her dad leaves"
        r"|\b(?:cries|screams|sobs)\b[^.;]{0,40}?\bfor (?:up to |about |around |over |more than |as long as )?"
        r"(?:\d+|ten|twenty|thirty|forty) (?:minutes|mins|hours)\b"
        # nights of fear: "Habib has nightmares three or four nights a week"
        r"|\b(?:has|have|having|gets|get) (?:regular |frequent |repeated |vivid )?"
        r"(?:nightmares|night terrors|flashbacks)\b"
        # broken sleep: "he still wakes most nights at around 3 am"
        rf"|\b{NIGHT_WAKING}\b|\bwakes? (?:up )?(?:several|many|some|\d+) nights?\b|\bwakes? (?:up )?repeatedly\b"
        # ("Toby wakes at about 3am most nights")
        r"|\bwakes? (?:up )?at (?:about |around )?(?:[1-5](?:\.\d\d)? ?am|midnight)\b"
        # what a deaf child loses: "mishears instructions", "misses around half of what is said", "working very hard
        # to listen all day"
        r"|\bmis(?:hears?|heard|understands?|understood)\b|\bmiss(?:es)? (?:around |about |up to |over |nearly )?"
        r"(?:half|most|much|some|a lot|many|parts|\d+%) of (?:what|the)\b"
        r"|\bworking (?:very |really |extremely )?hard (?:all day )?to (?:listen|hear|keep up|concentrate|follow)\b"
        # "is finding Teddy's personal care at home ... physically very hard"
        r"|\b(?:is|are) finding (?:[^.;]{1,90}? )?(?:physically |emotionally |very |really |increasingly |too )*"
        r"(?:hard|difficult|exhausting|too much|a struggle)\b"
        # what overwhelms the child: "the banging noise and the head coil over his face were too much for him"
        # (not a kindness: "nothing is too much for her")
        r"|(?<!nothing )(?<!never )\b(?:is|are|was|were|gets|got|becomes|became) (?:all |just |simply |far |much )?"
        r"too much for (?:him|her|them)\b"
        # what the child's body does that it should not: wetting, soiling, hard stools, straining
        # (not the occasion of care: "changed whenever he is soiled")
        r"|(?<!is )(?<!are )(?<!gets )(?<!get )(?<!been )\b(?:soil(?:s|ed|ing)|(?:wetting|toileting) accidents|"
        r"wets (?:himself|herself|themselves|\d|once|twice)|"
        r"hard stools|straining|(?:bowels|bowel) (?:open|opens|opening) (?:only )?(?:every|once)\b)"
        # wet at night, a narrow diet, pain most days, loud snoring: "still wets the bed most nights", "eats about 15
        # foods", "stomach pains nearly every school morning"
        rf"|(?<!stopped )(?<!no longer )\b(?:{BODY_AT_NIGHT_AND_MEALS})"
        r"|\b(?:in |wears? )?(?:pull-ups|nappies) (?:at|every|most) nights?\b"
        # loss the child still feels: "Isla is also grieving for things she used to do"
        r"|\b(?:is|are) (?:still |also |clearly )?grieving\b"
        r"|\b(?:pains?|aches?|cramps?)\b[^.;]{0,30}?\b(?:most|every|nearly every|almost every) (?:school )?"
        r"(?:days?|nights?|mornings?|evenings?)\b"
        # what the child can do only in part: "can blend three-letter words with an adult but not on his own", "can
        # write a T for Teddy but not the rest of his name"
        r"|\bcan [^.;]{1,80}? but not\b"
        # the writer names where the difficulty lies: "In maths her difficulty is reading the question"
        r"|\b(?:his|her|their|[A-Z][a-z]+['’]s) (?:main |biggest |real |key |particular )?difficult(?:y|ies) "
        r"(?:is|are|lies|lie)\b"
        # attention that lasts only moments: "stays with an adult-led activity for one to two minutes"
        r"|\b(?:stays?|remains?|sustains? (?:his |her |their )?attention|concentrates?|focuses|attends)\b[^.;]{0,50}?"
        r"\bfor (?:only |just |about |around )?(?:a few|one|two|three|[1-5])"
        r"(?: (?:to|or) (?:two|three|four|five|[2-5]))? (?:seconds|minutes?)\b"
        # talk kept to a few words: "Jesse talks in short sentences of three to five words"
        r"|\b(?:talks|speaks|communicates)\b[^.;]{0,20}\b(?:short|single|simple) (?:sentences|phrases|words)\b"
        # toileting not yet learned: "Cormac is not toilet trained yet and wears nappies"
        r"|\bnot (?:yet )?(?:fully )?(?:toilet|potty)[- ]trained\b|\b(?:still )?(?:wears|in) nappies\b"
        # a vocabulary counted in words: "Cormac says about 20 single words that we can understand"
        r"|\b(?:he|she|they|(?-i:(?!(?:The|This|That|It|Each|Every)\b)[A-Z][a-z]+)) (?:says|uses|has|understands) "
        r"(?:about |around |roughly |only |just |fewer than |under )?"
        r"(?:\d{1,3}|ten|twenty|thirty|forty|fifty) (?:single |spoken |clear |signed )?words\b"
        # the hardest part of the child's week: "Monday is nearly always Dom's hardest day"
        r"|\b(?:hardest|worst|most difficult) (?:day|days|time|times|part|lesson|lessons|subject|subjects)\b"
        # attention that does not last: "her attention was good for the first 15 minutes and then fell away"
        r"|\b(?:attention|concentration|focus|engagement|stamina)\b[^.;]{0,80}?\b(?:(?:fell|falls?|falling) away|"
        r"(?:dropp?(?:ed|s|ing)?|tail(?:s|ed|ing)?) off|(?:fad|wan)(?:es|ed|ing))\b"
        # a learning disability's level, and what was lost: "in the range of a moderate learning disability", "lost
        # the thread of longer sentences"; how often behaviour happened: "there were 31 incidents at college"
        r"|\bin the (?:range|region) of an? (?:mild|moderate|severe|profound) (?:learning|intellectual) disabilit"
        # the child's own learning difficulty or delay, and its level: "has significant learning difficulties; his
        # play skills are at about the level of a typically developing child of two and a half to three years"
        r"|\b(?:has|have) (?:a )?(?:mild|moderate|severe|significant|profound|global|complex)"
        r"(?: and (?:complex|profound|multiple|severe))? (?:learning (?:difficult|disabilit)|developmental delay)"
        r"|\bat (?:about |around |roughly )?the (?:level|stage) (?:of|expected of) an? (?:typically developing )?"
        r"(?:(?:child|toddler|baby) (?:of|aged) (?:about |around )?(?:\d|one|two|three|four|five|six|seven|eight|nine)"
        r"|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)[- ](?:and[- ]a[- ]half[- ])?"
        r"(?:years?|months?)[- ]old)"
        r"|\b(?:loses?|lost|losing) the thread\b"
        # "she loses longer instructions", "can follow a short instruction ... but she forgets the rest"
        r"|\b(?:loses?|lost|losing|forgets?) (?:track of )?(?:the )?"
        r"(?:longer |long |spoken |verbal |multi-step |complex )?(?:instructions|explanations|sentences)\b"
        r"|\bcan [^.;]{1,80}?,? but (?:he|she|they) (?:loses|forgets|cannot|can't|struggles|gets lost)\b"
        # an assessment's "could hold two items in mind but lost the third"
        r"|\bcould [^.;]{1,80}? but (?:not|lost|forgot|could not|couldn't)\b"
        # far more than expected: "needed about three times as many repetitions as I would expect"
        r"|\btimes as (?:many|much|long)\b[^.;]{0,40}\bas (?:i|we) would (?:expect|usually see)\b"
        r"|\bthere (?:were|have been) \d+ (?:incidents|exclusions|seizures|panic attacks|meltdowns|absences)\b"
        # when the child is away or late: "Most of his absences are on Mondays", "often 20 minutes late for 9am starts"
        r"|\b(?:most|many|half|a third) of (?:his|her|their) absences\b"
        r"|\b(?:is|are|arrives?) (?:often|usually|regularly|frequently) (?:\d+(?: to \d+)? minutes )?late\b"
        # lost, unclear, cross and hitting out: "is lost when there are three or more parts", "unclear to people who
        # don't know him", "gets cross and hits out"
        r"|\b(?:is|gets|becomes) lost (?:when|if|in|as soon as|once)\b|\bstill counts on (?:his|her|their) fingers\b"
        r"|\bunclear to (?:people|adults|others|those|strangers)\b"
        r"|\b(?:gets|becomes) (?:cross|angry|upset|frustrated) and (?:hits|kicks|bites|throws|runs|lashes)\b"
        # harm to people and things: "hitting, kicking and biting several times a week", "aggression towards her
        # parents", "she destroys things she has made" (not "hits his targets", "kicks the ball")
        r"|\b(?:hits|kicks|bites|punches|scratches|headbutts|pinches)(?:,| and| or)? (?:(?:hits|kicks|bites|punches|"
        r"scratches|pinches)\b|(?:his|her|their|other|the other|younger|older) (?:mum|mother|dad|father|parents?|"
        r"carers?|brothers?|sisters?|siblings?|children|pupils|peers|staff|teachers?|friends?)\b|"
        r"(?:out|people|adults|staff)\b)"
        r"|\bhitting,? (?:kicking|biting|punching|scratching)\b|\baggressi(?:on|ve) (?:towards|to|at)\b"
        # what other children do to the child, and where it leaves them: "has been called \"hiccup boy\" by some older
        # pupils", "is bullied at lunchtime", "he now spends most lunchtimes alone in the library"
        r"|\b(?:is|are|was|were|has been|have been|gets?|got) (?:often |regularly |repeatedly |sometimes )?"
        r"(?:bullied|teased|picked on|laughed at|called names|called [\"“'‘])"
        r"|\b(?:spends?|spent) (?:most|many|all|every|some|half) (?:of )?(?:(?:his|her|their|the) )?(?:lunchtimes?|"
        r"break ?times?|breaks|playtimes?|evenings|weekends) (?:alone|on (?:his|her|their) own|by (?:himself|herself|"
        r"themselves))\b"
        # progress that has not come: "Tilly is not making the progress in reading and writing that we would expect"
        r"|\b(?:is|are|has|have) (?:still )?not (?:making|made) (?:the |much |enough |expected |any |good )?progress\b"
        r"|\b(?:is|are|has|have) made (?:little|no|very little|limited) progress\b"
        # losing the thread of a task: "he lost his place in the count and had to start again from one"
        r"|\b(?:loses|lost|losing) (?:his|her|their) place\b"
        # what an event does to the child afterwards: "which leaves her very unsettled for two to three weeks"
        r"|\b(?:leaves|left|makes|made) (?:him|her|them) (?:very |really |so |quite )?(?:unsettled|dysregulated|"
        r"distressed|withdrawn|tearful|clingy)\b"
        r"|\b(?:destroys|breaks|rips up|tears up|smashes) (?:things|toys|property|furniture|(?:his|her|their) (?:own )?"
        r"(?:work|things|toys|belongings|presents|books))\b"
        # hiding how hard things are: "Cas masks heavily at school"
        r"|\bmasks (?:heavily|a lot|all day|at school|(?:his|her|their) (?:feelings|distress|anxiety|difficulties))\b"
        r"|\b(?:heavy|constant) masking\b"
        # what is said does not stay with the child: "Spoken instructions don't stick"
        r"|\b(?:instructions|explanations|information|words|it) (?:just )?"
        r"(?:don['’]t|do not|doesn['’]t|does not|won['’]t) stick\b"
        # frightened by noise, and hiding: "startles at sudden loud noises ... hid under a table and would not come out"
        r"|\bstartles?\b|\b(?:hid|hides|hiding) (?:under|behind)\b"
        r"|\b(?:would|will) not come out\b|\bwon['’]t come out\b"
        # "she cries, throws her communication book or hits out at the adult nearest to her"
        r"|\b(?:hits|lashes) out\b|\bthrows (?:things|objects|equipment|furniture|chairs|(?:his|her|their) \w+)\b"
        # "Her sense of herself as a learner is now as much of a barrier as her literacy"
        r"|\b(?:is|are) (?:now |also )?(?:as much of |just as much of )?an? (?:real |significant |major |big )?"
        r"barriers?(?: (?:as|to)\b|\s*[:;.])"  # "In class Filip's hearing is a major barrier: ..."
        # "Maisie's memory is a particular difficulty": the writer names the difficulty
        r"|\b(?:is|are) (?:a|an) (?:particular |specific |significant |real |major |key )?(?:difficulty|weakness)\b"
        # "Her feeding is a concern because she overfills her mouth": the writer's worry is the need
        r"|\b(?:is|are) (?:a|an) (?:particular |specific |significant |real |major |key |ongoing )?concern\b"
        r"|\bchok(?:ed|es|ing)\b"
        r"|\b(?:is|are) (?:a|an) (?:particular |specific |significant |key )?area of (?:difficulty|need|weakness)\b"
        # few words, and adults left guessing: "Kojo has a small number of single words", "staff have to guess
        # what is wrong"
        r"|\b(?:has|uses|says) (?:only )?(?:a small number of|a handful of|very few|only a few|a few) "
        r"(?:single |spoken )?words\b|\b(?:has|have) to guess\b"
        # what is learned does not last or move to other places: "skills taught in college do not carry over"
        r"|\b(?:do|does|did) not (?:carry over|generalise|generalize|transfer)\b"
        # "highly alert to any comment about his illness"; "have stopped going to the Saturday club"
        r"|\b(?:highly|over|hyper)[- ]?alert to\b|\bhypervigilan\w+|\b(?:has|have) stopped (?:going|attending|seeing)\b"
        r"|(?:\b(?:he|she|they)|(?-i:\b[A-Z][a-z'-]+)) (?:is|are|stays|remains) on (?:high|constant) alert\b"
        # what has got worse: "Tamsin's diabetes control has got worse over the past year", "his sleep has deteriorated"
        r"|\b(?:has|have) (?:got|gotten|become|grown) (?:much |a lot |steadily |a little |far )?worse\b"
        r"|\b(?:has|have) (?:worsened|deteriorated)\b"
        r"|\bno longer (?:goes|go|attends|attend|sees|see|leaves|leave)\b"
        r"|\b(?:he|she|they) (?:just |often |then )?freezes?\b|\bwalks (?:off|away)\b|\bpanics?\b"
        # "needs prompts to shower": what the child cannot yet do alone
        r"|\bneeds? (?:adult |physical |verbal )?(?:prompts?|prompting|reminders?|reminding|help) (?:to|with)\b"
        r"|\btakes? (?:more than |over |about |up to )?(?:an hour|\d+ minutes|hours|a long time) to (?:settle|fall "
        r"asleep|get to sleep|calm)\b"
        r"|\bmiss(?:es|ed)? (?:much|most|some|parts?|what)\b|\bmisses (?:a lot|a great deal|so much|lots)\b"
        r"|\bmisunderstands?\b|\bself-conscious\b|\bhides?\b"
        r"|\b(?:slow|low|young|immature|behind|short|small|weak|poor) for (?:his|her|their) age\b|\byoung carer\b"
        # a brother or sister doing a parent's caring: "cared for in the evening by her brother, who is 16"
        r"|\b(?:is|are) (?:looked after|cared for) [^.;]{0,30}\bby (?:her|his|their) (?:\w+ )?"
        r"(?:brother|sister|sibling)s?\b"
        r"|\b(?:brother|sister|sibling)s?\b[^.;]{0,40}\bhas to (?:look after|care for|mind)\b"
        r"|\bself-harm\w*"
        # (not the help's aim: "check in with him every hour so that he does not have to ask")
        r"|\b(?:does not|doesn'?t|did not|didn'?t) (?:yet )?(?!need|require|have any|seem to have|have to\b)[a-z]+\b"
        r"|\brarely\b|\bseldom\b|\bno awareness\b|\bunaware\b|\bfleeting\b"
        r"|\bmuscles? (?:are|is) (?:very )?(?:stiff|tight|weak)\b|\bjoints? (?:tighten|stiffen)\b"
        r"|\btoo (?:tired|anxious|frightened|scared|weak|unwell|exhausted|overwhelmed|self-conscious) to\b"
        # fear and refusal: "frightened of the hand dryers and will not go into the children's toilets"
        r"|\b(?:frightened|scared|terrified|afraid) of\b"
        # leaving or running from where they should be: "has left the classroom without permission 23 times", "got out
        # of the school gate"; what sets it off: "Noise is a big trigger"
        r"|\bwithout (?:permission|telling anyone|telling an adult|asking)\b|\bgot out of the (?:school )?gates?\b"
        r"|\b(?:runs?|ran|running|bolts?|bolted|bolting) (?:off|away|out of (?:the )?(?:class|classroom|room|school|"
        r"lessons?))\b|\b(?:is|are) (?:a |the )?(?:big |main |major |key |particular )?triggers?\b"
        r"|\b(?:hands|fingers) (?:over|in) (?:his|her|their) ears\b"
        # (a table cell says it without its subject: "PE | Enjoyed netball | Will not use the changing room")
        r"|(?:\b(?:he|she|they|and) |(?:^|[|;]\s*))(?:will not|won't) (?:go|come|sit|eat|use|join|enter|walk|speak|"
        r"talk|touch|wear|"
        r"read|write|answer|stay|ask)\b"
        # lessons lost: "late to 34 lessons since February half term", "has missed 9 PE lessons since February"
        r"|\b(?:late (?:to|for)|missed) (?:\d+|most|many|several) (?:[A-Z]+ )?(?:lessons|days|sessions)\b"
        # how often it happens: "school record three or four of these episodes a week"
        r"|\b(?:episodes|incidents|meltdowns|outbursts)(?: \w+)? (?:a|per|each|every) (?:day|week|fortnight|month)\b"
        # fire-setting: "Corey set fire to paper towels in the Block C toilets"
        r"|\b(?:set|sets|setting|started|starts) (?:fire to|(?:a )?fires?)\b"
        r"|\b(?:will not|won't|does not|doesn't|never|rarely) (?:yet )?asks? (?:for help|an adult|questions)\b"
        r"|\blost touch with\b|\b(?:eats|drinks) nothing\b"
        r"|\bfeels? (?:most |very |so |completely )?(?:left behind|left out|isolated|lonely|alone)\b"
        # harm to herself, and leaving lessons without warning
        r"|\bcutting (?:her|his|their) (?:arms?|legs?|wrists?|skin)\b|\bcuts? (?:herself|himself|themselves)\b"
        r"|\bleav(?:e|es|ing) (?:the )?(?:lessons?|class(?:room)?|room) "
        r"(?:suddenly|abruptly|without (?:warning|asking))\b"
        r"|\bloses (?:the|track|focus|concentration|interest|attention|(?:his|her|their) (?:place|way|temper|thread|"
        r"balance|footing))\b|\bknocked (?:over|down)\b"
        r"|\bat (?:about |around )?the level of (?:a|an) [\w-]+-year-old\b"
        r"|\bonly (?:\d+|a few|a handful|about|one|two|three|four|five|six|seven|eight|nine|ten)\b"
        r"|\bscreams?\b|\bmouths\b|\bgags?\b|\bdreads?\b|\bwalked out\b|\bin nappies\b|\bstill (?:does not|doesn'?t|"
        r"needs|cannot|can'?t|relies)\b|\bdoesn'?t\b|\bwon'?t\b|\bisn'?t able\b|\bdoes not (?:yet )?(?:point|look|play|"
        r"copy|respond|share|speak|talk|sit|settle|eat|sleep)\b"
        r"|\bgaps? in\b|\bimmature\b|\bomits?\b|\bleaves? out\b|\bunclear\b|\binconsistent\w*|\bsubstitut\w+"
        r"|\breplaces\b|\bseeks? (?:out )?(?:movement|oral|sensory|deep pressure|proprioceptive|vestibular)\b"
        r"|\b(?:takes?|draws?|pulls?) (?:his|her|their) attention away\b"
        # play and friendship that go wrong: "can only play on his own terms", "most playtimes end in an argument",
        # "he has no friendship he can rely on"; what the child does first when it goes wrong
        r"|\bon (?:his|her|their) own terms\b|\bend(?:s|ed)? in (?:an? )?(?:argument|row|fight|fall-?out|tears)\b"
        r"|\b(?:has|have) no (?:real |close )?(?:friends?|friendships?)\b|\b(?:first|usual) reaction is to\b"
        r"|\b(?:remains?|is still) a (?:problem|concern|difficulty)\b|\baspirat(?:es|ing|ion)\b"
        r"|\bweight (?:has )?(?:fallen|dropped|faltered)\b|\bnot (?:gaining|putting on) weight\b"
        # ("a pathway with fewer GCSEs" is the help: fewer of something given, not the child's lack)
        r"|\bconfus\w+|\bfew\b|(?<!with )(?<!take )(?<!sit )\bfewer\b"
        # (what the child has less of, not help cut back: "her timetable can be reduced", "a reduced timetable")
        r"|(?<!be )\breduced\b(?! (?:timetable|hours|day|days|week)\b)|\bnegative (?:view|image)|\blow (?:self|mood|"
        r"confidence)"
        r"|\bbehind (?:what|the level|expected)|\bnot (?:yet )?(?:able|secure|independent)\b"
        r"|\b(?:has|have|experiences?|shows?) (?:significant |severe |marked |some |great |specific |persistent )?"
        r"difficult(?:y|ies)\b|\b(?:his|her|their) (?:\w+ )?difficult(?:y|ies) (?:with|in)\b"
        # what the difficulty does: "Caleb's decoding difficulties prevent him from accessing grade-level texts" (not
        # "no longer affect")
        r"|\bdifficult(?:y|ies) (?:prevents?|stops?|affects?|limits?|restricts?|impacts? on|gets? in the way of|"
        r"interferes? with)\b"
        r"|\bstruggl\w+|\bcannot\b|\bcan'?t\b|\bis unable\b|\bunable to\b|\bnot yet\b"
        r"|\bdoes not (?:yet )?(?:understand|know|follow|read|write|speak|use|recognise|remember|join|cope)\b"
        r"|\b(?:significantly |well |just )?below (?:the )?(?:expected|average|age[- ]related|age|his|her|their)\b"
        r"|\bdelay(?:ed|s)?\b|\bweak(?:ness|nesses)?\b|\bpoor\b|\blimited\b|\banxi(?:ous|ety)\b|\boverwhelm\w*"
        r"|\boverload(?:ed|s)?\b|\bstops? (?:talking|responding|answering)\b"
        r"|\bdistress\w*|\bdysregulat\w+|\bmeltdowns?\b|\boutbursts?\b|\baggressi\w+|\bavoids?\b|\brefus\w+"
        r"|\bshuts? down\b|\bwithdraw\w*|\bisolated\b|\blonely\b|\bfrustrat\w+|\bimpair\w*|\bsensitiv\w+"
        r"|\bfatigue\b|\btires?\b|\bexhaust\w+|\bbehind (?:his|her|their)\b|\blags?\b|\bslow(?:ly|er)?\b"
        r"|\bloses? (?:track|focus|concentration|his place|her place)\b|\bforgets?\b|\bmisunderstand\w*"
        r"|\bliteral(?:ly)?\b|\bhard to (?:understand|follow|read)\b|\brelies (?:on|heavily)\b|\bat risk\b"
        # "trips over her feet", not "on school trips" nor "manage a trip on her own"
        r"|\bunsafe\b|\bfalls?\b|(?<!\ba )(?<!\bthe )\btrips? (?:over|up|on(?! (?:her|his|their|my) own\b))\b"
        r"|\bclumsy\b|\bimpulsiv\w+|\bdrool\w*|\bembarrass\w*"
        r"|(?<!no longer )(?<!not )\bsore\b|\b(?:walks|storms|runs) out\b(?! (?:to|onto|into|with)\b)"
        # (a condition on help is not the need: "with breakfast if she has not eaten")
        r"|\bswears\b|\bfallen out\b|(?<!if she )(?<!if he )(?<!if they )\b(?:has|have) not (?:yet )?"
        r"(?:spoken|said a word|eaten|slept|joined|managed)\b|\birritab\w+|\bsnappy\b|\btearful\b|\bclingy\b"
        r"|\b(?:little|no|poor|limited) (?:sense|awareness|understanding) of (?:danger|risk|safety)\b"
        # a problem list's "Difficulty settling and staying asleep", "Difficulties with transitions" (not "rather
        # than a difficulty with decoding")
        r"|^(?:\d{1,2}[.)]\s*)?difficult(?:y|ies) (?:with|in|[a-z]+ing)\b"
        r"|\beasily (?:led|distracted|upset|overwhelmed|frustrated|influenced)\b"
        r"|\bneglect(?:ed)?\b|\bdomestic abuse\b|\btrauma(?:tic|tised)?\b"
        r"|\b(?:carries|has|is at) (?:a |an )?(?:high |higher |increased |small |lifelong )?risk of\b"
        r"|(?<!never )(?<!not )\bgives? up\b|\bself-esteem\b|\bconfidence is\b|\bworr(?:y|ies|ied)\b"
        # what a child does not know of their own story: "knows very little about his dad's side of the family"
        r"|\b(?:knows?|understands?) (?:very )?little (?:about|of)\b|\b(?:does not|doesn't) (?:know|understand) "
        r"(?:why|much about|anything about)\b"
        # a poor view of themselves: "Lorcan believes he is naughty", "she thinks she is stupid"
        r"|\b(?:believes?|thinks?|is convinced|sees (?:himself|herself|themselves) as|describes (?:himself|herself|"
        r"themselves) as)(?: that)?(?: (?:he|she|they) (?:is|are))? (?:a )?(?:naughty|stupid|bad|thick|useless|"
        r"rubbish|worthless|unlovable|a failure|a bad (?:boy|girl|person|kid))\b"
        r"|\bupset\b|\bpanic\w*|\bhurts? (?:himself|herself|themselves|others)\b|\bneeds (?:a lot of|frequent|"
        r"constant|repeated|many) (?:help|prompting|reminders|reassurance|repetitions?)\b|\binaccura\w+"
        r"|\bneeds (?:much |far |a lot )?more (?:repetition|practice|time|help|prompting|goes|attempts|tries) than\b"
        # receptive language ahead of expressive: "Ify understands more than she can say"
        r"|\bunderstands (?:much |far |a lot )?more than (?:she|he|they) (?:can )?(?:say|says|express)\b"
        r"|\b(?:is|are|would be) a medical emergency\b"
        r"|\bbelow (?:that|what is|those) expected\b|\bneeds? (?:much |a lot |far )?longer than\b|\bharder to\b"
        r"|\btakes? (?:much |a lot |far )?(?:longer|more time) than (?:most|other|others|(?:his|her|their) "
        r"(?:peers|classmates)|the (?:other|rest))\b"
        # (a gloss in brackets may follow: "processing speed (the time he needs to take in ...) is very low")
        r"|(?<!\bno )(?<!\bfor )\bpain(?:ful)?\b"
        r"|\b(?:speed|memory|skills?|stamina|processing|comprehension|vocabulary|grip)\b"
        r"(?:\s*\([^)]{0,100}\))?[^.;()]{0,20}\b(?:is|are) (?:very |extremely |exceptionally |significantly )?"
        r"(?:low|weak|slow|tight)\b"
        # play and friendships that go wrong: "his games often end in arguments because he acts before he thinks"
        r"|\bends? in (?:arguments?|fights?|tears)\b|\bacts before (?:he|she|they) thinks?\b"
        # speech others cannot follow, learning never taught: "understand about half of what he says", "big gaps from
        # Years 8 and 9: she has not been taught most of the GCSE science content"
        r"|\bunderstands? (?:only |about |around |less than |under )?(?:half|a third|a quarter|some|little) of what "
        r"(?:he|she|they) says?\b|\bgaps? from\b|\b(?:has|have) not been taught\b"
        # learning that slips away, what a condition does to the child: "he loses a lot over holidays and after being
        # off", "his anaemia and his kidney disease can both make him tired"
        r"|\bloses? (?:a lot|so much|much|ground|skills|what (?:he|she|they) (?:has|have) learn[et]d?)\b"
        r"|\bmakes? (?:him|her|them) (?:very |so |more )?(?:tired|sleepy|exhausted|breathless|unwell|sick|dizzy)\b"
        # how the child has to be taught: "Dion needs instructions one step at a time"
        r"|\bneeds? (?:instructions|information|tasks|new learning|work|things) (?:given |explained |set )?"
        r"(?:one (?:step|thing|part|instruction) at a time|broken (?:down|into)|in (?:small|short) (?:steps|chunks))\b"
        # what the child must know beforehand: "She needs to know exactly where she's standing and who she's next to"
        r"|\b(?-i:[Hh]e|[Ss]he|[A-Z][a-z'-]+) needs to know (?:exactly |in advance |beforehand )?"
        r"(?:what|where|who|when|how long)\b",
    ),
    _signal(
        "needs-help",
        "need",
        2.0,
        r"\bneeds? (?:(?:full|total|complete|constant|close|physical|hands-on) )?(?:help|support|"
        r"adult (?:help|support)|prompting|reminders|reassurance|somewhere|someone|time to|"
        r"to (?:feel|learn|develop|be able)|a (?:safe|quiet|calm)|lots of|more time)\b|\bis not (?:yet )?independent\b"
        r"|\bneeds? (?:two|an|one|a|the) (?:adults?|people|members? of staff|staff)\b"
        r"|\b(?:has|have) never (?:travelled|been able|used|managed|prepared|made|gone|learned|learnt|cooked)\b"
        r"|\bdepends? on\b|\bdependent on\b",
    ),
    # the adult the child needs, for so many hours: "Raff needs a teaching assistant ... with him for 25 hours a
    # week", "She needs 20 hours a week of 1:1 support" (not "needs an adult to help with his coat": the need)
    _signal(
        "needs-staff-for-hours",
        "provision",
        3.0,
        r"\b(?:needs?|requires?)\s+(?:(?:a|an|one|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:teaching assistants?|tas?|"
        r"lsas?|adults?|learning support assistants?|support|1:1|one-to-one)\b[^.;]{0,100}?\b(?:for|of)\s+"
        r"(?:\d+(?:\.\d+)?\s+hours?\s+(?:a|per|each|every)\s+week\b"
        # or for all of the day: "with him for the whole school day", "for the whole of his nursery day"
        r"|(?:the )?whole (?:of )?(?:his |her |their |the )?(?:school |nursery |college )?day\b"
        r"|all (?:of )?(?:his |her |their |the )(?:school |nursery |college )?day\b)"
        r"|\b(?:needs?|requires?)\s+\d+(?:\.\d+)?\s+hours?\s+(?:a|per|each|every)\s+week\b",
    ),
    # "Talia will need support with her written English": help the adviser says she is to have; "she needs
    # support with reading" says what she finds hard
    _signal(
        "will-need-support",
        "provision",
        2.5,
        r"^(?:[A-Z][a-z'-]+|He|She|They) will (?:also |still |continue to )?need (?:\w+ ){0,2}?(?:support|help)\b",
        flags=0,
    ),
    # "She will need support with her anxiety from the pastoral team": help, and who gives it
    _signal(
        "support-from",
        "provision",
        2.0,
        r"\b(?:will need|needs|requires?|will require|should (?:have|get|receive))\s+(?:\w+\s+){0,2}support\b"
        r"[^.;]{0,50}\bfrom (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,3}(?:team|teachers?|assistants?|staff|"
        r"mentors?|therapists?|service|workers?|nurses?|counsell?ors?|elsa|senco|sendco|tutors?)\b",
    ),
    _signal(
        "form-guidance",
        "background",
        5.0,  # a form's note to whoever fills it in ("Describe provision in terms of ..."), not help for the child
        r"^(?:please )?(?:answer|describe|state|list|give details of|attach|explain|outline|summarise|set out|"
        r"complete|tick)\b[^.]{0,100}\b(?:provision|needs|outcomes|questions?|section|box|this form|space below|"
        r"reports?)\b",
    ),
    _signal(
        "process-action",
        "background",
        4.5,  # a meeting's action for the professionals ("Chase GP letter"), not help for the child
        r"^next (?:meeting|review meeting)\b|"
        # with its owner first, as minutes write it: "DQ to take the PA hours to the Resource Panel"
        r"^(?:(?-i:[A-Z]{2,4}) )?(?:to )?(?:agree|chase|send|e-?mail|write to|phone|ring|"
        r"contact|book|invite|circulate|request|apply for|confirm|find out|check with|ask (?:the|for)|"
        r"complete (?:the|a|an) (?:form|referral|application)|arrange (?:a|the) (?:meeting|review meeting|date)|"
        r"take [^.;]{0,60}\bto (?:the )?[\w ]{0,40}panel|present [^.;]{0,60}\bto|liaise with|update (?:the|his|her))\b"
        # an invitation to get back in touch: "Please give me a ring if anything changes"
        r"|^please (?:give (?:me|us) a (?:ring|call)|ring me|call me|contact me|get in touch|let (?:me|us) know)\b"
        # "Any questions ring me on 01632 960517 (Tues-Thurs)": how to reach the writer
        r"|^(?:if you have )?any (?:questions|queries|problems|worries),? (?:please )?"
        r"(?:ring|call|phone|contact|e-?mail)"
        r" (?:me|us)\b"
        # the record's own housekeeping: "Review the transcript for accuracy", an AI summary's disclaimer
        r"|^(?:please )?(?:review|check|verify|correct|read) (?:the|this|these) (?:transcript|notes|minutes|summary|"
        r"recording|record)\b"
        # who sends advice to the council: "who will send separate advice", "we won't be providing social care advice"
        r"|\b(?:won't|will not|cannot|can't|(?:is|are) unable to|(?:is|are) not able to) (?:be )?"
        r"(?:send(?:ing)?|provid(?:e|ing)|giv(?:e|ing)|writ(?:e|ing)|submit(?:ting)?) "
        rf"(?:a |any |the )?{ADVICE_OF_KIND}"
        rf"|\bwill (?:also )?(?:send|provide|give|write|submit) (?:(?:a )?separate|(?:their|her|his|our) own) "
        rf"{ADVICE_OF_KIND}"
        r"|\b(?:advice|report) (?:direct(?:ly)? )?to the (?:local authority|council|la|send team)\b",
    ),
    _signal(
        "about-the-law",
        "background",
        5.0,  # "Speech and language therapy educates him and is therefore special educational provision"
        r"\b(?:is|are) (?:therefore |so )?(?:special educational|health care|health|social care) provision\b"
        r"|\b(?:must|should) be (?:written|specified|set out|quantified|included|recorded|listed|placed|put) in "
        r"section [a-k]\b"
        r"|\b(?:should|must|will) (?:sit|go|be|appear) in section [a-k]\d?\b|\bthis is educational provision\b"
        r"|\bcode of practice\b|\bchildren and families act\b",
    ),
    _signal(
        "past-period",
        "background",
        6.0,  # "Over the last two years she has had small-group phonics and a term of Nessy": what was tried
        r"^(?:over|in|during|for) the (?:last|past|previous) (?:\w+ ){0,2}(?:years?|months?|terms?|weeks?)\b,? "
        r"(?:[A-Z][\w'-]+|he|she|they) (?:has|have) (?:had|received|attended|tried|used)\b",
    ),
    _signal(
        "none-needed",
        "background",
        4.0,  # "Physical intervention is not planned for Maisie.": the advice says no provision is made
        # in the sentence's main clause: "X will have ..., as a group is not appropriate" is provision
        r"^[^,;]*\b(?:is|are) not (?:planned|needed|required|necessary|recommended|indicated|appropriate)\b"
        r"|^no (?:further |other |additional )?[\w -]{0,40}\b(?:is|are) (?:needed|required|necessary|planned|"
        r"indicated)\b"
        # a services table's answer: "No current input; school may re-refer."
        r"|^(?:no|nil) (?:current |further |active |ongoing )?(?:input|involvement|treatment|intervention|therapy|"
        r"support|contact)\b(?! (?:is|was) (?:given|provided) to)",
    ),
    # the end of a service's work with the child: "I will discharge Ellie from the Children's Therapy Service at the
    # end of the block" (the block itself is the provision)
    _signal(
        "discharge",
        "background",
        5.0,
        r"\b(?:will|shall|am going to|plan to|intend to) (?:then )?discharge (?:him|her|them|[A-Z][a-z'-]+)\b"
        r"|\bwill (?:then )?be discharged\b",
    ),
    _signal(
        "about-the-item-above",
        "background",
        4.0,  # "It takes about five minutes.": a detail of what the advice has just described
        r"^(?:it|this|that) (?:takes|lasts|should take|only takes)\b|^this is (?:the|a|our|her|his|their) "
        r"(?:routine|procedure|process|checklist|order)\b",
    ),
    _signal(
        "caring-role",
        "need",
        2.5,  # the child caring for a parent: a need, though the parent's medicine is named
        r"\bhelps? (?:her|his|their) (?:mum|mother|dad|father|parents?|nan|gran)\b[^.]{0,30}\b(?:to )?(?:get up|get "
        r"dressed|dress|wash|take (?:her|his|their) (?:medication|medicine|tablets))\b|\bcares? for (?:her|his|their) "
        r"(?:mum|mother|dad|father|parents?|brother|sister)\b",
    ),
    _signal(
        "delivered-by",
        "provision",
        2.5,
        r"\b(?:provided|delivered|run|led|given|taught|planned|overseen) by (?:the |a |an |his |her |their |our )?"
        r"(?:[\w-]+ ){0,3}"
        r"(?:teachers?|assistants?|officers?|mentors?|senco|sendco|therapists?|nurses?|staff|tutors?|readers?|"
        r"scribes?|practitioners?|workers?|coach|elsa|lsa|ta|key person|key adult|adults?)\b",
    ),
    _signal(
        "family-need",
        "need",
        2.0,
        CARER_STRAIN + r"|\bgiven up (?:work|her job|his job)\b|\byoung carer\b|\bcaring (?:role|responsibilities)\b",
    ),
    _signal(
        "condition",
        "need",
        2.0,
        r"^(?:[A-Z][\w'-]+|he|she|they)\s+(?:also |still |often |sometimes )?(?:(?:has|have)(?! an? (?:[\w-]+ ){0,2}"
        r"(?:review|appointment|check))|was born with|experiences|"
        r"suffers from|developed|presents with|is known to have|describes|reports|complains of|gets)\b[^.;]{0,60}?"
        r"\b(?:disorders?|headaches?|syndrome|conditions?|"
        r"impairments?|disabilit\w+|delays?|defects?|disease|abnormalit\w+|episodes?|glue ear|infections?|murmur|"
        r"palsy|epilepsy|asthma|diabetes|autism|adhd|dyslexia|dyspraxia|loss|allerg\w+|hypo\w+|hyper\w+|"
        r"photophobia|albinism|nystagmus|tone|urgency|pain|migraines?|seizures?|anxiety|depression|injury|"
        r"hemiplegia|diplegia|mutism|difficult\w*|weakness|tightness|problems?|constipation|eczema|insomnia|"
        r"self-harm\w*)\b",
        flags=0,
    ),
    _signal(
        "diagnosis",
        "need",
        1.5,
        r"\b(?:has|have|with) (?:a |an )?(?:diagnosis of|diagnosed|formal diagnosis)\b|\bdiagnosed with\b"
        r"|\b(?:has|with) (?:autism|adhd|dyslexia|dyspraxia|dyscalculia|a developmental language disorder|"
        r"developmental language disorder|cerebral palsy|down syndrome|global developmental delay|"
        r"a (?:specific |moderate |severe )?learning (?:difficulty|disability)|hearing loss|a hearing impairment|"
        r"a visual impairment|epilepsy|hemiplegia|a speech sound disorder)\b",
    ),
    _signal(
        "attainment-gap",
        "need",
        2.0,
        r"\bworking towards [^.]{0,30}(?:below|year \d|pre-key stage|early years|expected|age[- ]related)\b"
        # "working at the expected standard" is no gap
        r"|\bworking (?:at|within) (?!(?:the |an? )?(?:expected|age[- ]related|greater depth)\b)[^.]{0,30}"
        r"(?:below|year \d|pre-key stage|early years)\b"
        r"|\bbehind (?:his|her|their) peers\b|\bwell below\b|\breading age (?:of|is) \d|\bspelling age\b"
        r"|\bgap (?:between|with)\b|\bcompared (?:with|to) (?:his|her|their) peers\b"
        r"|\bcompared (?:with|to) (?:an? |the )?(?:expected|typical|average|age-expected)\b"
        # the child against the class: what most of the class can do says how far behind the child is
        r"|\b(?:while|whereas|when) (?:most|many|the rest|all) of (?:his|her|their|the) (?:class|peers|year group)\b"
        r"|\b(?:did|does|has) not (?:yet )?(?:pass|reach|meet)\w* the\b",
    ),
    # too little of what the body needs: "He drinks only about 500 ml a day" (the amount says what is missing)
    _signal(
        "too-little",
        "need",
        3.5,
        r"\b(?:drinks?|eats?|sleeps?|wees?|manages?)\b (?:only|just|no more than|less than|fewer than) "
        r"(?:about |around |roughly )?(?:\d|one|two|three|four|five|a (?:few|little|couple))",
    ),
    _signal(
        "class-doing-well",
        "need",
        3.0,  # outweighs "good-news": the good news is the class's, not the child's
        r"\b(?:most|many|the rest|all) of (?:his|her|their|the) (?:class|peers|year group) (?:are|is|can|have)\b",
    ),
    # --- views: what the child or family said
    _signal(
        "reported-view",
        "view",
        2.0,
        r"\b[A-Z][\w'-]+ (?:said|says|told (?:me|us|her|him)|explained|shared|reported) "
        r"(?:that |she |he |they |the |it |her |his |how )"
        r"|\b(?:told me|said that|says that|has said|described (?:how|feeling)|feels that|"
        r"would like to|wants to be|hopes to|dreams? of|when (?:he|she|they|i) grows? up)\b"
        # the same, said short: "He says he'd like someone to talk to"
        r"|\b(?:says|said|told (?:me|us)|feels)(?: that)? (?:he|she|they)['’]d (?:like|love)\b",
    ),
    _signal(
        "gives-view",
        "view",
        3.5,
        # someone's words quoted after a colon, or their view given: "She said: \"Nobody shouting ...\"",
        # "Ms Ferreira's view is that ..." (what they want is theirs to say, though it names help)
        # (after a short lead: "About the insulin, she said: \"...\"", "When I asked what helps, she wrote: \"...\"")
        # ("Lula sang and then said: \"...\"")
        # ("What Tiernan would like: \"More football.\"")
        # ("Dad and Bernie said: \"...\"")
        r"^(?:[^.:;\"\u201c]{0,60}, |what )?(?:[A-Z][\w'-]+|he|she|they|mum|dad)(?: [a-z]+ and(?: then)?)?"
        r"(?: and (?:[A-Z][\w'-]+|mum|dad|(?:his|her|their) [a-z]+))? "
        r"(?:said|says|wrote|told (?:me|us)|would like|wants|hopes):"
        r"\s*[\"\u201c]"
        # the child's answer, quoted, to what someone asked: "When Jodie asked about her walker she said \"no walker\""
        r"|^when (?:[\w'-]+ ){1,3}asked (?:her|him|them|about|(?-i:[A-Z][\w'-]+))\b[^.;\"\u201c]{0,80}?,? "
        r"(?:she|he|they|(?-i:[A-Z][\w'-]+)) "
        r"(?:said|signed|answered|replied|shouted|told (?:me|us|her|him))\b[^.;\"\u201c]{0,20}[\"\u201c]"
        r"|^(?:\d{1,2}[.)]\s*)?(?:(?:Ms|Mr|Mrs|Miss) )?[A-Z][\w'-]+['\u2019]s view is that\b"
        # and what the person whose view it is wants, in the next sentence: "She wants the local authority to fund ..."
        r"|^(?:she|he|they|mum|dad|both parents) (?:wants?|would like|hopes?)\b"
        # their words quoted straight after whom they said them to: "He told me \"school is good, but English is a
        # mountain\"", "He once said to me, \"This is the only place nobody shouts at me.\"", "She said to me on
        # Saturday \"...\"" (not what the writer goes on to tell of them: "She told me she lies awake \"...\"")
        r"|^(?:[A-Z][\w'-]+|he|she|they|mum|dad)(?: (?:once|also|then|later|always|often))? "
        r"(?:told (?:me|us)|said to (?:me|us)|said|says)"
        r"(?: (?:on|at|in|last|this|once|yesterday|after|before|when)\b[^.;:\"\u201c]{0,25})?[,:]?\s*[\"\u201c]"
        # later in a passage, the child's own first person quoted: "When we talked about it he said \"I'm not naughty,
        # my brain just goes too fast.\"", "On Friday he asked me, \"Can I come in summer?\""
        r"|\b(?:he|she|they) (?:said|asked(?: (?:me|us))?|told (?:me|us)),? [\"\u201c]"
        r"(?=[^\"\u201d]{0,60}\b(?:I|I'm|I\u2019m|I'd|my|me)\b)",
    ),
    # what someone showed and then said, quoted: "He pointed to swimming, chips and Mr Oduya, and said \"red bus
    # Saturday\"", "he put his hands over his ears and said \"too loud, no hall\""
    _signal(
        "did-and-said",
        "view",
        2.5,
        r"\b(?:he|she|they)\b[^.;\"\u201c]{0,100}?,? (?:and|then) (?:then )?(?:said|signed|whispered|shouted|answered|"
        r"replied)[,:]?\s*[\"\u201c][^\"\u201d]{1,80}[\"\u201d]",
    ),
    _signal(
        "child-voice",
        "view",
        3.0,
        r"^(?:give|let|help|tell|show|ask|don'?t|do not|please) me\b|\bhelps me\b|\bI (?:like|love|enjoy|hate|"
        r"want|wish|feel|am good at|don'?t like|do not like|worry|"
        r"am worried(?! (?:that|about) (?:he|she|they|(?-i:[A-Z]))))\b|\bmakes me\b",
    ),
    # --- background: history, tests, method, letters and pointers are not drafted
    # a setting saying what it is: "We are a small committee-run pre-school in a church hall, with 24 children a
    # session" (not what it will do for the child)
    _signal(
        "setting-describes-itself",
        "background",
        3.0,
        r"^(?:we are|we['’]re|(?:the |our )?(?:school|nursery|pre-?school|college|setting|academy) is) an? "
        r"(?:[\w-]+ ){0,4}(?:pre-?school|nursery|school|academy|college|setting|centre|unit|base|provision)\b",
    ),
    # what every child in the class has is the setting's ordinary offer, not this child's provision: "Every child in
    # the Acorn Room has story and rhyme time every day", "All of our Reception children have daily phonics"
    _signal(
        "every-child-has",
        "background",
        3.0,
        r"^(?:every|each) (?:child|pupil|student|learner)\b[^.;]{0,40}\b(?:has|gets|does|is given)\b"
        r"|^all (?:of )?(?:our|the) (?:[\w-]+ ){0,2}(?:children|pupils|students|learners)\b[^.;]{0,20}"
        r"\b(?:have|get|do|are given)\b",
    ),
    # a form's note to whoever fills it in: "Interviewer: please record the applicant's answers in their own words"
    _signal(
        "form-instruction",
        "background",
        4.0,
        r"\bplease (?:record|write down|note down|type|write) (?:the |their |his |her )?"
        r"(?:applicant|child|young person|pupil|learner|student|parent|carer)s?['’]?s? (?:own )?"
        r"(?:answers|views|words|responses|comments)\b",
    ),
    # what the writer advises against is no provision: "I do not recommend separate counselling at college"
    _signal(
        "advises-against",
        "background",
        4.0,
        r"^(?:however,?\s+)?(?:I|we) (?:do not|don't|would not|wouldn't|cannot|can't) (?:recommend|advise|suggest|"
        r"support)\b",
    ),
    _signal(
        "history",
        "background",
        2.5,
        # "Since September she has been ..." is how things are now, not history; so is what has begun again or is
        # still so ("In November she told me she had been cutting her arms again", "Since November staff have also
        # seen her leave lessons suddenly")
        # (as is what has happened since, up to now: "Since January Ollie has left the classroom 23 times")
        r"^(?!since\b[^.;]*\b(?:has|have) (?:also |now |already |often )?(?:been|seen|noticed|started|begun|[a-z]+ed|"
        r"left|got|run|had|hit|bitten|missed|refused|gone|fallen|thrown|broken|taken)\b)"
        r"(?![^.;]*\b(?:again|still|increasingly|more and more)\b)"
        r"(?:in|during|since|from|last|before|after|until|at the age of) "
        r"(?:\d{4}|year \d+|reception|nursery|"
        r"the (?:autumn|spring|summer)|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|early years|primary|infant|junior|\d+ (?:months|years))\b"
        # "no break since she was born" is how long, not history; "has diplegia because he was born very early" the
        # condition's cause
        r"|(?<!since )(?<!because )\b[\w'-]+ (?:was|were) born(?! with)"
        r"|\b(?:was|were) (?:referred|seen|assessed|admitted|discharged|adopted|placed|excluded|"
        r"first|previously|known)\b|\bhas been (?:known to|open to|referred|seen by|on the)\b|\bpreviously\b"
        r"|\bat birth\b|\bearly (?:development|milestones)\b|\bpregnancy\b",
    ),
    # "Wears his glasses consistently | \u2713 | Keeps them on when reminded": a skills checklist, ticked
    _signal(
        "ticked-skill",
        "background",
        4.0,
        r"^(?-i:[A-Z][a-z]+s) [^|]{0,80}\|\s*[\u2713\u2714\u2717\u2718\u2610\u2611\u2612xX]\s*(?:\||$)",
    ),
    _signal(
        "past-provision",
        "background",
        3.5,
        r"^(?:[A-Z][\w'-]+|he|she|they)\s+(?:had|received|was given|attended|was offered|used|has had|has attended|"
        r"has been attending)\b(?!\s+(?:no|never|not)\b)"
        # (what was had, then what will be: "Marcus had a carer's assessment, and he will be offered a worker")
        r"(?![^.]*\b(?:will|shall)\b)"
        r"(?!\s+(?!occasional)(?:[\w-]+\s+){0,2}(?:infections?|seizures?|episodes?|headaches|"
        r"migraines|fits|falls|panic attacks|difficult\w+)\b)"
        r"|\bhas had\b[^.]{0,80}\bsince\b|\bin (?:the past|previous years)\b"
        r"|\b(?:school|we|the school|staff) (?:has|have) (?:already )?(?:used|funded|tried|provided|spent|put)\b"
        # how today's help is paid for: "At the moment we fund the extra adult from our own budget"
        r"|\b(?:we|the school|the setting|the nursery) (?:currently )?(?:fund|funds|pay for|pays for)\b[^.]{0,80}"
        r"\b(?:budget|fund|funding)\b"
        r"|\bhas been reviewed (?:\w+ )?times\b"
        # help started on a date, not the child starting school ("since she started in the Nursery class in 2022")
        r"|(?<!since i )(?<!since we )(?<!since he )(?<!since she )\b(?:started|began) (?:on )?"
        r"(?!(?:in |at )?(?:the |our )?(?:nursery|reception|school|year \d|college|"
        r"secondary|primary|infants?|juniors?|sixth form)\b)[^.]{0,40}\bin (?:\w+ )?\d{4}\b"
        # what the author has already done: written, spoken, sent (a referral made is provision under way)
        r"|^(?:\d+\.\s*)?(?:i|we) have (?:already )?(?:written|spoken|sent|emailed|telephoned|phoned|discussed|met)\b"
        r"(?! (?:the |a |an )?(?:referral|request)\b)"
        # what a service did with the child: "He was moved to monitoring only by the service in Year 5"
        r"|\b(?:was|were) (?:moved|discharged|transferred|stepped down|taken off)\b",
    ),
    # the help the child has now, told as it is, however much of it (not "... and this should continue")
    _signal(
        "current-help",
        "background",
        5.0,
        r"\b(?:currently|at present|at the moment) (?:has|receives|gets|attends)\b[^.;]{0,80}\b(?:support|sessions?|"
        r"teaching assistant|hours|intervention|group|therapy)\b(?![^.;]*\b(?:should|will|must|continues?)\b)",
    ),
    _signal(
        "test-results",
        "background",
        2.5,
        r"\b(?:standard|scaled|raw|composite|t-|z-)\s?scores?\b|\b(?:centile|percentile)\b|\bage equivalent\b"
        r"|\bscores? (?:will|are|is|were)\b|\bsingle score\b|\bconfidence interval\b|\brated (?:her|his|their) "
        r"\w+ (?:at|as)\b|\bquestionnaire\b|\bidentifies which\b|\bperformance on (?:tasks|the|subtests|tests)\b"
        r"|\b(?:bas3?|wisc|wiat|celf|bpvs|trog|rcads|sdq|boxall|vineland|yarc|phab|dash|beery|conners|ados|"
        r"movement abc|nars|dst|sally-anne)\b|\bthe (?:assessment|test)s? (?:was|were|showed|indicated)\b"
        r"|\bin the (?:average|low average|below average|very low|low|high average|superior|high|borderline) range\b",
    ),
    _signal(
        "method",
        "background",
        3.0,
        r"^(?:I|we) (?:met|visited|saw|observed|spoke|talked|discussed|assessed|read|reviewed (?:the|his|her)|"
        r"consulted|have known|have been asked|was asked|were asked|carried out|completed|used|administered|contacted|"
        r"interviewed|last saw|first met|have (?:read|reviewed|seen|consulted|spoken|met|visited|observed|checked))\b"
        r"|^(?:this|the following|the table below|the information below) "
        r"(?:report|advice|letter|section|table|information)?\s?(?:is|was|has been|sets out|describes|"
        r"summarises|shows|gives|provides|includes)\b|\bwas (?:asked|commissioned) to\b"
        # what the report rests on: "It draws on two observations in class, a home visit ..."
        r"|^(?:it|this (?:report|advice|assessment|letter)) (?:draws|is based|was based|drew) on\b"
        r"|^(?:information|sources) (?:was|were) (?:gathered|obtained)\b|\bhas consented\b"
        # consent to the assessment (not a programme's topic: "on friendships, consent and exploitation")
        r"|\b(?:gave|given|give|with|without|signed|verbal|written|parental|their|his|her) consent\b"
        r"|\bconsent (?:was|has been|is|for)\b",
    ),
    _signal(
        "confidentiality",
        "background",
        5.0,
        # (not the child's risk: "does not understand the risks of sharing pictures and personal information")
        r"\bconfidential\w*\b|(?<!sharing )(?<!share )(?<!shares )(?<!and )\bpersonal information\b"
        r"|\bdata protection\b|\bshared with (?:the )?"
        r"(?:family|parents|professionals)\b",
    ),
    _signal(
        "about-the-document",
        "background",
        8.0,
        r"^(?:it|this|the table|the plan|this form|the following table|this report|this letter|this advice) "
        r"(?:shows|sets out|summarises|describes|lists|explains|gives)\b|\bhave not made (?:any )?recommendations\b"
        r"|\bthis (?:letter|report|advice|summary) (?:brings|pulls|draws) together\b"
        r"|^this (?:profile|report|form|document|letter|advice|summary) (?:replaces|takes the place of|is based on|"
        r"was written)\b|\bread each row\b"
        # "That is a decision for the SEND Team as part of the EHC process": whose decision, not help
        r"|\bare matters for\b|\b(?:is|are) (?:a |the )?(?:decisions?|matters?|questions?) for (?:the )?[A-Z]|"
        r"\b(?:instead of|rather than) (?:filling in|completing|using) the form\b|\bhere it is\b"
        r"|\bgoe?s? beyond what (?:the )?(?:school|setting|college) can (?:provide|offer|do)\b"
        r"|\b(?:are|is|am) (?:therefore )?(?:unable|not able) to (?:provide|give|offer) (?:any )?(?:\w+ ){0,3}advice\b"
        # how the advice is laid out or why it is written: "The recommendations are numbered in one list so that ...",
        # "I promised I would write down what we talked about"
        r"|^(?:the|my|these|our) (?:recommendations|points|sections|paragraphs|targets|actions) (?:below )?"
        r"(?:are|have been) (?:numbered|listed|grouped|split|set out|ordered)\b"
        r"|\b(?:write|put) (?:down|in writing|in a letter) (?:what we (?:talked|spoke|agreed|discussed)|our "
        r"(?:conversation|discussion|chat))\b",
    ),
    # what a service offers everyone ("The Careers Hub offers every Year 11 student up to three interviews"):
    # the local offer, not provision for this child
    _signal(
        "general-offer",
        "background",
        7.0,  # outweighs its own amounts: how often everyone gets it is not this child's provision
        # (not "... for all Year 7 pupils, and Kit will go on Mondays": what this child will have)
        r"^(?![^;]*\b(?:and|but|so) (?:he|she|they|(?-i:[A-Z][a-z]+)) (?:will|should|can|is to)\b)[^;]*?"
        r"\b(?:offers?|runs?|provides?|(?:is|are) offered|(?:is|are) (?:open|available) to)\b[^.;]{0,80}?\b"
        r"(?:to |for )?"
        r"(?:all|every|any)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:famil(?:y|ies)|parents?|carers?|students?|pupils?|child(?:ren)?|"
        r"young (?:people|person)|learners?|users?)\b"
        r"|\boffers? (?:\w+ ){0,2}?(?:families|parents|carers|students|pupils|children|young people|learners) up to\b"
        # "All the coordinator's apprentices have a progress review every 10 weeks": what every learner has
        r"|^all (?:the |our )?(?:[\w'\u2019-]+ ){0,4}?(?:students|pupils|learners|apprentices|trainees|children|"
        r"young people) (?:have|get|receive|are offered|can (?:use|book|access|attend))\b"
        r"|\b(?:is|are) (?:only )?(?:available|open) (?:only )?to (?:children|families|young people|pupils|students) "
        r"(?:who|with|aged)\b"
        # "a youth club every Friday evening that any young Deaf person aged 11-19 can come to"
        r"|\b(?:that|which) any (?:[\w-]+\s+){0,3}?(?:person|child|young person|family|parent|carer|pupil|student)s?\b"
        r"[^.;]{0,40}\bcan (?:come|go|attend|join|use|book|access)\b",
    ),
    _signal(
        "labelled-for-home",
        "background",
        8.0,  # outweighs the wording of a firm recommendation: its label says whom it is for
        # a recommendation labelled for the family at home: advice to them, not provision the plan secures
        r"^(?:\d{1,2}[.)]\s*)?(?:for|at) (?:home|parents|the family|mum and dad|carers)\s*:",
    ),
    _signal(
        "points-below",
        "background",
        5.0,
        # "School nurse sessions (below).", "See section 5": where the help is set out, not the help
        r"^(?:[\w-]+\s+){0,4}[\w-]+\s*\((?:see )?(?:below|above|overleaf)\)\.?$"
        r"|^(?:see|as in) (?:below|above|overleaf|section \w+|page \d+|appendix \w+)\b[^.]{0,40}\.?$",
    ),
    _signal(
        "past-narrative",
        "background",
        2.0,
        r"(?<!since )\b(?:he|she|they) (?:placed|stood|sat|asked|joined|watched|walked|completed|wrote|drew|answered|"
        r"chose|picked|tried|ran|went|came|looked|named|worked|played|needed|became|began|started|stopped|rotated|"
        r"noticed|responded|smiled|laughed|cried|left|returned)\b",
    ),
    # a block of help the child had, for a stated time, in the past: "Anwen went to our Worry Busters group for six
    # weeks in the autumn term" (not "She goes to the group every week", nor "will have a block of six sessions")
    _signal(
        "past-block",
        "background",
        5.0,
        r"\b(?:went to|attended|had|received|completed|did)\b[^.;]{0,60}\b(?:group|sessions|programme|intervention|"
        r"therapy|course|block|club)\b[^.;]{0,60}\b(?:for|over) (?:\w+ )?(?:weeks|months|terms|sessions)\b",
    ),
    # help the writer asks not to be given: "I would ask school not to begin any separate therapeutic programme with
    # Lennon while DDP is under way" (what to avoid is for the conflict checks, never a provision to draft)
    _signal(
        "asks-not-to",
        "background",
        6.0,
        r"\b(?:ask|asks|asked|advise|advises|advised|recommend|recommends|suggest|suggests|request|requests)\s+"
        r"(?:that\s+)?(?:the\s+)?(?:school|staff|college|setting|nursery|teachers|you|they)\s+(?:do\s+)?not\b",
    ),
    # what should have happened and did not: "Room change should of been on the cover board"
    _signal(
        "should-have-been",
        "background",
        4.0,
        r"\bshould (?:have|of|['\u2019]ve) (?:been|had|done|told|given|put|said|known|called|written|informed|sent)\b",
    ),
    _signal(
        "signposting",
        "background",
        4.0,
        r"\bcan (?:contact|get in touch with|ask|apply|access|self-refer|find out)\b|\b(?:have been|was|were) given "
        r"(?:information|details|leaflets?|a leaflet)\b|\bgiven (?:information|details|leaflets?) about\b"
        r"|\b(?:i|we) have (?:given|sent|passed on|shared)\b[^.]{0,40}\b(?:information|details|leaflets?)\b"
        r"|\bif (?:their|the family'?s?|his|her) circumstances change\b",
    ),
    _signal(
        "lead-in",
        "background",
        6.0,
        r":\s*$|\bas follows\b|^if an ehc plan is (?:issued|agreed)\b"
        # "To meet these needs I recommend the following.": the list below is the provision
        r"|\b(?:recommend|suggest|propose|advise) the following\s*[.:]?\s*$"
        # "Kojo has the following additional support." (not a time: "each Friday for the following week.")
        r"|\bthe following(?! (?:days?|weeks?|weekend|terms?|half[- ]terms?|months?|years?|mornings?|afternoons?"
        r"|evenings?|nights?|lessons?|sessions?|school day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
        r"(?: [\w-]+){0,3}\s*[.:]?\s*$"
        # what the list is: "These are practical suggestions from the eye clinic; the QTVI will give fuller advice"
        r"|^\W*(?:these|the above|the following) (?:are|were) (?:(?:only|some|just|our|my|practical|general|initial) )*"
        r"(?:suggestions|recommendations|ideas|pointers|tips)\b",
    ),
    _signal(
        "letter-talk",
        "background",
        5.0,
        r"\bthank you for\b|\bplease (?:do )?(?:not hesitate|contact|get in touch|call|ring|let me know|feel free)\b"
        r"|\bif you need anything (?:else|further|more)\b"
        # the writer offering the caseworker a different format: "I can put it on the form if you need me to"
        r"|\bif you (?:need|want|would like|prefer) (?:me|us) to\W*$|\bput (?:it|this|them) on (?:the|a|your) form\b"
        r"|\bsend (?:a )?cop(?:y|ies) of (?:this|my|the) (?:letter|report|advice)\b"
        # "I have copied this letter to the Sensory Support Service so that ..."
        r"|\b(?:have|will|am) (?:also )?(?:copied|copy|copying|cc'?d?) (?:this|my|the) (?:letter|report|advice)\b"
        # who else will read it: "the SEND team will also use this letter for her needs assessment"
        r"|\b(?:use|read|see|share|receive) (?:this|my|these) (?:letter|report|advice|notes)\b"
        r"|\b(?:will|to) (?:have|get|receive|be sent) a copy\b"
        r"|\byours (?:sincerely|faithfully)\b|\bkind regards\b|\bbest wishes\b|^dear\b|^cc\b|\bi confirm that\b"
        r"|\bif you (?:have|need) any (?:further )?(?:questions|queries|information)\b"
        # (not an offer to have the child: "I am happy to have her with me every Friday period 5")
        r"|\bi (?:am|would be) happy (?:for|to)\b(?! (?:have|take|see|work with|meet|support|teach|mentor|coach|help)"
        r" (?:her|him|them)\b)|\bfor further information\b|\bmany thanks\b|^re:",
    ),
    _signal(
        "good-news",
        "background",
        3.0,
        r"\bwithin (?:the )?(?:normal|average|expected|typical) (?:range|limits)\b|\bage[- ]appropriate\b"
        r"|\bno (?:concerns?|difficulties|problems)\b|\b(?:is|are|was|were) normal\b|\bis a (?:real |relative )?"
        r"strength\b|\bsatisfactory\b|\bdelightful\b|\b(?:is|are) (?:good|excellent|secure)\b|\bup to date\b"
        r"|\bdeveloping (?:typically|as expected)\b|\btypical for (?:his|her|their) age\b"
        r"|\b(?:engaged|worked|responded|settled|coped) well\b|\bwas happy to\b|\bwell cared for\b"
        r"|\bworking closely with\b",
    ),
    # an examination that found nothing wrong, said with nothing after a "but": "An optometrist's eye examination found
    # normal vision with no need for glasses" (not "found no signs of damage, but she still has seizures"); strong
    # enough that the learned reading is not asked
    _signal(
        "normal-finding",
        "background",
        5.0,
        r"^(?![^.;]*\b(?:but|however|although|though|still|except)\b)[^.;]*?"
        r"(?:\bfound (?:normal|typical)\b|\bno need for (?:glasses|hearing aids|treatment|medication|follow-up)\b"
        r"|\bno (?:signs|evidence) of\b)",
    ),
    # a summary's pointer back to where the help is set out ("Now-and-next board and countdown (section 4)."): the
    # help is drafted from that section, not again from its name
    _signal(
        "cross-reference",
        "background",
        5.0,
        r"^(?![^(]*\b(?:will|should|must|needs?|has|have|is|are|can|to)\b)[^.:]{3,80}"
        r"\((?:see )?(?:section|part|para(?:graph)?|page|p\.|recommendation|r) ?\d+[a-z]?(?: above| below)?\)\.?$",
    ),
    _signal(
        "sign-off",
        "background",
        5.0,
        r"^(?i:signed|countersigned|written by|scribed by|completed by|assessed by|prepared by|compiled by|"
        r"requested by|referred by|commissioned by|"
        r"(?:minutes|notes|record|plan) (?:agreed|taken|written|approved) by|name|dob|"
        r"date|position|role|designation|sources?(?: of information)?|information (?:sources|gathered)|present|"
        r"attendees|in attendance|cc|copies(?: of this (?:letter|record|report))?(?: sent)?(?: to)?|copy to|"
        r"distribution(?: list)?)\s*[:|]"
        # "Completed by Osric Pendarves (SENCo) with ...": who wrote it, with no colon
        r"|^(?i:completed|assessed|prepared|compiled|written) by "
        r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.? )?[A-Z][a-z]+ [A-Z]"
        r"|^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.? [A-Z][\w.' -]{0,40}, [^.]{0,80}$"
        # "Keziah Blane, Specialist Speech and Language Therapist (HCPC SL09114)"
        r"|^[A-Z][a-z]+ [A-Z][\w'-]+, (?:[A-Z][\w ]+)(?: \([^)]{1,40}\))?\.?$"
        # with the team and the date: "Bethan Lowery, Social Worker, Disabled Children's Team - 02/02/2026"
        r"|^[A-Z][a-z]+ [A-Z][\w'-]+, [A-Z][\w ]+(?:, [A-Z][\w' ]+){0,2}\s*[-\u2013]\s*\d{1,2}/\d{1,2}/\d{2,4}\.?$"
        # "W. Rookwood, Nurture Group Teacher / I. Skelhorn, SENCo": who signed, one after another
        r"|^(?:[A-Z]\.? )?[A-Z][\w'-]+, [A-Z][\w ]{1,40}(?: / [A-Z]\.? [A-Z][\w'-]+, [A-Z][\w ]{1,40})+$"
        # a form's signature line, run together with the name before it: "... (class teacher) Countersigned:P. Quigley"
        r"|\b(?i:countersigned|signed)\s*:\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.? )?[A-Z]",
        flags=0,
    ),
    _signal(
        "clinic-review",
        "provision",
        3.0,
        r"\b(?:annual|yearly|regular|\d+-monthly|six-monthly|termly) (?:reviews?|checks?|appointments?)\b"
        r"|\breview(?:ed)? (?:in|at|by) (?:the )?[\w ]{0,30}(?:clinic|service|team)\b"
        r"|\b(?:reviews?|appointments?) (?:in|at) (?:the )?[\w ]{0,30}clinic\b"
        # "Orthotic review every 12 months", "Wheelchair Service review every 12 months"
        r"|^(?:an? |the )?[\w -]{0,40}\b(?:reviews?|checks?|appointments?|surveillance)\b[^.;]{0,20}\bevery "
        r"(?:\d+|one|two|three|four|six|twelve|eighteen)? ?(?:days?|weeks?|months?|years?|terms?)\b"
        # treatment the child has now, at a stated interval: "injections into the calf every six months"
        r"|\b(?:has|have|receives?|attends?|gets?)\b[^.;]{0,50}\b(?:injections?|infusions?|reviews?|appointments?|"
        r"check-?ups?|scans?|blood tests?|transfusions?)\b[^.;]{0,40}\b"
        r"(?:every (?:\d+|one|two|three|four|six|twelve|eighteen)? ?"
        r"(?:days?|weeks?|months?|years?|term)|(?:once|twice) a (?:year|term)|annually|yearly)\b",
    ),
    _signal(
        "preamble",
        "background",
        8.0,  # it talks about the items (under their heading, with their words): it is not one of them
        r"^(?:the|these|this|our) (?:targets?|strateg\w+|outcomes?|provision|recommendations?|following|"
        r"programme|table|advice|support|suggestions?)\b[^.]{0,100}\b(?:below|following|above|overleaf|"
        r"in this (?:table|section))\b|^(?:the|these) following\b|^(?:the|these) (?:\w+ ){0,2}(?:recommendations?|"
        r"targets?|strategies|outcomes|suggestions) (?:is|are) (?:suggested|listed|set out|given|made|as follows)\b"
        r"|^(?:they|these|this|the outcomes?|the targets?) (?:build|are based|is based|reflects?|take account)\b"
        # a lead-in to a list ("If a plan is issued, the college will also provide:"): its items are
        # the provision, the lead-in has nothing to quantify
        r"|^[^:]{12,160}\b(?:provide|include|offer|recommend|are|is|be|following|as follows|will|need|needs)\s*:$",
    ),
    # an option to think about, not a recommendation: "a referral ... could be considered if ..."
    _signal(
        "option",
        "background",
        4.5,
        r"\b(?:could|might|may) (?:also )?be (?:considered|explored|worth considering|thought about)\b",
    ),
    _signal(
        "deliberation",
        "background",
        4.0,
        # (not the question a child's quoted answer follows: "When Jodie asked about her walker she said \"...\"")
        r"\basked (?:whether|if|about)\b(?![^.]{0,80}\b(?:said|signed|answered|replied)\b[^.]{0,20}[\"\u201c])"
        r"|\b(?:cannot|can ?not|can't|(?:is|are) (?:unable|not able) to|(?:does|do) not) (?:offer|provide|fund)\b"
        r"|\b(?:meets|met|does not meet|did not meet) the (?:\w+ )?(?:threshold|eligibility criteria)\b"
        r"|\b(?:meets|met|does not meet|did not meet) the criteria for (?:\w+ ){0,3}(?:short breaks|services?|support|"
        r"funding|care)\b"
        r"|\b(?:do|did) not think\b|\bdon'?t think\b|\bwould not (?:help|be "
        r"(?:appropriate|helpful|needed))\b|\bis not (?:needed|necessary|appropriate|recommended|required)\b"
        r"|\bno (?:further )?(?:action|provision|input|intervention|treatment) is (?:needed|required|necessary)\b"
        r"|\boutside (?:my|our) remit\b|\btried not to\b|\bfound no (?:\w+ )?cause\b|\bI would encourage\b"
        r"|\b(?:does|do) not need to be\b|\bnot (?:needed|required) (?:in|at) school\b"
        r"|\b(?:is|are) not (?:a|an) (?:need|concern|difficulty|problem)\b"
        r"|\b(?:did|do|does) not (?:wish|want) to (?:consider|pursue|try|start|accept)\b|\bdeclined\b"
        # an adult's own health: a parent, or anyone called Mr, Mrs or Ms (never the child)
        r"|\b(?:mother|father|mum|dad|parent|carer|grandmother|grandfather|nan|(?:mr|mrs|ms|mx)\.? [A-Z][\w'-]+)"
        r"\b[^.]{0,50}\b(?:takes (?:\w+ )?medication|has a history of|is prescribed|is being treated)\b",
    ),
    _signal(
        "pointer",
        "background",
        4.0,
        # "see continence care plan attached": the report, letter or plan it points to says what is done
        r"(?<!\()\b(?:see|refer to) (?:the |her |his |their |my )?[\w' ]{0,40}"
        r"(?:(?:report|advice|letter|assessment)\b|\bplan\b(?! (?:to|for|of|how|what)\b))"
        r"|\b(?:described|set out|detailed|given|listed|outlined|covered) (?:in|by) (?:the |her |his |their |my )?"
        r"[\w' ]{0,40}(?:report|advice|letter)\b|\bdetails are in\b|\bi (?:agree|concur) with\b"
        r"|\b(?:should|will) (?:also )?be (?:taken from|provided by the)\b|\bhave not repeated\b"
        r"|\b(?:described|set out|detailed|covered) (?:by|in) (?:the |her |his |their )?(?:\w+ ){0,3}(?:reports?|"
        r"advice|letters?|therapists?|school|service)\b|\bhave not made (?:any )?recommendations\b"
        r"|\b(?:in|from|on) the (?:table|list|chart) (?:above|below)\b|\beverything (?:listed )?above\b"
        # "His needs will be met by existing services and his EHC plan": met elsewhere, nothing new
        r"|\bneeds? (?:will|can|could|are|is) (?:be )?met (?:by|through|within) (?:the |his |her |their )?"
        r"(?:existing|current|universal|ehc plan)\b"
        r"|\bwill (?:follow|be as set out in|be in line with) (?:the )?[\w' ]{0,40}(?:report|advice)\b",
    ),
    _signal(
        "for-home",
        "background",
        6.0,  # "At home it also helps if her family give her extra time": advice to the family
        r"^(?:at home|at weekends|in the evenings?|outside school)\b(?![^.]{0,60}\b(?:school|class|lessons?|"
        r"teachers?|teaching assistant|staff)\b)[^.]{0,60}\b(?:it (?:also )?helps?|would help|try|you (?:could|can|"
        # (the family who act, not those the child's distress is aimed at: "aggression towards her parents")
        r"might|should)|(?<!towards )(?<!against )(?<!\bat )(?<!\bhits )(?:(?:her|his|their|the) (?:family|parents?|"
        r"carers?)|mum|dad)|(?:mother|father) (?:could|can|"
        r"should|might|may|will)|(?:i|we) (?:would )?(?:also )?(?:suggest|recommend|advise))\b",
    ),
    _signal(
        "given-at-home",
        "background",
        5.0,
        r"\b(?:given|taken|administered) (?:by (?:his|her|their) (?:parents?|mother|father|carers?) )?at home\b"
        r"|\bno doses? (?:are|is) needed (?:in|at) school\b",
    ),
    _signal(
        "given-in-school",
        "provision",
        3.0,
        # medicine the school keeps and gives: "paracetamol and ibuprofen for pain, kept in the school office and
        # given as set out in his Individual Healthcare Plan"
        r"\b(?:kept|stored|held) (?:in|at) (?:the )?(?:school|college|nursery)(?: office| medical room| reception)?\b"
        r"[^.;]{0,40}\b(?:and )?(?:given|administered)\b"
        r"|\b(?:given|administered) "
        r"(?:by (?:school|college|nursery) staff|in school|at school|at nursery|at college)\b",
    ),
    # what to do in an emergency, or a safety rule with an adult's supervision: "Call 999 at once if the seizure has
    # not stopped", "must not use the hob unless an adult is standing beside him", "watched by an adult"
    _signal(
        "safety-action",
        "provision",
        3.0,
        r"(?:^|[.;:]\s+|\bif\b[^.;]{0,80}?,\s*)(?:call|ring|dial|phone) (?:999|an ambulance)\b"
        r"|\bmust not\b[^.;]{0,60}\bunless (?:an? |the )?(?:adult|member of staff|staff|trained)\b"
        r"|(?<!was )(?<!were )(?<!been )\b(?:watched|supervised|observed) (?:closely )?by (?:an? |the )?"
        r"(?:adult|member of staff|staff|trained)\b",
    ),
    # a discharge letter's safety net for the family, no help the plan gives: "Return to ED straight away if Laleh has
    # tummy pain" (not "She has had to return to hospital twice")
    _signal(
        "safety-net",
        "background",
        5.0,
        r"^(?:\d{1,2}[.)]\s*)?(?:return|come back|go straight|bring (?:him|her|them) (?:back|straight))(?: back)? to "
        r"(?:the )?(?:ed|a&e|a and e|emergency department|hospital|the ward)\b[^.;]{0,40}\bif\b",
    ),
    # a clinic letter's labelled treatment, with how often: "Night splints: knee immobilisers every night for the next
    # three months", "Pain relief: paracetamol every night at bedtime for the next four weeks"
    _signal(
        "labelled-treatment",
        "provision",
        3.0,
        r"^(?:\d{1,2}[.)]\s*)?(?:night |day |hand |resting )?(?:splints?|splinting|orthos[ie]s|orthotics|insoles|"
        r"pain relief|analgesia|hydrotherapy|serial casting|casting|bracing|compression(?: garments| tights)?|"
        r"stretches|stretching|botulinum toxin|botox)\s*:\s*[^.]{0,80}\b(?:every|each|daily|nightly|weekly|twice|"
        r"once a|at night|at bedtime|(?:a|per) (?:day|week|night))\b",
    ),
    _signal(
        "one-off-follow-up",
        "background",
        4.5,  # "I will see him again in July": an appointment, not provision (a recurring review is, and a clinic's)
        # (help by the week or month that a team will review is provision: "6 hours a month at Puffin Club continue")
        r"^(?!.*\b(?:every|each|termly|annual(?:ly)?|yearly|regular(?:ly)?|\w+-monthly|monthly|weekly|twice|three "
        r"times|clinic|(?:a|per) (?:week|fortnight|month|term|year))\b)"
        # ("does not seem to notice he is wet ... in January" is no appointment)
        r".*\b(?:see[ns]?|seeing|review\w*|meet(?:s|ing)?|follow(?:ed)? up|reassess\w*|assess\w*)\b[^.]{0,50}"
        r"(?:\bagain\b|\bin "
        r"(?:\d+|one|two|three|four|six|nine|twelve|eighteen) (?:weeks?|months?)\b|\b(?:in|next) (?:january|february|"
        r"march|april|may|june|july|august|september|october|november|december)\b)",
    ),
    # one appointment booked for a date: "A second preparation visit is booked for 2 July 2026" (not what is booked
    # every week: "Weekly sessions are booked for Tuesdays")
    _signal(
        "booked-once",
        "background",
        4.5,
        r"^(?!.*\b(?:every|each|weekly|fortnightly|monthly|termly|daily|twice|(?:a|per) (?:week|fortnight|month|term)|"
        r"\w+days)\b)"
        r".*\b(?:is|are|has been|have been) (?:now )?(?:booked|arranged|scheduled) (?:for|on) (?:\w+day,? )?(?:the )?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
        r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b)",
    ),
    # how a table's figures are worked out: "Weekly time = Sessions/wk x Mins."
    _signal(
        "formula",
        "background",
        6.0,
        r"^[a-z][\w /'-]{1,40}\s=\s[\w /'-]{1,40}\s(?:x|\u00d7|\*|times|multiplied by)\s[\w /'-]{1,40}\.?$",
    ),
    # help that is only for later, if the difficulty comes back: "may benefit from a further block of play
    # therapy if his difficulties return" (not a routine for when a difficulty shows: "if his anxiety rises")
    _signal(
        "if-it-returns",
        "background",
        6.0,
        r"\bif (?:his|her|their|the|these|those|any) (?:[\w-]+ ){0,2}(?:difficulties|problems|symptoms|concerns|"
        r"needs|anxiety|behaviours?|issues|seizures|pain)\s+(?:return|recur|come back|re-?emerge|reappear)\b",
    ),
    # the writer at a meeting: "I will attend her first review" (not "... every term": a recurring visit)
    _signal(
        "writer-attends",
        "background",
        4.5,
        r"^(?!.*\b(?:every|each|termly|annual(?:ly)?|yearly|twice|three times)\b).*\b(?:i|we) will (?:also )?"
        r"(?:attend|come to|join) (?:the |her |his |their |a )?(?:\w+ ){0,2}(?:review|meeting|conference|panel)s?\b",
    ),
    # a record's own history, labelled: "Sessions reviewed: 10 weekly sessions, 16 September to 25 November"
    _signal(
        "done-already",
        "background",
        6.0,
        r"^(?:sessions?|visits?|appointments?|input|support|therapy|intervention) (?:reviewed|attended|delivered|"
        r"completed|received|given|provided|to date|so far)\s*:",
    ),
    # how a goal is measured, not a goal: "The goals will be re-rated at my last visit in July 2026", "Each goal is
    # weighted for importance", "I will re-score the goals with school" (not the child's "Ludo will score 3 goals")
    _signal(
        "goal-scoring",
        "background",
        6.0,
        r"\b(?:the|these|each|every|all|his|her|their|my|our) (?:[\w-]+ )?(?:goals?|targets?|t-scores?|scores?) "
        r"(?:is|are|will be|were|was|to be) (?:re-?)?(?:rated|scored|measured|calculated|weighted|scaled)\b"
        r"|\b(?:i|we) will (?:re-?)?(?:rate|score|measure) (?:the|these|his|her|their) (?:goals?|targets?)\b",
    ),
    _signal(
        "plan-review",
        "background",
        5.0,  # the plan's own review, with no one named to do it: process, not provision
        r"\b(?:plan|payment|package|arrangements?|placement) (?:is|are|will be) (?:reviewed|monitored)\b(?! by)",
    ),
    _signal(
        "equipment-state",
        "background",
        3.0,
        r"\b(?:was|were) (?:working|worn|functioning|in place|charged|switched on)\b",
    ),
    _signal(
        "advice-sought",
        "background",
        6.0,  # asking someone else for advice is not the provision they may advise
        r"\b(?:should|will|must) (?:also )?be (?:sought|requested|obtained)\b"
        r"|\b(?:seek|request|obtain) (?:further |specialist |their |his |her )?advice\b",
    ),
    _signal(
        "strength",
        "background",
        3.0,  # a strength is not a need (the plan records strengths in A and around B)
        r"\b(?:is|are) (?:very |highly |extremely |a |an )?(?:articulate|sociable|popular|kind|polite|caring|"
        r"creative|chatty|well-liked|hard-working|hardworking|enthusiastic|imaginative|fluent (?:reader|speaker))\b"
        r"(?! for\b)"  # "is caring for Ludo on her own": what she does, not what she is like
        r"|\bhas (?:a )?(?:very )?(?:wide|good|strong|rich|extensive|large|broad) (?:spoken |expressive |receptive "
        r"|oral )?vocabulary\b",
    ),
    _signal(
        "no-concerns",
        "background",
        4.0,
        r"\bno (?:concerns?|worries|issues) (?:about|with|regarding|around|over)\b"
        r"|\b(?:physical health|general health|health) is (?:good|excellent|fine)\b|\bis otherwise (?:fit and )?well\b"
        # "no eligible social care needs were identified": an assessment that found none
        r"|\bno (?:eligible |unmet |further |additional )?(?:[\w-]+ ){0,2}needs (?:were|have been|was|are) "
        r"(?:identified|found|assessed)\b",
    ),
    _signal(
        "numbered-pointer",
        "background",
        6.0,  # "... (recommendation 1)": the recommendation itself is drafted where it is made
        r"\((?:see |as in )?recommendations? \d+\)",
    ),
    _signal(
        "endorsement",
        "background",
        5.0,
        r"\bI (?:fully |strongly |would )?(?:support|endorse|agree with|concur with|echo)\b",
    ),
)

# Which part of the plan a need or provision belongs to: health (C, G) or social care (D, H).
MEDICAL_RE = re.compile(
    r"\b(?:epilep\w*|seizures?|asthma|diabet\w*|allerg\w+|anaphyla\w+|medication|medicines?|melatonin|"
    r"methylphenidate|tablets?|inhaler|insulin|constipat\w+|incontinen\w+|tonsil\w*|heart|cardiac|cardiology|"
    r"migraines?|infections?|thyroid|hypothyroid\w*|gastrostomy|tube[- ]fed|spasticity|contractures?|orthotics?|"
    r"scoliosis|botulinum|surgery|operation|eczema|syndrome|trisomy|palsy|albinism|nystagmus|photophobia|"
    r"sensorineural|glue ear|bladder|urgency|self-harm|generalised anxiety disorder|low mood|depression|"
    r"panic disorder|dysphagia|reflux|sleep disorder|insomnia|growth hormone|camhs|waiting list|"
    # the body at night and at meals, told by a family or a school: bedwetting, snoring, a narrow diet, pain
    rf"{BODY_AT_NIGHT_AND_MEALS}|enuresis|night(?:-time)? nappies|pull-ups|snor\w+|"
    rf"{NIGHT_WAKING}|"
    r"(?:stomach|tummy) (?:pains?|aches?)|cramps)\b",
    re.I,
)
HEALTH_CONDITION_RE = re.compile(
    r"\b(?:epilep\w*|seizures?|asthma|diabet\w*|allerg\w+|anaphyla\w+|medication|medicines?|melatonin|"
    r"methylphenidate|tablets?|capsules|enzymes?|inhaler|insulin|sleep\w*|cystic fibrosis|cross-infection|"
    # "eat lunch in a quieter room" is where he eats, not a condition
    r"(?:eats?|eating)(?! (?:his |her |their )?lunch\b)|feeding|food aversion|weight|growth|"
    r"constipat\w+|continence|"
    r"incontinen\w+|wetting|soiling|toileting|bladder|bowel|tonsil\w*|heart|cardiac|cardiology|migraines?|"
    r"headaches?|pain|ach(?:e|es|ing)|infections?|drool\w*|dribbl\w*|blood|thyroid|hypothyroid\w*|gastrostomy|"
    r"tube[- ]fed|urinary|urgency|"
    r"physical health|"
    r"spasticity|tone|contractures?|orthotics?|splints?|hips?|knees?|scoliosis|botulinum|surgery|operation|vision|"
    r"eyesight|hearing aids?|glasses|dental|teeth|self-harm|generalised anxiety disorder|"
    r"low mood|depression|panic disorder|eczema|physical examination|dietetic|dietitian|gp|"
    r"(?:muscular )?dystroph\w+|neuromuscular|muscle[- ]wasting|cerebral palsy|spina bifida|hydrocephalus|"
    r"pressure sores?|cystic fibrosis|leuka?emia|cancer|chemotherapy|sickle cell|anorexia|eating disorder|"
    r"cough\w*|lungs?|chest infections?|respiratory|kidneys?|renal|arthritis|haemophilia|coeliac|crohn'?s|colitis|"
    r"stoma|tracheostomy|ventilat\w+|oxygen|congenital|cytomegalovirus|cmv|"
    r"snor(?:es|ing)|apnoea|apnea|hearing loss|(?:long|short)[- ]sighted|squint|chok(?:e|es|ed|ing))\b",
    re.I,
)
HEALTH_SERVICE_RE = re.compile(
    r"\b(?:clinic|camhs|paediatric\w*|paediatrician|consultant|nurse|nursing|dietit\w+|dietetic|audiology|"
    r"ophthalmolog\w+|orthoptist|neurolog\w+|cardiolog\w+|hospital|gp|surgery|health visitor|nhs|prescri\w+|"
    r"appointments?|blood tests?|x-rays?|injections?|referral|review(?:ed)? (?:in|at) (?:the )?clinic|"
    r"health (?:team|service)|community paediatric|cbt|cognitive behavioural therapy|psychiatr\w+|"
    # the NHS wheelchair and seating service's reviews, and care of the skin under pressure
    r"(?:wheelchair|seating)(?: and seating)? (?:service|clinic)|review\w* (?:\w+ ){0,2}(?:seating|posture)|"
    r"relieve pressure|pressure (?:care|relief|sores?|areas?|marks?))\b",
    re.I,
)
EDUCATIONAL_DIFFICULTY_RE = re.compile(
    r"\b(?:reading|writing|spelling|handwriting|maths|numeracy|literacy|phonics|learning|lessons?|classroom|"
    r"class|schoolwork|homework|instructions|concentrat\w+|attention|friendships?|peers|playtimes?|"
    r"communication|speech|language|vocabulary|understanding|social skills|fine motor|gross motor|"
    # what a deaf child hears and says, though a clinic describes it: "the early stages of listening", "15 words and
    # word approximations", "drops sharply when there is background noise", "no access to sound"
    r"listening|spoken|word approximations|background noise|access to sound|"
    r"coordination|dressing|fastenings|worksheets?|playground|tasks?|piece of work|(?:seated|independent) work|"
    # what a neuropsychologist measures is how the child learns
    r"executive function\w*|processing speed|working memory|memory for (?:new )?\w+|visual[- ]perceptual|"
    # the child's memory, named as theirs: "Maisie's memory is a particular difficulty"
    r"(?:(?-i:[A-Z][a-z'-]+)['\u2019]s|his|her|their) memory\b|"
    r"visuo-?spatial|intellectual ability|learning disabilit\w+|"
    # the skills of independent living a young person is taught
    r"prepare (?:a )?(?:simple |hot )?meals?|cook(?:ing)?|manage (?:her |his |their )?(?:own )?money|budget\w*|"
    r"(?:her|his|their) own (?:washing|laundry|shopping)|travel independently|independent travel)\b",
    re.I,
)
# an access arrangement for exams: "25% extra time in all examinations", "a computer reader in all papers"
ACCESS_ARRANGEMENT = (
    r"(?:extra time|additional time|rest breaks?|(?:computer |human )?reader|scribe|prompter|separate room|"
    r"word processor|modified papers?|enlarged papers?)"
)
# the school's own tests too ("25% extra time for all written tasks and tests"), not a clinic's
SITTING = (
    r"(?:exams?|examinations?|papers|assessments|(?<!blood )(?<!hearing )(?<!eye )(?<!urine )(?<!allergy )tests"
    r"(?! of\b))"
)
# the arrangement, then what it is for, or the other way round ("For tests, ... Zain has 25% extra time")
EXAM_ARRANGEMENT_RE = re.compile(
    rf"\b{ACCESS_ARRANGEMENT}\b[^.;]{{0,80}}\b{SITTING}\b"
    rf"|^\W*(?:\d{{1,2}}[.)]\s*)?(?:for|in) (?:all )?(?:his |her |their )?{SITTING}\b"
    rf"[^.;]{{0,80}}\b{ACCESS_ARRANGEMENT}\b",
    re.I,
)
SCHOOL_DIFFICULTY_RE = re.compile(
    # (a condition's name is not school: "a club for young adults with learning disabilities")
    r"\b(?:reading|writing|spelling|handwriting|maths|numeracy|literacy|phonics|learning(?! disabilit| difficult)|"
    r"lessons?|classroom|"
    r"schoolwork|school work|homework|curriculum|gcses?|coursework|exams?)\b",
    re.I,
)
# eating and drinking safely: the swallow, textures, positioning for meals (health care, whoever advises it)
# the swallow itself and its care, not any mention of a meal: what no learned second opinion moves out of health care
SWALLOW_CARE = (
    r"\bswallow\w*|\bdysphagi\w+|\baspirat\w+|\bthicken\w*|\biddsi\b|\bpur[eé]e\w*|\bvfss\b|\bvideofluoroscop\w*"
    r"|\bgastrostomy\b|(?-i:\bPEG\b)|\bnasogastric\b"
)
SWALLOW_CARE_RE = re.compile(SWALLOW_CARE, re.I)
# eating and drinking: the swallow's care, and the meals, textures and spoonfuls it is given in
SWALLOW_RE = re.compile(
    SWALLOW_CARE + r"|\btextures?\b|\bchok\w+|\bfed\b|\bfeed(?:s|ing)?\b|\beating and drinking\b|\bmeals?\b"
    r"|\bmealtimes?\b|\bsips?\b|\bmouthfuls?\b|\bteaspoons?\b",
    re.I,
)
# a child's body: moving, sitting, standing, a wheelchair; a physical need, whoever describes it
PHYSICAL_FUNCTION_RE = re.compile(
    r"\b(?:sit|sits|sitting|stand|stands|standing|walk|walks|walking|crawl\w*)\b[^.;]{0,40}\b(?:support|"
    r"independently|unaided|aids?|frame|walker)\b|\bwheelchairs?\b|\bmobility\b|\b(?:fine|gross) motor\b"
    r"|\bhand function\b|\bcannot (?:sit|stand|walk)\b",
    re.I,
)
SCHOOL_DELIVERY_RE = re.compile(
    r"\b(?:teachers?|school|education|educational|teaching assistants?|senco|sendco|classroom|class|staff|"
    r"college|tutors?|lessons?|key adult|elsa|learning mentor|(?:every|each|all) adults?|transitions?|key person|"
    r"lsas?|hltas?|tas|learning support (?:assistants?|workers?))\b"
    # a teaching assistant by the abbreviation alone: "delivered by Mrs Toller (TA)"
    r"|(?<![\w-])ta(?![\w-])",
    re.I,
)
EDUCATES_RE = re.compile(
    rf"speech and language therap\w*|{SLT_ABBREVIATION}|occupational therap\w*|physiotherap\w*|social skills|"
    r"(?:language|communication|motor(?: skills)?|fine motor|handwriting|literacy|typing) (?:programme|"
    r"group|sessions?|intervention)",
    re.I,
)
# teaching the child skills: special educational provision, whoever advises it (s21(5)), though not a
# therapy the advice could be said to have misplaced
TEACHES_RE = re.compile(
    r"\bteach(?:es)? (?:him|her|them)\b|\b(?:be|is|are) taught\b|\bteach(?:es)? (?-i:[A-Z][a-z'-]+) (?:to|how)\b"
    # a teacher's sessions with the child, though a hospital's letter tells them: "a teacher from Ashfield Hospital
    # School works with Zac for an hour during each dialysis session"
    r"|\b(?:teacher|tutor)s?\b[^.;]{0,60}?\bworks? with (?:him|her|them|(?-i:[A-Z][a-z'-]+))\b",
    re.I,
)
SOCIAL_CARE_RE = re.compile(
    r"\b(?:short breaks?|respite|personal assistant|direct payments?|family support|early help|"
    r"social worker|social care|children'?s services|carers?'? (?:assessment|allowance|needs)|breaks? from "
    r"caring|overnight|after[- ]school club|holiday (?:club|scheme)|saturday (?:club|activity)|"
    r"youth club|sitting service|home care|care package|care act|child in need|parenting (?:support|programme|"
    r"course)|family hub|young carers?['’]?s? (?:service|project|group|needs assessment|assessment)|"
    # the council's support for children placed with family or adopters
    r"kinship (?:support|carers?|care)|special guardianship|adoption support|fostering (?:team|service|support)|"
    r"family time|supervised contact)\b",
    re.I,
)
FAMILY_NEED_RE = re.compile(
    CARER_STRAIN + r"|\bgiven up (?:work|her job|his job|their jobs)\b|\bgave up (?:work|her job)"
    r"|\bsupervision in public\b|\bno sense of danger\b",
    re.I,
)


# In a family's own words, what the child's body does at home that a doctor would treat (a health need) and what
# caring costs the family (a social care need): "She still wets the bed most nights", "She wakes up three or four times
# every night", "We have not had a single break since Imani was born", "it is only me".
FAMILY_HEALTH_RE = re.compile(
    rf"\b(?:{BODY_AT_NIGHT_AND_MEALS})|\b(?:still )?(?:wet|wets) at nights?\b"
    rf"|\b{NIGHT_WAKING}\b|\bnot (?:falling|getting) asleep (?:until|before)\b"
    r"|\b(?:stomach|tummy) (?:pains?|aches?)\b"
    # (not the parent's own sleep: "I lie awake listening for him", which is what caring costs them)
    r"|\bcramps?\b|\b(?:can'?t|cannot|can not) (?:get to )?sleep\b|(?<!\bI )(?<!\bwe )\blies? awake\b"
    # the bowel as a parent tells it: "her poo is hard like stones. Sometimes there is blood."
    r"|\b(?:poo|poos|stools?|bowels?)\b[^.]{0,30}\b(?:hard|blood|bleeds?|painful|hurts?)\b"
    # a part of the child that hurts: "her right leg hurts and feels tight" (not a hand that hurts when writing, nor
    # the words a parent hopes to hear: "to be able to say 'Mummy, my leg hurts'")
    r"|\b(?:his|her|their) (?:right |left )?(?:legs?|back|knees?|hips?|feet|foot|ankles?|joints?) "
    r"(?:hurts?|aches?|is sore|are sore)\b"
    # the child's low mood: "Since the summer he has been very low"
    r"|\b(?:he|she|they) (?:has been|have been|is|are|seems|seem) (?:very |really |so )?(?:low|depressed)\b"
    r"(?! (?:level|scores?|numbers?|attendance)\b)(?! (?:on|in) (?!mood\b))",
    re.I,
)
# a stomach ache before school is worry about school, not a health need: "On Sunday nights he has a stomach ache"
SCHOOL_WORRY_RE = re.compile(
    r"\bso (?:that )?(?:she|he|they) (?:doesn't|does not|won't|will not|can't|cannot|don't|do not) have to\b"
    r"|\b(?:cries|crying|worr\w+|upset|anxious) about (?:going (?:in|back )?to )?school\b|\bsunday nights?\b",
    re.I,
)
FAMILY_STRAIN_RE = re.compile(
    r"\b(?:I|we)(?:(?: have|'ve)? (?:not|never)| (?:haven['’]t|hadn['’]t)) (?:had|slept)\b[^.]{0,40}"
    r"\b(?:break|night|sleep|rest)\b"
    r"|\b(?:I'm|I’m|I am) (?:his|her|their) (?:only|sole) carer\b|\b(?:I|we) lie awake\b"
    r"|\b(?:I'm|I’m|I am|she is|she['’]s|he is|he['’]s) (?:on (?:my|her|his) own|alone) with "
    r"(?:him|her|them|(?:both|all|the|my) (?:\w+ )?(?:children|kids|boys|girls)|"
    r"(?-i:[A-Z][a-z'-]+)\b(?! (?:at|in) (?:school|nursery|break|play)))\b|\brunning on empty\b"
    r"|\bit(?: is|'s) (?:only|just) me\b|\b(?:I|we|she|he) (?:cannot|can't|can not) (?:take|lift|manage|cope|leave)\b"
    # the carer's own operation and what it will stop: "I'm having my hip done in April. I don't know how I'll lift her"
    r"|\bhow (?:I|we)(?:['’]ll| will) (?:lift|manage|cope)\b|\b(?:I'm|I’m|I am) (?:having|waiting for) (?:my|an?) "
    r"(?:\w+ )?(?:hip|knee|back|operation|surgery|op)\b"
    r"|\b(?:no|any) help at home\b|\b(?:asked|asking) for (?:a|some) (?:break|rest|respite)\b|\bhelp for me\b"
    r"|\b(?:I|we)(?: are| am|['’]m|['’]re) (?:both |all )?(?:so |completely )?"
    r"(?:exhausted|worn out|tired(?! of)|at breaking point)\b"
    # who else cares and cannot, and a child who goes nowhere without the parent: "his Nana, who is 78 and can't lift
    # him", "He has no life outside school ... he doesn't go anywhere without me"
    r"|\b(?:cannot|can['’]t|can not|can no longer) (?:lift|carry) (?:him|her|them)\b"
    r"|\bno life outside (?:school|home|the house)\b|\b(?:doesn['’]t|does not) go anywhere without (?:me|us)\b"
    # a crowded home: "Seven of us live in a flat with two bedrooms"
    r"|\b(?:five|six|seven|eight|nine|ten|\d+) of us (?:live|living|sleep|sleeping)\b"
    # the other carer worn out, and how long they can go on: "Mum's exhausted and her own health isn't great. I don't
    # know how much longer she can keep doing it" (not the child: "she's exhausted after school")
    r"|\b(?:mum|mam|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|husband|wife|partner)"
    r"(?:['’]s| is) (?:so |completely |totally |just )?(?:exhausted|worn out|at breaking point|"
    r"at the end of (?:her|his) tether)\b"
    r"|\bhow (?:much )?long(?:er)? (?:I|we|she|he|they) can "
    r"(?:keep (?:doing|going|this up|it up)|carry on|go on|cope)\b",
    re.I,
)


# "Communication: ..." labels what follows; "Lena will have short breaks from March 2026: ..." and "Sami finds
# lunchtimes hard: ..." are sentences
LEAD_LABEL_RE = re.compile(
    r"^(?![^:]*\b(?:will|should|must|is|are|has|have|finds|cannot|can't|struggles|becomes|does|do|did|was|were|"
    r"can|could|not|never|seeks|needs|takes|gets|shows|remains|he|she|they|"
    # whose words follow: "Kai told me: \"I'd rather get sent out than look thick.\""
    r"told|said|says|wrote|writes|explained|asked|added|replied)\b)"
    # a name and what the child does is a sentence: "Ellis tires quickly: by period 4 ..." (not "Ear defenders for PE:")
    r"(?![A-Z][a-z'-]+ [a-z]+s (?!(?:and|of|for|to|with|in|on|at|from|by)\b)[a-z][^:]*:)"
    # and so is what something does to the child: "The noise of the dinner hall overwhelms her: ..."
    r"(?!(?i:the|his|her|their|a|an) [^:]{0,40}\b[a-z]{3,}s (?:him|her|them)\b[^:]*:)"
    r"(?:[A-Z][\w ,/&'-]{3,50}):\s+(?=\S)"
)


def named(name: str) -> Signal:
    return next(s for s in SIGNALS if s.name == name)


def matched(text: str) -> list[Signal]:
    return [s for s in SIGNALS if s.pattern.search(text)]


SENSORY_RE = re.compile(
    r"\b(?:hearing|deaf|sensorineural|conductive|vision|visual|sight|nystagmus|albinism|photophobia)\b", re.I
)


def amount_fields(text: str) -> int:
    """How many of how often, how long, group and who a sentence states."""
    found = fields.from_text(text)
    return sum(bool(v) for v in (found.frequency, found.duration, found.group_size, found.delivered_by))


def amounts(text: str) -> float:
    """How much of provision's detail the sentence states: how often, how long, group, who."""
    found = fields.from_text(text)
    return (
        1.2 * bool(found.frequency)
        + 0.8 * bool(found.duration)
        + 0.6 * bool(found.group_size)
        + 0.8 * bool(found.delivered_by)
    )
