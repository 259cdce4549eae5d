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

from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.drafting.plan import Draft, Flag, Severity, Statement
from appliance.ingest.advice import AdviceType


@dataclass(frozen=True)
class QASettings:
    """Policy thresholds: settings with defaults, documented in the README.

    stale_months: advice dated more than this many months before the request date (or before
        `today` when the case has no request date) raises ADVICE_OUT_OF_DATE. Default 12, the
        common LA reading of reg 6(4). Fed from `Settings.advice_stale_months`.
    vague_terms: extra words or phrases that make provision vague (VAGUE_WORDING), added to the
        catalogue's built-in list ("access to", "as appropriate", "regular", ...). Default none.
        Fed from `Settings.vague_terms`.
    today: the date to measure staleness against when there is no request date; None means the
        real date (tests pass a fixed one).
    """

    stale_months: int = 12
    vague_terms: tuple[str, ...] = ()
    today: date | None = None


@dataclass(frozen=True)
class Context:
    draft: Draft
    documents: list[AdviceDocument]
    settings: QASettings = field(default_factory=QASettings)

    @property
    def case(self) -> CaseDetails:
        return self.draft.case

    @property
    def advice_types(self) -> dict[str, AdviceType]:
        """Each document's advice type, by its id in the draft."""
        return {d.record.id: d.record.advice_type for d in self.documents}


CheckFn = Callable[[Context], Iterable[Flag]]


@dataclass(frozen=True)
class CheckSpec:
    code: str
    severity: Severity
    basis: str
    explanation: str
    fn: CheckFn


CHECKS: dict[str, CheckSpec] = {}


def check(code: str, severity: Severity, basis: str, explanation: str) -> Callable[[CheckFn], CheckFn]:
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
    subject: str | None = None,
) -> Flag:
    """A flag of a registered code. Its key hashes the quoted source text, or `subject` (what the
    flag is about, e.g. the missing advice type) where nothing is quoted: never a statement id,
    which shifts when the draft is edited."""
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
        key=flag_key(code, section, document_id, quote or subject or message),
    )


def statement_flag(code: str, message: str, section: str, stmt: Statement) -> Flag:
    """A flag on a drafted statement, quoting its first source passage (the draft's own text when
    it cites nothing), so the key survives edits to the statement's wording."""
    first = stmt.citations[0] if stmt.citations else None
    return make_flag(
        code,
        message,
        section=section,
        statement_id=stmt.id,
        document_id=first.document_id if first else None,
        quote=first.quote if first else stmt.text,
    )
