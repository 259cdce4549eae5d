"""Hand-written QA fixtures: a small, clean case (the near-miss every other QA test starts from)
and builders to change it. No model, no parsing: Draft, Statement and AdviceDocument values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from appliance.case import CaseDetails
from appliance.documents import AdviceDocument, DocumentRecord
from appliance.drafting.plan import Citation, Draft, Flag, Statement, empty_sections
from appliance.ingest.doctype import locate
from appliance.ingest.passages import Passage
from appliance.qa import CHECKS, QASettings, run_checks

CASE: dict[str, Any] = {
    "child_name": "Sam Taylor",
    "preferred_name": "Sam",
    "date_of_birth": "2016-03-10",
    "year_group": 4,
    "request_date": "2025-03-01",
    "hearing_impairment": False,
    "vision_impairment": False,
}
SETTINGS = QASettings(today=date(2025, 3, 1))

# (id, advice type, filename, the passages' text)
DOCUMENTS = [
    ("D1", "parent_views", "Parent views.docx", ["We would like Sam to make friends and enjoy school."]),
    ("D2", "child_views", "All about me.docx", ["I like drawing and football."]),
    (
        "D3",
        "educational",
        "School advice.docx",
        [
            "Sam becomes anxious in busy, noisy places such as the hall.",
            "A 10-minute check-in with his key adult at the start of each school day to talk about his worries.",
            "By July 2025, Sam will tell an adult when he feels anxious on 4 out of 5 occasions.",
        ],
    ),
    (
        "D4",
        "medical",
        "Paediatric letter.pdf",
        [
            "Sam has asthma and needs his inhaler with him in school.",
            "His asthma will be reviewed once a year by the practice nurse.",
        ],
    ),
    (
        "D5",
        "psychological",
        "EP report.docx",
        [
            "Sam finds reading difficult: he reads at the level of a six-year-old.",
            "A structured reading programme for 20 minutes three times a week, delivered by a teaching assistant "
            "trained in the programme.",
            "By the end of Year 5, Sam will read a book at his age level with 90% accuracy.",
        ],
    ),
    ("D6", "social_care", "Social care advice.docx", ["No social care needs have been identified."]),
]


def passage(seq: int, text: str, headings: tuple[str, ...] = (), cells: tuple[str, ...] = ()) -> Passage:
    return Passage(
        seq=seq,
        kind="table_row" if cells else "paragraph",
        text=text,
        headings=headings,
        locator=f"para {seq + 1}",
        cells=cells,
    )


def document(
    doc_id: str,
    advice_type: str,
    texts: list[str],
    *,
    filename: str | None = None,
    on: str | None = "2025-02-01",
    role: str | None = None,
) -> AdviceDocument:
    passages = [passage(n, t, cells=tuple(t.split(" | ")) if " | " in t else ()) for n, t in enumerate(texts)]
    _, dated = locate(passages, None, on)  # as the store records the passage that states the date
    record = DocumentRecord(
        id=doc_id,
        filename=filename or f"{doc_id}.docx",
        advice_type=advice_type,
        author_role=role,
        date=on,
        date_passage=dated,
    )
    return AdviceDocument(record, tuple(passages))


def documents() -> list[AdviceDocument]:
    return [document(i, t, texts, filename=f) for i, t, f, texts in DOCUMENTS]


def stmt(sid: str, text: str, doc: str = "D3", quote: str | None = None, **fields: Any) -> Statement:
    """A statement citing `quote` (by default its own text) in document `doc`."""
    return Statement(id=sid, text=text, citations=(Citation(doc, quote or text),), **fields)


def sections() -> dict[str, tuple[Statement, ...]]:
    out = empty_sections()
    out["A"] = (
        stmt("A-1", "We would like Sam to make friends and enjoy school.", "D1", who="parent"),
        stmt("A-2", "I like drawing and football.", "D2", who="child"),
    )
    out["B"] = (
        stmt(
            "B-1",
            "Sam finds reading difficult: he reads at the level of a six-year-old.",
            "D5",
            area="cognition_and_learning",
        ),
        stmt(
            "B-2",
            "Sam becomes anxious in busy, noisy places such as the hall.",
            "D3",
            area="social_emotional_mental_health",
        ),
    )
    out["C"] = (stmt("C-1", "Sam has asthma and needs his inhaler with him in school.", "D4", area="health"),)
    out["E"] = (
        stmt(
            "E-1",
            "By the end of Year 5, Sam will read a book at his age level with 90% accuracy.",
            "D5",
            meets=("B-1",),
            timeframe="By the end of Year 5",
        ),
        stmt("E-2", DOCUMENTS[2][3][2], "D3", meets=("B-2",), timeframe="By July 2025"),
    )
    out["F"] = (
        stmt(
            "F-1",
            DOCUMENTS[4][3][1],
            "D5",
            meets=("B-1",),
            frequency="three times a week",
            duration="20 minutes",
            delivered_by="teaching assistant trained in the programme",
        ),
        stmt(
            "F-2",
            DOCUMENTS[2][3][1],
            "D3",
            meets=("B-2",),
            frequency="at the start of each school day",
            duration="10-minute",
            delivered_by="key adult",
        ),
    )
    out["G"] = (
        stmt(
            "G-1",
            "His asthma will be reviewed once a year by the practice nurse.",
            "D4",
            meets=("C-1",),
            frequency="once a year",
            delivered_by="practice nurse",
        ),
    )
    return out


def draft(changes: dict[str, tuple[Statement, ...]] | None = None, **case: Any) -> Draft:
    """The clean draft, with some sections replaced and some case details changed."""
    return Draft(
        case=CaseDetails.from_json({**CASE, **case}),
        documents=tuple(d.record for d in documents()),
        sections={**sections(), **(changes or {})},
    )


def add(section: str, *extra: Statement) -> dict[str, tuple[Statement, ...]]:
    return {section: (*sections()[section], *extra)}


def flags(
    d: Draft | None = None, docs: list[AdviceDocument] | None = None, settings: QASettings = SETTINGS
) -> tuple[Flag, ...]:
    return run_checks(d or draft(), docs if docs is not None else documents(), settings)


def codes(found: tuple[Flag, ...], code: str) -> list[Flag]:
    return [f for f in found if f.code == code]


def with_document(doc: AdviceDocument) -> list[AdviceDocument]:
    """The clean documents plus `doc` (or with `doc` in place of the one with its id)."""
    return [d for d in documents() if d.record.id != doc.record.id] + [doc]


def without(advice_type: str) -> list[AdviceDocument]:
    return [d for d in documents() if d.record.advice_type != advice_type]


# --- the clean case itself, and the registry


def test_the_clean_case_raises_no_flag() -> None:
    assert flags() == ()


def test_every_statement_of_the_clean_case_is_cited_from_its_document() -> None:
    texts = {d.record.id: [p.text for p in d.passages] for d in documents()}
    for _, s in draft().statements():
        assert all(c.quote in texts[c.document_id] for c in s.citations), s.id


# The flag codes and severities are a contract (the catalogue the exports and evaluations use).
CATALOGUE = {
    "SECTION_MISSING": "error",
    "ADVICE_MISSING": "error",
    "SENSORY_SPECIALIST_ADVICE_MISSING": "error",
    "CHILD_VIEWS_MISSING": "warning",
    "PARENT_VIEWS_MISSING": "warning",
    "ADVICE_OUT_OF_DATE": "warning",
    "OTHER_CHILD_NAME": "error",
    "PROVISION_NOT_QUANTIFIED": "error",
    "PROVISION_NO_DELIVERER": "warning",
    "VAGUE_WORDING": "warning",
    "PROVISION_DELEGATED": "error",
    "MONEY_ONLY_PROVISION": "error",
    "NEED_WITHOUT_PROVISION": "error",
    "PROVISION_WITHOUT_NEED": "warning",
    "HEALTH_NEED_WITHOUT_PROVISION": "warning",
    "SOCIAL_CARE_NEED_WITHOUT_PROVISION": "warning",
    "EDUCATIONAL_PROVISION_MISPLACED": "error",
    "OUTCOME_NOT_SMART": "warning",
    "PFA_MISSING": "error",
    "PLACEMENT_IN_DRAFT": "error",
    "UNSUPPORTED_STATEMENT": "error",
    "ADVICE_CONFLICT": "warning",
    "INSTRUCTION_IN_ADVICE": "warning",
    "ADVICE_NOT_DRAFTED": "warning",
    "OUTCOME_EXPIRES": "warning",
    # the annual-review codes, registered by appliance.amendments.checks
    "PROVISION_REDUCED": "error",
    "CHANGE_UNEVIDENCED": "error",
    "OUTCOME_ROLLED_OVER": "warning",
    "STALE_CONTENT": "warning",
    "REVIEW_DEADLINE": "error",
}


def test_every_catalogue_code_is_registered_with_its_severity_and_a_basis() -> None:
    import appliance.amendments.checks  # noqa: F401 - registers the review codes

    assert {code: spec.severity for code, spec in CHECKS.items()} == CATALOGUE
    assert all(spec.basis and spec.explanation for spec in CHECKS.values())


def test_flags_carry_their_basis_and_a_key_that_ignores_statement_ids() -> None:
    vague = stmt("F-3", "Sam will have access to a quiet space as appropriate.", "D3")
    first = codes(flags(draft(add("F", vague))), "VAGUE_WORDING")
    renumbered = codes(flags(draft(add("F", replace(vague, id="F-9")))), "VAGUE_WORDING")
    assert [f.basis for f in first] == [CHECKS["VAGUE_WORDING"].basis]
    assert [f.key for f in first] == [f.key for f in renumbered]
    assert first[0].statement_id == "F-3" and renumbered[0].statement_id == "F-9"
