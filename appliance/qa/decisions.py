"""A caseworker's decisions on flags, carried over to a fresh QA run.

Decisions are kept by flag key (registry.flag_key: code, section, document and the quoted source
text), so re-running QA after an edit finds the same keys and the decisions stick. Storage is the
store's business; this is the pure step that puts them back on the flags.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol

from appliance.drafting.plan import Flag, as_flag_decision


class DecisionRecord(Protocol):
    """A stored decision, e.g. `appliance.store.reviews.FlagDecision`."""

    @property
    def decision(self) -> str: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def decided_by(self) -> str | None: ...


# (decision, reason, decided_by) or (decision, reason, decided_by, decided_at), or a stored record
StoredDecision = tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str | None] | DecisionRecord


def apply_decisions(flags: tuple[Flag, ...], decisions: Mapping[str, StoredDecision]) -> tuple[Flag, ...]:
    """`flags` with the decision, reason and decider of every flag whose key has a decision;
    flags without one are returned as they are (and lose any decision they carried)."""
    out = []
    for flag in flags:
        found = decisions.get(flag.key)
        if found is None:
            out.append(replace(flag, decision=None, reason=None, decided_by=None, decided_at=None))
            continue
        decision, reason, decided_by, decided_at = _unpack(found)
        out.append(
            replace(
                flag, decision=as_flag_decision(decision), reason=reason, decided_by=decided_by, decided_at=decided_at
            )
        )
    return tuple(out)


def _unpack(found: StoredDecision) -> tuple[str, str | None, str | None, str | None]:
    if isinstance(found, tuple):
        return (found[0], found[1], found[2], found[3] if len(found) > 3 else None)
    return found.decision, found.reason, found.decided_by, getattr(found, "decided_at", None)
