"""Review operations on a drafted case: edits make versions, flag decisions stick, diffs, sign-off."""

from __future__ import annotations

from datetime import date

import pytest

from appliance import review
from appliance.cases import caselist, casework, status
from appliance.cases.casework import draft_options
from appliance.config import Settings
from appliance.errors import InputError, NotFound, PermissionDenied
from appliance.evidence import learned
from appliance.qa import QASettings
from appliance.review.diff import TextOp, text_ops
from appliance.safeguards import accounts
from appliance.store import Store, cases, drafts, users
from appliance.store.users import User
from tests.builders import CHILD, EP_REPORT, SCHOOL_ADVICE, docx_bytes

QA = QASettings()


def _user(store: Store, name: str, role: str) -> User:
    user_id = accounts.create_user(store, name, "Correct-Horse-42", role, must_change_password=False)
    with store.read() as conn:
        return users.get(conn, user_id)


@pytest.fixture
def drafted(store: Store, settings: Settings) -> int:
    case_id = casework.create_case(
        store,
        {"child_name": CHILD, "request_date": "2025-01-10"},
        lawful_basis="public task",
        family_informed_on="2025-01-02",
    )
    casework.add_document(store, case_id, "EP advice.docx", docx_bytes(EP_REPORT), settings)
    casework.add_document(store, case_id, "School advice.docx", docx_bytes(SCHOOL_ADVICE), settings)
    casework.draft_case(store, case_id, None, draft_options(settings))
    return case_id


@pytest.fixture
def worker(store: Store) -> User:
    return _user(store, "casey", "caseworker")


@pytest.fixture
def manager(store: Store) -> User:
    return _user(store, "morgan", "manager")


def _provision(store: Store, case_id: int) -> str:
    _, draft = review.load(store, case_id)
    assert draft.sections["F"], "the fixture advice should give provision in F"
    return draft.sections["F"][0].id


def test_editing_a_statement_saves_a_new_version_by_the_caseworker(store: Store, drafted: int, worker: User) -> None:
    sid = _provision(store, drafted)
    version = review.edit_statement(
        store,
        drafted,
        sid,
        {"text": "Zara will attend a group.", "frequency": "twice a week", "group_size": "4 pupils"},
        worker,
        QA,
        expected_version=1,
    )
    assert version.version == 2 and version.note == f"Edited {sid}" and version.created_by == worker.id
    _meta, draft = review.load(store, drafted)
    stmt = draft.statement(sid)
    assert stmt is not None
    assert (stmt.text, stmt.frequency, stmt.group_size, stmt.origin) == (
        "Zara will attend a group.",
        "twice a week",
        "4 pupils",
        "caseworker",
    )
    assert stmt.citations, "an edited statement keeps its sources"
    with store.read() as conn:
        assert [v.version for v in drafts.versions(conn, drafted)] == [1, 2]
        assert drafts.load(conn, drafted, 1)[1].statement(sid).origin != "caseworker"  # type: ignore[union-attr]
        assert cases.get(conn, drafted).status == "in_review"


def test_an_edit_that_changes_nothing_saves_nothing(store: Store, drafted: int, worker: User) -> None:
    sid = _provision(store, drafted)
    _, draft = review.load(store, drafted)
    same = draft.statement(sid)
    assert same is not None
    assert review.edit_statement(store, drafted, sid, {"text": same.text}, worker, QA).version == 1


def test_edits_are_checked(store: Store, drafted: int, worker: User) -> None:
    sid = _provision(store, drafted)
    with pytest.raises(InputError, match="text"):
        review.edit_statement(store, drafted, sid, {"text": "   "}, worker, QA)
    with pytest.raises(InputError, match="cannot be edited"):
        review.edit_statement(store, drafted, sid, {"citations": "x"}, worker, QA)
    with pytest.raises(NotFound):
        review.edit_statement(store, drafted, "F-999", {"text": "x"}, worker, QA)
    review.edit_statement(store, drafted, sid, {"text": "First edit."}, worker, QA, expected_version=1)
    with pytest.raises(review.VersionConflict, match="Version 2 was saved"):
        review.edit_statement(store, drafted, sid, {"text": "Stale edit."}, worker, QA, expected_version=1)


def test_qa_runs_again_after_an_edit(store: Store, drafted: int, worker: User) -> None:
    sid = _provision(store, drafted)
    review.edit_statement(store, drafted, sid, {"text": "Zara will see a unicorn 7 times on Mars."}, worker, QA)
    _, draft = review.load(store, drafted)
    assert any(f.code == "UNSUPPORTED_STATEMENT" and f.statement_id == sid for f in draft.flags)


def test_add_and_delete_statements(store: Store, drafted: int, worker: User) -> None:
    _, before = review.load(store, drafted)
    count = len(before.sections["F"])
    version, new_id = review.add_statement(
        store,
        drafted,
        "F",
        "Zara will have a visual timetable every day.",
        {"frequency": "daily", "delivered_by": "class teacher"},
        worker,
        QA,
    )
    assert version.version == 2 and new_id == f"F-{count + 1}"
    _, draft = review.load(store, drafted)
    added = draft.statement(new_id)
    assert added is not None and (added.origin, added.frequency, added.citations) == (
        "caseworker",
        "daily",
        (),
    )
    assert any(f.code == "UNSUPPORTED_STATEMENT" and f.statement_id == new_id for f in draft.flags)
    review.delete_statement(store, drafted, new_id, worker, QA)
    _, after = review.load(store, drafted)
    assert after.statement(new_id) is None and len(after.sections["F"]) == count
    with pytest.raises(InputError):
        review.add_statement(store, drafted, "Z", "text", {}, worker, QA)


def test_overriding_an_error_flag_needs_a_reason_and_sticks_to_later_versions(
    store: Store, drafted: int, worker: User
) -> None:
    _, draft = review.load(store, drafted)
    flag = next(f for f in draft.flags if f.code == "ADVICE_MISSING")
    with pytest.raises(InputError, match="reason"):
        review.decide(store, drafted, flag.key, "overridden", "  ", worker)
    with pytest.raises(InputError, match="reason"):
        review.decide(store, drafted, flag.key, "dismissed", "", worker)
    dismissed = review.decide(store, drafted, flag.key, "dismissed", "Not needed.", worker)
    assert dismissed.decision == "overridden", "dismissing an error with a reason is an override"
    review.decide(store, drafted, flag.key, "overridden", "Medical advice requested; health said none needed.", worker)
    review.edit_statement(store, drafted, _provision(store, drafted), {"duration": "for a term"}, worker, QA)
    meta, draft = review.load(store, drafted)
    decided = next(f for f in draft.flags if f.key == flag.key)
    assert meta.version == 2
    assert (decided.decision, decided.reason, decided.decided_by) == (
        "overridden",
        "Medical advice requested; health said none needed.",
        "casey",
    )
    assert decided.decided_at is not None and not decided.blocks_sign_off
    with pytest.raises(NotFound):
        review.decide(store, drafted, "no-such-key", "accepted", "", worker)
    review.reopen(store, drafted, flag.key)
    assert next(f for f in review.load(store, drafted)[1].flags if f.key == flag.key).decision is None


def test_diff_between_versions(store: Store, drafted: int, worker: User) -> None:
    sid = _provision(store, drafted)
    _, v1 = review.load(store, drafted, 1)
    old = v1.statement(sid)
    assert old is not None
    review.edit_statement(
        store, drafted, sid, {"text": old.text + " Reviewed termly.", "delivered_by": "SENCO"}, worker, QA
    )
    _, new_id = review.add_statement(store, drafted, "E", "By July 2026 Zara will read 50 words.", {}, worker, QA)
    removed = v1.sections["B"][0].id
    review.delete_statement(store, drafted, removed, worker, QA)
    _, v4 = review.load(store, drafted, 4)
    changes = {c.statement_id: c for c in review.diff(v1, v4)}
    relinked = {i for i, c in changes.items() if [f.name for f in c.fields] == ["meets"] and c.old_text == c.new_text}
    assert relinked, "outcomes and provision that met the deleted need no longer point at it"
    assert set(changes) - relinked == {sid, new_id, removed}
    assert changes[new_id].kind == "added" and changes[removed].kind == "removed"
    changed = changes[sid]
    assert changed.kind == "changed"
    assert [op for op in changed.text if op.op != "same"] == [TextOp("added", " Reviewed termly.")]
    assert ("delivered_by", "SENCO") in [(f.name, f.new) for f in changed.fields]
    assert review.diff(v4, v4) == []


def test_text_ops_mark_words_added_and_removed() -> None:
    assert text_ops("twice a week for 30 minutes", "once a week for 45 minutes") == (
        TextOp("removed", "twice"),
        TextOp("added", "once"),
        TextOp("same", " a week for "),
        TextOp("removed", "30"),
        TextOp("added", "45"),
        TextOp("same", " minutes"),
    )


def test_sign_off_is_for_managers_once_flags_and_sections_are_done(
    store: Store, drafted: int, worker: User, manager: User
) -> None:
    with pytest.raises(PermissionDenied):
        review.sign_off(store, drafted, worker)
    with pytest.raises(InputError, match="Sections not yet marked reviewed"):
        review.sign_off(store, drafted, manager)
    _, draft = review.load(store, drafted)
    for f in draft.flags:
        review.decide(store, drafted, f.key, "accepted", "", worker)
    for sec in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        review.mark_reviewed(store, drafted, sec, worker)
    errors = [f for f in draft.flags if f.severity == "error"]
    assert errors, "the fixture has error flags (advice missing)"
    with pytest.raises(InputError, match=r"error flags? still to resolve or override"):
        review.sign_off(store, drafted, manager, declared=True)  # agreeing to change the plan is not the change
    view = review.review_view(store, drafted)
    assert {b.target for b in view.blockers if b.kind == "flag"} == {f.key for f in errors}
    for f in errors:
        review.decide(store, drafted, f.key, "overridden", "Agreed with the family at the meeting.", manager)
    with pytest.raises(InputError, match="declaration"):
        review.sign_off(store, drafted, manager)
    signed = review.sign_off(store, drafted, manager, declared=True, version=1)
    assert (signed.version, signed.signed_by, signed.declaration) == (1, "morgan", review.DECLARATION)
    assert review.review_view(store, drafted).signed_off == signed
    with store.read() as conn:
        assert cases.get(conn, drafted).status == "signed_off"
    with pytest.raises(review.PlanSignedOff):
        review.edit_statement(store, drafted, _provision(store, drafted), {"text": "Late change."}, worker, QA)
    review.reopen_plan(store, drafted, manager)
    with store.read() as conn:
        assert cases.get(conn, drafted).status == "in_review"


def test_an_edit_clears_the_review_mark_of_its_section(store: Store, drafted: int, worker: User) -> None:
    review.mark_reviewed(store, drafted, "F", worker)
    review.mark_reviewed(store, drafted, "B", worker)
    review.edit_statement(store, drafted, _provision(store, drafted), {"frequency": "weekly"}, worker, QA)
    view = review.review_view(store, drafted)
    marks = {s.code: s.reviewed for s in view.sections}
    assert marks["F"] is None and marks["B"] is not None and marks["B"].reviewed_by == "casey"


def test_review_view_puts_flags_beside_what_they_concern(store: Store, drafted: int, worker: User) -> None:
    review.add_statement(store, drafted, "F", "Uncited provision.", {}, worker, QA)
    view = review.review_view(store, drafted)
    assert view.is_latest and view.meta.version == 2 and view.status == "in_review"
    assert [v.version for v in view.versions] == [2, 1] and view.versions[0].by == "casey"
    section_f = next(s for s in view.sections if s.code == "F")
    added = section_f.statements[-1]
    assert added.provision and "UNSUPPORTED_STATEMENT" in [f.code for f in added.flags]
    k = next(s for s in view.sections if s.code == "K")
    assert "ADVICE_MISSING" in {f.code for f in k.flags}
    cited = section_f.statements[0].citations[0]
    assert cited.filename in ("EP advice.docx", "School advice.docx") and cited.store_id is not None
    assert view.blockers


def test_case_list_searches_filters_and_puts_the_most_urgent_first(store: Store) -> None:
    listing: list[tuple[str, str | None, tuple[status.CaseStatus, ...]]] = [
        ("Amy Lane", "2025-01-01", ("drafted",)),
        ("Ben Cole", "2025-03-01", ("drafted", "in_review")),
        ("Cara Lane", None, ()),
        ("Dan Ray", "2024-12-01", ("drafted", "in_review", "signed_off")),
    ]
    for name, requested, moves in listing:
        case_id = casework.create_case(store, {"child_name": name, "request_date": requested})
        with store.write() as conn:
            for to in moves:
                status.move(conn, case_id, to)
    today = date(2025, 5, 25)
    listed = caselist.case_list(store, "default", today)
    assert [s.case.child_name for s in listed] == ["Amy Lane", "Ben Cole", "Cara Lane", "Dan Ray"]
    amy = listed[0]
    assert (amy.deadline, amy.days_left, amy.overdue, amy.due_soon, amy.status_label) == (
        date(2025, 5, 21),
        -4,
        True,
        False,
        "Drafted",
    )
    assert [s.case.child_name for s in caselist.case_list(store, "default", today, query="lane")] == [
        "Amy Lane",
        "Cara Lane",
    ]
    assert [s.case.child_name for s in caselist.case_list(store, "default", today, status="in_review")] == ["Ben Cole"]
    assert [s.case.child_name for s in caselist.case_list(store, "default", today, due="overdue")] == [
        "Amy Lane",
        "Dan Ray",
    ]
    assert caselist.case_list(store, "other-team", today) == []


def test_missing_advice_names_the_reg_6_types() -> None:
    assert caselist.missing_advice(["child_views", "educational", "medical"], 4) == [
        "Psychological advice (reg 6(1)(d))",
        "Social care advice (reg 6(1)(e))",
    ]
    assert caselist.missing_advice(["parent_views", "educational", "medical", "psychological", "social_care"], 9) == [
        "Preparing for adulthood advice (reg 6(1)(g))"
    ]


def test_review_view_shows_b_by_area_and_empty_sections_positively(store: Store, drafted: int) -> None:
    view = review.review_view(store, drafted)
    b = next(s for s in view.sections if s.code == "B")
    assert [a.label for a in b.areas][:4] == [
        "Communication and interaction",
        "Cognition and learning",
        "Social, emotional and mental health",
        "Sensory and/or physical",
    ]
    shown = [sv.statement.id for a in b.areas for sv in a.statements]
    assert sorted(shown) == sorted(sv.statement.id for sv in b.statements)  # each need once, none lost
    assert all(a.statements or a.empty for a in b.areas)
    empty = [s for s in view.sections if not s.statements]
    assert empty and all(s.empty_note and "Nothing was drafted" not in s.empty_note for s in empty)


# --------------------------------------------------------------------------- readings to check
def _doubting_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """A learned reading sure that every unit is background: every reading the rules make is unsure."""
    doubt = learned.Model(("need", "background"), (-9.0, 0.0), {})  # type: ignore[arg-type]
    monkeypatch.setattr(learned, "model", lambda path=None: doubt)


def test_readings_to_check_are_marked_filtered_left_out_of_provision_checks_and_cleared_by_an_edit(
    store: Store, settings: Settings, worker: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    _doubting_everything(monkeypatch)
    case_id = casework.create_case(
        store, {"child_name": CHILD, "request_date": "2025-01-10"}, lawful_basis="public task",
        family_informed_on="2025-01-02",
    )  # fmt: skip
    casework.add_document(store, case_id, "EP advice.docx", docx_bytes(EP_REPORT), settings)
    casework.add_document(store, case_id, "School advice.docx", docx_bytes(SCHOOL_ADVICE), settings)
    casework.draft_case(store, case_id, None, draft_options(settings))
    view = review.review_view(store, case_id, show="unsure")
    to_check = [sv.statement.id for sec in view.sections for sv in sec.statements if sv.shown]
    _, draft = review.load(store, case_id)
    provision = [s.id for s in draft.sections["F"]]
    assert provision and set(provision) <= set(to_check) and view.counts["unsure"] == len(to_check)
    assert not {f.statement_id for f in draft.flags if f.code.startswith("PROVISION_")} & set(to_check)
    review.edit_statement(store, case_id, provision[0], {"frequency": "three times a week"}, worker, QA)
    _, edited = review.load(store, case_id)
    stmt = edited.statement(provision[0])
    assert stmt is not None and not stmt.unsure  # the caseworker has checked it
    assert review.review_view(store, case_id, show="unsure").counts["unsure"] == len(to_check) - 1


def test_near_miss_without_doubt_a_sure_reading_is_not_to_check(store: Store, drafted: int) -> None:
    view = review.review_view(store, drafted, show="unsure")
    _, draft = review.load(store, drafted)
    shown = {sv.statement.id for sec in view.sections for sv in sec.statements if sv.shown}
    assert shown == {s.id for _, s in draft.statements() if s.unsure}
    assert len(shown) < len(list(draft.statements()))
