"""An advice document as drafting and QA see it: its record in the draft (id, advice type, author,
date) and its citable passages. Built in one place, `store.documents`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from appliance.ingest.doctype import AdviceType
from appliance.ingest.passages import Passage


@dataclass(frozen=True)
class DocumentRecord:
    """What a draft records of one document (`documents` in ehcp-draft/1)."""

    id: str  # "D1", stable within the draft
    filename: str
    advice_type: AdviceType
    author_role: str | None = None
    author_name: str | None = None
    date: str | None = None  # ISO
    pages: int | None = None
    store_id: int | None = None  # the document's id in the store, for links back to its passages
    author_passage: int | None = None  # seq of the passage that names the author
    date_passage: int | None = None  # seq of the passage that states the date
    author_service: str | None = None  # the service or organisation the author writes from
    also_advice_type: AdviceType | None = None  # a joint report's second advice type
    received: str | None = None  # ISO date the document reached the council (its upload, or the file's time)

    @property
    def advice_types(self) -> tuple[AdviceType, ...]:
        return (self.advice_type,) + ((self.also_advice_type,) if self.also_advice_type else ())


@dataclass(frozen=True)
class AdviceDocument:
    record: DocumentRecord
    passages: tuple[Passage, ...]

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def advice_type(self) -> AdviceType:
        return self.record.advice_type

    def passage(self, seq: int | None) -> Passage | None:
        return next((p for p in self.passages if p.seq == seq), None) if seq is not None else None

    def without(self, seqs: set[int]) -> AdviceDocument:
        """The document with some passages withheld (they are never drafted)."""
        return replace(self, passages=tuple(p for p in self.passages if p.seq not in seqs)) if seqs else self
