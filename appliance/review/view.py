"""The plan as the review page shows it: sections of statements, each with its sources and the
flags that concern it, what has been reviewed, and the version history. Built here so that the
templates only lay it out."""

from __future__ import annotations

from dataclasses import dataclass

from appliance.cases.status import CaseStatus
from appliance.drafting.plan import (
    PROVISION_SECTIONS,
    SECTION_TITLES,
    SECTIONS,
    Citation,
    Draft,
    Flag,
    Statement,
)
from appliance.review.flags import decided
from appliance.review.signoff import blockers
from appliance.store import Store, cases, drafts, reviews
from appliance.store.drafts import Version
from appliance.store.reviews import SectionReview

EMPTY_NOTES = {
    "I": "Left blank in a draft: the local authority names the placement after consultation.",
    "J": "No personal budget has been requested in the advice.",
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class CitationView:
    citation: Citation
    filename: str
    store_id: int | None


@dataclass(frozen=True)
class StatementView:
    statement: Statement
    citations: tuple[CitationView, ...]
    flags: tuple[Flag, ...]
    provision: bool
    outcome: bool


@dataclass(frozen=True)
class SectionView:
    code: str
    title: str
    statements: tuple[StatementView, ...]
    flags: tuple[Flag, ...]  # about the section as a whole
    reviewed: SectionReview | None
    empty_note: str

    @property
    def open_flags(self) -> int:
        flags = [*self.flags, *(f for sv in self.statements for f in sv.flags)]
        return sum(1 for f in flags if f.decision is None)


@dataclass(frozen=True)
class VersionView:
    version: int
    note: str | None
    by: str | None
    at: str


@dataclass(frozen=True)
class ReviewView:
    meta: Version
    latest: int
    draft: Draft
    sections: tuple[SectionView, ...]
    other_flags: tuple[Flag, ...]  # about the case or a document, not a section
    open_flags: dict[str, int]
    blockers: tuple[str, ...]
    versions: tuple[VersionView, ...]
    status: CaseStatus

    @property
    def is_latest(self) -> bool:
        return self.meta.version == self.latest


def load(store: Store, case_id: int, version: int | None = None) -> tuple[Version, Draft]:
    """A version of the plan with the reviewers' flag decisions applied."""
    with store.read() as conn:
        meta, draft = drafts.load(conn, case_id, version)
        return meta, draft.with_flags(decided(conn, case_id, draft.flags))


def _citations(draft: Draft, stmt: Statement) -> tuple[CitationView, ...]:
    out = []
    for c in stmt.citations:
        doc = draft.document(c.document_id)
        out.append(CitationView(c, doc.filename if doc else c.document_id, doc.store_id if doc else None))
    return tuple(out)


def _sorted(flags: list[Flag]) -> tuple[Flag, ...]:
    return tuple(sorted(flags, key=lambda f: (f.decision is not None, SEVERITY_ORDER.get(f.severity, 3))))


def _section(draft: Draft, code: str, review: SectionReview | None) -> SectionView:
    statements = tuple(
        StatementView(
            s,
            _citations(draft, s),
            _sorted([f for f in draft.flags if f.statement_id == s.id]),
            code in PROVISION_SECTIONS,
            code == "E",
        )
        for s in draft.sections.get(code, ())
    )
    here = {s.id for s in draft.sections.get(code, ())}
    # a flag on a statement no longer in the plan (a removed provision item) stays with its section
    own = _sorted(
        [f for f in draft.flags if f.section == code and (f.statement_id is None or f.statement_id not in here)]
    )
    note = EMPTY_NOTES.get(code, "Nothing was drafted for this section from the advice.")
    return SectionView(code, SECTION_TITLES[code], statements, own, review, note)


def review_view(store: Store, case_id: int, version: int | None = None) -> ReviewView:
    meta, draft = load(store, case_id, version)
    with store.read() as conn:
        history = drafts.versions(conn, case_id)
        names = reviews.usernames(conn, {v.created_by for v in history if v.created_by is not None})
        done = reviews.section_reviews(conn, case_id)
        latest_meta, latest_draft = drafts.load(conn, case_id)
        problems = blockers(conn, case_id, latest_draft)
        status = cases.get(conn, case_id).status
    sections = tuple(_section(draft, code, done.get(code)) for code in SECTIONS)
    other = _sorted([f for f in draft.flags if f.section is None and f.statement_id is None])
    counts: dict[str, int] = {}
    for f in draft.flags:
        if f.decision is None:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    versions = tuple(VersionView(v.version, v.note, names.get(v.created_by or -1), v.created_at) for v in history)
    return ReviewView(
        meta,
        latest_meta.version,
        draft,
        sections,
        other,
        counts,
        tuple(problems),
        tuple(reversed(versions)),
        status,
    )
