"""What part of a report a passage sits in, read from the report's own structure.

A role comes from the nearest heading that says what its section holds ("Recommendations",
"Summary of needs", "Targets", "What I would like for ..."), from the label cell of a
question-and-answer form, or from a table's header row.
"""

from __future__ import annotations

import re
from typing import Literal

# What a part of a report holds, as its heading, form label or table header says.
Role = Literal[
    "placement",
    "skip",
    "outcomes",
    "health_provision",
    "social_care_provision",
    "provision",
    "health_needs",
    "social_care_needs",
    "needs",
    "summary",
    "findings",
    "restated",  # a summary or findings that lead to the report's own needs section
    "attainment",
    "views",
    "child_views",
    "parent_views",
    "strengths",
]


# "Outcome of your request for short breaks": a decision on a request, not the child's outcomes
DECISION = (
    r"(?! of (?:the |your |this |our |my )?(?:request|referral|assessment|application|panel|meeting|appointment|"
    r"consultation|screening|triage))"
)


def _compiled(table: list[tuple[Role, str]]) -> list[tuple[Role, re.Pattern[str]]]:
    return [(role, re.compile(pattern, re.I)) for role, pattern in table]


# a report's part for whoever is to act: "For school", "For children's social care" (not "For the school nurse");
# routing reads the part as the school's or social care's advice
FOR_SCHOOL = r"for (?:the )?(?:school|nursery|pre-?school|college|setting|class staff)\b(?! nurs)"
FOR_SOCIAL_CARE = r"for (?:the )?(?:children['’]?s |adult )?(?:social care|social worker|children['’]?s services)\b"

# a consultation's "What is worrying people": the adults' concerns, not anyone's views
# (and a school's "What worries us?"; not the child's "What worries me")
WORRYING = (
    r"^what(?:'s| is| are)? (?:worrying|concerning)\b"
    r"|^what (?:worries|concerns) (?:us|(?:the )?school|staff|teachers)\b"
)
WORRYING_HEADING_RE = re.compile(WORRYING, re.I)

# (role, pattern); the first pattern to match a heading decides its role.
HEADING_ROLES = _compiled(
    [
        # (not a work or volunteering placement: "Work skills and placement", "Work experience placement")
        (
            "placement",
            r"^(?!.*\b(?:work|volunteer\w*|job|employ\w*|vocational|shop|industry)\b).*\bplacement\b"
            r"|type of (school|setting)|\bsection i\b|school to be named",
        ),
        # the child's own page in a school's plan ("Things you need to know about me"): their words
        ("views", r"\babout me\b|\bpupil (passport|profile|voice)\b|\bone[- ]page profile\b"),
        (
            "skip",
            r"appendi|distribution|interpreting|tools used|references|glossary|sources of information|"
            r"consent|about this (advice|report)|signature|contact details|how this (advice|report) was|"
            r"\bgathered\b|^sources?$|^sources? of\b|^(people )?present$|^attendees$|^in attendance$",
        ),
        # what the family can do at home is advice to them, not provision the plan secures
        (
            "skip",
            # (not "Recommendations for home and school": what school does is provision)
            r"^(?!.*\b(?:school|college|nursery|setting|class)\b)(?:.*?)(?:recommendations? for home|"
            r"(?:strategies|suggestions|ideas|advice|activities|actions?|recommendations?) for "
            r"(?:home|parents|the family|families)\b|home programme|^(?:at|for) home:?$)",
        ),
        (
            "outcomes",
            rf"\boutcomes?\b{DECISION}|\btargets?\b|\bgoals?\b|\bachieve\b|\baims\b|\bworking towards\b|"
            r"\bwhat (?:we|i)(?:'re| are|'m| am) aiming (?:for|at)\b|"
            r"\bwhat (?:we|you) (?:want|hope|would like|expect) to see\b|"
            # a professional's "What I would like to see" (not a child's "What I want to see when I visit")
            r"^what i (?:would like|'d like|hope) to see:?$|"
            # a plan's "What we hope will change" (near miss: a family's "What we hope for" is their view)
            r"\bwhat (?:we|you) (?:hope|expect|want) will (?:change|happen|improve)\b",
        ),
        (
            "health_provision",
            r"health (care )?provision|medical provision|health (support|plan) (needed|required)|^medications?\b|"
            r"^plan:?$|^(?:recovery|treatment|management) plan\b|^follow[- ]up\b|^treatment\b"
            r"|^current (?:treatment|management)\b",
        ),
        ("social_care_provision", r"social care provision|(h1|h2)\b"),
        (
            "provision",
            r"provision|recommendation|recommended|\b(?:i|we)(?:['’]d| would)? (?:recommend|suggest)\b|"
            r"support (required|needed|recommended)|"
            # recommendations ranked: "Priority 1: feeling safe enough to be in school"
            r"^priority \d\b|"
            # rules the adults keep: "Rules for everyone who feeds Nell, at home and at school", "Dos and don'ts"
            r"^(?:the |our |golden |house )?rules for (?:everyone|all|staff|adults|anyone|people)\b|"
            r"^dos? and don['’]?ts\b|"
            # a behaviour support plan's phases: "Phase 1: Proactive - every day", "Reactive", "Post-incident"
            r"\bproactive\b|\breactive\b(?! attachment)|\bpost-incident\b|"
            r"interventions?|strategies|what (school|we|the school) (will )?(do|provide)|action plan|"
            # a teacher's own part in a handover: "What I do with him" (not the child's "What I do when I am sad")
            r"^what i do with (?:him|her|them)\b|"
            r"^(?:agreed |next )?actions?:?$|^(?:the|our) plan:?$|"
            # a clinic's or service's "Actions for school", "Actions agreed" (what home is to do is skipped above)
            r"^actions? (?:agreed|for (?:the )?(?:school|nursery|pre-?school|college|setting|staff|teachers))\b|"
            r"\bthings (?:we|school|the school|staff) (?:will|are going to) (?:do|provide)\b(?! at home)|"
            r"what (?:(?:i|we) (?:think|feel|believe) )?(would|will|could|might) help|"
            r"how (we|school|staff|adults) (can |will |should )?help|"
            # a report's "What helps" (not the child's "What helps me", a view)
            r"^what helps\b(?! me\b)|"
            r"how to (help|support)\b|"
            r"what (needs|is going|has) to happen|what (will|should) happen|what we will do|plan of support|"
            # what a finding means for the help given (not "What this means", which draws the findings together)
            # (not a table's "What this means for school" column beside the evidence, which explains it)
            r"^what (?:this|these|that|it) means? for (?:(?:his|her|their) )?(?:support|provision|practice)\b|"
            # what the school does now: "What we are doing already, and what Noor needs"
            r"\bwhat (?:we|school|the school|staff|the setting|nursery) (?:are|is) "
            r"(?:doing|providing|putting in place)\b|"
            # "What we will keep doing and what AJ needs"
            r"\bwhat (?:we|school|the school|staff|the setting|nursery) (?:will )?(?:keep|carry on|continue) (?:doing|"
            r"providing)\b|"
            # a form's question: "Is there anything school needs to do because of the child's health?"
            r"\b(?:school|staff|college|the setting|nursery|teachers|adults|we|you)\b[^.?]{0,12}"
            r"\b(?:needs?|has|have) to do\b|"
            # a letter to the family in plain words: "What I'd like to happen at school"
            r"what (?:i|we)(?:'d| would) like to happen\b|"
            # what the writer proposes: "What we propose", "Our proposals", "Proposed support"
            r"\bwhat (?:i|we) (?:propose|suggest|are proposing|are suggesting)\b|\b(?:our|my) proposals?\b|"
            r"^proposed (?:support|provision|programme|plan|arrangements|package)\b|"
            r"\bproviding\b|will provide|in place\b|"
            # what the writer asks of others: "What we would like school to do"
            r"\b(?:would like|ask(?:ing)?|need) (?:the )?(?:school|college|nursery|setting|staff|teachers|you)\b to\b|"
            r"support plan|support to be (provided|offered)|what (is|was) agreed|agreed actions|"
            # a meeting record's decisions: "AGREED: Kacper can wear a plain black jumper ..."
            r"^agreed(?: actions?| provision| support)?$|"
            r"(support|services?|help) (agreed|offered|provided)\b|"
            r"support (that|which) would help|adjustments|next steps|arrangements|what to do\b|"
            # an American IEP's "Accommodations and Supplementary Aids" (not the family's housing, "Accommodation")
            r"\baccommodations\b|\bsupplementary aids\b|"
            # "What Caius needs" and "What we think Raff needs" list what is to be done for him; "What his needs
            # are" and "What we think his needs are" describe them
            # ("What more Kit needs", "What Kit still needs" too)
            # (and the question: "What do we think she needs next?", "What does Kit need?")
            r"^what (?:(?:do )?(?:i|we|school|the school) (?:think|feel|believe) )?"
            r"(?:(?:more|else|extra) )?(?!are\b|is\b)(?:(?:does|do) (?!you\b|we\b|i\b))?"
            r"[\w'-]+ (?:(?:still|now|also) )?needs?\b"
            r"(?! (?:are|is|help|support)\b)(?! to (?:work on|improve|learn)\b)|"
            # the help someone needs: "Support Toby needs in year 2 and beyond", "Help she will need"
            r"^(?:the )?(?:support|help|provision) (?:that )?(?:(?!and\b|or\b)[\w'-]+ ){1,2}(?:will )?needs?\b|"
            # what the advice asks the LA for ("Asking for", "Support requested")
            r"\basking for\b|^(support |provision |help )?requested\b|\b(support|provision|help) requested\b|"
            r"what (we are|i am|school is|the school is) (asking|requesting)|"
            r"^equipment(?: and (?:resources|adaptations))?:?$|"
            r"equipment (needed|required|recommended|to be (provided|supplied))|"
            # a list of the supports adults give, under its own heading: "Supports"
            r"^(?:\d+\.?\s*)?supports:?$|"
            # what a school lists as its help ("Our support now and next year"; not "Our support network") and a
            # report's part for whoever is to act
            r"^(?:our|the school['’]?s|school) support\b(?! (?:network|from|for (?:us|the family)))|"
            rf"^{FOR_SCHOOL}|^{FOR_SOCIAL_CARE}|"
            # what a costed package sets out: "The package in words", "Proposed package", "Support package"
            r"^(?:\d+\.?\s*)?(?:the |proposed |support |care |education |tuition )?package\b(?! costs?\b)",
        ),
        (
            "health_needs",
            r"health needs|medical needs|physical health needs|^diagnos[ie]s\b|^problems?( list)?:?$|"
            r"^(?:clinical )?impressions?:?$",  # a clinic letter's impression: the diagnoses it gives
        ),
        ("social_care_needs", r"social care needs|needs related to|further needs"),
        (
            "needs",
            # (not "Not agreed (needs high-needs funding)": what a funding block is called)
            # (nor a closing line's "Please contact me if you need anything further")
            r"(?<!high[- ])(?<!\byou )\bneeds?\b(?! assessment)(?! to know(?! about))"
            r"(?! (?:high[- ]needs? )?(?:funding|top-up))|"
            r"difficult|concerns?|areas? of (need|difficulty)|"
            r"presenting|barriers|"
            r"what is hard|things that are hard|challenges|f(ound|inds?) (it )?(hard|tricky|difficult)|"
            r"areas for development|findings|"
            # a consultation record's "What is not working" and "What we are worried about"
            r"what(?:'s| is) not working|what isn'?t working|not going well|what (?:we are|we're|are we) worried about|"
            # what stands in the child's way, whoever says so: "What's getting in the way (from Isla, her teachers and
            # me)", "What makes school hard"
            r"\bget(?:s|ting)? in (?:the|his|her|their) way\b|"
            r"^what makes (?:it|things|school|learning|lessons|life|the day) (?:hard|difficult|tricky)\b|" + WORRYING,
        ),
        # a psychologist's formulation draws the assessment together: what the child's needs are
        # and what its results mean for the child: "What the results mean for Roscoe"
        (
            "summary",
            r"^\d*\.?\s*summary$|^\d*\.?\s*summary of (assessment|findings)$|\bconclusions?\b|formulation|"
            r"\bwhat (?:the|these|this|my|our) (?:results?|scores?|findings|assessments?) "
            r"(?:means?|shows?|tells? us)\b|"
            r"^what this means\b",
        ),
        # what an assessment found: its descriptions of difficulty are needs, its test descriptions
        # are not (the passage's own words decide)
        (
            "findings",
            r"^\d*\.?\s*assessments?$|assessment (results|findings)|\bobservations?\b|^\d*\.?\s*results$"
            r"|\bwhat (i|we) found\b(?! (hard|difficult|tricky))"
            # a professional's account of what the family said: "What you told me" (the writer's "me")
            r"|^what you (?:told|said to) (?:me|us)\b"
            # a clinician's or worker's record of what a parent said: "What Mum told me"
            r"|^what (?:mum|dad|mother|father|parents?|carers?|the family) (?:told|said to) (?:me|us)\b",
        ),
        ("attainment", r"attainment|progress|current (levels?|performance)|where .{1,20} is now"),
        (
            "skip",
            r"background|history|story so far|\bso far\b|what has happened|context|attendance|"
            r"introduction|reason for|involvement|\bknown to\b|observation|assessment (results|approach|methods)|"
            r"^\d*\.?\s*assessments?$|results|"
            r"anything else|additional information|other information|safeguarding|notes on|"
            r"about the (tests|assessments)|key to|explanation of|confidential|"
            r"family composition|health and care in school|support (has|had) .*so far",
        ),
        (
            "views",
            # (not a professional's own: "Social worker's view", "Professional views")
            r"^(?!.*\b(?:worker|teacher|therapist|nurse|doctor|psychologist|senco|practitioner|professionals?|clinician|"
            r"paediatrician|ep|slt|ot|school)(?:['’]s|s['’])? views?\b)(?:.*?)(?:\bviews?\b)|"
            r"wishes|aspirations|all about me|about me\b|hopes?|future|dreams?\b|important to|\bme\b|"
            r"\b(?:mum|dad|mother|father|parents?|carers?)(?:['’]s|s['’])? comments?\b|"
            # the child's own remarks: "7. Toby's comments (written down by Mrs Lund)", "Pupil comments"
            r"^(?:(?!(?:class |form )?(?:teacher|tutor|senco|sendco|therapist|nurse|doctor|worker|head|manager|"
            r"coordinator|assessor|psychologist|ep|slt|ot)['’]s)(?-i:[A-Z][a-z-]+)['’]s|"
            r"(?:pupil|child|student|learner|young person)(?:['’]s|s['’])?) (?:comments?|words)\b|"
            r"\bmy (big )?(dreams?|hopes?|wishes|future|favourite|family|friends|interests|life|day)\b|"
            r"perspective|point of view|own words|\bvoice\b|worr(y|ies)|"
            # "What Tilly tells us", "What Mum said" (not "What the teacher tells us")
            r"^what (?-i:[A-Z][a-z'-]+) (?:tells|told|says|said)\b|"
            # a note of what a parent said, headed by who they are: "Mum (tel 12/2)", "Phone call with Dad"
            r"^(?:mum|dad|mother|father|parents?|carers?|grandparents?|nan|gran)\s*(?:\([^)]{0,30}\)|[-:,]\s*"
            r"(?:phone|tel|telephone|call|email|meeting|visit|conversation)\b[^.]{0,30})?$|"
            r"^(?:(?:tele)?phone call|call|conversation|chat|meeting|email) (?:with|from) (?:mum|dad|mother|father|"
            r"parents?|carers?)\b|"
            # (a preference, not what life "is like for Tilly" or what a hard day "looks like": the adults' account)
            r"what (i|we) (like|want|would like|don'?t like)|\blikes\b|"
            r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\blooks )(?<!\bfeels )\blike\b(?! for\b)|dislikes|grow up|"
            r"when i am|what helps me\b|how things are|admire|what people like|what i am good at|"
            # the child's wish: "If I could change one thing about school", "If I had a magic wand"
            r"\bif i (?:could|had)\b|\bmagic wand\b|"
            r"good at|interests",
        ),
        ("strengths", r"strengths?|going well|does well|positives|^what(?:'s| is) working\b"),
    ]
)

# Label cells of question-and-answer forms (social care advice and similar).
LABEL_ROLES = _compiled(
    [
        # who wrote or signed the advice: its details, not its content
        (
            "skip",
            r"^(?:assessed|completed|written|prepared|compiled|signed|checked|approved|authori[sz]ed) by\b|^signed$",
        ),
        ("social_care_provision", r"provision|services? (offered|provided|to be provided)|support (offered|provided)"),
        ("outcomes", rf"\boutcomes?\b{DECISION}|\btargets?\b"),
        (
            "child_views",
            r"views of (the )?(child|young person|pupil)|(child|young person|pupil)'?s? views|"
            r"^views of (?!(the )?(parents?|family|carers?|mother|father))\w+$",
        ),
        ("parent_views", r"views of (the )?(parents?|family|carers?|mother|father)|(parent|family|carer)s?'? views"),
        ("social_care_needs", r"\bneeds?\b"),
        ("health_needs", r"health needs|medical needs"),
    ]
)

NEGATIVE_ANSWER_RE = re.compile(
    r"^(?:no|none|nil|not (?:recorded|known|applicable)|n/?a)\b[.!]?\s*$|^(?:no|none)[.,;:-]\s"
    r"|^(?:none|no|nil)\s+(?:identified|known|at present|at this time|agreed|recorded|reported|currently|needed|"
    r"required|applicable)\b|^no (?:referrals?|concerns|involvement|current involvement|contact|records?)\b"
    r"|^no\b[\w ,']{0,40}\b(?:needs|difficulties|concerns)\b(?:[^.]*\b(?:identified|found|noted|recorded)\b|"
    r"\s+in this area)|\b(?:has no other|takes no|has had no|has no|had no) (?:\w+ ){0,2}(?:conditions?|medication|"
    r"medicines|health needs|needs|allergies|seizures|history of)\b|\bhave not asked for\b"
    r"|not been able to gather|none (?:are|were) recorded|did not want to (?:meet|complete|talk)"
    # a form's option left unticked, or one it says is not needed: "☐ Note-taker: not required at present."
    # (not a checklist's empty box in its own column: "☐ | Numicon counting practice | TA | daily" is still to do)
    r"|^\u2610\s*[A-Za-z]|^[^:.|]{3,60}:\s*not (?:required|needed)\b",
    re.I,
)


NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z][.)]|[A-K]\d*[.:)])\s+", re.I)


# A heading that names an area of the child's learning or development: what follows is about the
# child, so a heading above it ("Attendance > Learning") does not make it the report's apparatus.
AREA_HEADING_RE = re.compile(
    r"^(?:learning|(?:his|her|their) learning|cognition and learning|communication(?: and interaction)?|"
    r"social,? emotional and mental health|semh|sensory(?: and(?:/or)? physical)?|physical(?: development)?|"
    r"speech,? language and communication)\s*:?$",
    re.I,
)


# "Part 4: Provision and outcomes": a heading over both, whose sentences say which each is
BOTH_RE = re.compile(
    r"\b(?:provision|support|strategies)\b.{0,12}\b(?:and|&)\b.{0,12}\b(?:outcomes?|targets?)\b"
    r"|\b(?:outcomes?|targets?)\b.{0,12}\b(?:and|&)\b.{0,12}\b(?:provision|support|strategies)\b"
    # "What I think would help Nia, and what Nia is working towards"
    r"|\bwould help\b.{0,30}\band\b.{0,30}\b(?:working towards|aim(?:s|ing)? (?:for|at)|outcomes?|targets?|goals?)\b",
    re.I,
)


# a professional's own view is their advice, read by what it says: "The school's view", "My psychological perspective"
PROFESSIONAL_VIEW_RE = re.compile(
    r"\b(?:school|teacher|professional|psychological|clinical|educational|medical|therapist|senco|sendco)(?:['’]s)?"
    r"\s+(?:views?|perspectives?|opinions?)\b",
    re.I,
)


def heading_role(headings: tuple[str, ...]) -> Role | None:
    """The role of the nearest heading that has one (numbering such as "1." or "(a)" set aside)."""
    under_area = False
    for heading in (NUMBERING_RE.sub("", h, count=1).strip() for h in reversed(headings)):
        if BOTH_RE.search(heading) or PROFESSIONAL_VIEW_RE.search(heading):
            return None
        for role, pattern in HEADING_ROLES:
            if pattern.search(heading):
                return None if under_area and role == "skip" else role
        under_area = under_area or bool(AREA_HEADING_RE.match(heading))
    return None


def label_role(label: str) -> Role | None:
    for role, pattern in LABEL_ROLES:
        if pattern.search(label):
            return role
    return None


def header_role(header: tuple[str, ...]) -> Role | None:
    """A table's role from its header row: a provision map, a targets table, or data to skip."""
    text = " ".join(header).lower()
    if re.search(
        r"provision|intervention|support|strategy|activit|control measure|what (?:we|school|staff) (?:did|do)\b", text
    ) and re.search(r"frequency|how often|duration|how long|staff|delivered|who|group", text):
        return "provision"
    # a Goal Attainment Scaling table's "Goal | -2 | ... | +2" (a "Targeted group" is help, not a target)
    if re.search(r"\btargets?\b|outcome|\bgoals?\b", text):
        return "outcomes"
    if re.search(r"\bdays?\b|\btimes?\b|\bsessions?\b|\bperiods?\b", text) and re.search(
        r"subject|lesson|activit|setting|where|with whom", text
    ):
        return "provision"  # a timetable: when, what and where the child is taught
    if re.search(r"\bwho\b|by whom|\bstaff\b|delivered by", text) and re.search(r"how often|frequency", text):
        return "provision"  # "Term | What | Who | How often": who gives it and how often, whatever the first column
    # a clinic's screening table with what it will do about each result ("Screen | Result | Action") is read row by row
    acts = re.search(r"\baction|\bplan\b|recommend|what (?:we|i) (?:will )?do\b", text)
    if not acts and re.search(
        # a package's costs: what the help costs, set out in words elsewhere
        r"score|percentile|subject|attainment|(?<!control )measure|expected|working at|result|impact|effect|"
        r"\bcosts?\b|\brate\b|\bprice\b"
        # a banding framework's own descriptors: "Band | Descriptor | Typical support" (no child's in it)
        r"|\bdescriptors?\b|\btypical\b",
        text,
    ):
        return "skip"
    return None
