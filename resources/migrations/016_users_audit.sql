-- Issue 12: clerks' accounts and the audit trail (DESIGN §9).

-- One row per person who signs in at the counter. The password is kept only as libsodium's
-- crypto_pwhash_str string (Argon2id, salt and limits inside it), never in clear.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT '',  -- UTC ISO 8601; '' = not waiting
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- Who did what, hash-chained: hash = SHA-256(prev_hash || canonical content of the row), so a
-- row changed, deleted or slipped in between with plain sqlite3 breaks the chain at that row.
-- No personal data beyond the dossier code goes in `object` or `details`.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,          -- 1, 2, 3, …: a gap is a deleted row
    at TEXT NOT NULL,                 -- UTC ISO 8601
    username TEXT NOT NULL,
    action TEXT NOT NULL,             -- e.g. login, dossier.register, settings.change
    object TEXT NOT NULL DEFAULT '',  -- e.g. a dossier code, a setting key, a username
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_user ON audit_log (username, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- Append-only: the program never updates or deletes a row. Someone with sqlite3 can drop these
-- triggers; `audit verify` and the chain head sent to the centre catch what they then change.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
