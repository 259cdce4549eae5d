"""`make eval`: draft the project's own fictional cases and measure the drafts against their
expected items and flags (tests/fixtures/{cases,...,cases68,heldout,...,heldout67}/*/expected.json).

    python -m bench.evaluation tests/fixtures/cases tests/fixtures/cases2 tests/fixtures/cases3 tests/fixtures/cases4 \
        tests/fixtures/cases5 tests/fixtures/cases6 tests/fixtures/cases7 tests/fixtures/cases8 tests/fixtures/cases9 \
        tests/fixtures/cases10 tests/fixtures/cases11 tests/fixtures/cases12 tests/fixtures/cases13 \
        tests/fixtures/cases14 tests/fixtures/cases15 tests/fixtures/cases16 tests/fixtures/cases17 \
        tests/fixtures/cases18 tests/fixtures/cases19 tests/fixtures/cases20 tests/fixtures/cases21 \
        tests/fixtures/cases22 tests/fixtures/cases23 tests/fixtures/cases24 tests/fixtures/cases25 \
        tests/fixtures/cases26 tests/fixtures/cases27 tests/fixtures/cases28 tests/fixtures/cases29 \
        tests/fixtures/cases30 tests/fixtures/cases31 tests/fixtures/cases32 tests/fixtures/cases33 \
        tests/fixtures/cases34 tests/fixtures/cases35 tests/fixtures/cases36 tests/fixtures/cases37 \
        tests/fixtures/cases38 tests/fixtures/cases39 tests/fixtures/cases40 tests/fixtures/cases41 \
        tests/fixtures/cases42 tests/fixtures/cases43 tests/fixtures/cases44 tests/fixtures/cases45 \
        tests/fixtures/cases46 tests/fixtures/cases47 tests/fixtures/cases48 tests/fixtures/cases49 \
        tests/fixtures/cases50 tests/fixtures/cases51 tests/fixtures/cases52 tests/fixtures/cases53 \
        tests/fixtures/cases54 tests/fixtures/cases55 tests/fixtures/cases56 tests/fixtures/cases57 \
        tests/fixtures/cases58 tests/fixtures/cases59 tests/fixtures/cases60 tests/fixtures/cases61 \
        tests/fixtures/cases62 tests/fixtures/cases63 tests/fixtures/cases64 tests/fixtures/cases65 \
        tests/fixtures/cases66 tests/fixtures/cases67 tests/fixtures/cases68 tests/fixtures/heldout \
        tests/fixtures/heldout2 tests/fixtures/heldout3 tests/fixtures/heldout4 tests/fixtures/heldout5 \
        tests/fixtures/heldout6 tests/fixtures/heldout7 tests/fixtures/heldout8 tests/fixtures/heldout9 \
        tests/fixtures/heldout10 tests/fixtures/heldout11 tests/fixtures/heldout12 tests/fixtures/heldout13 \
        tests/fixtures/heldout14 tests/fixtures/heldout15 tests/fixtures/heldout16 tests/fixtures/heldout17 \
        tests/fixtures/heldout18 tests/fixtures/heldout19 tests/fixtures/heldout20 tests/fixtures/heldout21 \
        tests/fixtures/heldout22 tests/fixtures/heldout23 tests/fixtures/heldout24 tests/fixtures/heldout25 \
        tests/fixtures/heldout26 tests/fixtures/heldout27 tests/fixtures/heldout28 tests/fixtures/heldout29 \
        tests/fixtures/heldout30 tests/fixtures/heldout31 tests/fixtures/heldout32 tests/fixtures/heldout33 \
        tests/fixtures/heldout34 tests/fixtures/heldout35 tests/fixtures/heldout36 tests/fixtures/heldout37 \
        tests/fixtures/heldout38 tests/fixtures/heldout39 tests/fixtures/heldout40 tests/fixtures/heldout41 \
        tests/fixtures/heldout42 tests/fixtures/heldout43 tests/fixtures/heldout44 tests/fixtures/heldout45 \
        tests/fixtures/heldout46 tests/fixtures/heldout47 tests/fixtures/heldout48 tests/fixtures/heldout49 \
        tests/fixtures/heldout50 tests/fixtures/heldout51 tests/fixtures/heldout52 tests/fixtures/heldout53 \
        tests/fixtures/heldout54 tests/fixtures/heldout55 tests/fixtures/heldout56 tests/fixtures/heldout57 \
        tests/fixtures/heldout58 tests/fixtures/heldout59 tests/fixtures/heldout60 tests/fixtures/heldout61 \
        tests/fixtures/heldout62 tests/fixtures/heldout63 tests/fixtures/heldout64 tests/fixtures/heldout65 \
        tests/fixtures/heldout66 tests/fixtures/heldout67 \
        tests/fixtures/review [-j N] [--model] [-v]

`cases` to `cases68` are the cases the reading rules were tuned against; `heldout` to `heldout67` cases were
written blind and are never tuned against: each group is printed with its totals, and what a held-out case
missed is listed only with `--show-held-out`, so that nobody tunes against it by accident. A group of annual-review
cases (`review`, each with review.json) is scored by `bench.review_evaluation`. Drafting runs in-process
(no model unless `--model`: the embedded model then writes where its policy says).

Per case and in total:
- recall: expected items found, a statement in an acceptable section citing the item's passage
  and carrying at least half its keywords; sect: of items found anywhere, the share in an
  acceptable section; prec: content statements (not I, J, K) that carry an expected item;
- fields: expected frequencies and durations found in the matching statement's fields;
- cit_ok: statements whose every quote is text of the cited document; inv#: numbers in a
  statement or its fields that its quotes do not contain;
- f_rec: expected flags raised (same code, same document, quote or statement overlapping the
  anchor); f_prec: raised flags that are expected or tolerated;
- voice: statements in B-H2 still in report voice (first person, paragraph labels, hedges,
  letter talk, unfinished sentences); forb: forbidden strings drafted; secs.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from appliance.evidence.grounding import numbers

VOICE_SECTIONS = ("B", "C", "D", "E", "F", "G", "H1", "H2")
REPORT_VOICE = {
    "first person": re.compile(r"\b(I|I'm|I've|I'd|me|my|we|we've|our|us)\b"),
    "paragraph label": re.compile(
        r"^\s*(\[\s*\w{1,4}\s*\]|\(?\d{1,2}(\.\d{1,2}){0,2}[a-z]?\)|\d{1,2}(\.\d{1,2}){1,2}\b|\d{1,2}\.\s|"
        r"P\d{1,2}\b[.:]?|\(?[a-z]\)\s)"
    ),
    "hedge": re.compile(
        r"\b(would benefit|may benefit|should|could|might|it is recommended|i recommend|we recommend|"
        r"recommend(ed|s)? that|should consider|would be helpful|would help)\b",
        re.I,
    ),
    "letter talk": re.compile(
        r"\b(do not hesitate|yours sincerely|yours faithfully|kind regards|best wishes|please contact|"
        r"thank you for (your|the) (referral|letter)|dear (dr|mr|mrs|ms|miss))\b",
        re.I,
    ),
    "unfinished": re.compile(r"[A-Za-z0-9,;:\-]\s*$"),
}
ADVICE_WORDS = {
    "parent_views": "parent",
    "educational": "educational",
    "medical": "medical",
    "psychological": "psychological",
    "social_care": "social care",
    "preparing_for_adulthood": "adulthood",
}


# --------------------------------------------------------------------------- text matching
def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return re.findall(r"[a-z0-9£%]+", text)


def joined(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def overlaps(quote: str, anchor: str, share: float = 0.9) -> bool:
    """A quote covers an anchor: one contains the other, or the quote has most of its words."""
    q, a = joined(quote), joined(anchor)
    if a.strip() and (a in q or (len(q.split()) >= 5 and q in a)):
        return True
    qs, as_ = set(words(quote)), set(words(anchor))
    return bool(qs and as_) and len(qs & as_) / len(as_) >= share


def loosely_overlaps(text: str, anchor: str) -> bool:
    """Looser, for flags: containment either way or a third of the words in common."""
    t, a = set(words(text)), set(words(anchor))
    return overlaps(text, anchor) or (bool(t and a) and len(t & a) / len(t | a) >= 0.3)


def report_voice(text: str) -> list[str]:
    return [name for name, pattern in REPORT_VOICE.items() if pattern.search(text.strip())]


# --------------------------------------------------------------------------- scoring
@dataclass
class CaseResult:
    case: str
    items: int = 0
    found: int = 0
    found_anywhere: int = 0
    content_statements: int = 0  # statements outside I, J and K
    useful: int = 0  # of those, the ones that carry an expected item in an acceptable section
    fields_expected: int = 0
    fields_found: int = 0
    statements: int = 0
    valid_citations: int = 0
    flags_expected: int = 0
    flags_found: int = 0
    flags_raised: int = 0
    flags_right: int = 0
    voice_statements: int = 0
    voice_bad: int = 0
    seconds: float = 0.0
    invented: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    missed_flags: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)
    report_voice: list[str] = field(default_factory=list)


Statement = dict[str, Any]


def _statements(draft: dict[str, Any]) -> list[tuple[str, Statement]]:
    return [(sec, s) for sec, items in draft["sections"].items() for s in items]


def _said(s: Statement, keys: Iterable[str]) -> str:
    return " ".join(str(s.get(k) or "") for k in keys)


def _item_hits(item: dict[str, Any], draft: dict[str, Any], docs: dict[str, str]) -> tuple[list[Statement], bool]:
    """The statements in an acceptable section that carry the item, and whether any statement does."""
    need = math.ceil(len(item["keywords"]) / 2)
    right: list[Statement] = []
    anywhere = False
    for sec, s in _statements(draft):
        if not any(
            docs.get(c["document_id"]) == item["document"] and overlaps(c["quote"], item["anchor"])
            for c in s["citations"]
        ):
            continue
        text = joined(_said(s, ("text", "frequency", "duration", "delivered_by", "timeframe")))
        if sum(joined(k) in text for k in item["keywords"]) >= need:
            anywhere = True
            if sec in item["sections"]:
                right.append(s)
    return right, anywhere


def _flag_matches(flag: dict[str, Any], expected: dict[str, Any], draft: dict[str, Any], docs: dict[str, str]) -> bool:
    if flag["code"] != expected["code"]:
        return False
    if expected.get("advice_type"):
        return ADVICE_WORDS.get(expected["advice_type"], expected["advice_type"]) in flag["message"].lower()
    if expected.get("document") and flag.get("document_id") and docs.get(flag["document_id"]) != expected["document"]:
        return False
    anchor = expected.get("anchor")
    if not anchor:
        return True
    texts = [flag.get("quote") or "", flag.get("message") or ""]
    stmt = next((s for _, s in _statements(draft) if s["id"] == flag.get("statement_id")), None)
    if stmt is not None:
        texts += [stmt["text"], *(c["quote"] for c in stmt["citations"])]
    return any(t and loosely_overlaps(t, anchor) for t in texts)


def score(case_dir: Path, draft: dict[str, Any], seconds: float) -> CaseResult:
    expected = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    texts = {p.name[: -len(".txt")]: joined(p.read_text(encoding="utf-8")) for p in (case_dir / "text").glob("*.txt")}
    docs = {d["id"]: d["filename"] for d in draft["documents"]}
    result = CaseResult(case_dir.name, items=len(expected["items"]), seconds=seconds)
    used: set[str] = set()
    for item in expected["items"]:
        right, anywhere = _item_hits(item, draft, docs)
        result.found_anywhere += anywhere
        result.found += bool(right)
        used.update(s["id"] for s in right)
        if not right:
            result.missed.append(item["id"] + (" (wrong section)" if anywhere else ""))
        elif item["kind"].endswith("provision"):
            for name in ("frequency", "duration"):
                if item.get(name):
                    result.fields_expected += 1
                    result.fields_found += any(
                        joined(item[name]) in joined(_said(s, ("frequency", "duration"))) for s in right
                    )
    content = [s["id"] for sec, s in _statements(draft) if sec not in ("I", "J", "K")]
    result.content_statements, result.useful = len(content), len(used & set(content))
    for sec, s in _statements(draft):
        result.statements += 1
        quotes = " ".join(c["quote"] for c in s["citations"])
        result.valid_citations += bool(s["citations"]) and all(
            joined(c["quote"]) in texts.get(docs.get(c["document_id"], ""), "") for c in s["citations"]
        )
        said = _said(s, ("text", "frequency", "duration", "group_size", "timeframe"))
        result.invented += [f"{s['id']}: {n}" for n in sorted(numbers(said) - numbers(quotes))]
        result.forbidden += [f"{s['id']}: {f}" for f in expected.get("forbidden", []) if f.lower() in s["text"].lower()]
        if sec in VOICE_SECTIONS:
            result.voice_statements += 1
            found = report_voice(s["text"])
            if found:
                result.voice_bad += 1
                result.report_voice.append(f"{s['id']} [{', '.join(found)}] {s['text'][:90]}")
    wanted = expected.get("flags", [])
    for e in wanted:
        if e.get("tolerated"):
            continue
        result.flags_expected += 1
        if any(_flag_matches(f, e, draft, docs) for f in draft["flags"]):
            result.flags_found += 1
        else:
            result.missed_flags.append(f"{e['code']} {e.get('advice_type') or (e.get('anchor') or '')[:60]}")
    unannotated = set(expected.get("not_exhaustive", []))  # codes newer than the case: not counted either way
    for f in draft["flags"]:
        if f["code"] in unannotated:
            continue
        result.flags_raised += 1
        if any(_flag_matches(f, e, draft, docs) for e in wanted):
            result.flags_right += 1
        else:
            result.false_flags.append(f"{f['code']}: {(f.get('quote') or f['message'])[:70]}")
    return result


# --------------------------------------------------------------------------- running and reporting
def draft_case(case_dir: Path, llm: Any) -> tuple[dict[str, Any], float]:
    from appliance.cases.folder import draft_folder
    from appliance.config import Settings

    started = time.perf_counter()
    result = draft_folder(case_dir, Settings(), llm)
    return result.draft.to_json(), time.perf_counter() - started


def evaluate(group: Path, llm: Any = None) -> list[CaseResult]:
    return [
        score(case_dir, *draft_case(case_dir, llm))
        for case_dir in sorted(p for p in group.iterdir() if (p / "expected.json").exists())
    ]


def workers() -> int:
    """The cores this process may use: drafting without the model is CPU-bound, one case at a time per core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def evaluate_groups(groups: Sequence[Path], jobs: int = 1) -> dict[Path, list[CaseResult]]:
    """Each group's results, `jobs` groups at a time in fresh processes (without the model only: one model is loaded
    once, in this process)."""
    if jobs <= 1 or len(groups) <= 1:
        return {group: evaluate(group) for group in groups}
    # spawn, not fork: a forked copy of a process that has started threads (pytest's, the tokenisers') can deadlock
    with ProcessPoolExecutor(min(jobs, len(groups)), mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(groups, pool.map(evaluate, groups), strict=True))


def ratio(n: float, d: float) -> float | None:
    return n / d if d else None


def total(results: list[CaseResult], name: str = "TOTAL") -> CaseResult:
    out = CaseResult(name)
    for r in results:
        for f in fields(CaseResult):
            if f.name != "case":
                setattr(out, f.name, getattr(out, f.name) + getattr(r, f.name))
    return out


@dataclass(frozen=True)
class Summary:
    recall: float | None
    section_accuracy: float | None
    precision: float | None
    fields: float | None
    citations: float | None
    invented: int
    flag_recall: float | None
    flag_precision: float | None
    report_voice: int
    forbidden: int

    @classmethod
    def of(cls, r: CaseResult) -> Summary:
        return cls(
            ratio(r.found, r.items),
            ratio(r.found, r.found_anywhere),
            ratio(r.useful, r.content_statements),
            ratio(r.fields_found, r.fields_expected),
            ratio(r.valid_citations, r.statements),
            len(r.invented),
            ratio(r.flags_found, r.flags_expected),
            ratio(r.flags_right, r.flags_raised),
            r.voice_bad,
            len(r.forbidden),
        )


def _fmt(value: float | int | None) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


COLUMNS = ("recall", "sect", "prec", "fields", "cit_ok", "inv#", "f_rec", "f_prec", "voice", "forb", "secs")


def table(title: str, results: list[CaseResult], verbose: bool = False, details: bool = True) -> str:
    """Per case and total scores; with `details`, what each case missed, raised falsely, invented."""
    head = f"{title[:36]:36} " + " ".join(f"{c:>6}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    for r in [*results, total(results)]:
        s = Summary.of(r)
        values = (*(getattr(s, f.name) for f in fields(Summary)), None)
        cells = [_fmt(v) for v in values[:-1]] + [f"{r.seconds:.1f}"]
        lines.append(f"{r.case[:36]:36} " + " ".join(f"{c:>6}" for c in cells))
    lines.append(f"median seconds per case: {statistics.median(r.seconds for r in results):.1f}")
    labels = ("missed", "missed_flags", "false_flags", "invented", "forbidden") + (("report_voice",) if verbose else ())
    for r in results if details else []:
        for label in labels:
            values = getattr(r, label)
            if values:
                lines.append(f"  [{r.case}] {label.replace('_', ' ')}: {'; '.join(values)}")
    return "\n".join(lines)


def shows_details(group: Path, show_held_out: bool = False) -> bool:
    """Whether `make eval` lists what a group's cases missed: a held-out group's only on request."""
    return show_held_out or not group.name.startswith("heldout")


def main(argv: list[str] | None = None) -> int:
    from bench import review_evaluation

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("groups", type=Path, nargs="+", help="folders of case folders, each with expected.json")
    parser.add_argument("--model", action="store_true", help="draft with the embedded model (default: none)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list statements in report voice")
    parser.add_argument("--json", type=Path, help="also write the totals per group here")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, help="draft this many groups at a time, each in its own process (no model)"
    )
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="also list what held-out cases missed (kept hidden by default, so they are not tuned against)",
    )
    args = parser.parse_args(argv)
    llm = None
    if args.model:
        from appliance.config import Settings
        from appliance.llm import load_llm

        llm = load_llm(Settings())
    reading_groups = [g for g in args.groups if not review_evaluation.is_review_group(g)]
    drafted = evaluate_groups(reading_groups, args.jobs) if llm is None else {}
    totals = {}
    for group in args.groups:
        if review_evaluation.is_review_group(group):
            reviews = review_evaluation.evaluate(group, llm)
            print(review_evaluation.table(f"{group.name}: annual reviews", reviews, args.verbose) + "\n")
            totals[group.name] = review_evaluation.summary(review_evaluation.total(reviews))
            continue
        results = drafted[group] if group in drafted else evaluate(group, llm)
        print(table(group.name, results, args.verbose, details=shows_details(group, args.show_held_out)) + "\n")
        totals[group.name] = Summary.of(total(results)).__dict__
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
