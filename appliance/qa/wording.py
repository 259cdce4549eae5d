"""The wording of provision: hedged terms, amounts left to others, and who delivers it. Patterns
only; each names what it looks for. (Money without substance: `evidence.funding`.)"""

from __future__ import annotations

import re
from collections.abc import Collection

from appliance.drafting.plan import Statement
from appliance.evidence import fields, signals
from appliance.evidence.units import unlabelled
from appliance.ingest.people import SLT_ABBREVIATION

# The catalogue's hedged and elastic terms (VAGUE_WORDING); a council adds its own by setting.
VAGUE_TERMS = (
    "access to",
    "opportunities for",
    "opportunity to",
    "opportunities to",
    "as appropriate",
    "where appropriate",
    "as required",
    "when required",
    "when needed",
    "as needed",
    "regular",
    "regularly",
    "up to",
    "would benefit from",
    "where possible",
    "if possible",
    "as far as possible",
    "may",
    "should consider",
    "such as",
    "e.g.",
    "etc.",
)
CASE_SENSITIVE_TERMS = frozenset({"may"})  # "May 2025" is a month, not a hedge
NOT_VAGUE_AFTER = {
    "up to": re.compile(
        r"^\s*(?:date|full[- ]time)\b"  # "built back up to full time"
        # a group's size or the staff a course trains: "for up to four children", "up to four named members of staff"
        r"|^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:named )?(?:children|pupils|students|"
        r"learners|young people|peers|others|members of staff|staff|adults)\b",
        re.I,
    ),
    # "check whether she may have had a seizure": what happened; "(may 2026)": a month written small;
    # "he may wear his coat at break", "she may stop and rest": what the child is allowed to do, not whether help comes
    "may": re.compile(
        r"^\s*(?:have (?:had|been)|\d{4})\b"
        r"|^\s*(?:wear|stop (?:and|to) rest|sit|stand|eat|drink|bring|keep (?:his|her|their))\b"
        # a pass or card's leave: "she may leave any lesson", "he may go straight to the Hub"
        r"|^\s*(?:leave (?:the|any|a|his|her|their|lessons?|class)|go (?:straight |directly )?(?:to|out)|step out|"
        r"get up (?:and|to))\b",
        re.I,
    ),
}
NOT_VAGUE_BEFORE = {
    # "3 minutes, building up to 5 minutes": the amount grows to a stated one, not a cap left open;
    # "waiting up to ten seconds for him to answer": how long to wait, a way of working
    "up to": re.compile(
        r"\b(?:build(?:ing|s)?|built|work(?:ing|s)?|increas(?:ing|es|e))(?: back)?\s*$|\bwait(?:s|ing)?\s*$"
        # a dose stepped up to its most: "increasing by 2 sachets a day up to 8 sachets a day"
        r"|\bincreas(?:ing|es|e) by [^.;]{1,30}$",
        re.I,
    ),
    # "Only staff trained by the nursing team may give feeds": who is allowed, not whether
    "may": re.compile(r"\bonly\b[^.;]{0,80}$", re.I),
}
# examples hedge the help only where they stand for it ("a social skills group such as Lego club": which?);
# examples of a thing the help names are detail ("heavy work such as carrying the book box", "noise such as fans")
EXAMPLES_OF_HELP = re.compile(
    r"\b(?:interventions?|programmes?|groups?|clubs?|approach(?:es)?|schemes?|curricul(?:um|a)|support|therap(?:y|ies)|"
    r"equipment|resources?|strateg(?:y|ies)|aids?|technology|software|apps?|tools?|adjustments?|sessions?|"
    r"activities|training|courses?)\b[^.;]{0,40}$",
    re.I,
)
VAGUE_ONLY_AFTER = {"such as": EXAMPLES_OF_HELP}  # a term that hedges only where these words come before it
# whoever a school names to decide later: "the school", "her Head of Year", "the curriculum team"
DECIDER = (
    r"(?:[\w'’-]+ ){0,3}(?:school|setting|college|nursery|staff|senco|teachers?|providers?|tutors?|team|service|"
    r"department|head ?teacher|head of (?:year|house|department)|managers?|co-?ordinator|panel)\b"
)
DELEGATED_RE = re.compile(
    r"\b(to be|will be|is to be|are to be|being) (determined|decided) by\b"
    r"|\b(to be|will be) (agreed|allocated|set|judged) by (the )?"
    r"(school|setting|senco|provider|head ?teacher)\b"
    r"|\b(amount|level|frequency|number|hours|type|nature|extent|intensity) of [\w' -]{0,40}?"
    r"\b(will|is to|to|shall|should) (be )?(determined|decided|set|agreed|judged|varied|adjusted)\b"
    # decided now, week by week, by someone else: "The amount of adult support she gets is decided by Miss Coyle"
    r"|\b(amount|level|frequency|number|hours|type|nature|extent|intensity) of [\w' -]{0,60}?"
    r"\b(is|are) (determined|decided|judged) by\b"
    # "at the school's discretion", "at the tutors' discretion"
    r"|\bat the ([a-z]+('s|s'|’s|s’)? )?discretion\b"
    r"|\bat the discretion of\b"
    r"|\bas (the )?(school|setting|staff|senco|provider|teachers?|head ?teacher)s? "
    r"(sees?|deems?|considers?|thinks?) (fit|appropriate|necessary)\b"
    # "Life story work to be started when a worker from the Permanence Team becomes available"
    r"|\bwhen (an? |the )?[\w' -]{0,40}?\bbecomes? available\b"
    r"|\bif (the )?((school|setting|college|nursery)'?s? )?(budget|funding|resources|staffing) (allows?|permits?)\b"
    r"|\b(budget|funding|resources) permitting\b"
    # "built back up to full time when staff feel he is ready": left to the school's judgement
    r"|\bwhen (the )?(staff|school|teachers?|senco|setting|college|adults) (feels?|thinks?|decides?|judges?|considers?|"
    r"agrees?)\b"
    r"|\b(reduced|faded|withdrawn|increased|adjusted) (as|when|where) (appropriate|necessary|needed)\b"
    # "How much 1:1 time she has each day is best left to the nursery to decide"
    r"|\b(is |are )?(best |better )?left (up )?to (the )?"
    r"(school|setting|college|nursery|staff|senco|teachers?|provider)"
    r"(['’]s)? (to decide|to judge|discretion|judgement)\b"
    # changed later by whoever the school names: "will be reviewed and adjusted by her Head of Year", "at a pace
    # decided by the school" (not by an amount: "reduced by 30 minutes a fortnight")
    r"|\b(?:will be|to be|is to be|are to be|can be)(?: reviewed(?:,)? and)? (?:adjusted|increased|reduced|flexed|"
    rf"varied|changed|decided|determined) by (?:the |his |her |their |its )?{DECIDER}"
    r"|\b(?:pace|rate|speed) (?:decided|set|agreed|judged|determined) by\b"
    rf"|\b(?:is|are) up to (?:the |his |her |their )?{DECIDER}"
    r"|\bsubject to (?:the )?(?:availability|staffing|resources|funding|capacity)\b"
    r"|\b(?:where|when|if) avail(?:able|\.|\b)"
    r"|\bdecide as (?:we|they|you) go\b",
    re.I,
)
SPECIFIC_ROLE_RE = re.compile(
    r"teaching assistant|learning support assistant|(?:lunchtime|midday|playground) (?:staff|supervisors?)|"
    r"(?:therapy|classroom|support|care) assistant|site manager|"
    # the school's own services, acting: "ordered every day by the office and the kitchen" (not a place: "a check-in
    # in the sixth form office")
    r"\bby the (?:school )?(?:office|kitchen)\b|\b(?:kitchen|office|catering) (?:team|staff|manager)\b|\bcaterers?\b|"
    r"\b(tas?|hltas?|lsas?)\b|teacher|sen(d)?co|therapist|"
    # (not "a trusted adult": which adult, with what training, is what the plan must say)
    r"visitor|portage|\bscheme\b|\beps?\b|"
    # the adult the child knows, named by the relationship: "a familiar adult", "the same adult", "class staff"
    r"familiar adults?|(?:the )?same adults?\b|\bclass (?:staff|team)\b|\bthe adults? (?:working|who works?) with\b|"
    # "an adult who knows Ezra", "an adult Nell knows well"
    r"\badults? (?:who (?:knows?|know) (?:him|her|them|[A-Z][a-z'-]+)|(?:he|she|they|[A-Z][a-z'-]+) knows? well)\b|"
    # a therapy named is given by its therapist: "weekly play therapy", "speech and language therapy"
    r"\btherap(?:y|ies)\b|"
    r"psychologist|mentor|key (adult|worker|person)|\belsa\b|emotional literacy|supervisor|nurs(e|ing)|"
    r"paediatrician|doctor|consultant|"
    rf"\bgp\b|audiolog|dietitian|physio|{SLT_ABBREVIATION}|{signals.OT_ABBREVIATION}|clinic|service|\bteam\b|"
    r"camhs|hospital|worker|"
    # (tutoring, coaching: what is given, not who gives it)
    r"personal assistant|\bpa\b|practitioner|specialist|\bcoach(?:es)?\b|\btutors?\b|instructor|counsell(?:or|ing)|"
    r"outreach|"
    r"\bqtvi\b|\bqtod\b|\bqtmsi\b|head of (year|department|house|key stage)|\bhoy\b|pastoral|form tutor|officer|"
    r"advis[eo]r|trainer|invigilator|technician|interpreter|communicator|intervenor|librarian|coordinator|\blead\b|"
    r"\blecturers?\b|"
    r"\bparents?\b|\bcarers?\b|\b(?:mum|mother|dad|father|grandparents?|guardian)s?\b|"
    r"short break|unit\b|provider|\bearly help\b|social care|children['\u2019]s services|"
    # what the family does at home: "For home (you are already doing these): keep to 10 minutes of People Games"
    r"^\W*(?:\d{1,2}[.)]\s*)?for home\b(?!-)|"
    # the writer's own service runs it: "a place in our 6-week Real Friends group"
    r"\bour (?:[\w'\"‘’“”-]+ ){0,4}(?:group|groups|programme|service|team|club|sessions)\b|"
    r"\bi will\b|\bi['\u2019]ll\b|\bi have referred\b|"
    # a college's study programme is the college's; a place at a named group is that group's
    r"study programme|\bplace (?:at|in|with) (?-i:(?:the )?[A-Z][a-z])|"
    # a named club or project runs what the child goes to: "Saturday Club at the Westmere Youth Hub"
    r"\b(?:at|to|with|from) (?:the )?(?-i:[A-Z][\w'-]+ (?:[A-Z][\w'-]+ )*(?:Club|Hub|Project|Trust|Charity|Centre|"
    r"Center|Clinic)\b)|"
    # an adult named to the child, or travel's escort: "a named adult", "a passenger assistant"
    r"\bnamed (?:adult|person|member of (?:the )?(?:[\w-]+ ){0,3}(?:staff|team))\b|passenger assistant|\bescort\b|"
    # a role named by what the person does for the child
    r"\bscribe\b|note-?taker|\bsigner\b|"
    # statutory social care and looked-after plans are reviewed by the child's social worker
    r"child in need plan|child protection plan|care plan review|looked[- ]after review|personal education plan|"
    # a hospital specialty names the service that sees the child
    r"cardiolog|neurolog|orthopaedic|ophthalmolog|orthoptist|urolog|nephrolog|gastroenterolog|endocrinolog|"
    r"dermatolog|respiratory|oncolog|rheumatolog|haematolog|neurodisabilit|"
    # the other clinicians and workers who see a child: "with a paediatric radiographer", "the eye clinic liaison
    # officer", "an independent advocate"
    r"radiograph|sonograph|dietician|optometrist|orthotist|podiatrist|pharmacist|psychiatri|\beclo\b|\btod\b|"
    r"\badvocate\b|\bidva\b",
    re.I,
)
TRAINED_RE = re.compile(
    r"\b(staff|adults?|members? of staff|person|people)\b[^.;]{0,40}"
    r"\b(trained|qualified|experienced|skilled)\b"
    r"|\b(trained|qualified|experienced|skilled|licensed|accredited) [\w-]+",
    re.I,
)
NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
COUNTED_RE = re.compile(
    rf"\b{NUMBER}[- ](sessions?|visits?|consultations?|meetings?|reviews?|appointments?|interviews?|blocks?|twilights?|"
    r"lessons?|days?|day|weeks?|half[- ]days?|terms?)\b(?! (old|ago))"
    # "two college taster days", "six 1-hour sessions", "two further careers guidance interviews"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?!of\b)(?:[\w-]+ ){1,3}?"
    r"(?:sessions|visits|lessons|days|meetings|consultations|interviews)\b(?! (?:old|ago))"
    # "one PSHE session"
    r"|\b(?:one|a single) (?!of\b)(?:[\w-]+ ){1,2}?(?:session|visit|lesson|meeting|consultation|interview)\b"
    # a timetabled slot: "Thursday | 10:00-11:30" is one session a week, an hour and a half long
    rf"|\b{fields.DAY}s?\b.{{0,20}}?\b\d{{1,2}}[:.]\d{{2}}\s?(?:-|\u2013|to)\s?\d{{1,2}}[:.]\d{{2}}\b"
    r"|\d+(\.\d+)?\s?(%|mg\b|ml\b|micrograms?\b)|\b(at bedtime|every night|each night|nightly|each morning|"
    r"every morning)\b"
    # a check or review that recurs each year: how often, though worded as an adjective
    r"|\b(?:annual|yearly)\b(?= (?:[\w-]+ ){0,3}(?:checks?|reviews?|appointments?|assessments?|visits?))",
    re.I,
)
ONE_OFF_RE = re.compile(
    r"\b(has been|have|I have|was|is being|will be) referred\b|\bwithin \d+ (days|weeks|months)\b"
    # a thing made once for the child: "the SENCO will write the social stories"
    r"|\bwill (?:write|make|prepare|produce|create|draw up|put together) (?:the |a |an |his |her |their )?"
    r"(?:[\w-]+ ){0,2}(?:stor(?:y|ies)|plans?|timetables?|books?|passports?|profiles?|visuals?|cards?)\b"
    # materials handed over once: "the Language for Thinking materials I will provide"
    r"|\b(?:materials|resources|packs?)\b[^.;]{0,80}\bwill (?:provide|supply|send|lend|leave)\b"
    r"|\bwill (?:provide|supply|send|lend|leave|give) (?:(?:him|her|them|[A-Z][a-z'-]+) )?(?:the |a |an )?"
    r"(?:[\w\"'\u201c\u201d-]+ ){0,3}(?:materials|resources|packs?|kits?)\b"
    r"|\bin (\d+|one|two|three|four|six|nine|twelve|eighteen) (weeks|months|years)(?:'? time)?\b"
    # an assessment is done once: "a full assessment by a speech and language therapist"
    r"|\b(?:a|an) (?:(?:full|further|specialist|formal|new|updated|multi-?disciplinary) )*assessment (?:by|from)\b"
    # "has been offered a carer's assessment": an assessment offered is made once
    r"|\b(?:has been|have been|was|is being|will be) offered (?:a |an )?(?:[\w'\u2019-]+ ){0,3}assessment\b(?! and\b)"
    r"|\b(?:again )?in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?: \d{4})?\b"
    # done on a day: "AV to run the training for college LSAs on 12/03/2026"
    r"|\bon (?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*(?: \d{4})?)\b"
    r"|\boutdoors\b|\bwhenever\b|\b(?:once|twice|\d+|two|three|four|five|six|ten) times\b|\b(?:once|twice)\b"
    r"|\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)s?\b"
    r"|\b(?:mid-morning|each morning|at break(?:time)?|at lunch(?:time)?|after school|before school)\b"
    # (its occasion said first: "Where a tic is logged by mistake on the behaviour system, it should be removed";
    # not the hedge "Where possible, ...")
    r"|^(?:when|whenever|wherever|where(?! (?:possible|appropriate|necessary|needed|required)\b)|before|after|if) "
    r"[^,]{3,90},"
    # the occasions it is for, said first: "In French and other listening tasks, teachers will ..."
    r"|^(?:in|during|for) [^,]{0,60}\b(?:lessons|tasks|activities|assemblies|trips|visits|examinations|exams|tests),"
    # an assessment done once, or training given once, with its deadline
    r"|\btrain(?:ed|ing)?\b[^.;]{0,120}\b(?:by|before) (?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:the )?(?:end|start) of)"
    # a thing done once by its date: "will be assessed ... before the end of Year 8", "to complete the claim by
    # 13 February 2026", "is booked for 28 January 2026"
    r"|\b(?:will|to|should) (?:be )?(?:assess(?:ed)?|apply|complete[ds]?|offered|write|written|fitted|set up|"
    r"arranged|booked)\b[^.;]{0,100}?\b(?:by|before) (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|year \d+\b|"
    r"(?:the )?(?:autumn|spring|summer) term)"
    r"|\bbooked for (?:\w+ )?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\bassessment\b[^.]{0,80}\b(?:will|should) be (?:complete|completed|done|finished) (?:by|in|within|before)\b"
    r"|\b(at all times|all (?:waking|school) hours|when(?:ever)? (?:he|she|they) (?:is|are) awake|"
    r"every (?:adult|member of staff)|all (?:adults|staff)(?: who)?)\b",
    re.I,
)
# "regular paracetamol" is taken at set times: a prescription's word, not a hedge
PRESCRIBING_TERMS = ("as required", "when required", "when needed", "as needed", "regular", "regularly")
EVERY_RE = re.compile(
    r"\b(?:at|during|in) (?:all )?(?:lunchtimes|playtimes|breaktimes|break times|lunch times|play times|"
    r"mornings|afternoons|transitions|lessons|group work|assembl(?:y|ies)|registration)\b"
    # one of the day's recurring times: "At playtime, a bench he can sit on"
    r"|^(?:\d{1,2}[.)]\s*)?(?:at|during|after|before) (?:every |each )?(?:playtime|lunchtime|breaktime|break time|"
    r"lunch time|play time|morning break|home time|hometime|the end of the day)\b"
    # care given whenever it is needed: "All personal care will be carried out by two trained staff"
    r"|\ball (?:his |her |their )?(?:personal|intimate) care\b"
    r"|\b(?:every|each) time\b"  # "each time they set him a new task": whenever its occasion comes
    r"|\b(every|each|all|any|throughout the|at all)\b(?:\s+[\w'’-]+){0,3}?\s+(lessons?|sessions?|days?|mornings?|"
    r"afternoons?|breaks?|lunchtimes?|playtimes?|transitions?|tasks?|activit(y|ies)|times|weeks?|terms?|"
    r"subjects?|classes|visits?|transfers?|occasions?|tests?|assessments?|examinations?|exams?|changes?|incidents?|"
    r"materials?|worksheets?|resources?|texts?|books?|written work|homework|hours?|trips?|outings?|journeys?|"
    # the work itself, each time it comes: "Every practical recipe is broken into steps", "All handouts printed"
    r"handouts?|recipes?|practicals?|experiments?|pieces? of work|printouts?|slides|"
    r"classrooms?|rooms|learning)\b"
    # once a day, at its start or end: "given his one-page profile by the cover manager at the start of the day"
    r"|\bat the (?:start|beginning|end) of (?:the|each|every) (?:school )?(?:day|lesson|session)\b"
    r"|\b(his|her|their) (gcse |mock |sats? )?(examinations|exams|tests)\b"
    r"|\bfor the (?:whole|entire) (?:of (?:the|his|her|their) )?(?:school |college )?"
    r"(?:lesson|session|day|week|journey|trip|visit|swim)\b"
    r"|\b(?:worn|used) (?:full[- ]time|at all times|all day)\b"
    r"|\b(?:his|her|their) (?:packed lunch(?:es)?|lunchbox|meals|snacks|drinks)\b"
    # care whenever its occasion comes: "when an episode starts", "whenever a seizure lasts over 5 minutes"
    r"|\b(?:when|whenever|each time|if) (?:an? |the |(?:his|her|their) )(?:[\w-]+ )?(?:episode|seizure|attack|migraine|"
    r"headache|hypo|accident|incident|meltdown|panic attack|flare-up|nosebleed)s? (?:starts?|begins?|happens?|occurs?|"
    r"comes? on|lasts?)\b"
    # help in each lesson of a kind: "In practical sessions, a learning support assistant should demonstrate ..."
    r"|\b(?:at|during|in) (?!(?:small|group|1:1|individual|therapy|weekly|daily|extra|additional|intervention|"
    r"tuition|these|those|the|his|her|their|two|three|four|five|six)\b)[\w-]+ (?:lessons|sessions|workshops)\b",
    re.I,
)
CLINICAL_TEST_RE = re.compile(
    r"\b(?:hearing|eye|sight|vision|blood|urine|genetic|allergy|lung function) tests?\b|"
    r"\bx-rays?\b|\b(?:ecg|eeg|mri)\b|\bhearing (?:screens?|screening|assessments?)\b",
    re.I,
)
MEDICATION_RE = re.compile(
    r"\bmedication\b|\bmedicines?\b|\bprescri|\bdoses?\b|(?:\b|(?<=\d))mg\b|\bmicrograms?\b|\btablets?\b|\binhalers?\b|"
    r"\bauto-?injectors?\b|\bsachets?\b|\bvaccin(?:e|es|ation|ations)\b|\bimmunisations?\b|"
    # a drug named alone, by the endings its family's names share: "buccal midazolam", "paracetamol and ibuprofen",
    # "levothyroxine every morning"
    r"\b[a-z]{2,}(?:amol|profen|thyroxine|azepam|azolam|racetam|phenidate|xetine|traline|cillin|mycin|olol|prazole|"
    r"solone|cortisone|otrigine|azepine|proate|peridone|onidine|pressin|butynin|lukast)\b",
    re.I,
)
# a dose the parent or nurse may change within the prescription: "may increase to 3 sachets if ..."
TITRATION_RE = re.compile(r"\bmay (?:increase|reduce|decrease|double|halve|give an extra|go up|come down)\b", re.I)


def vague_terms(text: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The hedged terms `text` uses, in the order of the list."""
    found = []
    for term in (*VAGUE_TERMS, *extra):
        flags = 0 if term in CASE_SENSITIVE_TERMS else re.I
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text, flags):
            after, before, only_after = (
                NOT_VAGUE_AFTER.get(term),
                NOT_VAGUE_BEFORE.get(term),
                VAGUE_ONLY_AFTER.get(term),
            )
            said_before, said_after = text[: m.start()], text[m.end() :]
            if (after and after.search(said_after)) or (before and before.search(said_before)):
                continue
            if only_after and not only_after.search(said_before):
                continue
            found.append(term)
            break
    return found


def provision_hedges(stmt: Statement, section: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The hedged terms of a provision item, in its words or the advice's (the plan's wording of "Cass
    would benefit from a key adult" is firm; the advice was not); "when required" medication is a
    prescription, not a hedge. A table row's other cells (its purpose, its review) are not its words."""
    said = [stmt.text, *(c.quote for c in stmt.citations if " | " not in c.quote)]
    found = list(dict.fromkeys(t for text in said for t in vague_terms(text, extra)))
    if section == "G" and MEDICATION_RE.search(stmt.text):
        titrated = TITRATION_RE.search(stmt.text) is not None
        found = [t for t in found if t not in PRESCRIBING_TERMS and not (titrated and t == "may")]
    return found


def is_quantified(stmt: Statement, extra_vague: tuple[str, ...] = ()) -> bool:
    """A frequency or amount, or a duration, that is not itself a hedge ("as required"); or
    provision for every lesson, task or exam of some kind; a counted number of sessions, visits or
    days; a dose; a one-off referral with its timescale; or an action plan's action with its date."""
    found = fields.from_text(stmt.text)
    if stmt.timeframe and not RECURRING_HELP_RE.search(stmt.text):
        return True  # an action plan's action, done once by its date (not sessions "from after half term")
    for value in (stmt.frequency, stmt.duration, found.frequency, found.duration):
        if value and not vague_terms(value, extra_vague):
            return True
    if STAFF_SUPPORT_RE.search(stmt.text) and IN_SETTINGS_RE.search(stmt.text) and not EVERY_WORD_RE.search(stmt.text):
        return bool(COUNTED_RE.search(stmt.text))  # "adult support in lessons" says where, not how much
    return any(p.search(stmt.text) for p in (EVERY_RE, COUNTED_RE, ONE_OFF_RE))


RECURRING_HELP_RE = re.compile(
    r"\b(?:sessions?|therapy|teaching|tuition|interventions?|groups?|check-ins?|support|programmes?|mentoring|"
    r"counselling|visits)\b",
    re.I,
)
# Support from a person needs an amount (hours, sessions); "in lessons and at unstructured times"
# says where it is given, not how much of it.
STAFF_SUPPORT_RE = re.compile(
    r"\b(?:adult|teaching assistant|ta|lsa|staff|1:1|one-to-one) support\b"
    r"|\bsupport (?:from|of|by) (?:an? |a trained )?(?:adult|teaching assistant|ta|lsa|learning support assistant)\b",
    re.I,
)
IN_SETTINGS_RE = re.compile(
    r"\b(?:at|during|in) (?:lunchtimes|playtimes|breaktimes|break times|lunch times|play times|mornings|afternoons|"
    r"transitions|lessons|unstructured times)\b",
    re.I,
)
EVERY_WORD_RE = re.compile(r"\b(?:every|each|all|throughout)\b", re.I)


TAUGHT_TO_USE_RE = re.compile(
    r"\b(?:taught|shown|trained|teach(?:es)? (?:him|her|them)|show(?:s)? (?:him|her|them)) "
    r"(?:how )?to use\b",
    re.I,
)
SELF_CARE_RE = re.compile(
    r"(?i:\b(?:wears?|worn)\b|\b(?:take|takes|use|uses) (?:his|her|their)\b)"
    # the child, named first, uses or wears a thing: "Kacper should use reading software on a laptop"
    r"|^(?!(?:Staff|Teachers?|Adults?|School|Everyone|All|The|His|Her|Their|This|These|It)\b)(?:[A-Z][a-z'-]+|He|She) "
    r"(?:should|will|must|can|is to|needs to) (?:continue to )?(?:use|wear|drink|eat|take)\b"
    # how the child does a daily task with their equipment: "Tilda sits in her specialist chair for all table work"
    r"|^(?:[A-Z][a-z'-]+|He|She) (?:sits|walks|stands|moves|travels|uses) (?:in|on|with|the|a|an|his|her|their)\b"
    r"(?=[^.;]{0,60}\b(?i:chair|seat|walker|wheelchair|frame|toilet|rails?|bench|trike|cushion|stool|hoist|slope)\b)"
    # an arrangement the child carries out: "Ellis will leave every lesson five minutes early", "Elowen lines up at
    # the front"
    r"|^(?:[A-Z][a-z'-]+|He|She) (?:will |can |should )?(?:leaves?|lines? up|arrives?|returns?|goes home|"
    r"keeps? (?:his|her|their)|carr(?:y|ies) (?:his|her|their)|puts? (?:his|her|their))\b"
    # what the child has with them: "He must have his water bottle with him in every lesson"
    r"|^(?:[A-Z][a-z'-]+|He|She) (?:should|must|will|can) (?:always )?(?:have|keep|carry) (?:his|her|their) "
    r"(?:own )?[\w -]{1,30}? with (?:him|her|them)\b"
    # what the child may do by leave or with a pass: "Ife has a toilet pass and may leave any lesson", "is allowed to
    # leave any lesson without asking", "A pass that lets Tamsin leave", "Exemption from assemblies"
    r"|(?i:\b(?:is|are) allowed to\b|\b(?:may|can) leave (?:any|the|a|each|every|lessons?)\b|\bwithout (?:having to )?"
    r"ask(?:ing)?\b|\bpass(?:es)? (?:that|which) (?:lets|allows)\b|\bexempt(?:ion|ed)? from\b)"
    # a rest the child takes: "A 10-minute rest in a quiet room after period 2", "a seated rest of 5 minutes"
    r"|(?i:\b\d+[- ]minutes?(?:['’]s?)? (?:seated |quiet )?(?:rest|break from|time-?out)\b|"
    r"\b(?:seated |quiet |short )?rest (?:break )?(?:of|for) (?:up to )?\d+[- ]min)"
)
# homework is set by the child's teachers: "Homework limited to 30 minutes a night"
HOMEWORK_SET_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?homework (?:is |should be |will be )?(?:limited|reduced|capped|cut)\b", re.I
)
REFERRED_RE = re.compile(r"\breferred (?:him |her |them )?to (?:the |a |an )?[A-Za-z]", re.I)  # the service delivers
# someone named gives it: "given at home by Leanne", "run by Tomasz"
GIVEN_BY_NAME_RE = re.compile(
    r"\b(?:given|delivered|run|led|done|provided|supervised)(?: at home| in school| at school)? "
    r"by (?-i:[A-Z][a-z'-]+)\b",
    re.I,
)
# (training for every adult is given by someone: who trains them is to say)
NOT_TRAINING = r"(?![^.;]{0,60}\b(?:receive|attend|complete|undertake|be trained|training)\b)"
# a provider named by its own name: "online science lessons with Brightpath Online School", "run by Westmere
# Young Carers Service" (not the child's own school, "at school", nor "a school")
NAMED_PROVIDER_RE = re.compile(
    r"\b(?:with|by|from|through)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}"
    r"(?:School|College|Academy|Service|Centre|Center|Trust|Club|Charity|Project|Hub)\b"
)
# everyone who works with the child does it: "used by all the Otters staff every day", "every member of staff who
# teaches Romy" (not a bare "All staff", which says no more than "staff")
EVERY_ADULT_RE = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+)?(?:(?:the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:adults?|staff|members? of staff|"
    r"teachers?)\b(?!\s+(?:meeting|room)\b)|(?:adults?|staff|members? of staff|teachers?)\s+(?:who|in (?:the|his|her|"
    r"their))\b)" + NOT_TRAINING,
    re.I,
)
# "mr Forsyth" as typed in a table; "Miss" only with its capital ("so he does not miss Maths")
# (a nurse by her title too: "Sister Boateng will visit school once a term")
NAMED_PERSON_RE = re.compile(r"\b(?:(?i:mr|mrs|ms|mx|dr|prof)\.?|Miss|Sister|Professor) [A-Z][a-z'-]+")
# minutes name a worker by first name or initials, doing something with the child: "(b) BA will visit Jude at
# home", "Bethany will visit Remi at home" (not the child's own "Remi will visit the library")
WORKER_ACTS_RE = re.compile(
    r"^(?:\(?[a-z]\)\s*|\d{1,2}[.)]\s*)?(?!(?:Staff|School|Adults?|Teachers?|Everyone|All|They|He|She|We|It)\b)"
    r"(?:[A-Z][a-z'-]+|[A-Z]{2,3})(?: \([^)]{0,40}\))? (?:(?:will|to) "
    r"(?:visit|see|meet|phone|call|ring|text|work with|support|take|collect|check on|weigh|give|show|teach|coach)"
    # or in the present, as a plan tells its routine: "KW meets Kacper every morning at 8.35am"
    r"|(?:visits|sees|meets|phones|calls|rings|texts|works with|supports|takes|collects|checks on|weighs|gives|"
    r"shows|teaches|coaches)) (?:[A-Z][a-z'-]+|him|her|them)\b"
)


REVIEW_ONLY_RE = re.compile(
    r"\b(?:will|to|should|must) (?:continue to |also )?(?:be )?(?:review|reviewed|monitor|monitored|follow(?:ed)? up)\b"
    r"|\b(?:remains?|will remain|stays?) under\b|\bfor (?:follow-up|review)\b",
    re.I,
)
HELP_GIVEN_RE = re.compile(
    r"\b(?:sessions?|teach\w*|therapy|support|programme|intervention|group|help|check-ins?|tuition|training|"
    r"equipment|breaks?|time|access)\b",
    re.I,
)


# an assessment still to be made, once, of what help to give: "Access arrangements to be assessed, including extra time
# and a reader"
ASSESSMENT_TO_COME_RE = re.compile(r"\b(?:will|to|should|must) (?:also )?be (?:re-?)?assessed\b", re.I)


def is_review_only(text: str) -> bool:
    """A review or follow-up of how things are going ("Targets will be reviewed then", "She remains
    under the paediatric team for follow-up"), with no help for the child in it: not an amount of
    provision to quantify or staff."""
    return bool(REVIEW_ONLY_RE.search(text)) and not HELP_GIVEN_RE.search(text)


STRATEGY_RE = re.compile(signals.INSTRUCTION, re.I)


def _bare(text: str) -> str:
    """The sentence without its list label and lead label ("4. Seizures: all staff follow ...")."""
    return signals.LEAD_LABEL_RE.sub("", unlabelled(text))


def is_strategy(text: str) -> bool:
    """An instruction to the adults around the child ("Give a two-minute warning before transitions",
    "If she is no better, give 2 puffs"): a way of working, for every adult at every moment it
    applies, not an amount of help."""
    return bool(STRATEGY_RE.match(_bare(text)))


WHOLE_STAFF_RE = re.compile(
    # "Teachers will not ask her to read aloud": what every adult refrains from, allows, or keeps to
    # ("Adults who teach Jethro do not ask about his health in front of others")
    r"^(?:(?:(?:class\s+|subject\s+)?teachers|tutors|lecturers|staff|adults)(?:\s+who\s+[^.;,]{3,40}?)?"
    r"(?=\s+(?:(?:will|must|should)\s+(?:not|never|avoid|allow|let|only|always)|do not|don't|never|always)\b"
    r"|[^.;]{0,40}\bonly (?:in an emergency|if|when)\b)"
    r"|(?:all|every|each)\s+(?:of\s+)?(?:(?:his|her|their|the)\s+)?(?-i:[A-Z][\w'-]+\s+)?(?:class\s+|subject\s+)?"
    r"(?:teachers?|tutors?|lecturers?|adults?|members? of staff|staff)|(?:[A-Z][a-z]+(?:'s|\u2019s)|his|her|their)\s+"
    r"(?:class\s+|subject\s+)?(?:teachers|tutors|lecturers))\b" + NOT_TRAINING,
    re.I,
)


def is_whole_staff_adjustment(text: str) -> bool:
    """An adjustment every adult who teaches the child makes ("All teachers should give him advance
    warning of any change", "Her teachers will let her wear ear defenders in music"): it applies
    whenever its occasion comes, so it has no amount to fix. Training for all staff has one."""
    # who makes it may be the label itself: "All staff, all day: key word and gesture, ..."
    return any(WHOLE_STAFF_RE.match(OCCASION_RE.sub("", said, count=1)) for said in (_bare(text), unlabelled(text)))


# the occasion an adjustment is made on, or what it is for, before whoever makes it: "On the mornings Mum texts the
# office that he had a seizure in the night, his teachers halve the written work", "To help Ify understand, all staff"
OCCASION_RE = re.compile(
    r"^(?:on (?:the )?(?:days?|mornings?|afternoons?|occasions?)|when(?:ever)?|if|after|to help) [^,;.]{3,100},\s+",
    re.I,
)


# "Roger Table Mic, for small-group work", "A wobble cushion, for all table work": a thing the child
# has or uses, named first; it is quantified by being named, not by how often
EQUIPMENT_RE = re.compile(
    # what it is for may come first: "For the short handwriting he still has to do, a sloped writing board"
    r"^(?:(?:for|in|during|at) [^,;.]{3,80}, )?"
    r"(?:an?\s+|(?:his|her|their|(?-i:[A-Z][\w'-]+)['\u2019]s)\s+(?:own\s+)?)?"
    r"(?:(?!(?:will|should|must|can|is|are|has|have|to)\b)[\w'-]+\s+)"
    r"{0,4}?(?:aids?|mics?|microphones?|receivers?|workstation|work station|desk|pencils?|pens|"
    r"(?:sensory|fiddle|calm(?:ing)?) (?:box|kit|bag|toys?)|chew (?:toy|tube)s?|"
    r"cushions?|defenders|toppers?|laptop|tablet|chair|seat|stool|writing slope|keyboard|headphones|timer|splints?|"
    r"standing frame|walker|wheelchair|hoist|pencil grips?|scissors|magnifier|overlays?|visual timetables?|"
    r"(?:slant|sloping|sloped|writing) boards?|crayons|footrests?|earplugs|rulers?|equipment (?:set|kit)|"
    # copies handed to the child, and what the child wears
    r"(?:printed |paper |electronic )?copies of|tights|stockings|"
    r"now[- ]and[- ]next (?:boards?|cards?)|(?:choice|communication|symbol) (?:boards?|books?|passports?)|"
    r"(?:time[- ]out|exit|break|help|calm|toilet|lift|medical) (?:cards?|pass(?:es)?))\b(?![^.;]{0,60}\b(?:"
    r"sessions?|teaching|taught|training|programme|lessons? (?:on|in) (?:how|using))\b)",
    re.I,
)


def is_equipment(text: str) -> bool:
    """A piece of equipment, named first, with what it is for, or worn by the child: no amount to fix."""
    return bool(EQUIPMENT_RE.match(unlabelled(text)) or WORN_RE.match(unlabelled(text)))


# what the child wears, all day ("Tilly wears a lunchtime picture strip on a lanyard"); not sessions teaching its use
WORN_RE = re.compile(
    r"^(?:[A-Z][a-z'-]+|he|she) wears (?:a|an|his|her|their)\b(?![^.;]{0,60}\b(?:sessions?|teaching|taught))", re.I
)


# a referral or request to a service, made once ("Referral made today to the Sensory Support Service")
REFERRAL_RE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?:an? )?referrals? (?:(?:has been |was )?(?:made|sent) )?(?:today )?to\b"
    r"|^(?:I|we) (?:have )?(?:today )?(?:also )?referred "
    r"(?:him|her|them|(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][a-z'-]+) to\b"
    # the same in the plan's third person: "The consultant community paediatrician has referred her to"
    r"|^[^.;]{0,80}?\b(?:have|has) (?:today |now |already )?referred (?:him|her|them|[A-Z][a-z]+) to\b"
    r"|\b(?:have|has) (?:now |also |today )?(?:sent|made|done) (?:the|a) referral\b"
    # a clinician's prescription: its dose is the prescriber's, not an amount the plan fixes
    r"|^[^.;]{0,80}?\b(?:have|has) (?:today |now |also )?prescribed\b"
    r"|\b(?:is|be) asked (?:for|to) (?:advice|assess|see|review)\b"
    r"|\basked (?:the |his |her |their )?[\w ]{0,20}? to (?:re-?)?refer\b"
    # an appointment already made, once: "Asthma review with the practice nurse booked for 04/12/2025"
    r"|\b(?:review|appointment|assessment|check-?up|clinic)\b[\w ]{0,30}? (?:is |has been )?booked (?:for|on)\b",
    re.I,
)
# a clinician sending the child on to a therapy service (made, or to be made): the referral, not the therapy itself
REFERS_ON_RE = re.compile(
    r"\b(?:referred|will refer|is referring|are referring) (?:him|her|them|(?-i:[A-Z][\w'-]+)) (?:on )?to\b"
    r"|\bis (?:now )?on (?:the|a|their) waiting list\b",
    re.I,
)


def is_referral(text: str) -> bool:
    """A referral to a service, made or to be made, not the help the service will give."""
    return bool(REFERRAL_RE.search(_bare(text)) or REFERS_ON_RE.search(text))


# where the child sits: a standing arrangement, kept in every lesson, not an amount of help
SEATING_RE = re.compile(
    r"\b(?:seat|sit|position)s? (?:him|her|them|[A-Z][a-z]+) (?:at|on|near|in|beside|next to|"
    r"close to|towards?)\b"
    # the child's own place: "In class Ludo should sit on a small chair with arms"
    r"|\b[A-Z][a-z'-]+ (?:should|must|will) (?:always )?sit (?:on|at|near|in|beside|next to|close to)\b"
    # as a plan tells it: "Filip sits at the front, nearest the window", "He is seated near the teacher"
    r"|\b[A-Z][a-z'-]+ (?:always )?sits (?:at|near|beside|next to|close to|towards) (?:the )?(?:front|back|side|end|"
    r"edge|window|door|teacher|board)\b"
    # and on what: "At carpet times Ludo sits on the carpet, on a wedge cushion", "Kit sits on a chair with a footrest"
    r"|\b[A-Z][a-z'-]+ (?:always )?sits (?:on|at|in|near|beside|by|next to)\b[^.;]{0,70}\b"
    rf"(?:{signals.SEATING_EQUIPMENT})\b"
    r"(?![^.;]*\b(?i:with (?:a |an |the |his |her )?(?:ta|adult|teaching assistant|teacher)|sessions?|for (?:extra|"
    r"additional))\b)"
    r"|\b(?:is|should be|must be|will be) seated (?:at|near|beside|next to|close to|"
    r"towards|facing)\b"
)
# a plan written for the child, not an amount of help: "Filip should have an individual healthcare plan"
PLAN_DOCUMENT_RE = re.compile(
    r"\b(?:should|must|will|to) (?:have|be given) (?:an?|the|his|her|their) (?:individual |written )?"
    r"(?:health ?care plan|ihp|personal emergency evacuation plan|peep|risk assessment|communication passport|"
    r"pupil passport)\b",
    re.I,
)


# what is never done to the child ("Sam should not be asked to read aloud"): kept at every moment
PROHIBITION_RE = re.compile(
    r"\b(?:should|will|must) (?:not|never) be (?:asked|made|expected|required|put|left|sent|kept)\b"
    # "Maisie is never asked to read aloud"
    r"|\b(?:is|are) never (?:asked|made|expected|required|put|left|sent|kept)\b"
    r"|^(?:do not|don't|never) [a-z]+ (?:him|her|them|(?-i:[A-Z][a-z'-]+))\b"  # "Do not lift Tilda from the floor"
    # what no adult does: "No sanctions for forgotten homework or equipment"
    r"|^(?:\d{1,2}[.)]\s*)?no (?:sanctions?|detentions?|penalt(?:y|ies)|punishments?) (?:for|when|if)\b"
    # what the child is entitled to, whoever is with him: "Jethro must be able to drink water whenever he wants"
    r"|^(?:\d{1,2}[.)]\s*)?(?-i:[A-Z][a-z'-]+) (?:should|must|will) (?:always )?(?:be (?:able|allowed) to|"
    r"take part (?:fully )?in)\b"
    # leaving before the crowds, on a pass: "Permission to leave lessons two minutes early", "a pass to leave every
    # lesson 5 minutes early"
    r"|\b(?:permission|a pass|an? (?:exit|lesson|corridor) pass) to leave (?:each |every |all |the )?"
    r"(?:lessons?|class(?:es)?) (?:\d+|two|three|four|five|ten) minutes early\b",
    re.I,
)


# how the child is helped to eat and drink safely, at every meal and drink: the eating and drinking plan's
# way of working, kept by whoever is trained to feed them, not sessions with an amount to fix
MEALTIME_CARE_RE = re.compile(
    r"\blevel [0-7]\b|\bthicken\w*|\bfed\b|\bfeed(?:s|ing)?\b|\bteaspoons?\b|\bsips?\b|\bmouthfuls?\b"
    r"|\bswallow\w*|\b(?:every|each|all|any) (?:meals?|snacks?|drinks?)\b|\bmealtimes?\b",
    re.I,
)
NOT_MEALTIME_CARE_RE = re.compile(r"\bsessions?\b|\btherapy\b|\bprogrammes?\b|\btrain\w*|\breview\w*", re.I)


ANY_ADULT_RE = re.compile(r"\b(?:an?|the|any|other) (?:adult|member of staff)\b|\bstaff\b|\bsomeone\b", re.I)


def is_mealtime_care(text: str, section: str) -> bool:
    """Health care at meals ("Thicken every drink to Level 2", "He is fed one teaspoon at a time")."""
    return section == "G" and bool(MEALTIME_CARE_RE.search(text)) and not NOT_MEALTIME_CARE_RE.search(text)


# who is trained, listed: "Staff trained to give buccal midazolam: Mr Pike (TA), Mrs Hale (school nurse)"
ROSTER_RE = re.compile(
    r"^(?:staff|adults|people|members of staff) (?:trained|qualified|named) (?:to|in|for)\b[^:.]{0,60}:", re.I
)


# how every adult works with the child, not an amount of help: "Instructions should be given one step at a
# time", "He should be taught and assessed in ways that do not depend on reading"
MANNER_RE = re.compile(
    r"\b(?:one|a single) (?:step|instruction|thing|task|question|idea) at a time\b|\bin (?:a way|ways) that\b"
    # how much is said at once: "one or two steps", "two or three key words", "in chunks of no more than two steps"
    r"|\b(?:one or two|two or three|no more than (?:one|two|three)) (?:steps|instructions|key words|words|ideas)\b"
    r"|\bin (?:small )?chunks\b"
    # instructions in steps: "broken into single steps", "given in numbered steps", "step by step"
    r"|\b(?:broken|split|chunked) (?:down )?into (?:single|small|smaller|short|numbered|separate) steps\b"
    r"|\bin (?:numbered|small|single|short) steps\b|\bstep[- ]by[- ]step\b"
    # how adults respond when it happens: "when Roscoe is distressed his key adult stays close, lowers her voice"
    # (not "Sam can go to the calm room when he is upset": help hedged by when, which the checks are for)
    r"|\bwhen (?:he|she|they|(?-i:[A-Z][a-z'-]+)) (?:is|are|becomes?|gets?|feels?) (?:very )?(?:distressed|upset|"
    r"anxious|angry|dysregulated|overwhelmed|frightened|worried),? (?:his|her|their|the|an?|all|every) (?:[\w-]+ )?"
    r"(?:adults?|staff|teachers?|key (?:adult|person|worker)|ta|teaching assistant)\b",
    re.I,
)


def is_manner(text: str) -> bool:
    """How the adults work with the child: an amount would not say more, though who does it still matters."""
    return MANNER_RE.search(text) is not None


def needs_no_amount(text: str) -> bool:
    """A strategy, a review, a referral, where the child sits or what is never done to them:
    provision all the same, but not help whose amount and deliverer the plan must fix."""
    return (
        is_strategy(text)
        or is_review_only(text)
        or is_referral(text)
        or bool(
            ASSESSMENT_TO_COME_RE.search(text)
            or SEATING_RE.search(text)
            or PROHIBITION_RE.search(text)
            or ROSTER_RE.match(text)
            or PLAN_DOCUMENT_RE.search(text)
        )
    )


# who a "Who" column or "delivered by" names, when it says no more than "staff", "an adult" or "school"
GENERIC_DELIVERER_RE = re.compile(
    r"^(?:(?:the|a|an|all|any|other|his|her|their|school|class|college|nursery|setting|support)\s+)*"
    r"(?:staff|adults?|members? of staff|school|college|nursery|setting|everyone|all)\W*$"
    # a Staff column not yet filled in: "TBC", "to be allocated"
    r"|^\W*(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided|allocated|appointed|arranged)|not yet (?:known|allocated|"
    r"appointed)|unknown|n/?a|none|-+)\W*$",
    re.I,
)


def has_deliverer(stmt: Statement, section: str, staff: Collection[str] = ()) -> bool:
    """A role or level of expertise, not just "staff", "an adult" or "school"; one of the staff the advice
    names with their role (`staff`, first names); or the child's own equipment or medicine, which the child uses."""
    text = unlabelled(stmt.text)
    # what the child uses needs no one, unless someone is to teach them to use it ("and will be taught to use
    # its speech-to-text and spellchecker")
    uses_it = SELF_CARE_RE.search(text) and not TAUGHT_TO_USE_RE.search(text)
    if uses_it or NAMED_PERSON_RE.search(text) or REFERRED_RE.search(text):
        return True
    if GIVEN_BY_NAME_RE.search(text) or NAMED_PROVIDER_RE.search(text) or EVERY_ADULT_RE.search(text):
        return True
    if any(re.search(rf"\b{re.escape(name)}\b", text) for name in staff):
        return True
    if WORKER_ACTS_RE.match(stmt.text):
        return True
    # a Who column or "delivered by" that names anyone ("Fliss Cullis (YJS case manager)", "Youth offender panel")
    if stmt.delivered_by and not GENERIC_DELIVERER_RE.match(stmt.delivered_by.strip()):
        return True
    if is_equipment(stmt.text):  # "A wobble cushion, for all table work": the child's to use
        return True
    if signals.EXAM_ARRANGEMENT_RE.search(stmt.text):  # the exams officer arranges it under the awarding bodies' rules
        return True
    if SPECIFIC_ROLE_RE.search(stmt.text) or TRAINED_RE.search(stmt.text) or HOMEWORK_SET_RE.search(text):
        return True
    # medication is the prescriber's, given as prescribed (by school staff, or at a short-break service)
    if section in ("G", "H1", "H2") and MEDICATION_RE.search(stmt.text):
        return True
    # a clinical test in health provision is the clinic's to do: "a hearing test every 12 months"
    return section == "G" and CLINICAL_TEST_RE.search(stmt.text) is not None
