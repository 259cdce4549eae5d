"""The QA registry: one small deterministic check per code of the flag catalogue.

A check is a function of a `Context` that yields `Flag`s; `@check(...)` registers it under its
code with severity and legal basis, the way a plug-in would register. Codes are a contract
(docs/qa-flags in the README); a flag prompts the caseworker, it never edits the plan.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from appliance.drafting.plan import Draft, Flag

if TYPE_CHECKING:
    from appliance.drafting.pipeline import CaseDocument


@dataclass(frozen=True)
class QASettings:
    """Policy thresholds: settings with defaults, documented in the README."""

    stale_months: int = 12
    vague_terms: tuple[str, ...] = ()
    today: date | None = None


@dataclass(frozen=True)
class Context:
    draft: Draft
    documents: list[CaseDocument]
    settings: QASettings = field(default_factory=QASettings)

    @property
    def case(self) -> dict[str, Any]:
        return self.draft.case


CheckFn = Callable[[Context], Iterable[Flag]]


@dataclass(frozen=True)
class CheckSpec:
    code: str
    severity: str
    basis: str
    explanation: str
    fn: CheckFn


CHECKS: dict[str, CheckSpec] = {}


def check(code: str, severity: str, basis: str, explanation: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        CHECKS[code] = CheckSpec(code, severity, basis, explanation, fn)
        return fn

    return register


def flag_key(code: str, section: str | None, document_id: str | None, quote: str | None) -> str:
    """Stable across re-runs and edits elsewhere, so a caseworker's decision sticks to its flag."""
    norm = re.sub(r"\s+", " ", (quote or "").lower()).strip()
    raw = "|".join((code, section or "", document_id or "", norm))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def make_flag(
    code: str,
    message: str,
    *,
    section: str | None = None,
    statement_id: str | None = None,
    document_id: str | None = None,
    quote: str | None = None,
) -> Flag:
    spec = CHECKS[code]
    return Flag(
        code=code,
        severity=spec.severity,
        message=message,
        basis=spec.basis,
        section=section,
        statement_id=statement_id,
        document_id=document_id,
        quote=quote,
        key=flag_key(code, section, document_id, quote or statement_id),
    )
