"""Tables are structure: a column's header says what its cells hold. A row of a support plan or a
therapy table can hold a need, an outcome and the provision for it at once ("Target | Strategy |
Who | How often"); each is read from its own cell, with its column as further evidence, and the
provision takes how often, how long, the group and who delivers it from their columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from appliance.evidence import classify, fields, signals
from appliance.evidence.roles import Role, header_role
from appliance.evidence.units import Unit, cell_units, sentence_spans
from appliance.ingest.passages import DAY_HEADER, PERIOD_HEADER, SENTENCE_START_HEADER, WEEK_DAYS, Passage

if TYPE_CHECKING:
    from appliance.documents import AdviceDocument
    from appliance.evidence.routing import Evidence, Voice

Column = Literal[
    "parent_view",
    "child_view",
    "need",
    "describe",
    "period",
    "outcome",
    "provision",
    "who",
    "frequency",
    "duration",
    "group",
    "when",
    "review",
    "reason",
    "day",
    "other",
]
DETAIL_COLUMNS: tuple[Column, ...] = ("who", "frequency", "duration", "group", "when")
# whose needs a column names: "What Mason needs", "What the pupil needs next"
WHO_NEEDS = r"(?:(?-i:[A-Z][a-z'-]+)|he|she|they|the child|the pupil|the young person)"

# The first pattern to match a header cell says what its column holds.
COLUMNS: tuple[tuple[Column, str], ...] = (
    # a week's timetable: "Time | Monday | Tuesday | ...", each cell what happens in that slot that day
    ("day", DAY_HEADER),
    # a term-by-term plan: each term's cell holds that term's help or target, read on its own words
    ("period", PERIOD_HEADER),
    # a parent's own words beside the school's plan: "Mum's comments", "Parent's views"
    (
        "parent_view",
        r"\b(?:mum|dad|mother|father|parents?|carers?)(?:['’]s|s['’])?\W+(?:comments?|views?|response|says)\b"
        # a reply to a family, point by point: "You said | We did | What next"
        r"|^you said\b",
    ),
    # the child's own answers beside the questions put to them: "What Kojo said or did", "In her own words"
    (
        "child_view",
        # (not an assessor's "What Zara told me and what I saw": what they saw is theirs)
        r"^(?!.*\b(?:saw|observed|noticed|seen)\b)"
        # (or by an initial: "What N said")
        r"what (?:(?-i:[A-Z][a-z'-]+|(?!I\b)[A-Z]\.?)|he|she|they|the child|the young person|the pupil) "
        r"(?:said|says|told (?:us|me)|"
        r"thinks?|wants?|would like)\b|\b(?:child|pupil|young person|student)['’]?s? (?:views?|voice|words|answers?|"
        r"responses?)\b|\bin (?:his|her|their|my) own words\b|^(?:(?-i:[A-Z][a-z'-]+)['’]s|his|her|their|my) "
        r"(?:answers?|words|responses?)$",
    ),
    # "How often / by when": a provision's how often, its end date told beside it
    # an access arrangements table's "Applies to" (every exam, which papers): how often the arrangement is made
    ("frequency", r"how often|frequen|^applies to\b"),
    # "Term | What | Who | How often": the term each row's help is for
    (
        "when",
        r"by when|^by\b(?! whom)|timescale|time ?frame|target date|review date|deadline|^when$|date to be"
        r"|^(?:half[- ])?term$"
        # when the help began: "What | How often | Who | Since"
        r"|^since$|^start(?:ed)?(?: date)?$|^date started$",
    ),
    # an exercise programme's "Reps / sets": how much of it each time
    (
        "frequency",
        r"^when\b|^amount|how much|^time allocated|^sessions?\b|^times?(?: of day)?$|^reps\b|repetitions|^sets\b",
    ),
    ("duration", r"how long|duration|length|^time\b|minutes|\bmins?\b|hours"),
    ("group", r"group|\bratio\b|size"),
    (
        "who",
        r"\bwho\b|staff|by whom|delivered|provider|clinician|responsib|\blead\b|person|deliver|given by|led by|owner",
    ),
    (
        "outcome",
        # a Goal Attainment Scaling table's "0 expected (by July 2026)": the level the goal is set at
        # (a "Targeted activities" column is what is done, not the target)
        r"\btargets?\b|outcome|goal|\baims?\b|objective|what (?:we|i) (?:want|hope)|success|smart(?! actions?)|"
        r"^0 expected\b|^expected (?:outcome|level)\b|" + SENTENCE_START_HEADER,
    ),
    ("review", r"\bimpact\b"),  # "Impact and next step": what the help did, with what comes next
    # an incident log's "Date | What happened | Action taken": what was done about one incident at the time
    ("review", r"^actions? taken\b|^what was done\b"),
    ("review", r"^notes?$"),  # a bare "Notes" column annotates its row: how it was approved, which room
    ("review", r"^then$"),  # a then-and-now review's "Then": how things were, before what is drafted
    ("review", r"^achieved\b|^met\b"),  # "Achieved? (March 2026)": how a target went
    (
        "provision",
        r"provision|strateg|support|intervention|action|approach|resource|arrangement|\bplan\b|^do$|"
        r"what (?:we|school|staff|the school|(?:the )?adults|teachers|you) "
        r"(?:did|do|does|are doing|will do|provide|provided|should do)\b|"
        r"how (?:we|staff|school|adults) (?:will|can)(?! know)|what (?:will|we will|school will)|\bhelp|adjustment|"
        r"equipment|service|recommend|next steps?|activit|^exercises?\b(?! tolerance| capacity| test)|"
        r"control measure|what to do|action to take|"
        # a family plan's actions ("What needs to happen | Who | By when") and a reply's "What next"
        r"what (?:needs|has) to (?:happen|be done)|^what (?:happens )?next\b|^next$|"
        # an access review's "What would make it possible"; "Instead of ... | Try ..."
        r"^what (?:would|will|could) (?:make|help)\b|^try\b|"
        # what is to be done next, beside what was tried: "What Niamh needs next" (not "What Niamh needs")
        rf"^what {WHO_NEEDS} needs? "
        r"(?:next|now|from (?:school|us|staff|college))\b|"
        # what a visiting service advised: "Visit date | Focus | Advice given | Follow-up"
        r"^advice(?: given| to (?:school|staff|the setting|the school))?$|^what (?:was|we|i) advised\b|"
        # a formulation's "Hypothesis | Evidence | What this means for school"
        r"^what (?:this|it) means for (?:school|staff|teachers|home|college|the (?:class(?:room)?|setting))\b",
    ),
    (
        "need",
        r"\bneeds?\b|\barea\b|difficult|^assess|barrier|concern|presenting|hard|identified|wellbeing|^hypothes[ie]s\b",
    ),
    # an assessment form's "Evidence and comments" beside each area's strength or need box: what was found
    ("describe", r"^evidence\s*(?:and|&|/)\s*comments?\b|^comments?\s*(?:and|&|/)\s*evidence\b"),
    (
        "review",
        r"review|measure|evidence|how will (?:we|you) know|how (?:we|you) will know|progress|monitor|impact|"
        r"outcome achieved",
    ),
    # why a recommendation is made, or what sets a behaviour off: the need it answers, set out in the report
    # already; what to avoid is the other side of what helps
    # a risk assessment's risks are what its control measures are for
    (
        "reason",
        r"rationale|reasons?|^why\b|triggers?|early signs|warning signs|avoid|what (?:it|this) is for|purpose|"
        r"^instead of\b|^rather than\b|"
        r"^risks?\b|hazards?",
    ),
    # what the child does now: a need only by its own words
    (
        "describe",
        r"baseline|starting point|^now$|^current|what .{0,20}(?:does|can do) now|observ|comments?|notice|"
        r"^where (?:(?-i:[A-Z][a-z'-]+)|he|she|they) (?:is|are) now\b|^(?-i:[A-Z][a-z'-]+) now\b|^what happened\b|"
        # a clinic's or assessment's findings: "Area | Findings | Action", "What we found"
        r"^(?:clinical )?findings?\b|what (?:i|we) found\b|^what (?:i|we) (?:see|notice)\b|"
        r"what .{0,30}(?:told|saw|said|looks? like|(?:might|may|will) see)|"
        # what a condition means in each lesson: "Lesson | What Crohn's means here | In place now | What Jess needs"
        r"^what (?:[\w'’-]+ ){1,4}means (?:here|for (?:him|her|them)|in (?:class|lessons?|school))\b",
    ),
)
COLUMN_PATTERNS = [(column, re.compile(pattern, re.I)) for column, pattern in COLUMNS]
TIMED_TARGET = signals.named("timed-will")
PROVISION_NOUN = signals.named("provision-noun")
COLUMN_ROLE: dict[Column, Role] = {"need": "needs", "outcome": "outcomes", "provision": "provision"}
PARENT_VIEW_WORDS = 4  # a comment this long says something ("Agreed." does not)
LONG_DETAIL = 8  # words: a "Who and how often" cell this long holds the provision itself


# a bracketed note of whose words fill a column: "Why (Kai's words)", "Comments (in Mum's own words)"
WORDS_GLOSS_RE = re.compile(
    r"\(\s*(?:in )?(?:(?P<parent>(?:mum|dad|mother|father|parents?|carers?)['’]?s?)|"
    r"(?!(?:teacher|staff|tutor|coach|worker|nurse|doctor|therapist|assessor|adult|writer)['’]?s)(?-i:[A-Z][a-z'-]+)['’]s|"
    r"his|her|their) (?:own )?words\s*\)",
    re.I,
)


def column_of(header: str) -> Column:
    gloss = WORDS_GLOSS_RE.search(header)
    if gloss:  # their words, whatever the column's name asks for
        return "parent_view" if gloss.group("parent") else "child_view"
    # a bracketed gloss lists what the column holds ("Health provision (what, who, how often)"): its name decides
    named = re.sub(r"\([^)]*\)", "", header).strip() or header.strip()
    return next((column for column, pattern in COLUMN_PATTERNS if pattern.search(named)), "other")


TOTAL_RE = re.compile(r"^\W*(?:grand |sub-?)?totals?\b", re.I)
# what a bare number in an amount column counts: "Sessions per week | 3", "Minutes per session | 15"
UNIT_RE = re.compile(
    r"\b(?:sessions?|times?|visits?|lessons?|check-?ins?)(?:\s+(?:per|a|each)\s+|\s*/\s*)"
    r"(?:week|wk|day|fortnight|month|half[- ]term|term)\b"
    r"|\b(?:minutes|mins|hours)(?:\s+(?:per|a|each)\s+(?:week|day|session))?\b",
    re.I,
)


def with_unit(column: Column, header: str, cell: str) -> str:
    """A bare number under an amount column's header, with the unit the header gives it ("3" under
    "Sessions per week" is "3 sessions per week"); any other cell as it is."""
    unit = UNIT_RE.search(header) if column in ("frequency", "duration") else None
    if unit is None or not re.fullmatch(r"\d+(?:\.\d+)?", cell.strip()):
        return cell
    said = unit.group(0).lower()
    # a spreadsheet's short header in words: "Sessions/wk" is sessions per week, "Mins" minutes
    said = re.sub(r"\bmins?\b", "minutes", re.sub(r"\bwk\b", "week", re.sub(r"\s*/\s*", " per ", said)))
    if float(cell) == 1:  # "1 session per week"
        said = re.sub(r"^([\w-]+?)s\b", r"\1", said)
    return f"{cell.strip()} {said}"


@dataclass(frozen=True)
class Row:
    """A table row's cells by what their columns hold, and the cell an evidence item was read from."""

    cells: tuple[tuple[Column, str], ...]
    content: str

    def get(self, column: Column) -> str | None:
        return next((cell for col, cell in self.cells if col == column), None)


# a column reporting how a target went, and what it said: "Achieved? | Yes", "Progress | Achieved on 5 of 6 stays"
RESULT_HEADER_RE = re.compile(r"^(?:achieved|met|progress|results?|outcome achieved)\b", re.I)
MET_RE = re.compile(r"^\W*(?:achieved|met|yes|fully achieved)\b(?!.*\b(?:not yet|partly|partially|not met)\b)", re.I)
NEXT_STEP_HEADER_RE = re.compile(r"^(?:next steps?|what next|new (?:targets?|outcomes?))\b", re.I)


def _target_reviewed(headers_cells: tuple[tuple[str, str], ...]) -> bool:
    """A target that is over: its row says it was met ("Outcome | Progress: Achieved"), or the table reviews
    last term's targets and sets new ones beside them ("Target (set Oct 2025) | Achieved? | Next step"). A target
    not yet met, with no next one set, is still the child's ("Not yet (3 of 5)")."""
    results = [cell for header, cell in headers_cells if RESULT_HEADER_RE.match(header.strip())]
    next_set = any(NEXT_STEP_HEADER_RE.match(header.strip()) for header, _ in headers_cells)
    return any(MET_RE.match(c) for c in results) or (next_set and any(c.strip() for c in results))


def ended(row: Passage) -> bool:
    """A row whose status cell says it is over ("Prone standing frame | ... | Returned to the equipment store",
    "Past | Salbutamol inhaler | 2 puffs PRN"): what was, not what is."""
    return any(ENDED_CELL_RE.search(c.strip()) for c in row.cells)


def row_evidence(doc: AdviceDocument, unit: Unit, role: Role | None) -> list[Evidence]:
    """The needs, outcomes and provision a table row holds, each read from its own cell."""
    from appliance.evidence.routing import Evidence, Excerpt, placed

    headers_cells = tuple(unit.cells())
    headers = tuple(h for h, _ in headers_cells)
    if _behaviour_chart(headers):
        return []  # one incident: the writer's summary says what the incidents show
    columns = _what_is_given(_needs_beside_what_is_seen(headers, tuple(column_of(h) for h in headers)))
    cells = tuple((col, with_unit(col, h, c)) for col, (h, c) in zip(columns, headers_cells, strict=True))
    if not cells or all(c == h for (_, c), h in zip(cells, unit.passage.header, strict=False)):
        return []  # the header row itself
    if TOTAL_RE.match(cells[0][1]):
        return []  # "Total | 17.16": the sum of the rows above, not help of its own
    if sum(col == "day" for col in columns) >= WEEK_DAYS:
        return _week_slot(doc, unit, role, cells, headers_cells)
    if VOICE_ROW_RE.match(unit.passage.cells[0]) and len(cells) > 1:
        # a grid's row labelled as the child's voice: "Imani's voice | - | When Jodie asked ... she said \"...\""
        label = unit.passage.cells[0]
        answers = [
            u
            for u in cell_units(unit.passage)
            if u.text != label
            and len(re.findall(r"[A-Za-z]{2,}", u.text)) >= 2
            and not classify.names_placement(u.text)
        ]
        return [Evidence("view", "A", doc.id, (Excerpt.of(u),), who="child", reasons=(label,)) for u in answers]
    # "Next step | Who helps | By when": a next step the child will take by a date is an outcome, and the
    # help its row names is the provision for it
    dated = any(col == "when" and c and not (fields.NO_TIME_RE.match(c) or STARTS_RE.match(c)) for col, c in cells)
    who = " ".join(c for col, c in cells if col == "who")
    cells = tuple(
        ("outcome", c)
        if col == "provision" and dated and _child_will(c, who) and not fields.from_text(c).frequency
        else (col, c)
        for col, c in cells
    )
    # a review column that states the target itself ("By the end of the summer term 2026, Tilly will walk ... on 4
    # out of 5 days", "Tilly will be happier and more settled"): what the child will do is the row's outcome
    cells = tuple(
        ("outcome", c) if col == "review" and (TIMED_TARGET.pattern.match(c) or _child_will(c, who)) else (col, c)
        for col, c in cells
    )
    reviewed = _target_reviewed(headers_cells)  # the target and where the child started are last term's
    data_table = header_role(unit.passage.header) == "skip"  # scores, attainment, attendance, past interventions
    out: list[Evidence] = []
    has_provision = any(col == "provision" for col, _ in cells)
    detail = " ".join(c for col, c in cells if col in DETAIL_COLUMNS)  # the row's how often, how long and who
    # read with the provision cell, its "Staff" column says who does it ("Tilda sits in her specialist chair ...")
    detail_read = " ".join(f"by {c}" if col == "who" else c for col, c in cells if col in DETAIL_COLUMNS and c)
    # a long "Who" cell holds the provision only where no other cell does: read the detail columns last
    ordered = sorted(zip(cells, headers_cells, strict=True), key=lambda pair: pair[0][0] in DETAIL_COLUMNS)
    for (column, cell), (header, _) in ordered:
        if column in ("parent_view", "child_view"):
            own = next((u for u in cell_units(unit.passage) if u.label == header), None)
            # a child's short answer is their view ("Trains. Big train."); a parent's "Agreed." is not
            least = PARENT_VIEW_WORDS if column == "parent_view" else 1
            if own is not None and len(re.findall(r"[A-Za-z]{2,}", own.text)) >= least:
                voice: Voice = "parent" if column == "parent_view" else "child"
                # an answer is read with the question put ("Who helps you? | \"Mrs Patel.\"")
                asked = any(c.rstrip().endswith("?") for col, c in cells if col not in ("parent_view", "child_view"))
                answer = Excerpt.of(unit) if asked else Excerpt.of(own)
                out.append(Evidence("view", "A", doc.id, (answer,), who=voice, reasons=(header,)))
            continue
        provided = any(ev.kind.endswith("provision") for ev in out)
        if column in ("review", "reason"):
            # the child's words quoted as evidence: "Kai told me: \"I'd rather get sent out than look thick.\"" (what
            # staff see, in an area's row, is theirs: its quoted words are for a row labelled as the child's voice)
            out.extend(_quoted_views(doc, unit, header))
        if (
            column in ("review", "reason")
            # a question put ("What worries you about college? | Crowds."): read with its answer, if at all
            or cell.rstrip().endswith("?")
            or (column in ("outcome", "describe") and reviewed)
            or (column in DETAIL_COLUMNS and (has_provision or provided or len(cell.split()) < LONG_DETAIL))
        ):
            continue
        if data_table and column != "describe" and not (column == "provision" and WHAT_HELPS_RE.search(header)):
            continue  # only a data table's comments can describe a need, and its "What helps" column is provision
        # a provision cell is read with its row's how often, how long and who: "Reciprocal reading group"
        # says nothing alone, "three times a week, 30 minutes, class teacher" beside it makes it provision
        details = detail_read if column == "provision" else ""
        # a long "Who and how often" cell, with no provision column beside it, holds the provision itself
        if column == "describe":
            place = None  # what the child does is read on its own words, under "Attendance" or "Outcomes" alike
        elif column == "period":
            place = role or "provision"  # a term-by-term plan sets out help, with the targets it works towards
        else:
            place = "provision" if column in DETAIL_COLUMNS else COLUMN_ROLE.get(column, role)
        if column == "other":
            mixed = _box_sentences(cell, place, doc.advice_type)
        else:
            mixed = _mixed_sentences(cell, place, doc.advice_type) if column in (*COLUMN_ROLE, "period") else None
        if mixed is None:
            said = _as_outcome(cell, header) if column == "outcome" else cell
            mixed = [(cell, classify.read(f"{said}, {details}" if details else said, place, doc.advice_type))]
        for text, found in mixed:
            # a "What helps" column says what its cells are, however tersely written ("Instructions given first")
            terse_help = (
                column == "provision" and WHAT_HELPS_RE.search(header) and len(text.split()) >= WHAT_HELPS_WORDS
            )
            # and an instruction in it is what to do, though it names the pain it is for ("Mild pain: warm her up")
            instructs = found.reading == "need" and "imperative" in found.reasons
            if (found.reading == "background" or instructs) and terse_help and not data_table:
                found = replace(found, reading="provision", reasons=(*found.reasons, "what-helps column"))
            # a needs column says what its cells are, unless the cell is plainly background ("Diagnosed in 2019")
            if (
                found.reading == "background"
                and column == "need"
                and not data_table
                and found.score < classify.STRONG_BACKGROUND
                and len(text.split()) >= NEED_CELL_WORDS
            ):
                found = replace(found, reading="need", margin=0.0, reasons=(*found.reasons, "needs column"))
            # a clinic's findings column says what it found: a condition named there is the child's health need
            # ("Hearing | Audiology, January 2026 | Bilateral conductive hearing loss ... | Review every 3 months")
            if (
                found.reading == "background"
                and column == "describe"
                and doc.advice_type in classify.HEALTH_TYPES
                and "health condition" in found.reasons
                and found.score < classify.STRONG_BACKGROUND
                and not RESOLVED_RE.search(text)
            ):
                found = replace(found, reading="need", margin=0.0, reasons=(*found.reasons, "a clinic's finding"))
            # the worker the "Who" cell names will act: "Dominic will agree a safety plan ... | Dominic Mensah-Brook"
            if found.reading == "background" and column == "provision" and _named_in(text, who) and not data_table:
                found = replace(found, reading="provision", reasons=(*found.reasons, "the named worker acts"))
            # a programme or a service its row gives to someone to deliver: "Physiotherapy programme: walking
            # practice ... | | Kerry-Ann" (not a bare step the child will take, in the same column)
            if (
                found.reading == "background"
                and column == "provision"
                and who.strip()
                and not data_table
                and found.score < classify.STRONG_BACKGROUND
                and PROVISION_NOUN.pattern.search(text)
            ):
                found = replace(found, reading="provision", reasons=(*found.reasons, "its row says who gives it"))
            if found.reading in ("background", "provision") and column == "period" and _term_target(text):
                # "By Christmas 2026 Tegan travels by bus to school on her own on at least three days a week": what
                # the child does by the end of the term, the target its column sets
                found = replace(found, reading="outcome", reasons=(*found.reasons, "a term's target"))
            if found.reading == "view" and column == "outcome":
                # the child's own hope in a plan's outcome column ("I want to stay strong and keep my walking"):
                # their aspiration, for the caseworker to make SMART
                found = replace(found, reading="outcome", reasons=(*found.reasons, "a hope in the outcome column"))
            if found.reading in ("background", "view") or not _says_it(found, text, column, cells):
                continue
            row = Row(cells, _with_notes(text, headers_cells) if column == "provision" else text)
            item = Evidence(
                "provision", "F", doc.id, (Excerpt.of(unit),), unsure=found.unsure, reasons=found.reasons, row=row
            )
            out.append(placed(item, found.reading, f"{text} {detail}", doc, unit.passage, role))
    return _without_labels(out)


NEED_CELL_WORDS = 8
# a finding that is over: "septal defect repaired at 4 months; discharged by cardiology"
RESOLVED_RE = re.compile(r"\b(?:repaired|resolved|discharged|no longer|outgrown|normal|no concerns?)\b", re.I)
# a timetable's slot that is help for the child names who gives it or how it is given
SLOT_HELP_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]|\b(?:TA|HLTA|LSA|SENCo)\b"
    r"|\b(?i:teaching assistant|key (?:adult|person|worker)|1:1|one[- ]to[- ]one|small group|group|intervention|"
    r"therap\w+|mentor|practitioner|with (?:his|her|their) )"
)
NOTES_HEADER_RE = re.compile(r"^notes?$", re.I)
ADMIN_NOTE_RE = re.compile(
    r"^\W*(?:approved|agreed|requested|ordered|funded|bought|purchased|in place|started|began|see|room|ongoing)\b", re.I
)
DETAILS_BESIDE_HELP = 2  # how often, how long, who: columns that describe help given
EMPTY_CELL_RE = re.compile(r"^\W*$|^\W*(?:n/?a|none|no|-+)\W*$", re.I)


def _with_notes(cell: str, headers_cells: tuple[tuple[str, str], ...]) -> str:
    """A help named in a few words, with its "Notes" cell where that says what it is: "Exam access arrangements |
    ... | 25% extra time and a computer reader in a small room" (a note of how it was approved stays out)."""
    notes = next((c for h, c in headers_cells if NOTES_HEADER_RE.match(h.strip()) and c.strip()), None)
    if notes is None or len(cell.split()) > LABEL_WORDS + 1:
        return cell
    says = (PROVISION_NOUN.pattern.search(notes) or re.search(r"\d", notes)) and not ADMIN_NOTE_RE.match(notes)
    return f"{cell.rstrip(' .:')}: {notes}" if says else cell


TRIGGER_HEADER_RE = re.compile(r"^\W*(?:triggers?|antecedents?)\b", re.I)
RESULT_OF_BEHAVIOUR_RE = re.compile(r"^\W*(?:results?|consequences?)\b", re.I)


def _behaviour_chart(headers: tuple[str, ...]) -> bool:
    """A STAR or ABC chart ("Setting | Trigger | Action | Result"): each row an incident, its "Action" what the child
    did between what set it off and what came of it (near miss: a clinic's "Area | Findings | Action")."""
    return any(TRIGGER_HEADER_RE.match(h) for h in headers) and any(RESULT_OF_BEHAVIOUR_RE.match(h) for h in headers)


WHAT_CHILD_NEEDS_RE = re.compile(rf"^what {WHO_NEEDS} needs?\b", re.I)


def _needs_beside_what_is_seen(headers: tuple[str, ...], columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """A table that says what is seen in its own column ("Area | What we see | What we do now | What Mason needs"):
    its column for what the child needs is the help he needs, the difficulty being told beside it."""
    if "describe" not in columns:
        return columns
    return tuple(
        "provision" if col == "need" and WHAT_CHILD_NEEDS_RE.match(h.strip()) else col
        for h, col in zip(headers, columns, strict=True)
    )


def _what_is_given(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """A table that says how often, how long and by whom ("What | How often | How long | Who"), with no column
    named for the help: its one unnamed column is the help."""
    unnamed = [i for i, col in enumerate(columns) if col == "other"]
    detailed = sum(col in ("who", "frequency", "duration") for col in columns) >= DETAILS_BESIDE_HELP
    if "provision" in columns or len(unnamed) != 1 or not detailed:
        return columns
    return tuple("provision" if i == unnamed[0] else col for i, col in enumerate(columns))


def _week_slot(
    doc: AdviceDocument,
    unit: Unit,
    role: Role | None,
    cells: tuple[tuple[Column, str], ...],
    headers_cells: tuple[tuple[str, str], ...],
) -> list[Evidence]:
    """A timetable row ("8.40-8.55 | Side-gate welcome: Miss Harte | ... five days"): each activity in it, on
    the days it happens, at the row's time, read as the help it is ("Sand tray: Mrs Achebe" on Tuesday and
    Thursday)."""
    from appliance.evidence.routing import Evidence, Excerpt, placed

    days: dict[str, list[str]] = {}
    for (col, cell), (day, _) in zip(cells, headers_cells, strict=True):
        if col == "day" and not EMPTY_CELL_RE.match(cell):
            days.setdefault(cell.strip(), []).append(day.strip())
    all_days = sum(col == "day" for col, _ in cells)
    slot = " ".join(c for col, c in cells if col != "day" and c.strip())
    # the days are the header's words: the header row is quoted with the slot's
    header = next(
        (
            p
            for p in reversed(doc.passages[: unit.passage.seq])
            if p.kind == "table_row" and p.cells == unit.passage.header
        ),
        None,
    )
    quoted = (Excerpt.whole(header), Excerpt.of(unit)) if header else (Excerpt.of(unit),)
    out = []
    for activity, on in days.items():
        if not SLOT_HELP_RE.search(activity):
            continue  # the class's own day ("Maths", "Lunch"), not help for the child
        when = "every day" if len(on) == all_days else _listed(on)
        frequency = f"{when}, {slot}" if slot else when
        found = classify.read(f"{activity}, {frequency}", "provision", doc.advice_type)
        if found.reading in ("background", "view"):
            continue
        row = Row((("frequency", frequency),), activity)
        item = Evidence("provision", "F", doc.id, quoted, unsure=found.unsure, reasons=found.reasons, row=row)
        out.append(placed(item, found.reading, activity, doc, unit.passage, role))
    return out


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


VOICE_ROW_RE = re.compile(r"^\W*(?:(?-i:[A-Z][a-z'-]+)['’]s|(?:the )?(?:child|pupil)['’]s|my) voice\W*$", re.I)


def _mixed_sentences(cell: str, place: Role | None, advice_type: str) -> list[tuple[str, classify.Read]] | None:
    """A cell whose sentences are plainly different items, each read alone: "Daily phonics keep-up, 10 minutes
    1:1 with Mrs B. By the end of the autumn term, Raff will recognise all 23 cards." is the provision and the
    outcome it serves."""
    spans = sentence_spans(cell)
    return classify.mixed([cell[a:b] for a, b in spans], place, advice_type) if len(spans) > 1 else None


def _box_sentences(cell: str, place: Role | None, advice_type: str) -> list[tuple[str, classify.Read]] | None:
    """A box under a topic's label ("Sensory", "Flexibility"), read like a paragraph, sentence by sentence, where
    any sentence alone is surely a need, outcome or provision ("... Try: ear defenders for the dinner hall"); None
    otherwise, for the cell to be read whole (its sentences together may say what none says alone)."""
    spans = sentence_spans(cell)
    if len(spans) < 2:
        return None
    read = [(cell[a:b], classify.read(cell[a:b], place, advice_type)) for a, b in spans]
    sure = any(found.reading in classify.ITEM_READINGS and not found.unsure for _, found in read)
    return read if sure else None


# the child, named first, doing something measurable (not "has" or "is given" help): a term plan's target
TERM_TARGET_RE = re.compile(
    r"^(?:by [^,]{3,30},? )?(?-i:[A-Z][a-z'-]+|He|She|They) (?!(?:has|is|gets|receives|attends|uses|sits|needs|"
    r"continues|goes|works|joins|takes|spends|meets|sees|practises|follows|wears|keeps)\b)[a-z]+s\b",
    re.I,
)
TERM_MEASURE_RE = re.compile(
    r"\d|\bon (?:her|his|their) own\b|\bindependently\b|\bwithout (?:adult )?(?:help|support|prompts?)\b", re.I
)


def _term_target(text: str) -> bool:
    return bool(TERM_TARGET_RE.match(text.strip())) and bool(TERM_MEASURE_RE.search(text))


# the child, named first, will do something (not "will have" or "will be given" help)
CHILD_WILL_RE = re.compile(
    r"^(?:[A-Z][a-z'-]+|He|She|They) will (?!(?:be|have|receive|get|attend|continue|need|use|wear)\b)[a-z]+"
)


def _named_in(cell: str, who: str) -> bool:
    """The cell opens with someone the row's "Who" cell names, who will act ("Dominic will agree a
    safety plan with Ellis | Dominic Mensah-Brook")."""
    return CHILD_WILL_RE.match(cell) is not None and _opens_with(cell, who)


def _child_will(cell: str, who: str) -> bool:
    """The child will do something; not the worker the row's "Who" cell names."""
    return CHILD_WILL_RE.match(cell) is not None and not _opens_with(cell, who)


def _opens_with(cell: str, who: str) -> bool:
    """The cell's first word is a name the "Who" cell gives."""
    return re.search(rf"\b{re.escape(cell.split()[0])}\b", who) is not None


# a date help starts from, not one a step is to be taken by
STARTS_RE = re.compile(r"^\W*(?:start|starts|starting|from|begin|beginning|commenc\w*)\b", re.I)
WHAT_HELPS_RE = re.compile(r"what helps|what works|strateg|adjustments?|what to do|action to take", re.I)
WHAT_HELPS_WORDS = 5
# a status cell that says the row is over: a medicine taken in the past, equipment given back
ENDED_CELL_RE = re.compile(
    r"^(?:past|ended|stopped|discontinued|resolved|completed|done|closed|returned\b.*|"
    r"no longer (?:used|needed|in use)\b.*)$"
    # the status closing a comment, or opening it with when: "... called it 'pointless'. Ended.", "Ended on 14 November"
    r"|(?:^|[.;!]\s+)(?:ended|stopped|discontinued|completed|closed)\.?$|^(?:ended|stopped) (?:on|in|at|after)\b.*$"
    # a term marked over: "Autumn 2025 (done)"
    r"|\((?:done|ended|finished|completed|stopped)\)$",
    re.I,
)
LABEL_WORDS = 3  # "Staff training | Train the class staff in ... | School nurse": the short cell names the row


# the child's own words, quoted after who said them: 'Kai told me: "I'd rather get sent out than look thick."'
CHILD_QUOTED_RE = re.compile(
    r"\b(?:(?:he|she|they|(?-i:[A-Z][a-z'-]+)) (?:told (?:me|us)|said|says)|in (?:his|her|their) words)\s*:?,?\s*"
    r"[\"\u201c][^\"\u201c\u201d]{12,}[\"\u201d]",
    re.I,
)


def _quoted_views(doc: AdviceDocument, unit: Unit, header: str) -> list[Evidence]:
    """The sentences of a row's cell that quote the child: their view, though the cell is the writer's evidence."""
    from appliance.evidence.routing import Evidence, Excerpt

    cell = next((u for u in cell_units(unit.passage) if u.label == header), None)
    if cell is None:
        return []
    text = unit.passage.text
    return [
        Evidence("view", "A", doc.id, (Excerpt.of(Unit(unit.passage, a, b)),), who="child", reasons=("quoted words",))
        for a, b in sentence_spans(text, cell.start, cell.end)
        if CHILD_QUOTED_RE.search(text[a:b]) and not re.search(r"\b(?:mum|dad|mother|father)\b", text[a:b], re.I)
    ]


def _without_labels(found: list[Evidence]) -> list[Evidence]:
    """A row's short cell that only names what its longer provision cell sets out is its label."""
    provision = [ev for ev in found if ev.kind.endswith("provision")]
    if len(provision) < 2:
        return found
    longest = max(provision, key=_cell_words)
    return [ev for ev in found if ev not in provision or ev is longest or _cell_words(ev) > LABEL_WORDS]


def _cell_words(ev: Evidence) -> int:
    return len(ev.row.content.split()) if ev.row else 0


def _says_it(found: classify.Read, cell: str, column: Column, cells: tuple[tuple[Column, str], ...]) -> bool:
    """A cell is an item only when its own words say so, not its column alone ("Mobility indoors"):
    provision by its amounts or who delivers it, an outcome by what the child will do."""
    own = [r for r in found.reasons if not r.startswith("placed under")]
    if column == "describe":  # an observations column says what the child does: a need only by its words
        return found.reading == "need" and bool(own)
    if found.reading == "provision":  # "Continue." alone names nothing
        return (bool(own) and len(cell.split()) >= 3) or any(col in DETAIL_COLUMNS for col, _ in cells)
    if found.reading == "outcome":
        return bool(classify.WILL_RE.search(cell)) or bool(own)
    return len(cell.split()) >= 4 and (bool(own) or len(cell.split()) >= 8)


def _as_outcome(cell: str, header: str) -> str:
    """A target cell as the sentence its column makes of it: under "Conall will", "follow a
    three-part instruction" is what Conall will do; "Attend every lesson" under "Target" too."""
    if classify.WILL_RE.search(cell):
        return cell
    if re.search(SENTENCE_START_HEADER, header.strip(), re.I):
        return f"{header.strip()} {cell}"
    if classify.TARGET_VERB_RE.match(cell):
        return classify.as_target(cell)
    return cell
