-- Version 17 (issue 12, Retention): personal data of dossiers returned long ago is replaced by a
-- marker (Decree 13/2023/NĐ-CP: kept no longer than needed); codes, dates, statuses and events stay.
-- Events and guidance records are append-only by trigger. The purge is the one narrow exception:
-- it inserts the single row of purge_in_progress inside its own transaction and deletes it before
-- committing, so no other connection ever sees the row (SQLite serialises writers), and even then
-- the triggers let only the `data` of an event / the personal columns of a guidance record change.
CREATE TABLE purge_in_progress (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

-- Each purge, for the record (who, up to which date, how many).
CREATE TABLE purges (
    id          INTEGER PRIMARY KEY,
    before_date TEXT NOT NULL,      -- yyyy-MM-dd, Vietnam date: dossiers returned before it
    dossiers    INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    guidance    INTEGER NOT NULL,
    by_user     TEXT NOT NULL,
    by_name     TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE TRIGGER purges_no_update BEFORE UPDATE ON purges
BEGIN
    SELECT RAISE(ABORT, 'the purge record is never edited');
END;
CREATE TRIGGER purges_no_delete BEFORE DELETE ON purges
BEGIN
    SELECT RAISE(ABORT, 'the purge record is never deleted');
END;

ALTER TABLE dossiers ADD COLUMN purged_at TEXT NOT NULL DEFAULT '';
ALTER TABLE guidance_records ADD COLUMN purged_at TEXT NOT NULL DEFAULT '';

DROP TRIGGER dossier_events_no_update;
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
WHEN NOT (EXISTS (SELECT 1 FROM purge_in_progress)
          AND new.id = old.id AND new.uuid = old.uuid AND new.dossier_id = old.dossier_id
          AND new.type = old.type AND new.status = old.status AND new.at = old.at)
BEGIN
    SELECT RAISE(ABORT, 'dossier events are append-only');
END;

DROP TRIGGER guidance_records_no_update;
CREATE TRIGGER guidance_records_no_update BEFORE UPDATE ON guidance_records
WHEN NOT (EXISTS (SELECT 1 FROM purge_in_progress)
          AND new.id = old.id AND new.kind = old.kind AND new.unit_id = old.unit_id
          AND new.procedure_code = old.procedure_code AND new.procedure_name = old.procedure_name
          AND new.items = old.items AND new.reason = old.reason AND new.contact = old.contact
          AND new.created_at = old.created_at AND new.number = old.number)
BEGIN
    SELECT RAISE(ABORT, 'guidance records are never edited');
END;

-- A purged dossier's personal data never comes back, whoever writes.
CREATE TRIGGER dossiers_purged_stay_purged BEFORE UPDATE ON dossiers
WHEN old.purged_at <> '' AND NOT EXISTS (SELECT 1 FROM purge_in_progress)
     AND (new.applicant_name IS NOT old.applicant_name OR new.applicant_id IS NOT old.applicant_id
          OR new.phone IS NOT old.phone OR new.address IS NOT old.address OR new.email IS NOT old.email
          OR new.birth_date IS NOT old.birth_date OR new.delivery_address IS NOT old.delivery_address
          OR new.representative_name IS NOT old.representative_name OR new.representative_id IS NOT old.representative_id
          OR new.purged_at IS NOT old.purged_at)
BEGIN
    SELECT RAISE(ABORT, 'purged personal data is not restored');
END;
