"""Form input as people type it: GOV.UK's day / month / year date inputs with the design system's
error messages, and the case details form. Each parser returns the values and the errors, keyed
by the id of the input the error summary links to."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
PARTS = ("day", "month", "year")
MAX_NAME = 200


@dataclass(frozen=True)
class DateInput:
    """One date typed into three boxes, and what is wrong with it."""

    name: str
    day: str = ""
    month: str = ""
    year: str = ""
    value: date | None = None
    error: str | None = None
    wrong: tuple[str, ...] = ()  # the boxes to highlight

    @property
    def anchor(self) -> str:
        return f"{self.name}-{self.wrong[0] if self.wrong else 'day'}"

    @property
    def empty(self) -> bool:
        return not (self.day or self.month or self.year)

    @classmethod
    def of(cls, name: str, value: str | None) -> DateInput:
        """The boxes filled from a stored ISO date."""
        try:
            found = date.fromisoformat(value or "")
        except ValueError:
            return cls(name)
        return cls(name, str(found.day), str(found.month), str(found.year), found)


def _month(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return MONTHS.get(text.lower().rstrip("."))


def _missing(label: str, parts: list[str]) -> str:
    names = " and ".join(parts) if len(parts) < 3 else "day, month and year"
    return f"{label} must include a {names}"


def parse_date(
    form: Mapping[str, Any],
    name: str,
    label: str,
    *,
    today: date,
    required: str | None = None,
    past: bool = True,
    earliest: date | None = None,
) -> DateInput:
    """The date in the boxes `NAME-day`, `NAME-month`, `NAME-year` (or, from a script, one ISO
    value `NAME`). `required` is the message when all three are empty (None: an empty date is
    allowed); `past` refuses dates after `today`."""
    day, month, year = (" ".join(str(form.get(f"{name}-{p}") or "").split())[:20] for p in PARTS)
    single = str(form.get(name) or "").strip()[:20]
    if not (day or month or year) and single:
        year, month, day = [*single.split("-"), "", "", ""][:3] if "-" in single else ("", "", single)
    boxes = DateInput(name, day, month, year)
    if boxes.empty:
        return boxes if required is None else _wrong(boxes, required, PARTS)
    missing = [p for p, v in zip(PARTS, (day, month, year), strict=True) if not v]
    if missing:
        return _wrong(boxes, _missing(label, missing), tuple(missing))
    number = _month(month)
    if not day.isdigit() or number is None or not year.isdigit():
        wrong = tuple(
            p for p, ok in zip(PARTS, (day.isdigit(), number is not None, year.isdigit()), strict=True) if not ok
        )
        return _wrong(boxes, f"{label} must be a real date", wrong)
    if len(year) != 4:
        return _wrong(boxes, "Year must include 4 numbers", ("year",))
    try:
        value = date(int(year), number, int(day))
    except ValueError:
        return _wrong(boxes, f"{label} must be a real date", PARTS)
    if past and value > today:
        return _wrong(boxes, f"{label} must be today or in the past", PARTS)
    if earliest is not None and value < earliest:
        return _wrong(
            boxes, f"{label} must be after {earliest.day} {calendar.month_name[earliest.month]} {earliest.year}", PARTS
        )
    return DateInput(name, day, month, year, value)


def _wrong(boxes: DateInput, message: str, parts: tuple[str, ...]) -> DateInput:
    return DateInput(boxes.name, boxes.day, boxes.month, boxes.year, None, message, parts)


@dataclass
class CaseForm:
    """The case details form: what was typed, the values to save, and the errors by input id."""

    raw: dict[str, str]
    dates: dict[str, DateInput]
    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _text(form: Mapping[str, Any], name: str, limit: int = MAX_NAME) -> str:
    return " ".join(str(form.get(name) or "").split())[:limit]


def _year_group(text: str) -> tuple[int | None, str | None]:
    if not text:
        return None, None
    value = text.removeprefix("Year ").removeprefix("year ").strip()
    if value.lower() == "reception":
        return 0, None
    if value.lstrip("-").isdigit() and 0 <= int(value) <= 14:
        return int(value), None
    return None, "Year group must be a number from 0 (Reception) to 14"


def _known_date(form: Mapping[str, Any], case: CaseForm, name: str, label: str, today: date, **kw: Any) -> None:
    """A date that must be given, or ticked as not known (not both)."""
    unknown = str(form.get(f"{name}_unknown") or "") == "yes"
    entered = parse_date(
        form,
        name,
        label,
        today=today,
        required=None if unknown else f"Enter the {label.lower()}, or tick ‘Not known’",
        **kw,
    )
    case.dates[name] = entered
    if unknown and not entered.empty:
        case.errors[f"{name}-day"] = f"Enter the {label.lower()} or tick ‘Not known’, not both"
    elif entered.error:
        case.errors[entered.anchor] = entered.error
    case.values[name] = entered.value.isoformat() if entered.value else None
    case.values[f"{name}_unknown"] = unknown


def case_form(form: Mapping[str, Any], today: date) -> CaseForm:
    """The child's details from the new case and change details forms."""
    raw = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    case = CaseForm(raw, {})
    name = _text(form, "child_name")
    if not name:
        case.errors["child_name"] = "Enter the child's full name"
    case.values["child_name"] = name
    case.values["preferred_name"] = _text(form, "preferred_name") or (name.split()[0] if name else None)
    earliest = today.replace(year=today.year - 26, day=min(today.day, 28))
    _known_date(form, case, "date_of_birth", "Date of birth", today, earliest=earliest)
    year, problem = _year_group(_text(form, "year_group", 20))
    if problem:
        case.errors["year_group"] = problem
    case.values["year_group"] = year
    case.values["la_reference"] = _text(form, "la_reference", 60) or None
    _known_date(form, case, "request_date", "Date the assessment was requested", today)
    return case


def informed_date(form: Mapping[str, Any], today: date, *, required: bool) -> DateInput:
    return parse_date(
        form,
        "family_informed_on",
        "Date the family was informed",
        today=today,
        required="Enter the date the family was informed" if required else None,
    )
