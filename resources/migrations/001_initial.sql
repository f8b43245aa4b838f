-- PostCounter schema, version 1. Times are ISO 8601 UTC text; text is NFC.
-- Nothing a clerk did is deleted or edited in place: dossiers, their documents and their
-- events are protected by triggers; corrections are new events.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Each catalogue version as the JSON document it came in (built-in, imported or pushed by
-- the centre). The newest version is the one in force; older ones stay for the record.
CREATE TABLE catalogue_versions (
    version     INTEGER PRIMARY KEY,
    origin      TEXT NOT NULL,             -- 'built-in' | 'import' | 'centre'
    is_sample   INTEGER NOT NULL DEFAULT 0,
    document    TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- The last sequence number issued per receiving unit and local day (yyMMdd).
-- Advanced in the same transaction as the dossier that uses it.
CREATE TABLE code_sequences (
    unit_id       TEXT NOT NULL,
    day           TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (unit_id, day)
) WITHOUT ROWID;

CREATE TABLE dossiers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    unit_id          TEXT NOT NULL,
    counter_number   INTEGER NOT NULL,
    procedure_code   TEXT NOT NULL,
    procedure_name   TEXT NOT NULL,
    field_name       TEXT NOT NULL,
    agency_name      TEXT NOT NULL,
    duration_text    TEXT NOT NULL,
    applicant_name   TEXT NOT NULL,
    applicant_id     TEXT NOT NULL DEFAULT '',
    birth_date       TEXT NOT NULL DEFAULT '',
    gender           TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    sets             INTEGER NOT NULL CHECK (sets >= 1),
    delivery_method  TEXT NOT NULL CHECK (delivery_method IN ('counter', 'post')),
    delivery_address TEXT NOT NULL DEFAULT '',
    fee              INTEGER NOT NULL DEFAULT 0,
    charge           INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    received_at      TEXT NOT NULL,
    appointment_at   TEXT NOT NULL,
    status           INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
    search_key       TEXT NOT NULL  -- folded name, code, ID number and phone
);
CREATE INDEX dossiers_received ON dossiers (received_at);
CREATE INDEX dossiers_status ON dossiers (status, appointment_at);

CREATE TABLE dossier_documents (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    originals  INTEGER NOT NULL CHECK (originals >= 0),
    copies     INTEGER NOT NULL CHECK (copies >= 0),
    listed     INTEGER NOT NULL,
    required   INTEGER NOT NULL,
    UNIQUE (dossier_id, position)
);

CREATE TABLE dossier_events (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    type       TEXT NOT NULL,
    status     INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
    at         TEXT NOT NULL,
    data       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);

-- Events waiting to go up to the provincial centre. A row leaves only after the centre
-- answered about that event (DESIGN §8).
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_uuid  TEXT NOT NULL UNIQUE REFERENCES dossier_events (uuid),
    enqueued_at TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN
    SELECT RAISE(ABORT, 'dossier events are append-only');
END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN
    SELECT RAISE(ABORT, 'dossier events are append-only');
END;
CREATE TRIGGER dossiers_no_delete BEFORE DELETE ON dossiers
BEGIN
    SELECT RAISE(ABORT, 'dossiers are never deleted');
END;
CREATE TRIGGER dossier_documents_no_change BEFORE UPDATE ON dossier_documents
BEGIN
    SELECT RAISE(ABORT, 'submitted documents are never edited');
END;
CREATE TRIGGER dossier_documents_no_delete BEFORE DELETE ON dossier_documents
BEGIN
    SELECT RAISE(ABORT, 'submitted documents are never deleted');
END;
