"""`make eval`: draft the project's own fictional cases and measure the drafts against their
expected items (tests/fixtures/cases/*/expected.json).

Prints, per case and in total: item recall (an expected item is found when a statement in an
acceptable section cites the passage it comes from and carries at least half its keywords),
section accuracy (of items found anywhere, the share in an acceptable section), citation
validity (every quote is text of the cited document), invented numbers (numbers in a statement
or its fields that its quotes do not contain), flag recall, forbidden strings, seconds per case.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from appliance.drafting.grounding import numbers


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return re.findall(r"[a-z0-9£%]+", text)


def joined(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def overlaps(quote: str, anchor: str) -> bool:
    q, a = joined(quote), joined(anchor)
    if a in q or (len(q.split()) >= 5 and q in a):
        return True
    qs, as_ = set(words(quote)), set(words(anchor))
    return bool(qs and as_) and len(qs & as_) / len(as_) >= 0.9


@dataclass
class CaseResult:
    case: str
    items: int = 0
    found: int = 0
    found_anywhere: int = 0
    content_statements: int = 0  # statements outside I, J and K
    useful: int = 0  # of those, the ones that carry an expected item in an acceptable section
    statements: int = 0
    valid_citations: int = 0
    invented: list[str] = field(default_factory=list)
    flags_expected: int = 0
    flags_found: int = 0
    forbidden: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _statements(draft: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(sec, s) for sec, items in draft["sections"].items() for s in items]


def _item_hits(item: dict[str, Any], draft: dict[str, Any], docs: dict[str, str], used: set[str]) -> tuple[bool, bool]:
    need = math.ceil(len(item["keywords"]) / 2)
    anywhere = right = False
    for sec, s in _statements(draft):
        if not any(
            docs.get(c["document_id"]) == item["document"] and overlaps(c["quote"], item["anchor"])
            for c in s["citations"]
        ):
            continue
        text = joined(" ".join(str(s.get(k) or "") for k in ("text", "frequency", "duration", "delivered_by")))
        if sum(joined(k) in text for k in item["keywords"]) >= need:
            anywhere = True
            if sec in item["sections"]:
                right = True
                used.add(s["id"])
    return anywhere, right


def score(case_dir: Path, draft: dict[str, Any], seconds: float) -> CaseResult:
    expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    texts = {p.name[: -len(".txt")]: joined(p.read_text(encoding="utf-8")) for p in (case_dir / "text").glob("*.txt")}
    docs = {d["id"]: d["filename"] for d in draft["documents"]}
    result = CaseResult(case_dir.name, items=len(expected["items"]), seconds=seconds)
    used: set[str] = set()
    for item in expected["items"]:
        anywhere, right = _item_hits(item, draft, docs, used)
        result.found_anywhere += anywhere
        result.found += right
        if not right:
            result.missed.append(item["id"] + (" (wrong section)" if anywhere else ""))
    content = [s["id"] for sec, s in _statements(draft) if sec not in ("I", "J", "K")]
    result.content_statements, result.useful = len(content), len(used & set(content))
    for _, s in _statements(draft):
        result.statements += 1
        quotes = " ".join(c["quote"] for c in s["citations"])
        result.valid_citations += bool(s["citations"]) and all(
            joined(c["quote"]) in texts.get(docs.get(c["document_id"], ""), "") for c in s["citations"]
        )
        said = " ".join(str(s.get(k) or "") for k in ("text", "frequency", "duration", "group_size", "timeframe"))
        result.invented += [f"{s['id']}: {n}" for n in sorted(numbers(said) - numbers(quotes))]
        result.forbidden += [f"{s['id']}: {f}" for f in expected.get("forbidden", []) if f.lower() in s["text"].lower()]
    codes = [f["code"] for f in draft["flags"]]
    result.flags_expected = len(expected.get("flags", []))
    result.flags_found = sum(1 for f in expected.get("flags", []) if f["code"] in codes)
    return result


def draft_case(case_dir: Path) -> tuple[dict[str, Any], float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft.json"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "appliance", "draft", str(case_dir), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        return json.loads(out.read_text(encoding="utf-8")), time.perf_counter() - started


def ratio(n: float, d: float) -> str:
    return f"{n / d:.2f}" if d else "-"


def report(results: list[CaseResult]) -> str:
    head = (
        f"{'case':34} {'recall':>6} {'sect':>5} {'prec':>5} {'cit_ok':>6} {'inv#':>4} {'flags':>5} {'forb':>4} "
        f"{'secs':>6}"
    )
    lines = [head, "-" * len(head)]
    for r in [*results, _total(results)]:
        lines.append(
            f"{r.case[:34]:34} {ratio(r.found, r.items):>6} {ratio(r.found, r.found_anywhere):>5} "
            f"{ratio(r.useful, r.content_statements):>5} "
            f"{ratio(r.valid_citations, r.statements):>6} {len(r.invented):>4} "
            f"{ratio(r.flags_found, r.flags_expected):>5} {len(r.forbidden):>4} {r.seconds:6.1f}"
        )
    lines.append(f"median seconds per case: {statistics.median(r.seconds for r in results):.1f}")
    for r in results:
        for label, values in (("missed", r.missed), ("invented", r.invented), ("forbidden", r.forbidden)):
            if values:
                lines.append(f"  [{r.case}] {label}: {'; '.join(values)}")
    return "\n".join(lines)


def _total(results: list[CaseResult]) -> CaseResult:
    total = CaseResult("TOTAL")
    for r in results:
        for name in (
            "items",
            "found",
            "found_anywhere",
            "statements",
            "valid_citations",
            "flags_expected",
            "flags_found",
            "seconds",
            "content_statements",
            "useful",
        ):
            setattr(total, name, getattr(total, name) + getattr(r, name))
        total.invented += r.invented
        total.forbidden += r.forbidden
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=Path, help="a folder of case folders, each with expected.json")
    args = parser.parse_args(argv)
    results = []
    for case_dir in sorted(p for p in args.cases.iterdir() if (p / "expected.json").exists()):
        draft, seconds = draft_case(case_dir)
        results.append(score(case_dir, draft, seconds))
        print(f"{case_dir.name}: {seconds:.1f} s", file=sys.stderr)
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
