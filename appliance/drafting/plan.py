"""The draft plan: sections of cited statements, QA flags, and the JSON of `ehcp-draft/1`.

Everything here is a frozen value; an edit makes a new `Draft` (and the store a new version).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from appliance.case import CaseDetails
from appliance.documents import DocumentRecord
from appliance.evidence.routing import Voice

SCHEMA_ID = "ehcp-draft/1"
SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
SECTION_TITLES = {
    "A": "Views, interests and aspirations of the child and their parents",
    "B": "Special educational needs",
    "C": "Health needs related to the special educational needs",
    "D": "Social care needs related to the special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement (name and type of school or other institution)",
    "J": "Personal budget",
    "K": "Advice and information gathered",
}
PROVISION_SECTIONS = ("F", "G", "H1", "H2")
AREAS = (
    "communication_and_interaction",
    "cognition_and_learning",
    "social_emotional_mental_health",
    "sensory_and_physical",
    "preparing_for_adulthood",
    "health",
    "social_care",
    "other",
)
AREA_LABELS = {
    "communication_and_interaction": "Communication and interaction",
    "cognition_and_learning": "Cognition and learning",
    "social_emotional_mental_health": "Social, emotional and mental health",
    "sensory_and_physical": "Sensory and/or physical",
    "preparing_for_adulthood": "Preparing for adulthood",
    "health": "Health",
    "social_care": "Social care",
    "other": "Other",
}


Origin = Literal["model", "extract", "caseworker"]  # who wrote a statement's wording
Severity = Literal["error", "warning", "info"]
# accepted: the reviewer agrees and will change the plan (an error flag still blocks sign-off until the
# change makes the check stop firing); dismissed: a warning or note that needs no change, with a
# reason; overridden: an error flag a person overrides, with a recorded reason.
FlagDecision = Literal["accepted", "dismissed", "overridden"]
FLAG_DECISIONS: tuple[FlagDecision, ...] = ("accepted", "dismissed", "overridden")


def as_flag_decision(value: str) -> FlagDecision:
    for decision in FLAG_DECISIONS:
        if value == decision:
            return decision
    raise ValueError(f"unknown flag decision {value!r}")


@dataclass(frozen=True)
class Citation:
    document_id: str
    quote: str
    locator: str | None = None
    passage: int | None = None  # the passage's seq within its document


@dataclass(frozen=True)
class Statement:
    id: str
    text: str
    citations: tuple[Citation, ...]
    area: str | None = None
    frequency: str | None = None
    duration: str | None = None
    group_size: str | None = None
    delivered_by: str | None = None
    meets: tuple[str, ...] = ()
    timeframe: str | None = None
    who: Voice | None = None
    origin: Origin = "extract"
    moved_from: str | None = None  # the section the advice put it in (G, H1, H2) before drafting moved it to F
    unsure: bool = False  # the reading was a narrow call: the review page asks the caseworker to look

    def edited(self, **changes: str | None) -> Statement:
        """The statement as a caseworker changed it: theirs now, and its reading checked."""
        return replace(self, **changes, origin="caseworker", unsure=False)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Flag:
    code: str
    severity: Severity
    message: str
    basis: str | None = None
    section: str | None = None
    statement_id: str | None = None
    document_id: str | None = None
    quote: str | None = None
    key: str = ""
    decision: FlagDecision | None = None
    reason: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None  # ISO timestamp of the decision

    @property
    def blocks_sign_off(self) -> bool:
        """An error flag blocks sign-off until the plan no longer raises it or a person overrides it:
        agreeing to change the plan is not the change."""
        return self.severity == "error" and self.decision not in ("overridden", "dismissed")


@dataclass(frozen=True)
class Draft:
    case: CaseDetails
    documents: tuple[DocumentRecord, ...]
    sections: dict[str, tuple[Statement, ...]]
    flags: tuple[Flag, ...] = ()
    model: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    # Items the advice gives as provision that are only money, hours of funding or a band: not
    # drafted into any section, kept so that QA (MONEY_ONLY_PROVISION) can ask what they buy.
    held_back: tuple[Statement, ...] = ()

    def statements(self) -> list[tuple[str, Statement]]:
        return [(sec, s) for sec in SECTIONS for s in self.sections.get(sec, ())]

    def statement(self, statement_id: str) -> Statement | None:
        return next((s for _, s in self.statements() if s.id == statement_id), None)

    def section_of(self, statement_id: str) -> str | None:
        return next((sec for sec, s in self.statements() if s.id == statement_id), None)

    def document(self, document_id: str) -> DocumentRecord | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def with_flags(self, flags: tuple[Flag, ...]) -> Draft:
        return replace(self, flags=flags)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "case": self.case.to_json(),
            "model": self.model,
            "documents": [asdict(d) for d in self.documents],
            "sections": {sec: [statement_json(s) for s in self.sections.get(sec, ())] for sec in SECTIONS},
            "flags": [asdict(f) for f in self.flags],
            "stats": self.stats,
            "held_back": [statement_json(s) for s in self.held_back],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        return cls(
            case=CaseDetails.from_json(data.get("case") or {}),
            documents=tuple(DocumentRecord(**d) for d in data.get("documents") or []),
            sections={
                sec: tuple(statement_from_json(s) for s in (data.get("sections") or {}).get(sec) or [])
                for sec in SECTIONS
            },
            flags=tuple(Flag(**f) for f in data.get("flags") or []),
            model=dict(data.get("model") or {}),
            stats=dict(data.get("stats") or {}),
            held_back=tuple(statement_from_json(s) for s in data.get("held_back") or []),
        )


def statement_json(s: Statement) -> dict[str, Any]:
    out = asdict(s)
    out["citations"] = [asdict(c) for c in s.citations]
    out["meets"] = list(s.meets)
    if s.area is None:
        del out["area"]  # the contract's area is an enum without null
    return out


def statement_from_json(data: dict[str, Any]) -> Statement:
    fields = dict(data)
    fields["citations"] = tuple(Citation(**c) for c in fields.get("citations") or [])
    fields["meets"] = tuple(fields.get("meets") or ())
    known = Statement.__dataclass_fields__
    return Statement(**{k: v for k, v in fields.items() if k in known})


def empty_sections() -> dict[str, tuple[Statement, ...]]:
    return {sec: () for sec in SECTIONS}
