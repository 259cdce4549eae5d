"""Read a case spec (TOML) into documents, expected annotations and case details."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from appliance.drafting.plan import AREAS as PLAN_AREAS
from fixturegen.docx_render import DocxStyle
from fixturegen.markup import Block, parse, render_text

FORMATS = ("docx", "pdf", "scan", "txt")
CASE_FIELDS = (
    "child_name",
    "preferred_name",
    "date_of_birth",
    "year_group",
    "request_date",
    "la_reference",
    "hearing_impairment",
    "vision_impairment",
)
DEFAULT_SECTIONS = {
    "need": ["B"],
    "provision": ["F"],
    "outcome": ["E"],
    "view": ["A"],
    "aspiration": ["A", "E"],
    "health_need": ["C"],
    "health_provision": ["G"],
    "social_care_need": ["D"],
    "social_care_provision": ["H2", "H1"],
}
AREAS = PLAN_AREAS  # the appliance's own list, so fixtures use the contract's areas
PRONOUNS = {
    "she": {"they": "she", "They": "She", "them": "her", "their": "her", "Their": "Her"},
    "he": {"they": "he", "They": "He", "them": "him", "their": "his", "Their": "His"},
}
ITEM_TEXT_FIELDS = ("frequency", "duration", "delivered_by", "timeframe")


@dataclass
class DocumentSpec:
    key: str
    file: str
    format: str
    advice_type: str
    author: str
    date: date
    blocks: list[Block]
    text: str
    header: str = ""
    footer: str = ""
    style: DocxStyle = field(default_factory=DocxStyle)
    folder: str = "documents"  # where the case folder holds it; "plan" for a review's current plan


@dataclass
class CaseSpec:
    case_id: str
    case: dict[str, Any]
    documents: list[DocumentSpec]
    items: list[dict[str, Any]]
    flags: list[dict[str, Any]]
    forbidden: list[str]
    notes: list[str]
    source: Path
    not_exhaustive: list[str] = field(default_factory=list)  # codes this case's flags do not list in full

    def document(self, key: str) -> DocumentSpec:
        for document in self.documents:
            if document.key == key:
                return document
        raise KeyError(f"{self.source.name}: no document with key {key!r}")

    def expected(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "flags": self.flags,
            "forbidden": self.forbidden,
            "notes": self.notes,
            "not_exhaustive": self.not_exhaustive,
        }

    def files(self) -> dict[str, Any]:
        """The JSON files of the case folder, by name."""
        return {"case.json": self.case, "expected.json": self.expected()}

    def anchors(self) -> list[tuple[str, str, str]]:
        """(label, document file, quoted text) for every annotation a text PDF must give back."""
        return [(item["id"], item["document"], item["anchor"]) for item in self.items]


def load_case(path: Path, blocks_dir: Path) -> CaseSpec:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    case = {name: raw["case"].get(name) for name in CASE_FIELDS}
    meta = raw.get("meta", {})
    variables = _variables(case, meta, raw.get("vars", {}))

    def include(name: str) -> str:
        return (blocks_dir / f"{name}.md").read_text(encoding="utf-8")

    documents = [_document(entry, variables, include) for entry in raw["documents"]]
    spec = CaseSpec(
        case_id=path.stem,
        case=case,
        documents=documents,
        items=[],
        flags=[],
        forbidden=list(meta.get("forbidden", [])),
        notes=list(meta.get("notes", [])),
        source=path,
        not_exhaustive=list(meta.get("not_exhaustive", [])),
    )
    spec.items = [_item(spec, entry) for entry in raw.get("items", [])]
    spec.flags = [_flag(spec, entry) for entry in raw.get("flags", [])]
    return spec


def _variables(case: dict[str, Any], meta: dict[str, Any], extra: dict[str, str]) -> dict[str, str]:
    full = case["child_name"]
    first = case.get("preferred_name") or full.split()[0]
    variables = {"full": full, "first": first, "surname": full.split()[-1]}
    variables.update(PRONOUNS[meta.get("pronoun", "she")])
    variables.update(extra)
    return variables


def _document(entry: dict[str, Any], variables: dict[str, str], include: Any) -> DocumentSpec:
    if entry["format"] not in FORMATS:
        raise ValueError(f"{entry['file']}: unknown format {entry['format']!r}")
    blocks = parse(entry["body"], variables, include)
    header = entry.get("header", "")
    footer = entry.get("footer", "")
    style = DocxStyle(
        font=entry.get("font", "Arial"),
        size=entry.get("size", 11),
        headings=entry.get("headings", "styled"),
    )
    bullet_prefix = "- " if entry["format"] == "txt" else ""
    return DocumentSpec(
        key=entry["key"],
        file=entry["file"],
        format=entry["format"],
        advice_type=entry["advice_type"],
        author=entry["author"],
        date=_as_date(entry["date"]),
        blocks=blocks,
        text=render_text(blocks, header, footer, bullet_prefix),
        header=header,
        footer=footer,
        style=style,
        folder=entry.get("folder", "documents"),
    )


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else datetime.strptime(str(value), "%Y-%m-%d").date()


def _item(spec: CaseSpec, entry: dict[str, Any]) -> dict[str, Any]:
    kind = entry["kind"]
    document = spec.document(entry["doc"])
    return {
        "id": entry["id"],
        "kind": kind,
        "sections": entry.get("sections", DEFAULT_SECTIONS[kind]),
        "area": entry.get("area"),
        "document": document.file,
        "anchor": entry["anchor"],
        "keywords": entry["keywords"],
        "frequency": entry.get("frequency"),
        "duration": entry.get("duration"),
        "delivered_by": entry.get("delivered_by"),
        "timeframe": entry.get("timeframe"),
        "who": entry.get("who"),
    }


def _flag(spec: CaseSpec, entry: dict[str, Any]) -> dict[str, Any]:
    flag: dict[str, Any] = {
        "code": entry["code"],
        "document": spec.document(entry["doc"]).file if entry.get("doc") else None,
        "anchor": entry.get("anchor"),
    }
    if "previous_id" in entry:
        flag["previous_id"] = entry["previous_id"]  # review cases: the current plan's statement it is about
    if "advice_type" in entry:
        flag["advice_type"] = entry["advice_type"]
    if "detail" in entry:
        flag["detail"] = entry["detail"]  # review cases: words the flag's message must hold ("|": alternatives)
    if entry.get("tolerated"):
        flag["tolerated"] = True  # defensible either way: neither missed nor false when raised
    return flag


def load_documents(path: Path, blocks_dir: Path) -> list[DocumentSpec]:
    """Documents that belong to no case (the hostile inputs); variables come from [vars] alone."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))

    def include(name: str) -> str:
        return (blocks_dir / f"{name}.md").read_text(encoding="utf-8")

    return [_document(entry, raw.get("vars", {}), include) for entry in raw["documents"]]
