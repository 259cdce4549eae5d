"""What the review evidence does to each statement of the current plan: keep it, change it (with
the passage that says so) or remove it; which cuts of provision it proposes; which new items are
really new. Each decision keeps its evidence, so every change is cited.

- provision: a passage about an item that says it can stop, is reduced or increased (with the new
  amount), or continues; a cut explained by the school's resources rather than the child's
  progress is flagged but not adopted;
- needs: a passage about a need that says it has changed ("now", "no longer");
- views: a new view about the same thing as a current one that has changed;
- content out of date (year group, age): replaced by the passage that states it now;
- outcomes: achieved ones leave the plan (the outcome review says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from appliance.amendments.evidence import Source, prose
from appliance.amendments.matching import Matcher
from appliance.amendments.model import Cut, Stale
from appliance.amendments.provision import before_change, change_fields, compare, new_clause, states_amount
from appliance.amendments.text import (
    CHANGED_RE,
    CONTINUE_RE,
    DELIVERED_RE,
    INCREASE_RE,
    OUTCOME_WORD_RE,
    REDUCE_RE,
    STOP_RE,
    UNCHANGED_RE,
    reduction_is_evidenced,
)
from appliance.drafting.compose import Candidate
from appliance.drafting.plan import PROVISION_SECTIONS, Citation, Statement
from appliance.evidence import fields

Action = Literal["keep", "modify", "remove"]
Signal = Literal["stop", "reduce", "increase", "continue"]
PROVISION_ABOUT = 0.25
NEED_ABOUT = 0.22
VIEW_CHANGED = 0.2
SAME_ITEM = 0.5  # a new item this close to a current one restates it
SAME_VIEW = 0.4
REPORTED_ITEM = 0.3  # a report of how an item is going is this close to the item
REPORTED_RE = re.compile(
    r"\b(is|are) (used|in place|going well|working)\b|\b(has|have) (been|continued|worked)\b|\bgoes\b|\bpatchy\b|"
    r"\bthis (year|term)\b|\bsince (january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d{4})\b|\bproviding\b",
    re.I,
)
STILL_RE = re.compile(r"\bstill\b", re.I)
STALE_REPLACEMENT = 0.25
NEED_SECTIONS = ("B", "C", "D")
ALL = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I")


@dataclass(frozen=True)
class Fate:
    action: Action
    reason: str | None = None
    evidence: tuple[Source, ...] = ()
    fields: fields.ProvisionFields | None = None  # the new fields of changed provision
    candidate: Candidate | None = None  # the new item that changes it, where drafting found one
    text: str | None = None  # the changed wording, where the evidence gives it


@dataclass
class Decisions:
    fates: dict[str, Fate] = field(default_factory=dict)
    cuts: list[Cut] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    used: set[tuple[str, int]] = field(default_factory=set)  # (document id, passage seq) spent on a decision

    def use(self, *srcs: Source) -> None:
        self.used.update((s.document_id, s.passage.seq) for s in srcs)

    def spent(self, cand: Candidate) -> bool:
        return any((c.document_id, c.passage) in self.used for c in cand.citations)


def cite(src: Source) -> Citation:
    p = src.passage
    return Citation(src.document_id, p.text, p.locator, p.seq)


def signal(text: str) -> Signal | None:
    if STOP_RE.search(text):
        return "stop"
    if REDUCE_RE.search(text):
        return "reduce"
    if INCREASE_RE.search(text):
        return "increase"
    if CONTINUE_RE.search(text):
        return "continue"
    return None


def provision(decisions: Decisions, pool: list[Source], matcher: Matcher, label: dict[str, str]) -> None:
    found: dict[str, list[tuple[float, Source, Signal]]] = {}
    for src in pool:
        said = signal(src.text)
        if said is None or (DELIVERED_RE.search(src.text) and said == "continue"):
            continue
        ranked = matcher.matches(before_change(src.text), ALL)
        top = ranked[0] if ranked else None
        if top is None or top.section not in PROVISION_SECTIONS or top.score < PROVISION_ABOUT:
            continue
        found.setdefault(top.statement.id, []).append((top.score, src, said))
        if said == "continue":  # "the strategies in F (chunking, Word Aware) continue" confirms each it names
            for other in ranked[1:3]:
                if other.section in PROVISION_SECTIONS and other.score >= top.score - 0.05:
                    found.setdefault(other.statement.id, []).append((other.score, src, said))
    for item_id, evidence in found.items():
        stmt = matcher.plan.statement(item_id)
        if stmt is not None:
            _decide_provision(decisions, stmt, evidence, label)


def _decide_provision(
    decisions: Decisions, stmt: Statement, evidence: list[tuple[float, Source, Signal]], label: dict[str, str]
) -> None:
    by = {s: [(score, src) for score, src, said in evidence if said == s] for s in ("stop", "reduce", "increase")}
    stops, changes = by["stop"], by["reduce"] + by["increase"]
    decisions.use(*(src for _, src, _ in evidence))
    if stops:
        src = max(stops, key=lambda x: x[0])[1]
        evidenced = reduction_is_evidenced(src.text)
        detail = f"stopped ({label.get(src.document_id, 'the review evidence')} says it is no longer needed)"
        decisions.cuts.append(Cut(stmt.id, detail, evidenced, evidenced, (cite(src),)))
        if evidenced:
            reason = f"The {label.get(src.document_id, 'review evidence')} says this provision is no longer needed."
            decisions.fates[stmt.id] = Fate("remove", reason, (src,))
        return
    if not changes:
        return  # confirmed: it continues as written
    _, src = max(changes, key=lambda x: (states_amount(x[1].text), x[0]))
    new = _filled(change_fields(src.text), stmt)
    changed = replace(stmt, frequency=new.frequency, duration=new.duration, group_size=new.group_size,
                      delivered_by=new.delivered_by)  # fmt: skip
    comparison = compare(stmt, changed)
    evidenced = reduction_is_evidenced(src.text)
    if comparison.is_reduction or REDUCE_RE.search(src.text):
        detail = "; ".join(comparison.reduced) or "reduced"
        adopted = evidenced and states_amount(src.text)
        decisions.cuts.append(Cut(stmt.id, detail, evidenced, adopted, (cite(src),)))
        if not adopted:
            return
    elif not states_amount(src.text):
        return
    reason = f"The {label.get(src.document_id, 'review evidence')} recommends changing this provision."
    decisions.fates[stmt.id] = Fate("modify", reason, (src,), new, text=changed_wording(stmt.text, src.text))


def changed_wording(what: str, evidence: str) -> str | None:
    """The item as the plan words it, then what it becomes in the evidence's words: "Fluency
    therapy on Ellis's speech targets: a fortnightly session of 30 minutes." None without "to ..."."""
    new = new_clause(evidence)
    return f"{what.rstrip(' .')}: {new}" if new else None


def _filled(new: fields.ProvisionFields, old: Statement) -> fields.ProvisionFields:
    """The evidence changes what it mentions; the rest of the item stays as the plan has it."""
    return fields.ProvisionFields(
        new.frequency or old.frequency,
        new.duration or old.duration,
        new.group_size or old.group_size,
        new.delivered_by or old.delivered_by,
    )


def needs(decisions: Decisions, pool: list[Source], matcher: Matcher, label: dict[str, str]) -> None:
    """A need the evidence says has changed is rewritten from that evidence (and was stale)."""
    best: dict[str, tuple[float, Source]] = {}
    for src in pool:
        if not prose(src) or not CHANGED_RE.search(src.text) or OUTCOME_WORD_RE.search(src.text):
            continue
        if signal(src.text) in ("stop", "reduce", "increase") or (src.document_id, src.passage.seq) in decisions.used:
            continue
        ranked = matcher.matches(src.text, ALL)
        top = ranked[0] if ranked else None
        if top is None or top.section not in NEED_SECTIONS or top.score < NEED_ABOUT:
            continue
        if top.statement.id not in best or best[top.statement.id][0] < top.score:
            best[top.statement.id] = (top.score, src)
    for need_id, (_, src) in best.items():
        section = matcher.plan.section_of(need_id) or "B"
        source = label.get(src.document_id, "review evidence")
        decisions.fates[need_id] = Fate("modify", f"The {source} says this need has changed.", (src,))
        decisions.stale.append(Stale(need_id, section, f"The {source} describes this need differently now.",
                                     (cite(src),)))  # fmt: skip
        decisions.use(src)


def views(decisions: Decisions, cands: list[Candidate], matcher: Matcher) -> list[Candidate]:
    """New views: one that updates a current view changes it; one that restates it is not added."""
    fresh = []
    taken: set[str] = set()
    for cand in cands:
        if UNCHANGED_RE.search(cand.text) or decisions.spent(cand):
            continue  # "our hopes have not changed": the current views stand; "we agree to the cut" is its evidence
        top = matcher.best(cand.text, ["A"], VIEW_CHANGED)
        if top and top.statement.id not in taken and top.statement.id not in decisions.fates:
            if CHANGED_RE.search(cand.text):
                taken.add(top.statement.id)
                reason = "Updated with the views given for this review."
                decisions.fates[top.statement.id] = Fate("modify", reason, candidate=cand)
                continue
            if top.score >= SAME_VIEW or STILL_RE.search(cand.text):
                continue  # "she still wants to be a vet": the current view stands
        fresh.append(cand)
    return fresh


def out_of_date(decisions: Decisions, stale: list[Stale], pool: list[Source], matcher: Matcher, now: list[str]) -> None:
    """Stale content replaced by the passage of the evidence that says how things are now
    (mentioning the year group or age the child has now)."""
    decisions.stale.extend(stale)
    for item in stale:
        if item.previous_id in decisions.fates:
            continue
        stmt = matcher.plan.statement(item.previous_id)
        if stmt is None:
            continue
        best: tuple[float, Source] | None = None
        for src in pool:
            if not prose(src) or not any(n.lower() in src.text.lower() for n in now):
                continue
            ranked = matcher.matches(src.text, ALL)
            top = ranked[0] if ranked else None
            if (
                top
                and top.statement.id == stmt.id
                and top.score >= STALE_REPLACEMENT
                and (not best or top.score > best[0])
            ):
                best = (top.score, src)
        if best is not None:
            decisions.fates[stmt.id] = Fate("modify", "Brought up to date from the review evidence.", (best[1],))
            decisions.use(best[1])


def restates(cand: Candidate, matcher: Matcher) -> bool:
    """A new item that says what a current statement of its section already says; for provision,
    a report of how a current item is going ("the visual timetable is used every day") too."""
    if CHANGED_RE.search(cand.text) or signal(cand.text) in ("stop", "reduce", "increase"):
        return False
    provision = cand.section in PROVISION_SECTIONS
    top = matcher.best(cand.text, PROVISION_SECTIONS if provision else [cand.section], SAME_ITEM)
    if top is not None:
        return True
    about = matcher.best(cand.text, PROVISION_SECTIONS, REPORTED_ITEM) if provision else None
    return about is not None and (
        DELIVERED_RE.search(cand.text) is not None or REPORTED_RE.search(cand.text) is not None
    )
