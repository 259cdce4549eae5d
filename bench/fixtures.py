"""The benchmark's documents: the fictional cases the project ships in tests/fixtures/bench
(made by scripts/make_fixtures.py), with page counts from tests/fixtures/manifest.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from appliance.config import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
CASE_SIZES = ("small", "medium", "large")
SUFFIXES = {".docx", ".pdf", ".txt"}


@dataclass(frozen=True)
class BenchDocument:
    path: Path
    format: str  # docx | pdf | scan | txt
    pages: int | None  # as printed; None when the manifest does not say

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BenchCase:
    name: str
    details: dict[str, Any]
    documents: tuple[BenchDocument, ...]

    @property
    def pages(self) -> int:
        return sum(d.pages or 0 for d in self.documents)


def _manifest(root: Path) -> dict[str, Any]:
    path = root / "manifest.json"
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("bench", {})
    return data


def load_case(name: str, root: Path = FIXTURES) -> BenchCase:
    folder = root / "bench" / name
    if not (folder / "documents").is_dir():
        raise FileNotFoundError(
            f"{folder}/documents is missing: generate the benchmark fixtures (scripts/make_fixtures.py)"
        )
    listed = {d["file"]: d for d in _manifest(root).get(name, {}).get("documents", [])}
    docs = []
    for path in sorted(p for p in (folder / "documents").iterdir() if p.suffix.lower() in SUFFIXES):
        meta = listed.get(path.name, {})
        fmt = str(meta.get("format") or path.suffix.lstrip(".").lower())
        docs.append(BenchDocument(path, fmt, int(meta["pages"]) if meta.get("pages") else None))
    details_path = folder / "case.json"
    details = json.loads(details_path.read_text(encoding="utf-8")) if details_path.exists() else {}
    return BenchCase(name, details, tuple(docs))


def load_cases(root: Path = FIXTURES) -> list[BenchCase]:
    return [load_case(name, root) for name in CASE_SIZES]
