"""What the checks need to know about the child: names, date of birth, age and school year,
read from the case details (which the caseworker confirms)."""

from __future__ import annotations

from datetime import date

from appliance.qa.registry import Context

YOUNG_PERSON_AGE = 16  # over compulsory school age: the young person's own views replace the parents'


def reference_date(ctx: Context) -> date:
    """The date advice and ages are measured against: the request date, else today."""
    return ctx.case.requested or ctx.settings.today or date.today()


def age(ctx: Context) -> int | None:
    born = ctx.case.born
    if born is None:
        return None
    on = reference_date(ctx)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def year_group(ctx: Context) -> int | None:
    """The national curriculum year: the case's own, else worked out from the date of birth
    (a child starts Reception in the September after their fourth birthday)."""
    if ctx.case.year_group is not None:
        return ctx.case.year_group
    born = ctx.case.born
    if born is None:
        return None
    cohort = born.year if born.month >= 9 else born.year - 1
    on = reference_date(ctx)
    school_year_start = on.year if on.month >= 9 else on.year - 1
    return school_year_start - (cohort + 5)
