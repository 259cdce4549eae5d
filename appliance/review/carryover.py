"""What a redraft did with the caseworker's changes, as the review page shows it, and the changes
that wait beside the new draft: the caseworker carries each over (one click) or lets it go.

`record` turns a `Merge` into the JSON kept with the version (`store.redrafts`); `summary` reads it
back; `resolve` carries one waiting change over, through the ordinary edits (so it is a new
version, audited by the caller) and marks it done.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from appliance.drafting.plan import Draft, Statement, statement_from_json, statement_json
from appliance.errors import InputError, NotFound
from appliance.qa import QASettings
from appliance.review.edits import add_statement, delete_statement, edit_statement
from appliance.review.redraft import Merge, remap_citations
from appliance.store import Store, drafts, redrafts
from appliance.store.users import User

Status = Literal["applied", "pending", "carried", "discarded"]
Action = Literal["carry", "discard"]


@dataclass(frozen=True)
class CarriedChange:
    index: int
    kind: str  # edited | added | deleted
    section: str
    before: Statement | None
    after: Statement | None  # citing the new draft's documents
    changes: dict[str, str | None]
    statement_id: str | None
    note: str
    status: Status


@dataclass(frozen=True)
class RedraftSummary:
    version: int  # the version the redraft made
    documents_added: tuple[str, ...]
    documents_removed: tuple[str, ...]
    statements_before: int
    statements_after: int
    changes: tuple[CarriedChange, ...]

    def count(self, *statuses: Status) -> int:
        return sum(1 for c in self.changes if c.status in statuses)

    @property
    def pending(self) -> tuple[CarriedChange, ...]:
        return tuple(c for c in self.changes if c.status == "pending")


def _names(draft: Draft) -> dict[str, str]:
    return {str(d.store_id if d.store_id is not None else d.filename): d.filename for d in draft.documents}


def record(merge: Merge, previous: Draft, new: Draft) -> dict[str, Any]:
    """The JSON kept with the redraft's version: documents in and out, and each change's outcome."""
    before, after = _names(previous), _names(new)
    changes = []
    for outcome in merge.outcomes:
        change = outcome.change
        carried = change.after
        if carried is not None:
            carried = replace(carried, citations=remap_citations(carried.citations, previous, new))
        changes.append(
            {
                "kind": change.kind,
                "section": change.section,
                "before": statement_json(change.before) if change.before else None,
                "after": statement_json(carried) if carried else None,
                "changes": change.changed_fields,
                "statement_id": outcome.statement_id,
                "note": outcome.note,
                "status": "applied" if outcome.applied else "pending",
            }
        )
    return {
        "documents_added": sorted(name for key, name in after.items() if key not in before),
        "documents_removed": sorted(name for key, name in before.items() if key not in after),
        "statements_before": len(previous.statements()),
        "statements_after": len(merge.draft.statements()),
        "changes": changes,
    }


def _change(index: int, data: dict[str, Any]) -> CarriedChange:
    return CarriedChange(
        index,
        data["kind"],
        data["section"],
        statement_from_json(data["before"]) if data.get("before") else None,
        statement_from_json(data["after"]) if data.get("after") else None,
        dict(data.get("changes") or {}),
        data.get("statement_id"),
        data.get("note") or "",
        data["status"],
    )


def summary(store: Store, case_id: int) -> RedraftSummary | None:
    """The newest redraft of the case, if the case was drafted more than once."""
    with store.read() as conn:
        found = redrafts.latest(conn, case_id)
    if found is None:
        return None
    version, data = found
    return RedraftSummary(
        version,
        tuple(data.get("documents_added") or ()),
        tuple(data.get("documents_removed") or ()),
        int(data.get("statements_before") or 0),
        int(data.get("statements_after") or 0),
        tuple(_change(i, c) for i, c in enumerate(data.get("changes") or ())),
    )


def _carry(store: Store, case_id: int, change: CarriedChange, user: User, qa: QASettings) -> str | None:
    with store.read() as conn:
        _, latest = drafts.load(conn, case_id)
    target = change.statement_id if change.statement_id and latest.statement(change.statement_id) else None
    if change.kind == "deleted":
        if target is not None:
            delete_statement(store, case_id, target, user, qa)
        return None
    if change.after is None:
        raise InputError("There is nothing to carry over for this change.")
    fields = {k: v for k, v in change.changes.items() if k != "text"}
    if target is not None:
        edit_statement(store, case_id, target, change.changes, user, qa)
        return target
    _, new_id = add_statement(
        store, case_id, change.section, change.after.text, fields, user, qa, citations=change.after.citations
    )
    return new_id


def resolve(store: Store, case_id: int, index: int, action: str, user: User, qa: QASettings) -> str | None:
    """Carry one waiting change over, or let it go; the statement it changed or added, if any."""
    if action not in ("carry", "discard"):
        raise InputError("Choose whether to carry the change over.")
    with store.read() as conn:
        found = redrafts.latest(conn, case_id)
    if found is None or not 0 <= index < len(found[1].get("changes") or ()):
        raise NotFound("That change is not waiting to be carried over.")
    version, data = found
    change = _change(index, data["changes"][index])
    if change.status != "pending":
        raise InputError("That change has already been dealt with.")
    statement_id = _carry(store, case_id, change, user, qa) if action == "carry" else None
    data["changes"][index]["status"] = "carried" if action == "carry" else "discarded"
    with store.write() as conn:
        redrafts.save(conn, case_id, version, data)
    return statement_id
