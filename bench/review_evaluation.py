"""`make eval`, the review section: propose the amendments of the project's own review cases
(tests/fixtures/review/*, written blind in several LA layouts) and measure each proposal against
its expected.json.

Per case and in total:
- changes: expected changes found (a modified, added or removed statement that cites the expected
  passage and carries half its keywords, against the right current statement); prec: proposed
  changes outside J and K that are expected;
- reductions: expected cuts of provision flagged PROVISION_REDUCED on the right item;
- outcomes: current outcomes given the expected status (achieved, progressing, not yet, no evidence);
- f_rec / f_prec: expected review flags raised (code and item), and raised flags of the codes the
  case lists exhaustively that are expected or tolerated;
- dates: statutory deadlines right (report, decision and notice, final plan, phase transfer).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bench.evaluation import joined, loosely_overlaps, overlaps, ratio

DEADLINES = ("report", "decision_and_notice", "final_plan", "phase_transfer")
NO_PRECISION = ("J", "K")


@dataclass
class ReviewResult:
    case: str
    changes: int = 0
    changes_found: int = 0
    proposed: int = 0
    proposed_right: int = 0
    reductions: int = 0
    reductions_found: int = 0
    outcomes: int = 0
    outcomes_right: int = 0
    flags: int = 0
    flags_found: int = 0
    flags_raised: int = 0
    flags_right: int = 0
    deadlines: int = 0
    deadlines_right: int = 0
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)


class _Proposal:
    """A proposal read against its case: its current-plan ids mapped to the expected ones."""

    def __init__(self, proposal: dict[str, Any], expected: dict[str, Any]) -> None:
        self.data = proposal
        self.docs = {d["id"]: d["filename"] for d in proposal["documents"]}
        self.statements = [(sec, s) for sec, items in proposal["sections"].items() for s in items]
        self.by_id = {s["id"]: s for _, s in self.statements}
        anchors = {c["id"]: (c["section"], c["anchor"]) for c in expected["current_plan"]}
        self.map = {}
        for sec, items in proposal["current_plan"]["sections"].items():
            for s in items:
                texts = [s["text"], *(c["quote"] for c in s["citations"])]
                found = [
                    cid for cid, (csec, a) in anchors.items() if csec == sec and any(overlaps(t, a) for t in texts)
                ]
                self.map[s["id"]] = found[0] if found else None

    def expected_id(self, previous_id: str | None) -> str | None:
        return self.map.get(previous_id or "")

    def cites(self, s: dict[str, Any], document: str, anchor: str) -> bool:
        return any(self.docs.get(c["document_id"]) == document and overlaps(c["quote"], anchor) for c in s["citations"])

    def target(self, flag: dict[str, Any]) -> str | None:
        sid = flag.get("statement_id")
        if sid in self.by_id:
            return self.expected_id(self.by_id[sid].get("previous_id"))
        return self.expected_id(sid)


def _carries(s: dict[str, Any], change: dict[str, Any]) -> bool:
    keys = change.get("keywords") or []
    said = joined(" ".join(str(s.get(k) or "") for k in ("text", "frequency", "duration", "delivered_by", "timeframe")))
    return sum(joined(k) in said for k in keys) >= math.ceil(len(keys) / 2)


def _matches(p: _Proposal, change: dict[str, Any], sec: str | None, s: dict[str, Any] | None) -> bool:
    if change["type"] == "remove":
        return (
            s is not None
            and bool(change.get("replaced_by"))
            and s.get("change") == "modified"
            and (p.expected_id(s.get("previous_id")) == change["previous_id"])
        )
    if s is None or not p.cites(s, change["document"], change["anchor"]) or not _carries(s, change):
        return False
    if change["type"] == "modify":
        return s.get("change") == "modified" and p.expected_id(s.get("previous_id")) == change["previous_id"]
    if s.get("change") == "added":
        return sec in change["sections"]
    return bool(change.get("replaces")) and p.expected_id(s.get("previous_id")) == change["replaces"]


def _removed(p: _Proposal, change: dict[str, Any]) -> bool:
    return change["type"] == "remove" and any(
        p.expected_id(r["previous_id"]) == change["previous_id"] for r in p.data["removed"]
    )


def _flag_matches(p: _Proposal, flag: dict[str, Any], e: dict[str, Any]) -> bool:
    if flag["code"] != e["code"]:
        return False
    target = p.target(flag)
    if e.get("previous_id") and target is not None:
        return bool(target == e["previous_id"])
    anchors = [a for a in [e.get("anchor"), *(e.get("alt_anchors") or [])] if a]
    texts = [flag.get("quote") or "", flag.get("message") or ""]
    return not anchors or any(t and loosely_overlaps(t, a) for t in texts for a in anchors)


def score(case_dir: Path, proposal: dict[str, Any], seconds: float) -> ReviewResult:
    expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    p = _Proposal(proposal, expected)
    r = ReviewResult(case_dir.name, seconds=seconds)
    changes = expected["changes"]
    for ch in changes:
        r.changes += 1
        found = _removed(p, ch) or any(_matches(p, ch, sec, s) for sec, s in p.statements)
        r.changes_found += found
        if not found:
            r.missed.append(ch["id"])
    for sec, s in p.statements:
        if s.get("change") in ("added", "modified") and sec not in NO_PRECISION:
            r.proposed += 1
            r.proposed_right += any(_matches(p, ch, sec, s) for ch in changes if ch["type"] != "remove")
    for rem in p.data["removed"]:
        if rem["section"] not in NO_PRECISION:
            r.proposed += 1
            r.proposed_right += any(_removed(p, ch) and ch["previous_id"] == p.expected_id(rem["previous_id"])
                                    for ch in changes)  # fmt: skip
    raised = proposal["flags"]
    for red in expected.get("reductions", []):
        r.reductions += 1
        r.reductions_found += any(
            f["code"] == "PROVISION_REDUCED" and p.target(f) == red["previous_id"] for f in raised
        )
    reviews = {p.expected_id(o["previous_id"]): o["status"] for o in proposal["outcome_review"]}
    for o in expected.get("outcomes", []):
        r.outcomes += 1
        got = reviews.get(o["previous_id"])
        r.outcomes_right += got == o["status"]
        if got != o["status"]:
            r.wrong.append(f"{o['previous_id']}: {got} (expected {o['status']})")
    _flags(r, p, expected, raised)
    due = proposal["review"]["deadlines"]
    for key in DEADLINES:
        r.deadlines += 1
        r.deadlines_right += (due.get(key) or None) == expected["deadlines"].get(key)
    return r


def _flags(r: ReviewResult, p: _Proposal, expected: dict[str, Any], raised: list[dict[str, Any]]) -> None:
    wanted, tolerated = expected.get("expected_flags", []), expected.get("tolerated_flags", [])
    for e in wanted:
        r.flags += 1
        r.flags_found += any(_flag_matches(p, f, e) for f in raised)
    exhaustive = set(expected.get("exhaustive_flag_codes", []))
    for f in raised:
        if f["code"] not in exhaustive:
            continue
        if any(_flag_matches(p, f, e) for e in wanted):
            r.flags_raised += 1
            r.flags_right += 1
        elif not any(_flag_matches(p, f, t) for t in tolerated):
            r.flags_raised += 1
            r.false_flags.append(f"{f['code']}: {(f.get('quote') or f['message'])[:60]}")


def propose_case(case_dir: Path, llm: Any) -> tuple[dict[str, Any], float]:
    from appliance.cases.review_folder import review_folder
    from appliance.config import Settings

    started = time.perf_counter()
    result = review_folder(case_dir, Settings(), llm)
    return result.proposal.to_json(), time.perf_counter() - started


def is_review_group(group: Path) -> bool:
    return any((p / "review.json").exists() for p in group.iterdir() if p.is_dir())


def evaluate(group: Path, llm: Any = None) -> list[ReviewResult]:
    cases = sorted(p for p in group.iterdir() if (p / "expected.json").exists() and (p / "review.json").exists())
    return [score(c, *propose_case(c, llm)) for c in cases]


def total(results: list[ReviewResult]) -> ReviewResult:
    out = ReviewResult("TOTAL")
    for r in results:
        for f in fields(ReviewResult):
            if f.name != "case":
                setattr(out, f.name, getattr(out, f.name) + getattr(r, f.name))
    return out


def summary(r: ReviewResult) -> dict[str, float | None]:
    return {
        "change_recall": ratio(r.changes_found, r.changes),
        "change_precision": ratio(r.proposed_right, r.proposed),
        "reductions_found": ratio(r.reductions_found, r.reductions),
        "outcome_status": ratio(r.outcomes_right, r.outcomes),
        "flag_recall": ratio(r.flags_found, r.flags),
        "flag_precision": ratio(r.flags_right, r.flags_raised),
        "deadlines": ratio(r.deadlines_right, r.deadlines),
    }


COLUMNS = ("changes", "prec", "reduct", "outcomes", "f_rec", "f_prec", "dates", "secs")


def table(title: str, results: list[ReviewResult], verbose: bool = False) -> str:
    head = f"{title[:36]:36} " + " ".join(f"{c:>8}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    for r in [*results, total(results)]:
        s = summary(r)
        cells = [
            f"{r.changes_found}/{r.changes}",
            _pct(s["change_precision"]),
            f"{r.reductions_found}/{r.reductions}",
            f"{r.outcomes_right}/{r.outcomes}",
            _pct(s["flag_recall"]),
            _pct(s["flag_precision"]),
            f"{r.deadlines_right}/{r.deadlines}",
            f"{r.seconds:.1f}",
        ]
        lines.append(f"{r.case[:36]:36} " + " ".join(f"{c:>8}" for c in cells))
    for r in results if verbose else []:
        for label in ("missed", "wrong", "false_flags"):
            if getattr(r, label):
                lines.append(f"  [{r.case}] {label.replace('_', ' ')}: {'; '.join(getattr(r, label))}")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
