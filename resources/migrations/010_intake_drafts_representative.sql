-- Version 10: the intake screen's draft, saved as the clerk types, so a crash or a power cut
-- never loses a half-typed dossier (the next start offers to restore it); and the person who
-- actually submits a dossier for someone else (người nộp thay / người đại diện) with their ID.
CREATE TABLE intake_drafts (
    slot       TEXT PRIMARY KEY,        -- one per screen that edits a draft ('intake')
    payload    TEXT NOT NULL,           -- JSON, the intake request shape of the CLI
    updated_at TEXT NOT NULL
);
ALTER TABLE dossiers ADD COLUMN representative_name TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN representative_id TEXT NOT NULL DEFAULT '';
CREATE INDEX dossiers_applicant_day ON dossiers (applicant_id, procedure_code, received_at);
