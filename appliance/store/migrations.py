"""Schema migrations: small functions applied in order, each recorded by name once applied."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

Migration = Callable[[Any], None]


def _script(conn: Any, sql: str) -> None:
    """Run a multi-statement script inside the migration's transaction."""
    conn.executescript("BEGIN;\n" + sql + "\nCOMMIT;")


def m001_initial(conn: Any) -> None:
    _script(
        conn,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('caseworker', 'manager', 'dpo', 'admin')),
            team TEXT NOT NULL DEFAULT 'default',
            disabled INTEGER NOT NULL DEFAULT 0,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            ip TEXT
        );
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            child_name TEXT NOT NULL,
            preferred_name TEXT,
            date_of_birth TEXT,
            year_group INTEGER,
            request_date TEXT,
            la_reference TEXT,
            hearing_impairment INTEGER,
            vision_impairment INTEGER,
            team TEXT NOT NULL DEFAULT 'default',
            status TEXT NOT NULL DEFAULT 'advice_gathering',
            lawful_basis TEXT,
            family_informed_on TEXT,
            created_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            closed_at TEXT,
            retention_until TEXT
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            content BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            pages INTEGER,
            advice_type TEXT NOT NULL DEFAULT 'other',
            author_role TEXT,
            author_name TEXT,
            advice_date TEXT,
            uploaded_by INTEGER REFERENCES users(id),
            uploaded_at TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        );
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            headings TEXT NOT NULL DEFAULT '[]',
            locator TEXT NOT NULL,
            page INTEGER,
            cells TEXT
        );
        CREATE INDEX passages_document ON passages(document_id, seq);
        CREATE VIRTUAL TABLE passages_fts USING fts5(text, content='passages', content_rowid='id');
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            content TEXT NOT NULL,
            note TEXT,
            created_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            UNIQUE (case_id, version)
        );
        CREATE TABLE flag_decisions (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            flag_key TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
            reason TEXT,
            decided_by INTEGER REFERENCES users(id),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (case_id, flag_key)
        );
        CREATE TABLE section_reviews (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            reviewed_by INTEGER REFERENCES users(id),
            reviewed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, section)
        );
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            stage TEXT,
            progress REAL NOT NULL DEFAULT 0,
            message TEXT,
            draft_id INTEGER,
            created_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT,
            role TEXT,
            action TEXT NOT NULL,
            case_id INTEGER,
            object TEXT,
            detail TEXT,
            ip TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        CREATE TABLE settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def m002_audit_protection(conn: Any) -> None:
    """Anchor the audit chain's head inside the store, refuse deletion of audit records, and
    index the audit for the DPO's searches and the sign-in throttle."""
    _script(
        conn,
        """
        CREATE TABLE audit_head (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            last_id INTEGER NOT NULL,
            hash TEXT NOT NULL
        );
        INSERT INTO audit_head (one, last_id, hash)
            SELECT 1, COALESCE(MAX(id), 0),
                   COALESCE((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), printf('%.64d', 0))
            FROM audit;
        CREATE TRIGGER audit_head_advance AFTER INSERT ON audit BEGIN
            UPDATE audit_head SET last_id = new.id, hash = new.hash WHERE one = 1;
        END;
        CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
            WHEN new.last_id <= old.last_id BEGIN
            SELECT RAISE(ABORT, 'the audit head only moves forward');
        END;
        CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
            SELECT RAISE(ABORT, 'the audit head cannot be deleted');
        END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        CREATE INDEX audit_case ON audit(case_id, id);
        CREATE INDEX audit_action_ip ON audit(action, ip, at);
        CREATE INDEX audit_at ON audit(at);
        """,
    )


def m003_document_detail_passages(conn: Any) -> None:
    """Which passages name a document's author and state its date: found once at ingest from now
    on, and here for the documents already stored."""
    from appliance.ingest.doctype import locate
    from appliance.ingest.passages import Passage

    conn.execute("BEGIN")
    conn.execute("ALTER TABLE documents ADD COLUMN author_passage INTEGER")
    conn.execute("ALTER TABLE documents ADD COLUMN date_passage INTEGER")
    for doc_id, author, when in conn.execute("SELECT id, author_name, advice_date FROM documents").fetchall():
        rows = conn.execute("SELECT seq, text FROM passages WHERE document_id = ? ORDER BY seq", (doc_id,))
        passages = [Passage(seq, "paragraph", text, (), "") for seq, text in rows.fetchall()]
        conn.execute(
            "UPDATE documents SET author_passage = ?, date_passage = ? WHERE id = ?",
            (*locate(passages, author, when), doc_id),
        )
    conn.execute("COMMIT")


def m004_annual_reviews(conn: Any) -> None:
    """Annual reviews: the review, its documents (the current plan and the evidence) and the
    family's representations; every row names its case, for erasure and subject access."""
    _script(
        conn,
        """
        CREATE TABLE annual_reviews (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            review_type TEXT NOT NULL,
            meeting_date TEXT NOT NULL,
            next_phase TEXT,
            plan_issued TEXT,
            today TEXT,
            status TEXT NOT NULL DEFAULT 'evidence',
            amendment TEXT,
            proposal_version INTEGER,
            decision TEXT CHECK (decision IN ('maintain', 'amend', 'cease')),
            decision_reason TEXT,
            decided_by INTEGER REFERENCES users(id),
            decided_at TEXT,
            notice_date TEXT,
            final_version INTEGER,
            created_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX annual_reviews_case ON annual_reviews(case_id, id);
        CREATE TABLE review_documents (
            review_id INTEGER NOT NULL REFERENCES annual_reviews(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('plan', 'evidence')),
            PRIMARY KEY (review_id, document_id)
        );
        CREATE TABLE review_representations (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES annual_reviews(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            received_on TEXT,
            from_whom TEXT NOT NULL,
            text TEXT NOT NULL,
            statement_id TEXT,
            response TEXT CHECK (response IN ('accepted', 'revised')),
            response_reason TEXT,
            responded_by INTEGER REFERENCES users(id),
            responded_at TEXT,
            recorded_by INTEGER REFERENCES users(id),
            recorded_at TEXT NOT NULL
        );
        """,
    )


def m005_document_author_service(conn: Any) -> None:
    """The service or organisation a document's author writes from ("Westbrook Educational
    Psychology Service"), read at ingest; unknown for the documents already stored."""
    _script(conn, "ALTER TABLE documents ADD COLUMN author_service TEXT;")


def m006_separation_of_duties(conn: Any) -> None:
    """Accounts that wait for a second person's approval, team moves the same, and who reset an
    account's password (so its next user is told)."""
    _script(
        conn,
        """
        ALTER TABLE users ADD COLUMN approval TEXT NOT NULL DEFAULT 'approved'
            CHECK (approval IN ('pending', 'approved', 'rejected'));
        ALTER TABLE users ADD COLUMN password_reset_by TEXT;
        ALTER TABLE users ADD COLUMN password_reset_at TEXT;
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('account', 'team_move')),
            user_id INTEGER NOT NULL REFERENCES users(id),
            role TEXT NOT NULL,
            team TEXT NOT NULL,
            from_team TEXT,
            requested_by TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
            decided_by TEXT,
            decided_at TEXT
        );
        CREATE INDEX approvals_pending ON approvals(status, id);
        """,
    )


def m007_sign_in_backoff_index(conn: Any) -> None:
    """Wrong passwords are counted per account (and address) from the audit."""
    _script(conn, "CREATE INDEX audit_actor_action ON audit(actor, action, id);")


def m008_casework_corrections(conn: Any) -> None:
    """What a caseworker's day needs (issue 13): dates recorded as not known, who a case is assigned
    to and why it was closed, earlier case details, a second advice type on a joint report, which
    draft versions the appliance wrote, the declaration at sign-off, what a redraft carried over,
    and error flags overridden with a reason."""
    _script(
        conn,
        """
        ALTER TABLE cases ADD COLUMN date_of_birth_unknown INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN request_date_unknown INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN assigned_to INTEGER REFERENCES users(id);
        ALTER TABLE cases ADD COLUMN closed_reason TEXT;
        UPDATE cases SET assigned_to = created_by;
        ALTER TABLE documents ADD COLUMN also_advice_type TEXT;
        ALTER TABLE drafts ADD COLUMN machine INTEGER NOT NULL DEFAULT 0;
        UPDATE drafts SET machine = 1 WHERE note = 'Drafted by the appliance';
        CREATE TABLE case_changes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            changed_by INTEGER REFERENCES users(id),
            changed_at TEXT NOT NULL,
            previous TEXT NOT NULL,
            current TEXT NOT NULL
        );
        CREATE INDEX case_changes_case ON case_changes(case_id, id);
        CREATE TABLE sign_offs (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            signed_by INTEGER REFERENCES users(id),
            signed_at TEXT NOT NULL,
            declaration TEXT NOT NULL
        );
        CREATE TABLE redrafts (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY (case_id, version)
        );
        CREATE TABLE flag_decisions_new (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            flag_key TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'overridden')),
            reason TEXT,
            decided_by INTEGER REFERENCES users(id),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (case_id, flag_key)
        );
        INSERT INTO flag_decisions_new SELECT case_id, flag_key, decision, reason, decided_by, decided_at
            FROM flag_decisions;
        DROP TABLE flag_decisions;
        ALTER TABLE flag_decisions_new RENAME TO flag_decisions;
        """,
    )


def m009_directory_accounts(conn: Any) -> None:
    """Accounts that sign in through the council's directory (LDAP or OpenID Connect): where they
    come from and the directory's id for them (an LDAP DN, an OIDC issuer and subject)."""
    _script(
        conn,
        """
        ALTER TABLE users ADD COLUMN source TEXT NOT NULL DEFAULT 'local'
            CHECK (source IN ('local', 'ldap', 'oidc'));
        ALTER TABLE users ADD COLUMN external_id TEXT;
        CREATE UNIQUE INDEX users_external ON users(source, external_id) WHERE external_id IS NOT NULL;
        """,
    )


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_audit_protection,
    m003_document_detail_passages,
    m004_annual_reviews,
    m005_document_author_service,
    m006_separation_of_duties,
    m007_sign_in_backoff_index,
    m008_casework_corrections,
    m009_directory_accounts,
]


def has_migrations(conn: Any) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'migrations'").fetchone() is not None


def migrate(conn: Any) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        try:
            migration(conn)
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute(
            "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
            (migration.__name__, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        applied.append(migration.__name__)
    return applied
