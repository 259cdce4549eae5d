"""Labelled units for the learned reading (`make reading-model`, the slow half).

Drafts every tuning fixture case (tests/fixtures/cases*, never the held-out groups) with the
rules alone, records each unit the rules read (its words, its place's role, the advice type, the
rules' reading and background score) and labels it from the case's expected items: the reading of
the expected item whose anchor the unit covers, else background, and for a need or provision the
plan sections that item may go in (the learned section's label: its preferred section first; H1 and
H2 are both H here, the care the plan's Section H splits by age). Writes one JSON object per line,
in a fixed order, to models/reading-units.jsonl.

    python scripts/reading_units.py [--out models/reading-units.jsonl] [GROUP ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# what each expected item's kind is, as a reading
READING_OF_KIND = {
    "view": "view",
    "aspiration": "view",
    "need": "need",
    "health_need": "need",
    "social_care_need": "need",
    "outcome": "outcome",
    "provision": "provision",
    "health_provision": "provision",
    "social_care_provision": "provision",
}


def tuning_groups() -> list[Path]:
    return sorted((ROOT / "tests" / "fixtures").glob("cases*"), key=lambda p: int(p.name[5:] or 1))


def case_units(case: Path) -> list[dict[str, Any]]:
    """Every unit the rules read in one case, labelled from its expected items."""
    from appliance.evidence import classify, learned, routing
    from bench.evaluation import draft_case, overlaps

    reads: list[dict[str, Any]] = []
    current: dict[str, str] = {}
    rules_read, report = classify.read, routing._report

    def recording_read(text: str, role: Any, advice_type: str) -> classify.Read:
        found = rules_read(text, role, advice_type)
        reads.append(
            {"document": current.get("filename"), "text": text, "role": role, "advice_type": advice_type,
             "rules": found.reading, "background": found.score if found.reading == "background" else 0.0}
        )  # fmt: skip
        return found

    def recording_report(doc: Any, *args: Any) -> Any:
        current["filename"] = doc.record.filename
        return report(doc, *args)

    saved = classify.read, routing._report, learned.model
    classify.read, routing._report = recording_read, recording_report  # type: ignore[assignment]
    learned.model = lambda path=learned.MODEL_PATH: None  # type: ignore[assignment]  # the rules alone
    try:
        draft_case(case, None)
    finally:
        classify.read, routing._report, learned.model = saved  # type: ignore[assignment]
    items = json.loads((case / "expected.json").read_text(encoding="utf-8"))["items"]
    units = []
    for r in reads:
        covered = [i for i in items if i["document"] == r["document"] and overlaps(r["text"], i["anchor"])]
        kinds = Counter(READING_OF_KIND[i["kind"]] for i in covered)
        label = kinds.most_common(1)[0][0] if kinds else "background"
        sections: list[str] = []
        if label in ("need", "provision"):
            item = next(i for i in covered if READING_OF_KIND[i["kind"]] == label)
            sections = list(dict.fromkeys(s[0] if s in ("H1", "H2") else s for s in item["sections"]))
        units.append({"group": case.parent.name, "case": case.name, **r, "label": label, "sections": sections})
    return units


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "reading-units.jsonl")
    parser.add_argument("groups", nargs="*", type=Path)
    args = parser.parse_args(argv)
    cases = [c for g in (args.groups or tuning_groups()) for c in sorted(g.iterdir()) if (c / "expected.json").exists()]
    with ProcessPoolExecutor(max_workers=2) as pool:
        per_case = list(pool.map(case_units, cases))
    units = [u for case in per_case for u in case]
    with args.out.open("w", encoding="utf-8") as f:
        for u in units:
            f.write(json.dumps(u, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(units)} units from {len(cases)} cases: {dict(Counter(u['label'] for u in units))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
