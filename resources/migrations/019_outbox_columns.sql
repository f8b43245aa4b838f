-- Issue 13 (Inside): outbox.attempts and outbox.last_error (001) were never read or written by
-- the product. Retries are counted per run in memory (SyncRun) and the last error is the
-- setting sync.last_error; an event the centre refuses moves to the quarantine (006). Rows stay.
-- SQLite 3.35+ drops a column in place (no index, trigger or view names these two).
ALTER TABLE outbox DROP COLUMN attempts;
ALTER TABLE outbox DROP COLUMN last_error;
