"""Jinja filters: one date format everywhere (GOV.UK style: 27 October 2025; times as 3:04pm, in
UK time), flag titles, year groups."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment

from appliance.qa.titles import flag_title
from appliance.review.signoff import DECLARATION
from appliance.safeguards.accounts import PASSWORD_RULES
from server.forms import DateInput

UK = ZoneInfo("Europe/London")


def _parse(value: Any) -> date | datetime | None:
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


def govuk_date(value: Any, missing: str = "") -> str:
    """27 October 2025; `missing` for no date. Text that is not a date is shown as it is."""
    found = _parse(value)
    if found is None:
        return missing if not value else str(value)
    if isinstance(found, datetime):
        found = (found if found.tzinfo else found.replace(tzinfo=UTC)).astimezone(UK).date()
    return f"{found.day} {found:%B} {found.year}"


def govuk_datetime(value: Any, missing: str = "") -> str:
    """27 October 2025 at 3:04pm (UK time) for a timestamp; a date alone for a date."""
    found = _parse(value)
    if not isinstance(found, datetime):
        return govuk_date(value, missing)
    local = (found if found.tzinfo else found.replace(tzinfo=UTC)).astimezone(UK)
    hour = local.hour % 12 or 12
    return f"{govuk_date(local.date())} at {hour}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"


def year_label(value: int | None, missing: str = "Not given") -> str:
    if value is None:
        return missing
    return "Reception" if value == 0 else f"Year {value}"


def install(env: Environment) -> None:
    env.filters["govuk_date"] = govuk_date
    env.filters["govuk_datetime"] = govuk_datetime
    env.filters["flag_title"] = flag_title
    env.filters["year_label"] = year_label
    env.globals["date_boxes"] = DateInput.of
    env.globals["password_rules"] = PASSWORD_RULES
    env.globals["declaration"] = DECLARATION
