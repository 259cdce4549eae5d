"""Sections marked reviewed, and signing a plan off: a manager, once nothing blocks it, confirming
a declaration; who signed off which version, and when, is kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from appliance.cases import status
from appliance.drafting.plan import SECTIONS, Draft, Flag
from appliance.errors import InputError
from appliance.qa.titles import flag_title
from appliance.review.edits import VersionConflict
from appliance.review.flags import decided
from appliance.review.gate import require_manager, start_review
from appliance.store import Store, cases, drafts, reviews, signoffs
from appliance.store.db import Connection
from appliance.store.signoffs import SignOff
from appliance.store.users import User

DECLARATION = (
    "I have read this version of the plan against the advice it cites. Every error flag has been resolved "
    "by changing the plan or overridden with a recorded reason, and the plan is ready to go to the family "
    "as a draft."
)


@dataclass(frozen=True)
class Blocker:
    """One thing that stops sign-off, with what the page links to: a flag's key or a section."""

    kind: Literal["flag", "section"]
    target: str
    label: str


def mark_reviewed(store: Store, case_id: int, section: str, user: User, *, reviewed: bool = True) -> None:
    if section not in SECTIONS:
        raise InputError("Choose a section of the plan.")
    with store.write() as conn:
        drafts.load(conn, case_id)  # raises NotFound when there is nothing to review
        start_review(conn, case_id)
        if reviewed:
            reviews.mark_reviewed(conn, case_id, section, user.id)
        else:
            reviews.unmark_reviewed(conn, case_id, section)


def _where(flag: Flag) -> str:
    if flag.statement_id:
        return f" ({flag.statement_id})"
    return f" (Section {flag.section})" if flag.section else ""


def _short(message: str, limit: int = 80) -> str:
    return message if len(message) <= limit else message[: limit - 1].rsplit(" ", 1)[0] + "…"


def blockers(conn: Connection, case_id: int, draft: Draft) -> list[Blocker]:
    """What stops the plan being signed off, each flag and section by itself; empty when nothing does."""
    open_errors = [f for f in decided(conn, case_id, draft.flags) if f.blocks_sign_off]
    done = reviews.section_reviews(conn, case_id)
    labels = [f"{flag_title(f.code)}{_where(f)}" for f in open_errors]
    out = [
        Blocker("flag", f.key, label if labels.count(label) == 1 else f"{label}: {_short(f.message)}")
        for f, label in zip(open_errors, labels, strict=True)
    ]
    out += [Blocker("section", sec, f"Section {sec} not marked reviewed") for sec in SECTIONS if sec not in done]
    return out


def summary(found: list[Blocker]) -> str:
    flags = sum(1 for b in found if b.kind == "flag")
    sections = [b.target for b in found if b.kind == "section"]
    parts = []
    if flags:
        parts.append(f"{flags} error flag{'s' if flags != 1 else ''} still to resolve or override")
    if sections:
        parts.append(f"Sections not yet marked reviewed: {', '.join(sections)}")
    return "; ".join(parts)


def overrides(draft: Draft) -> list[Flag]:
    """The error flags a person overrode, for the sign-off page and the QA record."""
    return [f for f in draft.flags if f.severity == "error" and f.decision in ("overridden", "dismissed")]


def sign_off(store: Store, case_id: int, user: User, *, declared: bool = False, version: int | None = None) -> SignOff:
    """Sign off the latest version (`version`, where given, must still be the latest), once the
    manager confirms the declaration."""
    require_manager(user.role)
    with store.write() as conn:
        meta, draft = drafts.load(conn, case_id)
        if version is not None and meta.version != version:
            raise VersionConflict(f"Version {meta.version} was saved after you opened version {version}.")
        problems = blockers(conn, case_id, draft)
        if problems:
            raise InputError("The plan cannot be signed off yet: " + summary(problems) + ".")
        if not declared:
            raise InputError("Confirm the declaration to sign off the plan.", field="declaration")
        if cases.get(conn, case_id).status == "drafted":
            status.move(conn, case_id, "in_review")
        status.move(conn, case_id, "signed_off")
        return signoffs.add(conn, case_id, meta.version, user.id, DECLARATION)


def signed_off(store: Store, case_id: int) -> SignOff | None:
    with store.read() as conn:
        return signoffs.latest(conn, case_id)


def reopen(store: Store, case_id: int, user: User) -> None:
    require_manager(user.role)
    with store.write() as conn:
        status.move(conn, case_id, "in_review")
