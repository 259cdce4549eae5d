"""GOV.UK date inputs and the case details form: what people type, and the design system's messages."""

from __future__ import annotations

from datetime import date

import pytest

from server.filters import govuk_date, govuk_datetime, year_label
from server.forms import case_form, parse_date

TODAY = date(2025, 10, 27)


def _date(day: str, month: str, year: str, **kw: object) -> tuple[date | None, str | None, tuple[str, ...]]:
    form = {"when-day": day, "when-month": month, "when-year": year}
    found = parse_date(form, "when", "Date of birth", today=TODAY, **kw)  # type: ignore[arg-type]
    return found.value, found.error, found.wrong


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (("27", "3", "2016"), (date(2016, 3, 27), None, ())),
        ((" 7 ", "Mar", "2016"), (date(2016, 3, 7), None, ())),
        (("7", "march", "2016"), (date(2016, 3, 7), None, ())),
        (("", "", ""), (None, None, ())),
        (("27", "", "2016"), (None, "Date of birth must include a month", ("month",))),
        (("", "", "2016"), (None, "Date of birth must include a day and month", ("day", "month"))),
        (("31", "2", "2016"), (None, "Date of birth must be a real date", ("day", "month", "year"))),
        (("1", "13", "2016"), (None, "Date of birth must be a real date", ("day", "month", "year"))),
        (("x", "3", "2016"), (None, "Date of birth must be a real date", ("day",))),
        (("1", "3", "16"), (None, "Year must include 4 numbers", ("year",))),
        (("28", "10", "2025"), (None, "Date of birth must be today or in the past", ("day", "month", "year"))),
    ],
)
def test_date_inputs_give_the_design_systems_messages(
    typed: tuple[str, str, str], expected: tuple[date | None, str | None, tuple[str, ...]]
) -> None:
    assert _date(*typed) == expected


def test_a_required_date_and_the_box_the_summary_links_to() -> None:
    found = parse_date({}, "when", "Date of birth", today=TODAY, required="Enter the date of birth")
    assert (found.error, found.anchor) == ("Enter the date of birth", "when-day")
    late = parse_date({"when-day": "3", "when-year": "2020"}, "when", "Date of birth", today=TODAY)
    assert late.anchor == "when-month"
    assert parse_date({"when": "2016-03-27"}, "when", "Date", today=TODAY).value == date(2016, 3, 27), (
        "a script's ISO date"
    )


def test_the_case_form_needs_a_name_and_each_date_or_not_known() -> None:
    empty = case_form({}, TODAY)
    assert empty.errors == {
        "child_name": "Enter the child's full name",
        "date_of_birth-day": "Enter the date of birth, or tick ‘Not known’",
        "request_date-day": "Enter the date the assessment was requested, or tick ‘Not known’",
    }
    both = case_form(
        {
            "child_name": "Kai Rendell",
            "date_of_birth-day": "2",
            "date_of_birth_unknown": "yes",
            "request_date_unknown": "yes",
        },
        TODAY,
    )
    assert list(both.errors) == ["date_of_birth-day"] and "not both" in both.errors["date_of_birth-day"]
    good = case_form(
        {
            "child_name": " Kai  Thomas Rendell ",
            "date_of_birth-day": "2",
            "date_of_birth-month": "11",
            "date_of_birth-year": "2015",
            "year_group": "Reception",
            "request_date_unknown": "yes",
        },
        TODAY,
    )
    assert good.errors == {}
    assert good.values == {
        "child_name": "Kai Thomas Rendell",
        "preferred_name": "Kai",
        "date_of_birth": "2015-11-02",
        "date_of_birth_unknown": False,
        "year_group": 0,
        "la_reference": None,
        "request_date": None,
        "request_date_unknown": True,
    }
    old = case_form(
        {"child_name": "A B", "date_of_birth-day": "1", "date_of_birth-month": "1", "date_of_birth-year": "1990"}, TODAY
    )
    assert old.errors["date_of_birth-day"].startswith("Date of birth must be after")
    assert case_form({"year_group": "15"}, TODAY).errors["year_group"].startswith("Year group must be a number")


def test_one_date_format_everywhere() -> None:
    assert govuk_date("2025-10-27") == "27 October 2025"
    assert govuk_date(date(2025, 2, 3)) == "3 February 2025"
    assert govuk_date(None, "Not given") == "Not given"
    assert govuk_datetime("2025-10-27T15:04:09+00:00") == "27 October 2025 at 3:04pm"  # GMT
    assert govuk_datetime("2025-07-01T09:30:00+00:00") == "1 July 2025 at 10:30am"  # British Summer Time
    assert (year_label(0), year_label(10), year_label(None)) == ("Reception", "Year 10", "Not given")
