"""Annual-review cases: the current plan, the review evidence and the proposal a careful caseworker makes.

A review spec is a case spec (spec.py) whose documents include the current plan (folder = "plan"), plus
[review], [[current]], [[changes]], [[outcomes]], [[reductions]], [deadlines] and a top-level
section_i_empty (fixture_specs/README.md). expected.json takes the shape of the evaluation's review gold.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fixturegen.checks import FLAG_CODES, KINDS, SECTIONS, STALE_DAYS, SpecError, check_year_group, date_written
from fixturegen.spec import AREAS, DEFAULT_SECTIONS, CaseSpec, DocumentSpec, load_case

REVIEW_TYPES = ("annual", "phase_transfer", "early", "under_five")
# the LA layouts a current plan comes in, and the formats each may be delivered as
PLAN_LAYOUTS = {"headings": ("docx", "pdf"), "tables": ("docx", "pdf"), "text_pdf": ("pdf",), "scan": ("scan",)}
ADVICE_TYPES = (
    "parent_views",
    "child_views",
    "educational",
    "psychological",
    "medical",
    "speech_and_language",
    "occupational_therapy",
    "physiotherapy",
    "social_care",
    "hearing_impairment_teacher",
    "vision_impairment_teacher",
    "preparing_for_adulthood",
    "personal_details",
    "existing_plan",
    "annual_review",
    "other",
)
CURRENT_KINDS = (*KINDS, "other")
KIND_SECTIONS = {**DEFAULT_SECTIONS, "other": list(SECTIONS)}
PROVISION_KINDS = ("provision", "health_provision", "social_care_provision")
CHANGE_TYPES = ("add", "modify", "remove")
STATUSES = ("achieved", "progressing", "not_yet", "no_evidence")
STATEMENT_FIELDS = ("frequency", "duration", "group_size", "delivered_by", "timeframe")
DEADLINE_KEYS = ("report", "decision_and_notice", "final_plan", "phase_transfer")
LA_DEADLINES = DEADLINE_KEYS[1:]
REVIEW_CODES = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED", "OUTCOME_ROLLED_OVER", "STALE_CONTENT", "REVIEW_DEADLINE")
ALL_CODES = tuple(dict.fromkeys((*FLAG_CODES, "ADVICE_NOT_DRAFTED", "OUTCOME_EXPIRES", *REVIEW_CODES)))
# a correct proposal never raises these, so the annotations cannot list them: their absence is not a claim
EXHAUSTIVE_CODES = [code for code in ALL_CODES if code not in ("SECTION_MISSING", "UNSUPPORTED_STATEMENT")]
CURRENT_ID = re.compile(r"^cur-([A-Z][12]?)-\d+$")
CURRENT_STATEMENTS = (20, 45)


@dataclass
class ReviewSpec(CaseSpec):
    review: dict[str, Any] = field(default_factory=dict)
    plan_layout: str = ""
    current: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    reductions: list[dict[str, Any]] = field(default_factory=list)
    deadlines: dict[str, str | None] = field(default_factory=dict)
    section_i_empty: bool = False

    @property
    def plan(self) -> DocumentSpec:
        return next(d for d in self.documents if d.folder == "plan")

    def carry(self) -> list[str]:
        """Current statements a correct proposal keeps unchanged: every one not modified or removed."""
        changed = {c["previous_id"] for c in self.changes}
        return [s["id"] for s in self.current if s["id"] not in changed]

    def expected(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "child": {
                "name": self.case["child_name"],
                "date_of_birth": self.case["date_of_birth"],
                "year_group": self.case["year_group"],
            },
            "review": self.review,
            "plan_document": self.plan.file,
            "plan_layout": self.plan_layout,
            "current_plan": self.current,
            "carry": self.carry(),
            "changes": self.changes,
            "outcomes": self.outcomes,
            "reductions": self.reductions,
            "deadlines": self.deadlines,
            "section_i_empty": self.section_i_empty,
            "expected_flags": [_gold_flag(f) for f in self.flags if not f.get("tolerated")],
            "tolerated_flags": [_gold_flag(f) for f in self.flags if f.get("tolerated")],
            "exhaustive_flag_codes": EXHAUSTIVE_CODES,
            "forbidden_in_draft": self.forbidden,
            "notes": self.notes,
        }

    def files(self) -> dict[str, Any]:
        return {"case.json": self.case, "review.json": self.review, "expected.json": self.expected()}

    def anchors(self) -> list[tuple[str, str, str]]:
        found = [(s["id"], s["document"], s["anchor"]) for s in self.current]
        for entry in [*self.changes, *self.outcomes, *self.reductions, *self.flags]:
            if entry.get("document") and entry.get("anchor"):
                label = entry.get("id") or f"{entry.get('code', 'outcome/reduction')} {entry.get('previous_id')}"
                found.append((label, entry["document"], entry["anchor"]))
        found += [(f"reduction {r['previous_id']}", self.plan.file, r["plan_anchor"]) for r in self.reductions]
        return found


def _gold_flag(flag: dict[str, Any]) -> dict[str, Any]:
    gold = {
        "code": flag["code"],
        "previous_id": flag.get("previous_id"),
        "document": flag["document"],
        "anchor": flag["anchor"],
        "detail": flag.get("detail"),  # words the flag's message must hold, "|" between alternatives
    }
    if "advice_type" in flag:
        gold["advice_type"] = flag["advice_type"]
    return gold


def _iso(value: Any) -> str | None:
    """A TOML date or an ISO string as an ISO string; None stays None."""
    return None if value is None else date.fromisoformat(str(value)).isoformat()


def statutory_deadlines(review: dict[str, Any]) -> dict[str, str | None]:
    """Regs 18, 20(10) and 22(3): report 2 weeks, decision and notice 4 weeks, final plan 12 weeks after the
    meeting; a phase transfer (the review in the last year of a phase) by 15 February, or 31 March for a move
    from secondary school to post-16, of the calendar year of transfer."""
    meeting = date.fromisoformat(review["meeting_date"])
    phase = None
    if review.get("next_phase"):
        transfer_year = (meeting.year if meeting.month >= 9 else meeting.year - 1) + 1
        phase = date(transfer_year, 3, 31) if review["next_phase"] == "post16" else date(transfer_year, 2, 15)
    return {
        "report": (meeting + timedelta(days=14)).isoformat(),
        "decision_and_notice": (meeting + timedelta(days=28)).isoformat(),
        "final_plan": (meeting + timedelta(days=84)).isoformat(),
        "phase_transfer": phase.isoformat() if phase else None,
    }


# --------------------------------------------------------------------------- loading
def load_review(path: Path, blocks_dir: Path) -> ReviewSpec:
    base = load_case(path, blocks_dir)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    spec = ReviewSpec(**{f.name: getattr(base, f.name) for f in fields(CaseSpec)})
    review = raw["review"]
    spec.review = {
        "meeting_date": _iso(review["meeting_date"]),
        "review_type": review["review_type"],
        "next_phase": review.get("next_phase"),
        "plan_issued": _iso(review.get("plan_issued")),
        "today": _iso(review["today"]),
    }
    plans = [entry for entry in raw["documents"] if entry.get("folder") == "plan"]
    spec.plan_layout = plans[0].get("layout", "") if plans else ""
    plan_file = plans[0]["file"] if plans else ""
    spec.current = [_current(entry, plan_file) for entry in raw.get("current", [])]
    current = {s["id"]: s for s in spec.current}
    spec.changes = [_change(spec, current, entry) for entry in raw.get("changes", [])]
    replaced = {c["replaced_by"]: c["previous_id"] for c in spec.changes if c["replaced_by"]}
    for change in spec.changes:
        change["replaces"] = replaced.get(change["id"])
    today = date.fromisoformat(spec.review["today"])
    spec.outcomes = [_outcome(spec, current, entry, today) for entry in raw.get("outcomes", [])]
    spec.reductions = [_reduction(spec, current, entry) for entry in raw.get("reductions", [])]
    deadlines = raw.get("deadlines", {})
    unknown = set(deadlines) - set(DEADLINE_KEYS)
    if unknown:
        raise ValueError(f"{path.name}: unknown [deadlines] keys {sorted(unknown)} (section_i_empty is top-level)")
    spec.deadlines = {key: _iso(deadlines.get(key)) for key in DEADLINE_KEYS}
    spec.section_i_empty = bool(raw.get("section_i_empty", False))
    return spec


def _current(entry: dict[str, Any], plan_file: str) -> dict[str, Any]:
    return {
        "id": entry["id"],
        "section": entry["section"],
        "kind": entry["kind"],
        "area": entry.get("area"),
        "document": plan_file,
        "anchor": entry["text"],
        **{name: entry.get(name) for name in STATEMENT_FIELDS},
        "ends": _iso(entry.get("ends")),
    }


def _change(spec: ReviewSpec, current: dict[str, dict[str, Any]], entry: dict[str, Any]) -> dict[str, Any]:
    previous = current.get(entry.get("previous_id", ""), {})
    kind: str = entry.get("kind", previous.get("kind", ""))
    if "sections" in entry:
        sections = entry["sections"]
    else:
        sections = [previous["section"]] if previous else list(DEFAULT_SECTIONS.get(kind, []))
    return {
        "id": entry["id"],
        "type": entry["type"],
        "previous_id": entry.get("previous_id"),
        "kind": kind,
        "sections": sections,
        "area": entry.get("area", previous.get("area")),
        "document": spec.document(entry["doc"]).file if entry.get("doc") else None,
        "anchor": entry.get("anchor"),
        "keywords": entry.get("keywords", []),
        **{name: entry.get(name) for name in STATEMENT_FIELDS},
        "reduces": entry.get("reduces", False),
        "stale": entry.get("stale", False),
        "replaced_by": entry.get("replaced_by"),
        "replaces": None,
    }


def _outcome(
    spec: ReviewSpec, current: dict[str, dict[str, Any]], entry: dict[str, Any], today: date
) -> dict[str, Any]:
    ends = _iso(entry["ends"]) if "ends" in entry else current.get(entry["previous_id"], {}).get("ends")
    return {
        "previous_id": entry["previous_id"],
        "status": entry["status"],
        "document": spec.document(entry["doc"]).file if entry.get("doc") else None,
        "anchor": entry.get("anchor"),
        "ends": ends,
        "past": entry.get("past", ends is not None and date.fromisoformat(ends) < today),
    }


def _reduction(spec: ReviewSpec, current: dict[str, dict[str, Any]], entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "previous_id": entry["previous_id"],
        "evidenced": entry["evidenced"],
        "document": spec.document(entry["doc"]).file if entry.get("doc") else None,
        "anchor": entry.get("anchor"),
        "plan_anchor": entry.get("plan_anchor", current.get(entry["previous_id"], {}).get("anchor")),
    }


# --------------------------------------------------------------------------- checks
def check_review(spec: ReviewSpec, min_docs: int = 5, max_docs: int = 8) -> None:
    """Loud checks: every quote is in its document, every id exists, the dates and flags agree."""
    problems = _check_review_details(spec)
    problems += _check_documents(spec, min_docs, max_docs)
    if not problems:  # the rest reads the plan and the dates checked above
        problems += _check_current(spec)
        problems += _check_changes(spec)
        problems += _check_outcomes(spec)
        problems += _check_reductions(spec)
        problems += _check_flags(spec)
    if problems:
        raise SpecError(f"{spec.source}:\n  " + "\n  ".join(problems))


def _check_review_details(spec: ReviewSpec) -> list[str]:
    review = spec.review
    problems = check_year_group(spec.case, date.fromisoformat(review["meeting_date"]))
    if review["review_type"] not in REVIEW_TYPES:
        problems.append(f"unknown review_type {review['review_type']!r}")
    if (review["review_type"] == "phase_transfer") != bool(review["next_phase"]):
        problems.append("a phase-transfer review, and only one, names next_phase")
    if review["today"] < review["meeting_date"]:
        problems.append("today is before the meeting")
    wanted = statutory_deadlines(review)
    for key in DEADLINE_KEYS:
        if spec.deadlines[key] != wanted[key]:
            problems.append(f"deadline {key} is {spec.deadlines[key]}, the regulations give {wanted[key]}")
    if spec.section_i_empty != (review["review_type"] == "phase_transfer"):
        problems.append("section_i_empty must be true for a phase-transfer review and false otherwise")
    if spec.items:
        problems.append("a review case annotates [[changes]], not [[items]]")
    return problems


def _check_documents(spec: ReviewSpec, min_docs: int, max_docs: int) -> list[str]:
    problems: list[str] = []
    if not min_docs <= len(spec.documents) <= max_docs:
        problems.append(f"{len(spec.documents)} documents (the plan included); expected {min_docs}-{max_docs}")
    files = [d.file for d in spec.documents]
    if len(set(files)) != len(files):
        problems.append("two documents share a file name")
    plans = [d for d in spec.documents if d.folder == "plan"]
    if len(plans) != 1:
        return [*problems, f"{len(plans)} documents have folder = 'plan'; a review case has exactly one"]
    plan = plans[0]
    if plan.advice_type != "existing_plan":
        problems.append(f"{plan.file}: the current plan's advice_type must be existing_plan")
    if spec.review["plan_issued"] and plan.date.isoformat() != spec.review["plan_issued"]:
        problems.append(f"{plan.file}: dated {plan.date}, but plan_issued is {spec.review['plan_issued']}")
    if plan.format not in PLAN_LAYOUTS.get(spec.plan_layout, ()):
        problems.append(f"{plan.file}: layout {spec.plan_layout!r} with format {plan.format!r}; see PLAN_LAYOUTS")
    if spec.plan_layout == "tables" and not any(block.kind == "table" for block in plan.blocks):
        problems.append(f"{plan.file}: a 'tables' layout with no table")
    evidence = [d for d in spec.documents if d is not plan]
    if not any(d.advice_type == "annual_review" for d in evidence):
        problems.append("no review evidence with advice_type annual_review (the school's review report)")
    meeting = date.fromisoformat(spec.review["meeting_date"])
    today = date.fromisoformat(spec.review["today"])
    for document in spec.documents:
        if not date_written(document):
            problems.append(f"{document.file}: its date {document.date} is not written in its text")
        if document.advice_type not in ADVICE_TYPES:
            problems.append(f"{document.file}: unknown advice_type {document.advice_type!r}")
    for document in evidence:
        if document.folder != "documents" or document.advice_type == "existing_plan":
            problems.append(f"{document.file}: review evidence goes in documents/ and is not an existing plan")
        if document.date > today:
            problems.append(f"{document.file}: dated {document.date}, after today ({today})")
    stale = {d.file for d in evidence if (meeting - d.date).days > STALE_DAYS}
    flagged = {f["document"] for f in spec.flags if f["code"] == "ADVICE_OUT_OF_DATE"}
    if stale != flagged:
        problems.append(f"stale evidence {sorted(stale)} but ADVICE_OUT_OF_DATE flags on {sorted(flagged)}")
    texts = [d.text for d in spec.documents]
    for forbidden in spec.forbidden:
        if not any(forbidden in text for text in texts):
            problems.append(f"forbidden string {forbidden!r} occurs in no document")
    return problems


def _check_fields(where: str, entry: dict[str, Any], quoted: str) -> list[str]:
    return [
        f"{where}: {name} {entry[name]!r} is not in {quoted!r}"
        for name in STATEMENT_FIELDS
        if entry.get(name) is not None and entry[name] not in quoted
    ]


def _check_area(where: str, kind: str | None, area: str | None) -> list[str]:
    if area is not None and area not in AREAS:
        return [f"{where}: unknown area {area}"]
    if kind == "need" and area is None:
        return [f"{where}: a need must name its area"]
    return []


def _check_current(spec: ReviewSpec) -> list[str]:
    problems: list[str] = []
    ids = [s["id"] for s in spec.current]
    if len(set(ids)) != len(ids):
        problems.append("duplicate current statement ids")
    low, high = CURRENT_STATEMENTS
    if not low <= len(ids) <= high:
        problems.append(f"{len(ids)} current statements; a realistic plan has {low}-{high}")
    plan_text = spec.plan.text
    for s in spec.current:
        where = f"current {s['id']}"
        match = CURRENT_ID.match(s["id"])
        if not match or match.group(1) != s["section"] or s["section"] not in SECTIONS:
            problems.append(f"{where}: the id must be cur-<section>-<number> of its section {s['section']!r}")
        if s["kind"] not in CURRENT_KINDS:
            problems.append(f"{where}: unknown kind {s['kind']}")
        elif s["section"] not in KIND_SECTIONS[s["kind"]]:
            problems.append(f"{where}: a {s['kind']} does not belong in section {s['section']}")
        problems += _check_area(where, s["kind"], s["area"])
        if s["anchor"] not in plan_text:
            problems.append(f"{where}: text not in {spec.plan.file}: {s['anchor']!r}")
        problems += _check_fields(where, s, s["anchor"])
        if s["ends"] is not None and s["kind"] != "outcome":
            problems.append(f"{where}: only outcomes have an end date")
    return problems


def _check_changes(spec: ReviewSpec) -> list[str]:
    problems: list[str] = []
    current = {s["id"]: s for s in spec.current}
    ids = [c["id"] for c in spec.changes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate change ids")
    previous = [c["previous_id"] for c in spec.changes if c["previous_id"]]
    if len(set(previous)) != len(previous):
        problems.append("a current statement is changed twice")
    by_file = {d.file: d for d in spec.documents}
    adds = {c["id"] for c in spec.changes if c["type"] == "add"}
    reduced = {r["previous_id"] for r in spec.reductions}
    stale_flags = {f.get("previous_id") for f in spec.flags if f["code"] == "STALE_CONTENT"}
    for c in spec.changes:
        where = f"change {c['id']}"
        if c["type"] not in CHANGE_TYPES:
            problems.append(f"{where}: unknown type {c['type']}")
        elif c["type"] == "add":
            if c["previous_id"] or not c["id"].startswith("add:"):
                problems.append(f"{where}: an addition's id starts add: and it has no previous_id")
        elif c["id"] != f"{c['type']}:{c['previous_id']}" or c["previous_id"] not in current:
            problems.append(f"{where}: needs the previous_id of a current statement and the id {c['type']}:<it>")
        if c["kind"] not in CURRENT_KINDS:
            problems.append(f"{where}: unknown kind {c['kind']}")
        if not c["sections"] or not set(c["sections"]) <= set(SECTIONS):
            problems.append(f"{where}: sections {c['sections']} are not plan sections")
        problems += _check_area(where, c["kind"], c["area"])
        document = by_file.get(c["document"] or "")
        if document is None or document.folder == "plan" or not c["anchor"]:
            problems.append(f"{where}: needs doc (a review evidence document) and anchor")
        elif c["anchor"] not in document.text:
            problems.append(f"{where}: anchor not in {document.file}: {c['anchor']!r}")
        if c["type"] == "remove" and c["keywords"]:
            problems.append(f"{where}: a removal has no keywords")
        if c["type"] != "remove":
            if not 2 <= len(c["keywords"]) <= 4:
                problems.append(f"{where}: needs 2-4 keywords")
            for keyword in c["keywords"]:
                if keyword != keyword.lower() or keyword not in (c["anchor"] or "").lower():
                    problems.append(f"{where}: keyword {keyword!r} is not a lower-case part of the anchor")
        problems += _check_fields(where, c, c["anchor"] or "")
        if c["replaced_by"] and (c["type"] != "remove" or c["replaced_by"] not in adds):
            problems.append(f"{where}: replaced_by belongs on a removal and names an addition")
        if c["reduces"] and c["previous_id"] not in reduced:
            problems.append(f"{where}: reduces provision but has no [[reductions]] entry")
        if c["stale"] and c["previous_id"] not in stale_flags:
            problems.append(f"{where}: stale but no STALE_CONTENT flag on {c['previous_id']}")
        if spec.section_i_empty and c["type"] != "remove" and "I" in c["sections"]:
            problems.append(f"{where}: section I stays empty in a phase-transfer proposal")
    if spec.section_i_empty:
        kept = [s for s in spec.carry() if current[s]["section"] == "I"]
        if kept:
            problems.append(f"section I stays empty, so {kept} must be removed")
    return problems


def _check_outcomes(spec: ReviewSpec) -> list[str]:
    problems: list[str] = []
    current = {s["id"]: s for s in spec.current}
    wanted = sorted(s["id"] for s in spec.current if s["kind"] == "outcome")
    reviewed = sorted(o["previous_id"] for o in spec.outcomes)
    if reviewed != wanted:
        problems.append(f"[[outcomes]] must review each current outcome once: {reviewed} vs {wanted}")
    by_file = {d.file: d for d in spec.documents}
    today = date.fromisoformat(spec.review["today"])
    for o in spec.outcomes:
        where = f"outcome {o['previous_id']}"
        if o["status"] not in STATUSES:
            problems.append(f"{where}: unknown status {o['status']}")
        document = by_file.get(o["document"] or "")
        if o["status"] == "no_evidence":
            if document or o["anchor"]:
                problems.append(f"{where}: no_evidence has no doc or anchor")
        elif document is None or not o["anchor"] or o["anchor"] not in document.text:
            problems.append(f"{where}: needs doc and an anchor in it")
        if o["previous_id"] in current and o["ends"] != current[o["previous_id"]]["ends"]:
            problems.append(f"{where}: ends {o['ends']}, the current outcome {current[o['previous_id']]['ends']}")
        if o["past"] != (o["ends"] is not None and date.fromisoformat(o["ends"]) < today):
            problems.append(f"{where}: past is {o['past']} but it ends {o['ends']} and today is {today}")
    return problems


def _check_reductions(spec: ReviewSpec) -> list[str]:
    problems: list[str] = []
    current = {s["id"]: s for s in spec.current}
    by_file = {d.file: d for d in spec.documents}
    for r in spec.reductions:
        where = f"reduction {r['previous_id']}"
        if current.get(r["previous_id"], {}).get("kind") not in PROVISION_KINDS:
            problems.append(f"{where}: previous_id must be a current provision statement")
        if not isinstance(r["evidenced"], bool):
            problems.append(f"{where}: evidenced is true or false")
        document = by_file.get(r["document"] or "")
        if r["anchor"] and (document is None or r["anchor"] not in document.text):
            problems.append(f"{where}: anchor not in its document")
        if not r["plan_anchor"] or r["plan_anchor"] not in spec.plan.text:
            problems.append(f"{where}: plan_anchor not in {spec.plan.file}")
    reduced = sorted(r["previous_id"] for r in spec.reductions)
    flagged = sorted(f.get("previous_id") or "?" for f in _expected(spec, "PROVISION_REDUCED"))
    if reduced != flagged:
        problems.append(f"reductions {reduced} but PROVISION_REDUCED flags on {flagged} (give each its previous_id)")
    return problems


def _expected(spec: ReviewSpec, code: str, tolerated: bool = False) -> list[dict[str, Any]]:
    return [f for f in spec.flags if f["code"] == code and (tolerated or not f.get("tolerated"))]


def _check_flags(spec: ReviewSpec) -> list[str]:
    problems: list[str] = []
    current = {s["id"]: s for s in spec.current}
    by_file = {d.file: d for d in spec.documents}
    for f in spec.flags:
        where = f"flag {f['code']}"
        if f["code"] not in ALL_CODES:
            problems.append(f"unknown flag code {f['code']}")
        if f["anchor"] is not None and (f["document"] not in by_file or f["anchor"] not in by_file[f["document"]].text):
            problems.append(f"{where}: anchor not in {f['document']}: {f['anchor']!r}")
        if f.get("previous_id") and f["previous_id"] not in current:
            problems.append(f"{where}: no current statement {f['previous_id']}")
    today = date.fromisoformat(spec.review["today"])
    # the LA's own deadlines (the school's report deadline is not one REVIEW_DEADLINE watches)
    missed = [k for k in LA_DEADLINES if spec.deadlines[k] and date.fromisoformat(spec.deadlines[k] or "") < today]
    if missed and not _expected(spec, "REVIEW_DEADLINE"):
        problems.append(f"deadlines {missed} have passed by today: a REVIEW_DEADLINE flag is expected")
    if not missed and _expected(spec, "REVIEW_DEADLINE"):
        problems.append("REVIEW_DEADLINE is expected but no deadline has passed by today (tolerate it instead?)")
    carried = set(spec.carry())
    outcomes = {o["previous_id"]: o for o in spec.outcomes}
    stale = {
        o["previous_id"]
        for o in spec.outcomes
        if o["previous_id"] in carried and (o["status"] in ("achieved", "no_evidence") or o["past"])
    }
    rolled = {f.get("previous_id") for f in _expected(spec, "OUTCOME_ROLLED_OVER", tolerated=True)}
    if not stale <= rolled:
        problems.append(
            f"outcomes {sorted(stale - rolled)} are kept although achieved, past or unevidenced: "
            "OUTCOME_ROLLED_OVER expected"
        )
    wrongly = {str(f.get("previous_id")) for f in _expected(spec, "OUTCOME_ROLLED_OVER")} - carried
    if wrongly:
        problems.append(f"OUTCOME_ROLLED_OVER expected on {sorted(wrongly)}, which the proposal does not keep")
    final = spec.deadlines["final_plan"] or ""
    expiring = {i for i in carried & set(outcomes) if outcomes[i]["ends"] and outcomes[i]["ends"] < final}
    expires = {f.get("previous_id") for f in _expected(spec, "OUTCOME_EXPIRES", tolerated=True)}
    if not expiring <= expires:
        problems.append(f"kept outcomes {sorted(expiring - expires)} end before the final plan: OUTCOME_EXPIRES")
    return problems
