"""Drafting again keeps the caseworker's work: the pure merge (`appliance.review.redraft`) on small
drafts, then the whole path through the store (`casework.draft_case` twice, carry-over by hand)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from appliance import review
from appliance.case import CaseDetails
from appliance.cases import casework
from appliance.cases.casework import draft_options
from appliance.config import Settings
from appliance.documents import DocumentRecord
from appliance.drafting.plan import Citation, Draft, Statement, empty_sections
from appliance.errors import InputError
from appliance.qa import QASettings
from appliance.review.carryover import summary
from appliance.review.redraft import caseworker_changes, merge
from appliance.safeguards import accounts
from appliance.store import Store, documents, drafts, users
from appliance.store.users import User
from tests.builders import CHILD, EP_REPORT, SCHOOL_ADVICE, docx_bytes

QA = QASettings()


def _doc(doc_id: str, store_id: int) -> DocumentRecord:
    return DocumentRecord(doc_id, f"report-{store_id}.docx", "educational", store_id=store_id)


def _cite(doc_id: str, seq: int) -> Citation:
    return Citation(doc_id, f"passage {seq}", f"para {seq}", seq)


def _draft(docs: tuple[DocumentRecord, ...], **sections: tuple[Statement, ...]) -> Draft:
    return Draft(CaseDetails(CHILD), docs, {**empty_sections(), **sections})


def _stmt(sid: str, text: str, *cites: Citation, **fields: str) -> Statement:
    return Statement(sid, text, cites, **fields)  # type: ignore[arg-type]


BASE = _draft(
    (_doc("D1", 11), _doc("D2", 12)),
    B=(_stmt("B-1", "Zara struggles to read.", _cite("D1", 3)), _stmt("B-2", "Zara is anxious.", _cite("D2", 5))),
    F=(
        _stmt("F-1", "Reading support.", _cite("D1", 7), frequency="weekly"),
        _stmt("F-2", "Calm space at lunch.", _cite("D2", 8), _cite("D2", 9)),
    ),
)


def test_an_edit_is_reapplied_where_the_same_passages_are_drafted_even_if_documents_are_renumbered() -> None:
    latest = replace(
        BASE,
        sections={
            **BASE.sections,
            "F": (
                replace(BASE.sections["F"][0], text="Reading support from a specialist teacher.", origin="caseworker"),
                BASE.sections["F"][1],
            ),
        },
    )
    # a new document uploaded first makes the old documents D2 and D3; the reading now drafts more
    new = _draft(
        (_doc("D1", 20), _doc("D2", 11), _doc("D3", 12)),
        F=(
            _stmt("F-1", "Speech therapy.", _cite("D1", 2)),
            _stmt("F-2", "Reading support.", _cite("D2", 7), frequency="twice weekly"),
        ),
    )
    merged = merge(BASE, latest, new)
    kept = merged.draft.statement("F-2")
    assert kept is not None
    assert (kept.text, kept.frequency, kept.origin) == (
        "Reading support from a specialist teacher.",
        "twice weekly",
        "caseworker",
    )
    assert [(o.change.kind, o.applied, o.statement_id) for o in merged.outcomes] == [("edited", True, "F-2")]
    assert merged.draft.statement("F-1") == new.statement("F-1")


def test_an_edit_waits_beside_the_new_draft_where_its_advice_is_drafted_differently_or_not_at_all() -> None:
    edited = {
        "B": (
            replace(BASE.sections["B"][0], text="Zara reads two years behind.", origin="caseworker"),
            BASE.sections["B"][1],
        ),
        "F": (
            BASE.sections["F"][0],
            replace(BASE.sections["F"][1], text="A quiet room at lunch.", origin="caseworker"),
        ),
    }
    latest = replace(BASE, sections={**BASE.sections, **edited})
    new = _draft(
        BASE.documents,
        B=(_stmt("B-1", "Zara is anxious.", _cite("D2", 5)),),  # B-1's passage is no longer drafted
        F=(_stmt("F-1", "Calm space.", _cite("D2", 8)),),  # F-2's advice is now drafted from one of its passages
    )
    merged = merge(BASE, latest, new)
    assert merged.draft == new, "nothing is changed by itself"
    pending = {o.change.before.id: o for o in merged.pending if o.change.before}
    assert set(pending) == {"B-1", "F-2"}
    assert pending["B-1"].statement_id is None and "no longer drafted" in pending["B-1"].note
    assert pending["F-2"].statement_id == "F-1" and "drafted differently" in pending["F-2"].note
    assert pending["F-2"].change.changed_fields == {"text": "A quiet room at lunch."}


def test_added_statements_come_back_citing_what_is_still_in_the_case() -> None:
    added = _stmt("F-3", "Daily check-in with a key adult.", _cite("D1", 7), _cite("D2", 9), frequency="daily")
    latest = replace(BASE, sections={**BASE.sections, "F": (*BASE.sections["F"], replace(added, origin="caseworker"))})
    new = _draft((_doc("D1", 12),), F=(_stmt("F-1", "Calm space at lunch.", _cite("D1", 8), _cite("D1", 9)),))
    merged = merge(BASE, latest, new)
    back = merged.draft.sections["F"][-1]
    assert (back.id, back.text, back.frequency, back.origin) == ("F-2", added.text, "daily", "caseworker")
    assert back.citations == (_cite("D1", 9),), "the citation of the removed document is left out, the other renumbered"
    assert [(o.change.kind, o.applied) for o in merged.outcomes] == [("added", True)]


def test_deletions_are_made_again_where_the_same_passages_are_drafted() -> None:
    latest = replace(
        BASE,
        sections={**BASE.sections, "B": (BASE.sections["B"][1],), "F": (BASE.sections["F"][0],)},
    )
    new = _draft(
        BASE.documents,
        B=(_stmt("B-1", "Zara struggles to read.", _cite("D1", 3)), _stmt("B-2", "Zara is anxious.", _cite("D2", 5))),
        F=(
            _stmt("F-1", "Reading support.", _cite("D1", 7), meets=("B-1",)),  # type: ignore[arg-type]
            _stmt("F-2", "Calm space.", _cite("D2", 8)),
        ),
    )
    merged = merge(BASE, latest, new)
    assert [s.id for _, s in merged.draft.statements()] == ["B-2", "F-1", "F-2"]
    assert merged.draft.statement("F-1").meets == (), "nothing points at the deleted need"  # type: ignore[union-attr]
    outcomes = {o.change.before.id: o for o in merged.outcomes if o.change.before}
    assert outcomes["B-1"].applied and outcomes["B-1"].statement_id == "B-1"
    assert not outcomes["F-2"].applied and outcomes["F-2"].statement_id == "F-2", "overlapping advice waits"


def test_a_reused_id_is_a_deletion_and_an_addition() -> None:
    latest = replace(
        BASE, sections={**BASE.sections, "F": (BASE.sections["F"][0], _stmt("F-2", "Mine.", origin="caseworker"))}
    )
    assert [(c.kind, c.section) for c in caseworker_changes(BASE, latest)] == [("deleted", "F"), ("added", "F")]
    assert caseworker_changes(BASE, BASE) == []


# ---------------------------------------------------------------------------- through the store
def _user(store: Store) -> User:
    user_id = accounts.create_user(store, "casey", "Correct-Horse-42", "caseworker", must_change_password=False)
    with store.read() as conn:
        return users.get(conn, user_id)


@pytest.fixture
def drafted(store: Store, settings: Settings) -> int:
    case_id = casework.create_case(store, {"child_name": CHILD, "request_date": "2025-01-10"})
    casework.add_document(store, case_id, "EP advice.docx", docx_bytes(EP_REPORT), settings, require_consent=False)
    casework.draft_case(store, case_id, None, draft_options(settings))
    return case_id


def test_drafting_again_keeps_edits_additions_and_deletions_twice_over(
    store: Store, settings: Settings, drafted: int
) -> None:
    worker = _user(store)
    _, v1 = review.load(store, drafted)
    edited, deleted = v1.sections["F"][0], v1.sections["B"][0]
    review.edit_statement(store, drafted, edited.id, {"text": "Edited by Casey.", "frequency": "daily"}, worker, QA)
    review.add_statement(store, drafted, "E", "By July Zara will read 50 words.", {}, worker, QA)
    review.delete_statement(store, drafted, deleted.id, worker, QA)
    casework.add_document(store, drafted, "School.docx", docx_bytes(SCHOOL_ADVICE), settings, require_consent=False)
    for _ in range(2):  # a second redraft keeps what the first carried over
        version, draft = casework.draft_case(store, drafted, None, draft_options(settings))
        with store.read() as conn:
            history = drafts.versions(conn, drafted)
        assert [v.note for v in history[-2:]] == [casework.MACHINE_NOTE, casework.CARRIED_NOTE]
        texts = [s.text for _, s in draft.statements()]
        assert "Edited by Casey." in texts and "By July Zara will read 50 words." in texts
        assert deleted.text not in texts
        found = summary(store, drafted)
        assert found is not None and found.version == version and found.pending == ()
        assert {c.kind for c in found.changes} == {"edited", "added", "deleted"}
        assert found.count("applied") == 3
    assert found.documents_added == () and found.statements_after == len(draft.statements())


def test_a_change_that_waits_is_carried_over_by_hand(store: Store, settings: Settings, drafted: int) -> None:
    worker = _user(store)
    _, v1 = review.load(store, drafted)
    target = v1.sections["F"][0]
    review.edit_statement(store, drafted, target.id, {"text": "Casey's wording."}, worker, QA)
    with store.read() as conn:
        doc_id = documents.for_case(conn, drafted)[0].id
    casework.add_document(store, drafted, "School.docx", docx_bytes(SCHOOL_ADVICE), settings, require_consent=False)
    casework.remove_document(store, drafted, doc_id)  # the edited statement's advice is gone
    casework.draft_case(store, drafted, None, draft_options(settings))
    found = summary(store, drafted)
    assert found is not None and [c.kind for c in found.pending] == ["edited"]
    change = found.pending[0]
    new_id = review.resolve(store, drafted, change.index, "carry", worker, QA)
    _, latest = review.load(store, drafted)
    assert new_id is not None and latest.statement(new_id).text == "Casey's wording."  # type: ignore[union-attr]
    assert summary(store, drafted).pending == ()  # type: ignore[union-attr]
    with pytest.raises(InputError, match="already been dealt with"):
        review.resolve(store, drafted, change.index, "discard", worker, QA)
