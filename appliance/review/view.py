"""The plan as the review page shows it: sections of statements, each with its sources and the
flags that concern it, what has been reviewed, and the version history. Built here so that the
templates only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from appliance.cases.status import CaseStatus
from appliance.drafting import register
from appliance.drafting.plan import (
    PROVISION_SECTIONS,
    SECTIONS,
    Citation,
    Draft,
    Flag,
    Statement,
)
from appliance.drafting.structure import PlanStructure
from appliance.drafting.structure import of as structure_of
from appliance.review.carryover import RedraftSummary, summary
from appliance.review.flags import decided
from appliance.review.signoff import Blocker, blockers
from appliance.store import Store, cases, documents, drafts, reviews, signoffs
from appliance.store.drafts import Version
from appliance.store.reviews import SectionReview
from appliance.store.signoffs import SignOff

Show = Literal["all", "flags", "unsure", "unreviewed", "edited", "model"]
SHOW_LABELS: dict[Show, str] = {
    "all": "All statements",
    "flags": "With open flags",
    "unsure": "Readings to check",
    "unreviewed": "In sections not reviewed",
    "edited": "Edited by a caseworker",
    "model": "Worded by the model",
}

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# what a statement in each section was read as, in the words a reading to check is explained with
READ_AS = {"A": "a view", "B": "a need", "C": "a need", "D": "a need", "E": "an outcome"} | {
    code: "provision" for code in PROVISION_SECTIONS
}


@dataclass(frozen=True)
class CitationView:
    citation: Citation
    filename: str
    store_id: int | None  # None when the document is not in the store (never stored, or removed)
    removed: bool = False


@dataclass(frozen=True)
class StatementView:
    statement: Statement
    citations: tuple[CitationView, ...]
    flags: tuple[Flag, ...]
    provision: bool
    outcome: bool
    read_as: str = "plan content"  # what the reading took it for: "a need", "provision", ...
    shown: bool = True  # whether the page's filter shows it
    note: str | None = None  # K: "not dated; received 4 March 2025" for advice that states no date


@dataclass(frozen=True)
class AreaView:
    """One area of need in Section B: its statements, or what the plan says where it has none."""

    label: str
    statements: tuple[StatementView, ...]
    empty: str | None


@dataclass(frozen=True)
class SectionView:
    code: str
    title: str
    statements: tuple[StatementView, ...]
    flags: tuple[Flag, ...]  # about the section as a whole
    reviewed: SectionReview | None
    empty_note: str
    areas: tuple[AreaView, ...] = ()  # Section B by area of need

    @property
    def open_flags(self) -> int:
        flags = [*self.flags, *(f for sv in self.statements for f in sv.flags)]
        return sum(1 for f in flags if f.decision is None or f.blocks_sign_off)


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
    blockers: tuple[Blocker, ...]
    versions: tuple[VersionView, ...]
    status: CaseStatus
    signed_off: SignOff | None = None
    redraft: RedraftSummary | None = None
    removed_documents: tuple[str, ...] = ()  # documents this version cites that were removed since
    show: Show = "all"
    counts: dict[str, int] | None = None  # statements each filter shows

    @property
    def is_latest(self) -> bool:
        return self.meta.version == self.latest


def load(store: Store, case_id: int, version: int | None = None) -> tuple[Version, Draft]:
    """A version of the plan with the reviewers' flag decisions applied."""
    with store.read() as conn:
        meta, draft = drafts.load(conn, case_id, version)
        return meta, draft.with_flags(decided(conn, case_id, draft.flags))


def _citations(draft: Draft, stmt: Statement, present: set[int]) -> tuple[CitationView, ...]:
    out = []
    for c in stmt.citations:
        doc = draft.document(c.document_id)
        store_id = doc.store_id if doc else None
        removed = store_id is not None and store_id not in present
        out.append(CitationView(c, doc.filename if doc else c.document_id, None if removed else store_id, removed))
    return tuple(out)


def _sorted(flags: list[Flag]) -> tuple[Flag, ...]:
    return tuple(sorted(flags, key=lambda f: (f.decision is not None, SEVERITY_ORDER.get(f.severity, 3))))


def _shown(sv: StatementView, reviewed: bool, show: Show) -> bool:
    if show == "flags":
        return any(f.decision is None or f.blocks_sign_off for f in sv.flags)
    if show == "unsure":
        return sv.statement.unsure
    if show == "unreviewed":
        return not reviewed
    if show == "edited":
        return sv.statement.origin == "caseworker"
    if show == "model":
        return sv.statement.origin == "model"
    return True


def _section(
    draft: Draft, code: str, review: SectionReview | None, present: set[int], st: PlanStructure
) -> SectionView:
    statements = tuple(
        StatementView(
            s,
            _citations(draft, s, present),
            _sorted([f for f in draft.flags if f.statement_id == s.id]),
            code in PROVISION_SECTIONS,
            code == "E",
            READ_AS.get(code, "plan content"),
            note=register.entry_note(draft, s) if code == "K" else None,
        )
        for s in draft.sections.get(code, ())
    )
    here = {s.id for s in draft.sections.get(code, ())}
    # a flag on a statement no longer in the plan (a removed provision item) stays with its section
    own = _sorted(
        [f for f in draft.flags if f.section == code and (f.statement_id is None or f.statement_id not in here)]
    )
    areas: tuple[AreaView, ...] = ()
    if code == "B":
        views = {sv.statement.id: sv for sv in statements}
        areas = tuple(
            AreaView(a.label, tuple(views[s.id] for s in (*a.statements, *a.attainment)), a.empty) for a in st.needs
        )
    return SectionView(code, st.titles[code], statements, own, review, st.notes.get(code, ""), areas)


def _filtered(sections: tuple[SectionView, ...], show: Show) -> tuple[tuple[SectionView, ...], dict[str, int]]:
    counts: dict[str, int] = {
        key: sum(1 for sec in sections for sv in sec.statements if _shown(sv, sec.reviewed is not None, key))
        for key in SHOW_LABELS
    }
    return tuple(_with_filter(sec, show) for sec in sections), counts


def _with_filter(sec: SectionView, show: Show) -> SectionView:
    marked = {sv.statement.id: replace(sv, shown=_shown(sv, sec.reviewed is not None, show)) for sv in sec.statements}
    areas = tuple(replace(a, statements=tuple(marked[sv.statement.id] for sv in a.statements)) for a in sec.areas)
    return replace(sec, statements=tuple(marked.values()), areas=areas)


def review_view(store: Store, case_id: int, version: int | None = None, show: Show = "all") -> ReviewView:
    """The plan's version `version` (the latest by default) as the review page shows it; `show`
    picks the statements the page lists."""
    meta, draft = load(store, case_id, version)
    with store.read() as conn:
        history = drafts.versions(conn, case_id)
        names = reviews.usernames(conn, {v.created_by for v in history if v.created_by is not None})
        done = reviews.section_reviews(conn, case_id)
        latest_meta, latest_draft = drafts.load(conn, case_id)
        problems = blockers(conn, case_id, latest_draft)
        status = cases.get(conn, case_id).status
        signed = signoffs.latest(conn, case_id) if status == "signed_off" else None
        present = documents.existing(conn, {d.store_id for d in draft.documents if d.store_id is not None})
    st = structure_of(draft)
    sections, shown = _filtered(tuple(_section(draft, code, done.get(code), present, st) for code in SECTIONS), show)
    removed = tuple(d.filename for d in draft.documents if d.store_id is not None and d.store_id not in present)
    redraft = summary(store, case_id)
    other = _sorted([f for f in draft.flags if f.section is None and f.statement_id is None])
    counts: dict[str, int] = {}
    for f in draft.flags:
        if f.decision is None or f.blocks_sign_off:
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
        signed,
        redraft if redraft is not None and meta.version >= redraft.version else None,
        removed,
        show,
        shown,
    )
