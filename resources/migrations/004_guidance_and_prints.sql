-- Version 4: guidance given without registering a dossier (supplement requests, refusals),
-- and the log of printed documents (a second print of the same document is a reprint).
CREATE TABLE guidance_records (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('supplement', 'refusal')),
    unit_id         TEXT NOT NULL,
    procedure_code  TEXT NOT NULL,
    procedure_name  TEXT NOT NULL,
    applicant_name  TEXT NOT NULL,
    applicant       TEXT NOT NULL,          -- JSON: id_number, phone, email, address, …
    items           TEXT NOT NULL DEFAULT '[]',  -- JSON: the missing documents with counts
    reason          TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE TRIGGER guidance_records_no_update BEFORE UPDATE ON guidance_records
BEGIN
    SELECT RAISE(ABORT, 'guidance records are never edited');
END;

CREATE TABLE print_log (
    id          INTEGER PRIMARY KEY,
    document    TEXT NOT NULL,   -- 'receipt' | 'supplement' | 'refusal'
    subject     TEXT NOT NULL,   -- dossier code or guidance record number
    layout      TEXT NOT NULL,
    target      TEXT NOT NULL,   -- printer name or 'pdf'
    reprint     INTEGER NOT NULL,
    printed_at  TEXT NOT NULL
);
CREATE INDEX print_log_subject ON print_log (document, subject);
