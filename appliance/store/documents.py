"""Advice documents: the original bytes (kept inside the encrypted store), their details and
their passages. The pipeline's `AdviceDocument`s are built here and nowhere else."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from appliance.documents import AdviceDocument, DocumentRecord
from appliance.errors import NotFound
from appliance.ingest import IngestedDocument
from appliance.ingest.doctype import AdviceType, locate
from appliance.ingest.passages import Passage
from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class StoredDocument:
    """A document's row: what the case page lists (the bytes and passages are read separately)."""

    id: int
    case_id: int
    filename: str
    media_type: str
    sha256: str
    pages: int | None
    advice_type: AdviceType
    author_role: str | None
    author_name: str | None
    advice_date: str | None
    uploaded_at: str
    author_passage: int | None
    date_passage: int | None
    author_service: str | None
    also_advice_type: AdviceType | None = None  # a joint report (e.g. OT and physiotherapy) gives two

    @property
    def advice_types(self) -> tuple[AdviceType, ...]:
        return (self.advice_type,) + ((self.also_advice_type,) if self.also_advice_type else ())


COLUMNS = (
    "id, case_id, filename, media_type, sha256, pages, advice_type, author_role, author_name, advice_date, "
    "uploaded_at, author_passage, date_passage, author_service, also_advice_type"
)


def add(
    conn: Connection,
    case_id: int,
    data: bytes,
    doc: IngestedDocument,
    uploaded_by: int | None = None,
    received_at: str | None = None,
) -> int:
    """Keep one read document and its passages. `received_at`: when the council received the file
    (ISO timestamp), where that is earlier than its upload (a case folder's file times); else now."""
    details = doc.details
    cur = conn.execute(
        "INSERT INTO documents (case_id, filename, media_type, content, sha256, pages, advice_type, author_role, "
        "author_name, advice_date, author_passage, date_passage, author_service, uploaded_by, uploaded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            doc.filename,
            doc.media_type,
            data,
            doc.sha256,
            doc.pages,
            details.advice_type,
            details.author_role,
            details.author_name,
            details.date,
            details.author_passage,
            details.date_passage,
            details.author_service,
            uploaded_by,
            received_at or now(),
        ),
    )
    document_id = int(cur.lastrowid)
    conn.executemany(
        "INSERT INTO passages (document_id, seq, kind, text, headings, locator, page, cells) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                document_id,
                p.seq,
                p.kind,
                p.text,
                json.dumps(p.headings),
                p.locator,
                p.page,
                json.dumps({"cells": p.cells, "header": p.header}) if p.cells else None,
            )
            for p in doc.passages
        ],
    )
    return document_id


def find_by_hash(conn: Connection, case_id: int, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE case_id = ? AND sha256 = ?", (case_id, sha256)).fetchone()
    return int(row[0]) if row else None


def get(conn: Connection, document_id: int) -> StoredDocument:
    row = conn.execute(f"SELECT {COLUMNS} FROM documents WHERE id = ?", (document_id,)).fetchone()  # noqa: S608
    if row is None:
        raise NotFound("No such document.")
    return StoredDocument(**dict(row))


def for_case(conn: Connection, case_id: int) -> list[StoredDocument]:
    rows = conn.execute(f"SELECT {COLUMNS} FROM documents WHERE case_id = ? ORDER BY id", (case_id,))  # noqa: S608
    return [StoredDocument(**dict(r)) for r in rows.fetchall()]


def advice_documents(conn: Connection, case_id: int) -> list[AdviceDocument]:
    """Every document of the case as the pipeline reads it, numbered D1, D2 ... in upload order."""
    out = []
    for n, row in enumerate(for_case(conn, case_id), start=1):
        record = DocumentRecord(
            id=f"D{n}",
            filename=row.filename,
            advice_type=row.advice_type,
            author_role=row.author_role,
            author_name=row.author_name,
            date=row.advice_date,
            pages=row.pages,
            store_id=row.id,
            author_passage=row.author_passage,
            date_passage=row.date_passage,
            author_service=row.author_service,
            also_advice_type=row.also_advice_type,
            received=row.uploaded_at[:10],
        )
        out.append(AdviceDocument(record, tuple(passages(conn, row.id))))
    return out


def drafted_documents(conn: Connection, records: Iterable[DocumentRecord]) -> list[AdviceDocument]:
    """The documents as a draft numbered them, with their passages from the store."""
    return [
        AdviceDocument(record, tuple(passages(conn, record.store_id)) if record.store_id is not None else ())
        for record in records
    ]


def content(conn: Connection, document_id: int) -> bytes:
    row = conn.execute("SELECT content FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound("No such document.")
    return bytes(row[0])


def passages(conn: Connection, document_id: int) -> list[Passage]:
    rows = conn.execute(
        "SELECT seq, kind, text, headings, locator, page, cells FROM passages WHERE document_id = ? ORDER BY seq",
        (document_id,),
    ).fetchall()
    out = []
    for r in rows:
        extra: dict[str, Any] = json.loads(r["cells"]) if r["cells"] else {}
        out.append(
            Passage(
                r["seq"],
                r["kind"],
                r["text"],
                tuple(json.loads(r["headings"])),
                r["locator"],
                r["page"],
                tuple(extra.get("cells", ())),
                tuple(extra.get("header", ())),
            )
        )
    return out


def update_details(
    conn: Connection,
    document_id: int,
    *,
    advice_type: AdviceType,
    author_role: str | None,
    author_name: str | None,
    advice_date: str | None,
    also_advice_type: AdviceType | None = None,
) -> None:
    """A caseworker's correction; the passages that state the corrected details are found again."""
    author_passage, date_passage = locate(passages(conn, document_id), author_name, advice_date)
    also = also_advice_type if also_advice_type != advice_type else None
    conn.execute(
        "UPDATE documents SET advice_type = ?, author_role = ?, author_name = ?, advice_date = ?, "
        "author_passage = ?, date_passage = ?, also_advice_type = ? WHERE id = ?",
        (advice_type, author_role, author_name, advice_date, author_passage, date_passage, also, document_id),
    )


def delete(conn: Connection, document_id: int) -> None:
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def optimize_index(conn: Connection) -> None:
    """Merge the full-text index's segments, which keep deleted passages' terms until merged."""
    conn.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")


def search(conn: Connection, case_id: int, query: str, limit: int = 20) -> list[tuple[int, int, str]]:
    """Full-text search of a case's passages: (document id, passage seq, text)."""
    rows = conn.execute(
        "SELECT p.document_id, p.seq, p.text FROM passages_fts f JOIN passages p ON p.id = f.rowid "
        "JOIN documents d ON d.id = p.document_id WHERE passages_fts MATCH ? AND d.case_id = ? "
        "ORDER BY rank LIMIT ?",
        (query, case_id, limit),
    ).fetchall()
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def exists(conn: Connection, document_id: int) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None


def existing(conn: Connection, document_ids: set[int]) -> set[int]:
    """Which of these documents are still in the store."""
    return {i for i in document_ids if exists(conn, i)}
