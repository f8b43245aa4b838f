-- Version 6: synchronisation with the provincial centre. Events the centre rejected leave
-- the outbox for the quarantine, where the supervisor sees the reason; nothing is dropped.
CREATE TABLE quarantined_events (
    event_uuid     TEXT PRIMARY KEY REFERENCES dossier_events (uuid),
    reason         TEXT NOT NULL,
    quarantined_at TEXT NOT NULL
) WITHOUT ROWID;
