"""How much help a statement gives, as ADVICE_CONFLICT compares it: sessions a week and minutes."""

from __future__ import annotations

import pytest

from appliance.qa.amounts import amount


@pytest.mark.parametrize(
    ("text", "per_week", "minutes"),
    [
        pytest.param("20 minutes, four mornings a week (Monday to Thursday)", 4.0, 20.0, id="mornings-a-week"),
        pytest.param("Lego club two lunchtimes a week", 2.0, None, id="lunchtimes-a-week"),
        pytest.param("A sleep diary three evenings a week", 3.0, None, id="evenings-a-week"),
        pytest.param("3 x 15 minute sessions per week for 10 weeks", 3.0, 15.0, id="count-times-length"),
        pytest.param("two sessions of 45 minutes a week", 2.0, 45.0, id="sessions-of-a-length"),
        # near misses: a course of ten sessions, one a week, and a count of times
        pytest.param("10 weekly one-hour sessions", 1.0, 60.0, id="near-miss-a-course-of-weekly-sessions"),
        pytest.param("3 times weekly sessions", 3.0, None, id="near-miss-times-weekly"),
        # near miss: "a week" alone is once a week
        pytest.param("Lego club once a week at lunchtime", 1.0, None, id="near-miss-once-a-week"),
    ],
)
def test_sessions_a_week(text: str, per_week: float, minutes: float | None) -> None:
    said = amount(text)
    assert (said.per_week, said.minutes) == (per_week, minutes)
