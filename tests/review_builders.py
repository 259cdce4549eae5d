"""A small annual-review case built in tests: one fictional plan written in three LA layouts
(headings, a table per section, a text PDF) and the review evidence that changes it.

What the evidence says, so tests can expect it: Ellis is now in Year 6 (the plan says Year 5);
his stammer is milder (need B-1 changed); the therapist reduces fluency therapy from weekly to
fortnightly because of his progress (an evidenced cut); the school proposes to cut precision
teaching because of staffing (an unevidenced cut: flagged, not adopted); outcome 1 is achieved,
outcome 2 partly, outcome 3 is not reported on (rolled over); the therapist proposes a new
outcome; the meeting records that Mr Varga disagrees with the cut.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.builders import docx_bytes, pdf_bytes

CHILD = "Ellis Varga"
CASE = {
    "child_name": CHILD,
    "preferred_name": "Ellis",
    "date_of_birth": "2015-10-01",
    "year_group": 6,
    "la_reference": "WM-2025-0777",
}
REVIEW = {"meeting_date": "2026-03-05", "review_type": "annual", "next_phase": None, "today": "2026-03-12"}

VIEWS = [
    "Ellis is 9 years old and is in Year 5 at Brookfield Primary School.",
    "Ellis says: 'I like building things with Lego and I want to be an engineer.'",
    "Ellis's parents want him to feel confident when he speaks in class.",
]
NEEDS = [
    (
        "Communication and interaction",
        "Ellis has a stammer which makes it hard for him to speak in front of his class.",
    ),
    ("Cognition and learning", "Ellis finds it hard to remember times tables and number facts."),
    ("Social, emotional and mental health", "Ellis finds it hard to join in with games with his peers at playtime."),
]
HEALTH = "Ellis has asthma and uses a reliever inhaler."
OUTCOMES = [
    "By the end of Year 5, Ellis will read aloud a short passage to a small group of classmates.",
    "By July 2026, Ellis will recall the 2, 5 and 10 times tables.",
    "By the end of Key Stage 3, Ellis will give a short talk to his whole class.",
]
# (what, how often, how long, group size, delivered by)
PROVISION = [
    ("Fluency therapy on Ellis's speech targets", "weekly", "30 minutes", "1:1", "speech and language therapist"),
    ("Precision teaching of number facts", "daily", "10 minutes", "1:1",
     "teaching assistant trained in precision teaching"),
    ("A social skills group using the Lego therapy approach", "twice a week", "20 minutes", "group of 4",
     "emotional literacy support assistant"),
]  # fmt: skip
HEALTH_PROVISION = ("Asthma review by the practice nurse", "once a year", None, None, "practice nurse")
PLACEMENT = "Brookfield Primary School, Mill Lane, Westmere: a mainstream primary school."
ADVICE = [
    "Speech and language therapy advice: Ms Nadia Okafor, Speech and Language Therapist, 2 March 2025.",
    "Educational advice: Mr Ian Dale, SENCO, Brookfield Primary School, 4 March 2025.",
]


def _labelled(item: tuple[str, str | None, str | None, str | None, str | None]) -> str:
    what, often, long, group, who = item
    labels = [("How often", often), ("How long", long), ("Group size", group), ("Delivered by", who)]
    return f"{what}. " + " ".join(f"{label}: {value}." for label, value in labels if value)


def plan_with_headings() -> bytes:
    blocks: list[str | tuple[str, str] | list[list[str]]] = [
        "Westmere Council SEND Service",
        ("h", "Education, Health and Care Plan"),
        [["Name", CHILD], ["Date of birth", "01/10/2015"], ["Date of final plan", "20 March 2025"]],
        ("h", "Section A: The views, interests and aspirations of the child and his parents"),
        *VIEWS,
        ("h", "Section B: Special educational needs"),
    ]
    for area, need in NEEDS:
        blocks += [("h", area), need]
    blocks += [("h", "Section C: Health needs"), HEALTH, ("h", "Section D: Social care needs"), "None."]
    blocks += [("h", "Section E: Outcomes"), *OUTCOMES, ("h", "Section F: Special educational provision")]
    blocks += [_labelled(p) for p in PROVISION]
    blocks += [("h", "Section G: Health provision"), _labelled(HEALTH_PROVISION)]
    blocks += [("h", "Section H1: Social care provision under section 2 of the CSDPA 1970"), "None."]
    blocks += [("h", "Section H2: Other social care provision"), "None."]
    blocks += [("h", "Section I: Placement"), PLACEMENT, ("h", "Section J: Personal budget")]
    blocks += ["No personal budget has been requested.", ("h", "Section K: Advice and information"), *ADVICE]
    blocks += ["Signed on behalf of Westmere Council: Ann Clark, SEND Officer, 20 March 2025."]
    return docx_bytes(blocks)


def plan_with_tables() -> bytes:
    """One table per section: a title row, then a header row where the section has columns."""
    header = ["Provision", "How often", "How long", "Group size", "Delivered by"]

    def provision_table(
        title: str, items: list[tuple[str, str | None, str | None, str | None, str | None]]
    ) -> list[list[str]]:
        return [[title] * 5, header, *[[p[0], p[1] or "", p[2] or "", p[3] or "", p[4] or ""] for p in items]]

    return docx_bytes(
        [
            ("h", "Westmere Council: Education, Health and Care Plan"),
            [["Child", CHILD], ["Date of birth", "01/10/2015"]],
            [["Section A: Views, interests and aspirations"], *[[v] for v in VIEWS]],
            [["Section B: Special educational needs", "Section B: Special educational needs"],
             ["Area of need", "Need"], *[[a, n] for a, n in NEEDS]],
            [["Section C: Health needs"], [HEALTH]],
            [["Section D: Social care needs"], ["None."]],
            [["Section E: Outcomes", "Section E: Outcomes"], ["Outcome", "By when"],
             *[[o, o.split(",")[0]] for o in OUTCOMES]],
            provision_table("Section F: Special educational provision", PROVISION),
            provision_table("Section G: Health provision", [HEALTH_PROVISION]),
            [["Section H1: Social care provision (CSDPA 1970 s2)"], ["None."]],
            [["Section H2: Other social care provision"], ["None."]],
            [["Section I: Placement"], [PLACEMENT]],
            [["Section J: Personal budget"], ["No personal budget has been requested."]],
            [["Section K: Advice and information"], *[[a] for a in ADVICE]],
        ]
    )  # fmt: skip


def plan_pdf() -> bytes:
    """A text PDF: section titles as lines, paragraphs separated by blank lines, provision fields on
    a line of their own under each item."""
    lines = ["Westmere Council", "", "Education, Health and Care Plan for Ellis Varga", ""]
    lines += ["Section A: Views, interests and aspirations", ""]
    for v in VIEWS:
        lines += [v, ""]
    lines += ["Section B: Special educational needs", ""]
    for area, need in NEEDS:
        lines += [area, "", need, ""]
    lines += ["Section C: Health needs", "", HEALTH, "", "Section D: Social care needs", "", "None.", ""]
    lines += ["Section E: Outcomes", ""]
    for o in OUTCOMES:
        lines += [o, ""]
    lines += ["Section F: Special educational provision", ""]
    for p in PROVISION:
        lines += [p[0] + ".", f"How often: {p[1]}. How long: {p[2]}. Group size: {p[3]}.", f"Delivered by: {p[4]}.", ""]
    lines += ["Section G: Health provision", "", HEALTH_PROVISION[0] + ".", "How often: once a year.", ""]
    lines += ["Section H1: Social care provision", "", "None.", "", "Section H2: Other social care provision", ""]
    lines += ["None.", "", "Section I: Placement", "", PLACEMENT, "", "Section J: Personal budget", ""]
    lines += ["No personal budget has been requested.", "", "Section K: Advice and information", ""]
    for a in ADVICE:
        lines += [a, ""]
    return pdf_bytes(lines)


SCHOOL_REPORT = [
    ("h", "Annual Review: Report from the School"),
    [["Pupil", CHILD], ["School", "Brookfield Primary School"], ["Date of report", "20 February 2026"]],
    ("h", "1. Context"),
    "Ellis is now 10 years old and is in Year 6 at Brookfield Primary School, in Mr Dale's class.",
    ("h", "2. Progress towards outcomes"),
    [
        ["Outcome", "Progress"],
        ["Outcome 1: read aloud to a small group", "Achieved. Ellis read aloud to his group every week this term."],
        ["Outcome 2: recall times tables", "Partly achieved: he knows the 2 and 10 times tables but not yet the 5."],
    ],
    ("h", "3. Provision"),
    "Because of staffing changes, the school proposes to reduce precision teaching of number facts from daily "
    "to twice a week.",
    "Mr Ian Dale, SENCO, 20 February 2026",
]

SLT_LETTER = [
    "Westmere Community Health NHS Trust",
    "",
    "24 February 2026",
    "",
    "Re: Ellis Varga, annual review",
    "",
    "Ellis's stammer is now much milder and he speaks in front of his class",
    "fluently most of the time; he stammers only when anxious.",
    "",
    "As Ellis has made good progress, fluency therapy can be reduced from weekly",
    "30-minute sessions to a fortnightly session of 30 minutes.",
    "",
    "New outcome: By the end of Year 7, Ellis will ask a question in class every day.",
    "",
    "Nadia Okafor, Speech and Language Therapist",
]

MEETING = [
    ("h", "Annual Review Meeting Record"),
    [["Child", CHILD], ["Meeting date", "5 March 2026"]],
    ("h", "Discussion"),
    "Everyone agreed that Ellis has made good progress this year.",
    ("h", "Differences of opinion"),
    "Mr Varga does not agree that fluency therapy should be reduced to fortnightly sessions.",
]

PARENT_VIEWS = "Parent views for Ellis's annual review\n\nOur hopes for Ellis have not changed.\n"


def evidence() -> dict[str, bytes]:
    return {
        "School annual review report - Ellis.docx": docx_bytes(SCHOOL_REPORT),
        "SLT review letter - Ellis.pdf": pdf_bytes(SLT_LETTER),
        "Review meeting record - Ellis.docx": docx_bytes(MEETING),
        "Parent views - Ellis.txt": PARENT_VIEWS.encode(),
    }


PLANS = {"headings": ("EHC plan - Ellis.docx", plan_with_headings), "tables": ("EHC plan - Ellis (tables).docx",
         plan_with_tables), "pdf": ("EHC plan - Ellis.pdf", plan_pdf)}  # fmt: skip


def write_case(folder: Path, layout: str = "headings") -> Path:
    """A review case folder as contracts/amendments.md lays it out."""
    (folder / "plan").mkdir(parents=True)
    (folder / "documents").mkdir()
    (folder / "case.json").write_text(json.dumps(CASE))
    (folder / "review.json").write_text(json.dumps(REVIEW))
    name, build = PLANS[layout]
    (folder / "plan" / name).write_bytes(build())
    for filename, data in evidence().items():
        (folder / "documents" / filename).write_bytes(data)
    return folder
