"""A caseworker's flag decisions survive a re-run of QA after an edit."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from appliance.drafting.plan import Flag
from appliance.qa.decisions import apply_decisions
from tests.test_qa_fixtures import add, codes, document, documents, draft, flags, sections, stmt

LITERACY = "He will also need support with literacy from a teaching assistant."


def school_says(*texts: str) -> list:  # type: ignore[type-arg]
    base = [p.text for p in documents()[2].passages]
    return [d for d in documents() if d.record.id != "D3"] + [document("D3", "educational", [*base, *texts])]


def unquantified(text: str = LITERACY, sid: str = "F-3") -> Flag:
    found = flags(draft(add("F", stmt(sid, text, "D3", quote=LITERACY, meets=("B-1",)))), school_says(LITERACY))
    (flag,) = codes(found, "PROVISION_NOT_QUANTIFIED")
    return flag


def test_a_decision_is_set_on_the_flag_with_its_key() -> None:
    flag = unquantified()
    other = replace(flag, key="someotherkey")
    decided = apply_decisions((flag, other), {flag.key: ("dismissed", "Agreed with the family", "caseworker1")})
    assert [(f.decision, f.reason, f.decided_by) for f in decided] == [
        ("dismissed", "Agreed with the family", "caseworker1"),
        (None, None, None),
    ]


def test_a_decision_survives_an_edit_to_the_wording_and_new_statement_ids() -> None:
    before = unquantified()
    decisions = {before.key: ("accepted", None, "caseworker1")}
    edited = unquantified("He will need help with literacy from a teaching assistant.", sid="F-7")
    (after,) = apply_decisions((edited,), decisions)
    assert after.key == before.key and after.statement_id == "F-7"
    assert (after.decision, after.decided_by) == ("accepted", "caseworker1")


def test_a_decision_does_not_stick_to_a_different_issue() -> None:
    before = unquantified()
    other = codes(flags(draft(add("F", stmt("F-3", "Staff will help Sam.", "D3")))), "PROVISION_NO_DELIVERER")
    (after,) = apply_decisions(tuple(other), {before.key: ("dismissed", "Not needed", "caseworker1")})
    assert after.key != before.key and after.decision is None


@dataclass(frozen=True)
class Stored:
    decision: str
    reason: str | None
    decided_by: str | None


def test_stored_decision_records_are_accepted_as_well_as_tuples() -> None:
    flag = unquantified()
    (after,) = apply_decisions((flag,), {flag.key: Stored("dismissed", "Quantified in the costed map", "qa_lead")})
    assert (after.decision, after.reason, after.decided_by) == (
        "dismissed",
        "Quantified in the costed map",
        "qa_lead",
    )


def test_an_unknown_decision_is_refused() -> None:
    flag = unquantified()
    with pytest.raises(ValueError, match="maybe"):
        apply_decisions((flag,), {flag.key: ("maybe", None, None)})


def test_flags_without_decisions_come_back_unchanged() -> None:
    found = flags(draft({"F": sections()["F"]}))
    assert apply_decisions(found, {}) == found
