"""Which advice the plan uses: per document, the passages the plan cites (and by which statements)
and the views, needs, outcomes and recommendations it does not ("not used"), each of which the
caseworker can add to the plan as a statement cited to its passage.

A document's candidate items are what the reading finds in it (`appliance.evidence.routing.route`
of that document alone, after another child's details are withheld, as drafting does); an item is
used when the plan cites any passage it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from appliance.documents import AdviceDocument, DocumentRecord
from appliance.drafting.plan import Citation, Draft
from appliance.errors import InputError, NotFound
from appliance.evidence import identity
from appliance.evidence.routing import Evidence, EvidenceKind, route
from appliance.store import Store, documents

KIND_LABELS: dict[str, str] = {
    "view": "View",
    "need": "Need",
    "health_need": "Health need",
    "social_care_need": "Social care need",
    "outcome": "Outcome",
    "provision": "Recommendation",
    "health_provision": "Health recommendation",
    "social_care_provision": "Social care recommendation",
}


@dataclass(frozen=True)
class Span:
    passage: int  # seq
    start: int
    end: int
    locator: str

    @property
    def ref(self) -> str:
        """How a form names the span: "SEQ:START-END"."""
        return f"{self.passage}:{self.start}-{self.end}"


@dataclass(frozen=True)
class UnusedItem:
    kind: EvidenceKind
    section: str
    text: str
    spans: tuple[Span, ...]

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def ref(self) -> str:
        return ",".join(s.ref for s in self.spans)


@dataclass(frozen=True)
class DocumentUsage:
    record: DocumentRecord
    cited: dict[int, tuple[str, ...]]  # passage seq -> the statements that cite it
    not_used: tuple[UnusedItem, ...]

    @property
    def unused_passages(self) -> frozenset[int]:
        return frozenset(s.passage for item in self.not_used for s in item.spans)


def cited_passages(draft: Draft) -> dict[str, dict[int, tuple[str, ...]]]:
    """For each document of the draft, the passages cited and by which statements."""
    out: dict[str, dict[int, list[str]]] = {}
    for _, stmt in draft.statements():
        for c in stmt.citations:
            if c.passage is not None:
                ids = out.setdefault(c.document_id, {}).setdefault(c.passage, [])
                if stmt.id not in ids:
                    ids.append(stmt.id)
    return {doc: {seq: tuple(ids) for seq, ids in seqs.items()} for doc, seqs in out.items()}


def _item(ev: Evidence) -> UnusedItem:
    spans = tuple(Span(e.passage.seq, e.start, e.end, e.passage.locator) for e in ev.excerpts)
    return UnusedItem(ev.kind, ev.section, " ".join(e.text.strip() for e in ev.excerpts), spans)


def document_usage(draft: Draft, docs: list[AdviceDocument]) -> list[DocumentUsage]:
    """Per document of the draft: what the plan cites and what it leaves out."""
    cited = cited_passages(draft)
    out = []
    for doc in identity.withheld(draft.case, docs):
        mine = cited.get(doc.id, {})
        unused = tuple(
            _item(ev) for ev in route([doc]) if not any(e.passage.seq in mine for e in ev.excerpts) and ev.excerpts
        )
        out.append(DocumentUsage(doc.record, mine, unused))
    return out


def usage(store: Store, draft: Draft) -> list[DocumentUsage]:
    """`document_usage` of the draft's documents still in the store."""
    with store.read() as conn:
        present = {d.store_id for d in draft.documents if d.store_id is not None and documents.exists(conn, d.store_id)}
        docs = documents.drafted_documents(conn, [d for d in draft.documents if d.store_id in present])
    return document_usage(draft, docs)


def _span(ref: str) -> tuple[int, int, int]:
    seq, _, span = ref.partition(":")
    start, _, end = span.partition("-")
    if not (seq.isdigit() and start.isdigit() and end.isdigit()):
        raise InputError("That passage reference is not valid.")
    return int(seq), int(start), int(end)


def citations_for(store: Store, draft: Draft, store_id: int, refs: str) -> tuple[Citation, ...]:
    """Citations of spans of one stored document of the draft ("SEQ:START-END,..."), quoting them."""
    record = next((d for d in draft.documents if d.store_id == store_id), None)
    if record is None:
        raise NotFound("That document is not in this draft.")
    with store.read() as conn:
        passages = {p.seq: p for p in documents.passages(conn, store_id)}
    out = []
    for ref in refs.split(","):
        seq, start, end = _span(ref)
        passage = passages.get(seq)
        if passage is None or not 0 <= start < end <= len(passage.text):
            raise InputError("That passage is not in the document.")
        out.append(Citation(record.id, passage.text[start:end].strip(), passage.locator, seq))
    return tuple(out)
