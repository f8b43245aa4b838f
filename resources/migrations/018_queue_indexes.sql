-- Issue 13 (Scale): every queue filter pages newest first (or nearest appointment first) straight
-- from an index, with no OFFSET and no temporary B-tree, on a million dossiers.
-- An index on (x) holds (x, rowid), so `WHERE x = ? ORDER BY id DESC` reads it backwards and
-- stops at the page end. The (status, appointment_at) and (field_name, received_at) indexes
-- could not give that order: a page of the "returned" filter re-sorted every matching row
-- (0.55 s; `list --status supplement_requested` 12 s at 1M, issue 13). They have no other
-- reader (the appointment sorts use dossiers_appointment), so they go.
DROP INDEX IF EXISTS dossiers_status;
DROP INDEX IF EXISTS dossiers_field;
CREATE INDEX IF NOT EXISTS dossiers_status_newest ON dossiers (status);
CREATE INDEX IF NOT EXISTS dossiers_field_newest ON dossiers (field_name);

-- "Due soon" and "overdue": dossiers whose agency clock runs (QueueService: not returned 3,
-- not waiting for the citizen 5, not refused/withdrawn/stopped/cancelled 7-10) and that have an
-- appointment. A few percent of the file, so the index is small, and it is ordered by the
-- appointment: the most urgent first. The WHERE must match DossierRepository's terms exactly,
-- or SQLite cannot use a partial index.
-- IF NOT EXISTS: a file copied back to an older user_version (tests do) runs this again.
-- Ordered by due_at, the appointment in force (migration 014: a reschedule moves it).
CREATE INDEX IF NOT EXISTS dossiers_running_due ON dossiers (due_at)
    WHERE status NOT IN (3, 5, 7, 8, 9, 10) AND due_at <> '';
