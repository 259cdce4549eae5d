"""Editing a draft: change a statement's text or provision fields, add or delete a statement.

Every change saves a new version (nothing is overwritten) with the QA checks run again on it;
a statement a caseworker wrote or changed has origin "caseworker" and keeps its citations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from appliance.drafting.plan import SECTIONS, Citation, Draft, Statement
from appliance.errors import InputError, NotFound
from appliance.qa import QASettings
from appliance.review import checking
from appliance.review.gate import start_review
from appliance.store import Store, drafts, reviews
from appliance.store.db import Connection
from appliance.store.drafts import Version
from appliance.store.users import User

EDITABLE_FIELDS = ("frequency", "duration", "group_size", "delivered_by", "timeframe")
MAX_TEXT = 4000
MAX_FIELD = 200


class VersionConflict(InputError):
    """Someone saved a newer version since the page was loaded."""


def _clean(value: str | None, limit: int) -> str | None:
    text = " ".join((value or "").split())[:limit]
    return text or None


def _latest(conn: Connection, case_id: int, expected: int | None) -> tuple[Version, Draft]:
    meta, draft = drafts.load(conn, case_id)
    if expected is not None and meta.version != expected:
        raise VersionConflict(
            f"Version {meta.version} was saved after you opened version {expected}. Reload the plan and try again."
        )
    return meta, draft


def _save(conn: Connection, case_id: int, draft: Draft, note: str, user: User, qa: QASettings, touched: str) -> Version:
    checked = checking.checked(conn, case_id, draft, qa)  # a review's proposal is checked as one
    reviews.unmark_reviewed(conn, case_id, touched)  # a changed section needs checking again
    return drafts.save(conn, case_id, checked, note=note, created_by=user.id)


def _locate(draft: Draft, statement_id: str) -> tuple[str, Statement]:
    section = draft.section_of(statement_id)
    stmt = draft.statement(statement_id)
    if section is None or stmt is None:
        raise NotFound("That statement is not in the current version of the plan.")
    return section, stmt


def edit_statement(
    store: Store,
    case_id: int,
    statement_id: str,
    changes: dict[str, str | None],
    user: User,
    qa: QASettings,
    *,
    expected_version: int | None = None,
) -> Version:
    """Change the text and/or fields of one statement; a change that changes nothing saves nothing."""
    unknown = set(changes) - {"text", *EDITABLE_FIELDS}
    if unknown:
        raise InputError(f"These cannot be edited: {', '.join(sorted(unknown))}.")
    with store.write() as conn:
        meta, draft = _latest(conn, case_id, expected_version)
        section, stmt = _locate(draft, statement_id)
        values = {k: _clean(v, MAX_TEXT if k == "text" else MAX_FIELD) for k, v in changes.items()}
        if "text" in values and values["text"] is None:
            raise InputError("Enter the statement's text, or delete the statement.", field="text")
        if all(getattr(stmt, k) == v for k, v in values.items()):
            return meta
        start_review(conn, case_id)
        edited = stmt.edited(**values)
        sections = {
            **draft.sections,
            section: tuple(edited if s.id == statement_id else s for s in draft.sections[section]),
        }
        return _save(conn, case_id, replace(draft, sections=sections), f"Edited {statement_id}", user, qa, section)


def _next_id(draft: Draft, section: str) -> str:
    numbers = [
        int(m.group(1))
        for s in draft.sections.get(section, ())
        if (m := re.fullmatch(rf"{re.escape(section)}-(\d+)", s.id))
    ]
    return f"{section}-{max(numbers, default=0) + 1}"


def add_statement(
    store: Store,
    case_id: int,
    section: str,
    text: str,
    fields: dict[str, str | None],
    user: User,
    qa: QASettings,
    *,
    expected_version: int | None = None,
    citations: tuple[Citation, ...] = (),
) -> tuple[Version, str]:
    """Add a caseworker's statement at the end of `section`, citing `citations` (passages of the
    draft's documents: what it was added from) or nothing until sourced."""
    if section not in SECTIONS:
        raise InputError("Choose a section of the plan.")
    body = _clean(text, MAX_TEXT)
    if body is None:
        raise InputError("Enter the statement's text.", field="text")
    extra = {k: _clean(v, MAX_FIELD) for k, v in fields.items() if k in EDITABLE_FIELDS}
    with store.write() as conn:
        _, draft = _latest(conn, case_id, expected_version)
        if any(draft.document(c.document_id) is None for c in citations):
            raise InputError("That passage is not in a document of this draft.")
        start_review(conn, case_id)
        new_id = _next_id(draft, section)
        stmt = Statement(id=new_id, text=body, citations=citations, origin="caseworker", **extra)  # type: ignore[arg-type]
        sections = {**draft.sections, section: (*draft.sections.get(section, ()), stmt)}
        version = _save(conn, case_id, replace(draft, sections=sections), f"Added {new_id}", user, qa, section)
    return version, new_id


def _unlink(stmt: Statement, removed: str) -> Statement:
    """Outcomes and provision that pointed at a deleted need no longer do."""
    return replace(stmt, meets=tuple(m for m in stmt.meets if m != removed)) if removed in stmt.meets else stmt


def delete_statement(
    store: Store,
    case_id: int,
    statement_id: str,
    user: User,
    qa: QASettings,
    *,
    expected_version: int | None = None,
) -> Version:
    with store.write() as conn:
        _, draft = _latest(conn, case_id, expected_version)
        section, _ = _locate(draft, statement_id)
        start_review(conn, case_id)
        sections = {
            sec: tuple(_unlink(s, statement_id) for s in stmts if s.id != statement_id)
            for sec, stmts in draft.sections.items()
        }
        return _save(conn, case_id, replace(draft, sections=sections), f"Deleted {statement_id}", user, qa, section)
