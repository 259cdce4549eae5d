"""Reading the current plan: the same plan in three LA layouts (headings, a table per section, a
text PDF) reads into the same sections and statements, with provision fields and time frames,
each citing the passage of the plan it came from."""

from __future__ import annotations

import pytest

from appliance.amendments.plan_reader import read_plan, section_start
from appliance.documents import AdviceDocument, DocumentRecord
from appliance.ingest import ingest
from tests import review_builders as rb


def _read(layout: str) -> tuple[AdviceDocument, list[tuple[str, str, tuple[str | None, ...]]]]:
    name, build = rb.PLANS[layout]
    parsed = ingest(build(), name, max_bytes=10**7, max_pages=20)
    doc = AdviceDocument(DocumentRecord("D1", name, "existing_plan"), tuple(parsed.passages))
    plan = read_plan(doc)
    rows = [
        (s.id, s.text.rstrip(".").replace("\u2019", "'"), (s.frequency, s.duration, s.group_size, s.delivered_by))
        for _, s in plan.statements()
    ]
    for _, s in plan.statements():
        assert [c.document_id for c in s.citations] == ["D1"]
        assert any(c.quote == p.text for c in s.citations for p in doc.passages), s.id
    return doc, rows


EXPECTED = [
    ("cur-A-1", rb.VIEWS[0].rstrip(".")),
    ("cur-A-2", rb.VIEWS[1].rstrip(".")),
    ("cur-A-3", rb.VIEWS[2].rstrip(".")),
    *[(f"cur-B-{n}", need.rstrip(".")) for n, (_, need) in enumerate(rb.NEEDS, start=1)],
    ("cur-C-1", rb.HEALTH.rstrip(".")),
    ("cur-D-1", "None"),
    *[(f"cur-E-{n}", o.rstrip(".")) for n, o in enumerate(rb.OUTCOMES, start=1)],
    *[(f"cur-F-{n}", p[0]) for n, p in enumerate(rb.PROVISION, start=1)],
    ("cur-G-1", rb.HEALTH_PROVISION[0]),
    ("cur-H1-1", "None"),
    ("cur-H2-1", "None"),
    ("cur-I-1", rb.PLACEMENT.rstrip(".")),
    ("cur-J-1", "No personal budget has been requested"),
    *[(f"cur-K-{n}", a.rstrip(".")) for n, a in enumerate(rb.ADVICE, start=1)],
]


@pytest.mark.parametrize("layout", ["headings", "tables", "pdf"])
def test_each_layout_reads_into_the_same_statements(layout: str) -> None:
    _, rows = _read(layout)
    assert [(i, t) for i, t, _ in rows] == EXPECTED
    fields = {i: f for i, _, f in rows}
    assert [fields[f"cur-F-{n}"] for n in range(1, 4)] == [p[1:] for p in rb.PROVISION]
    assert fields["cur-G-1"] == ("once a year", None, None, "practice nurse")


def test_outcomes_carry_their_time_frames_and_needs_their_areas() -> None:
    name, build = rb.PLANS["tables"]
    parsed = ingest(build(), name, max_bytes=10**7, max_pages=20)
    plan = read_plan(AdviceDocument(DocumentRecord("D1", name, "existing_plan"), tuple(parsed.passages)))
    assert [s.timeframe for s in plan.sections["E"]] == [
        "By the end of Year 5",
        "By July 2026",
        "By the end of Key Stage 3",
    ]
    assert [s.area for s in plan.sections["B"]] == [
        "communication_and_interaction",
        "cognition_and_learning",
        "social_emotional_mental_health",
    ]


@pytest.mark.parametrize(
    ("line", "heading", "expected"),
    [
        ("Section F: Special educational provision", False, ("F", "")),
        ("SECTION H1 - Social care provision under section 2 of the CSDPA 1970", False, ("H1", "")),
        ("Section H: Social care provision (Chronically Sick and Disabled Persons Act s2)", False, ("H1", "")),
        ("B. Special educational needs", False, ("B", "")),
        ("Section B | Maisie has a speech sound disorder", False, ("B", "Maisie has a speech sound disorder")),
        ("Special educational provision", True, ("F", "")),
        ("A fine motor programme every day for 15 minutes, delivered by a teaching assistant.", False, None),
        ("I: Placement", False, ("I", "")),
        ("Section F provision will be reviewed every term by the SENCO with the family and the therapist team "
         "and changed when the child's needs change in any way that matters", False, None),
    ],
)  # fmt: skip
def test_section_titles(line: str, heading: bool, expected: tuple[str, str] | None) -> None:
    assert section_start(line, heading) == expected
