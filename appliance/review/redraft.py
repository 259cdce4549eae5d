"""Drafting again keeps the caseworker's work.

The caseworker's changes are what separates the appliance's last draft (`base`, as it drafted it)
from the plan they left (`latest`): statements edited, added and deleted. `merge` carries each one
into the new draft (`new`), matching statements by the advice they cite (the same passages of
the same stored documents), never by id or wording:

- an edit is re-applied to the new statement drafted from exactly the same passages; where the
  advice is now drafted differently, or not at all, the edit waits beside the new draft for the
  caseworker to carry over;
- a statement the caseworker added is added again, citing what it cited where those documents
  are still in the case;
- a deletion removes the new statement drafted from exactly the same passages; where a new
  statement draws on some of them, it waits for the caseworker.

Pure functions of the three drafts; `appliance.cases.casework` saves the result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from appliance.drafting.plan import Citation, Draft, Statement
from appliance.review.edits import EDITABLE_FIELDS

ChangeKind = Literal["edited", "added", "deleted"]
SourceKey = frozenset[tuple[str, str]]
WORDING = ("text", *EDITABLE_FIELDS)


@dataclass(frozen=True)
class Change:
    """One caseworker change: `before` as the appliance drafted it, `after` as the caseworker left it."""

    kind: ChangeKind
    section: str
    before: Statement | None
    after: Statement | None

    @property
    def changed_fields(self) -> dict[str, str | None]:
        """What the caseworker changed: every wording field of an added statement."""
        if self.after is None:
            return {}
        if self.before is None:
            return {k: getattr(self.after, k) for k in WORDING if getattr(self.after, k) is not None}
        return {k: getattr(self.after, k) for k in WORDING if getattr(self.after, k) != getattr(self.before, k)}


@dataclass(frozen=True)
class Outcome:
    """What the redraft did with one change. `statement_id` is the new draft's statement it was applied
    to, or (when it waits for the caseworker) the one now drafted from some of the same advice."""

    change: Change
    applied: bool
    statement_id: str | None
    note: str


@dataclass(frozen=True)
class Merge:
    draft: Draft
    outcomes: tuple[Outcome, ...]

    @property
    def applied(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.applied)

    @property
    def pending(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.applied)


def _document_key(draft: Draft, document_id: str) -> str:
    doc = draft.document(document_id)
    if doc is None:
        return f"id:{document_id}"
    return f"store:{doc.store_id}" if doc.store_id is not None else f"file:{doc.filename}"


def sources(draft: Draft, stmt: Statement) -> SourceKey:
    """The passages a statement cites, named independently of the draft's document numbering."""
    return frozenset(
        (_document_key(draft, c.document_id), str(c.passage) if c.passage is not None else c.quote)
        for c in stmt.citations
    )


def _edited(before: Statement, after: Statement) -> bool:
    return any(getattr(before, k) != getattr(after, k) for k in WORDING)


def caseworker_changes(base: Draft, latest: Draft) -> list[Change]:
    """The statements the caseworker edited, added and deleted since the appliance drafted `base`."""
    after = {s.id: (sec, s) for sec, s in latest.statements()}
    before_ids = {s.id for _, s in base.statements()}
    out: list[Change] = []
    for sec, old in base.statements():
        if old.id not in after:
            out.append(Change("deleted", sec, old, None))
            continue
        new_sec, new = after[old.id]
        if sources(base, old) != sources(latest, new) and new.origin == "caseworker":
            # the id was reused: the drafted statement went and the caseworker wrote another
            out += [Change("deleted", sec, old, None), Change("added", new_sec, None, new)]
        elif _edited(old, new):
            out.append(Change("edited", new_sec, old, new))
    out += [Change("added", sec, None, s) for sec, s in latest.statements() if s.id not in before_ids]
    return out


def _find(
    sections: dict[str, list[Statement]], draft: Draft, key: SourceKey, used: set[str], *, exact: bool
) -> tuple[str, Statement] | None:
    for sec, stmts in sections.items():
        for s in stmts:
            if s.id in used or not key:
                continue
            theirs = sources(draft, s)
            if (theirs == key) if exact else bool(theirs & key):
                return sec, s
    return None


def _next_id(stmts: list[Statement], section: str) -> str:
    numbers = [int(n) for s in stmts if (n := s.id.rpartition("-")[2]).isdigit() and s.id.startswith(f"{section}-")]
    return f"{section}-{max(numbers, default=0) + 1}"


def remap_citations(citations: tuple[Citation, ...], old: Draft, new: Draft) -> tuple[Citation, ...]:
    """Citations renumbered for the documents of `new`; those of documents no longer there are left out."""
    ids = {_document_key(new, d.id): d.id for d in new.documents}
    out = []
    for c in citations:
        new_id = ids.get(_document_key(old, c.document_id))
        if new_id is not None:
            out.append(replace(c, document_id=new_id))
    return tuple(out)


def _remove(sections: dict[str, list[Statement]], statement_id: str) -> None:
    for sec, stmts in sections.items():
        sections[sec] = [
            replace(s, meets=tuple(m for m in s.meets if m != statement_id)) for s in stmts if s.id != statement_id
        ]


def _carry(change: Change, sections: dict[str, list[Statement]], new: Draft, base: Draft, used: set[str]) -> Outcome:
    """An edit or a deletion, carried to the statement drafted from the same passages."""
    assert change.before is not None
    key = sources(base, change.before)
    found = _find(sections, new, key, used, exact=True)
    if found is not None:
        sec, stmt = found
        used.add(stmt.id)
        if change.kind == "deleted":
            _remove(sections, stmt.id)
            return Outcome(change, True, stmt.id, "Deleted again: it was drafted from the same advice.")
        edited = stmt.edited(**change.changed_fields)
        sections[sec] = [edited if s.id == stmt.id else s for s in sections[sec]]
        return Outcome(change, True, stmt.id, "Your edit was re-applied: it is drafted from the same advice.")
    near = _find(sections, new, key, used, exact=False)
    if change.kind == "deleted":
        if near is None:
            return Outcome(change, True, None, "Not drafted again.")
        return Outcome(change, False, near[1].id, "A new statement draws on some of the same advice.")
    if near is None:
        return Outcome(change, False, None, "The advice it came from is no longer drafted.")
    return Outcome(change, False, near[1].id, "The advice it came from is now drafted differently.")


def merge(base: Draft, latest: Draft, new: Draft) -> Merge:
    """`new` with the caseworker's changes (from `base` to `latest`) carried into it."""
    sections = {sec: list(stmts) for sec, stmts in new.sections.items()}
    used: set[str] = set()
    outcomes: list[Outcome] = []
    changes = caseworker_changes(base, latest)
    for change in changes:
        if change.kind != "added":
            outcomes.append(_carry(change, sections, new, base, used))
    for change in changes:
        if change.kind == "added" and change.after is not None:
            stmts = sections.setdefault(change.section, [])
            added = replace(
                change.after,
                id=_next_id(stmts, change.section),
                citations=remap_citations(change.after.citations, latest, new),
                meets=(),
            )
            stmts.append(added)
            outcomes.append(Outcome(change, True, added.id, "Your statement was added again."))
    merged = replace(new, sections={sec: tuple(stmts) for sec, stmts in sections.items()})
    return Merge(merged, tuple(outcomes))
