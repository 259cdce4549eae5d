"""Quality assurance: every check in the catalogue, run on every draft."""

from __future__ import annotations

from appliance.documents import AdviceDocument
from appliance.drafting.plan import Draft, Flag
from appliance.qa import (  # noqa: F401 - registers the checks
    checks_case,
    checks_conflict,
    checks_coverage,
    checks_draft,
    checks_identity,
    checks_provision,
    checks_sensory,
    checks_thread,
)
from appliance.qa.registry import CHECKS, Context, QASettings

__all__ = ["CHECKS", "QASettings", "run_checks"]


def run_checks(draft: Draft, documents: list[AdviceDocument], settings: QASettings | None = None) -> tuple[Flag, ...]:
    ctx = Context(draft, documents, settings or QASettings())
    seen: set[str] = set()
    flags = []
    for spec in CHECKS.values():
        for f in spec.fn(ctx):
            if f.key not in seen:
                seen.add(f.key)
                flags.append(f)
    return tuple(flags)
