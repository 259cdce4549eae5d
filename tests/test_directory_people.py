"""Directory groups to a role and a team (EHCP_AUTH_GROUP_ROLES, EHCP_AUTH_GROUP_TEAMS): matched
by DN or name in any case; a manager's groups may also make them a caseworker; any other second
role, or a second team, is refused with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from appliance.config import Settings
from appliance.directory.people import Person, Refused, access


def _person(*groups: str) -> Person:
    return Person("oidc", "https://idp|1", "jo", "Jo", frozenset(groups))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        auth_group_roles={"SEN-Caseworkers": "caseworker", "sen-managers": "manager", "dpo": "dpo", "it": "admin"},
        auth_group_teams={"sen-north": "north", "sen-south": "south"},
        auth_default_team="central",
    )


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (("sen-caseworkers", "sen-north"), ("caseworker", "north")),
        (("SEN-CASEWORKERS", "SEN-Managers", "sen-south"), ("manager", "south")),
        (("dpo", "staff"), ("dpo", "central")),
    ],
)
def test_groups_give_a_role_and_team(settings: Settings, groups: tuple[str, ...], expected: tuple[str, str]) -> None:
    assert access(_person(*groups), settings) == expected


@pytest.mark.parametrize(
    ("groups", "why", "words"),
    [
        (("staff",), "no role", "not in a group that gives access"),
        (("it", "sen-caseworkers"), "several roles", "more than one role here (admin, caseworker)"),
        (("sen-caseworkers", "sen-north", "sen-south"), "several teams", "more than one team (north, south)"),
    ],
)
def test_refusals_say_why(settings: Settings, groups: tuple[str, ...], why: str, words: str) -> None:
    with pytest.raises(Refused) as caught:
        access(_person(*groups), settings)
    assert caught.value.why == why and words in str(caught.value)
