"""The child's case details as every stage of the pipeline reads them: `case.schema.json` as a
frozen value (case.json, the case record in the store, the `case` of a draft)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any


def iso_date(value: Any) -> date | None:
    """A date from an ISO string (or a date); None for anything else."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _year(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


@dataclass(frozen=True)
class CaseDetails:
    child_name: str = ""
    preferred_name: str | None = None
    date_of_birth: str | None = None  # ISO
    year_group: int | None = None  # national curriculum year: 0 Reception, 12-14 post-16
    request_date: str | None = None  # ISO; starts the 20-week clock
    la_reference: str | None = None
    hearing_impairment: bool | None = None
    vision_impairment: bool | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CaseDetails:
        """From case.json (or a stored draft's `case`): unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["child_name"] = str(values.get("child_name") or "")
        if "year_group" in values:
            values["year_group"] = _year(values["year_group"])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def names(self) -> set[str]:
        """Every word of the child's full and preferred names."""
        return {part for name in (self.child_name, self.preferred_name) for part in (name or "").split() if part}

    @property
    def born(self) -> date | None:
        return iso_date(self.date_of_birth)

    @property
    def requested(self) -> date | None:
        return iso_date(self.request_date)


DETAIL_FIELDS = tuple(f.name for f in fields(CaseDetails))
