-- Version 14 (issue 11): the dossier's life after the receipt, DESIGN §1 steps 2-5.
-- Every step is ALSO a dossier_events row and an outbox row written in the same transaction
-- (core/storage/DossierEventLog); the tables below hold what the forms, the lists and the
-- ledger need without parsing event JSON. Nothing here is deleted; a handover is only ever
-- completed (confirmed) or cancelled, each once.

-- Handover batches to the deciding agency (biên bản bàn giao hồ sơ), numbered HS-{yyyy}-{n}
-- per office (the counter's unit_id) and year.
CREATE TABLE handover_sequences (
    unit_id   TEXT NOT NULL,
    year      INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (unit_id, year)
) WITHOUT ROWID;

CREATE TABLE handovers (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL,            -- HS-2026-7
    unit_id             TEXT NOT NULL,
    agency_name         TEXT NOT NULL,
    courier             TEXT NOT NULL,            -- who carries the dossiers (người giao)
    receiver            TEXT NOT NULL DEFAULT '', -- who receives them at the agency (người nhận)
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,            -- the clerk's full name
    created_by_user     TEXT NOT NULL,
    confirmed_at        TEXT,                     -- the agency's signed confirmation, recorded later
    confirmed_by        TEXT,                     -- the agency's person who signed
    confirmed_by_user   TEXT,                     -- the clerk who recorded it
    cancelled_at        TEXT,
    cancelled_by        TEXT,                     -- the supervisor's full name
    cancelled_by_user   TEXT,
    cancel_reason       TEXT,
    UNIQUE (unit_id, number),
    CHECK (confirmed_at IS NULL OR cancelled_at IS NULL)
);
CREATE INDEX handovers_agency ON handovers (agency_name, created_at);
CREATE INDEX handovers_created ON handovers (created_at);

CREATE TABLE handover_items (
    handover_id INTEGER NOT NULL REFERENCES handovers (id),
    position    INTEGER NOT NULL,                 -- STT on the manifest, from 1
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id),
    PRIMARY KEY (handover_id, position),
    UNIQUE (handover_id, dossier_id)
) WITHOUT ROWID;
CREATE INDEX handover_items_dossier ON handover_items (dossier_id);

CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers
BEGIN
    SELECT RAISE(ABORT, 'handovers are never deleted');
END;
-- Only the confirmation or the cancellation may be filled in, once; what was handed over stays.
CREATE TRIGGER handovers_fixed BEFORE UPDATE ON handovers
WHEN new.id IS NOT old.id OR new.number IS NOT old.number OR new.unit_id IS NOT old.unit_id
  OR new.agency_name IS NOT old.agency_name OR new.courier IS NOT old.courier OR new.receiver IS NOT old.receiver
  OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by OR new.created_by_user IS NOT old.created_by_user
  OR (old.confirmed_at IS NOT NULL AND (new.confirmed_at IS NOT old.confirmed_at OR new.confirmed_by IS NOT old.confirmed_by
                                        OR new.confirmed_by_user IS NOT old.confirmed_by_user))
  OR (old.cancelled_at IS NOT NULL AND (new.cancelled_at IS NOT old.cancelled_at OR new.cancelled_by IS NOT old.cancelled_by
                                        OR new.cancelled_by_user IS NOT old.cancelled_by_user OR new.cancel_reason IS NOT old.cancel_reason))
BEGIN
    SELECT RAISE(ABORT, 'a handover is only confirmed or cancelled, once');
END;
CREATE TRIGGER handover_items_no_update BEFORE UPDATE ON handover_items
BEGIN
    SELECT RAISE(ABORT, 'handover items are never edited');
END;
CREATE TRIGGER handover_items_no_delete BEFORE DELETE ON handover_items
BEGIN
    SELECT RAISE(ABORT, 'handover items are never deleted');
END;

-- Tracking: appointment_at is what the receipt promised and never changes; due_at is the
-- appointment in force (the receipt's, or the latest dossier.rescheduled event's), which the
-- due-today / overdue lists and the queue's appointment filters read. '' = no fixed time.
ALTER TABLE dossiers ADD COLUMN due_at TEXT NOT NULL DEFAULT '';
UPDATE dossiers SET due_at = appointment_at;
CREATE INDEX dossiers_status_due ON dossiers (status, due_at);
CREATE INDEX dossiers_due ON dossiers (due_at);
-- Every writer of dossiers (intake, imports, test fixtures) starts tracking at the receipt's date.
CREATE TRIGGER dossiers_due_from_appointment AFTER INSERT ON dossiers
WHEN new.due_at = '' AND new.appointment_at <> ''
BEGIN
    UPDATE dossiers SET due_at = new.appointment_at WHERE id = new.id;
END;

-- Results back from the agency (one row per arrival: a result may come in parts).
CREATE TABLE dossier_results (
    id           INTEGER PRIMARY KEY,
    dossier_id   INTEGER NOT NULL REFERENCES dossiers (id),
    what         TEXT NOT NULL,                -- e.g. "Giấy phép bán lẻ rượu"
    count        INTEGER NOT NULL CHECK (count >= 1),
    from_whom    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    received_at  TEXT NOT NULL,
    by_name      TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    event_uuid   TEXT NOT NULL REFERENCES dossier_events (uuid)
);
CREATE INDEX dossier_results_dossier ON dossier_results (dossier_id, id);

-- Returns of the result: at the counter (recipient, ID, authorisation) or by post (S10).
-- A failed postal delivery is a dossier.delivery_failed event; the row of the dispatch stays.
CREATE TABLE dossier_returns (
    id              INTEGER PRIMARY KEY,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers (id),
    method          TEXT NOT NULL CHECK (method IN ('counter', 'post')),
    recipient_name  TEXT NOT NULL DEFAULT '',
    recipient_id    TEXT NOT NULL DEFAULT '',
    authorisation   TEXT NOT NULL DEFAULT '',  -- the authorisation document noted; '' = the applicant in person
    fee_collected   INTEGER NOT NULL DEFAULT 0 CHECK (fee_collected >= 0),
    tracking        TEXT NOT NULL DEFAULT '',  -- UPU S10 item number, method 'post'
    returned_at     TEXT NOT NULL,
    by_name         TEXT NOT NULL,
    by_user         TEXT NOT NULL,
    event_uuid      TEXT NOT NULL REFERENCES dossier_events (uuid)
);
CREATE INDEX dossier_returns_dossier ON dossier_returns (dossier_id, id);
CREATE INDEX dossier_returns_at ON dossier_returns (returned_at);

-- The citizen's written request to withdraw (status 7).
CREATE TABLE dossier_withdrawals (
    id            INTEGER PRIMARY KEY,
    dossier_id    INTEGER NOT NULL REFERENCES dossiers (id),
    reason        TEXT NOT NULL,
    withdrawn_at  TEXT NOT NULL,
    by_name       TEXT NOT NULL,
    by_user       TEXT NOT NULL,
    event_uuid    TEXT NOT NULL REFERENCES dossier_events (uuid)
);
CREATE INDEX dossier_withdrawals_dossier ON dossier_withdrawals (dossier_id);

CREATE TRIGGER dossier_results_no_change BEFORE UPDATE ON dossier_results
BEGIN
    SELECT RAISE(ABORT, 'recorded results are never edited');
END;
CREATE TRIGGER dossier_results_no_delete BEFORE DELETE ON dossier_results
BEGIN
    SELECT RAISE(ABORT, 'recorded results are never deleted');
END;
CREATE TRIGGER dossier_returns_no_change BEFORE UPDATE ON dossier_returns
BEGIN
    SELECT RAISE(ABORT, 'recorded returns are never edited');
END;
CREATE TRIGGER dossier_returns_no_delete BEFORE DELETE ON dossier_returns
BEGIN
    SELECT RAISE(ABORT, 'recorded returns are never deleted');
END;
CREATE TRIGGER dossier_withdrawals_no_change BEFORE UPDATE ON dossier_withdrawals
BEGIN
    SELECT RAISE(ABORT, 'recorded withdrawals are never edited');
END;
CREATE TRIGGER dossier_withdrawals_no_delete BEFORE DELETE ON dossier_withdrawals
BEGIN
    SELECT RAISE(ABORT, 'recorded withdrawals are never deleted');
END;
