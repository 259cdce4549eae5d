"""A cited passage in its context: the passages around it in its document, for the side panel."""

from __future__ import annotations

from dataclasses import dataclass

from appliance.errors import NotFound
from appliance.ingest.passages import Passage
from appliance.store import Store, documents
from appliance.store.documents import StoredDocument

AROUND = 4


@dataclass(frozen=True)
class SourceContext:
    document: StoredDocument
    passages: tuple[Passage, ...]
    target: int | None  # the cited passage's seq
    locator: str | None
    before: int  # passages not shown before and after the window
    after: int


def passage_context(
    store: Store, case_id: int, document_id: int, seq: int | None, around: int = AROUND
) -> SourceContext:
    with store.read() as conn:
        doc = documents.get(conn, document_id)
        if doc.case_id != case_id:
            raise NotFound("No such document in this case.")
        passages = documents.passages(conn, document_id)
    index = next((i for i, p in enumerate(passages) if p.seq == seq), None)
    if index is None:
        return SourceContext(
            doc, tuple(passages[: around * 2 + 1]), None, None, 0, max(len(passages) - around * 2 - 1, 0)
        )
    start, end = max(index - around, 0), min(index + around + 1, len(passages))
    return SourceContext(doc, tuple(passages[start:end]), seq, passages[index].locator, start, len(passages) - end)
