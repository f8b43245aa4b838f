-- Version 5: organisations as applicants (tax code instead of a personal ID) and the postage
-- collected when the result is returned by post.
ALTER TABLE dossiers ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'citizen' CHECK (applicant_kind IN ('citizen', 'organisation'));
ALTER TABLE dossiers ADD COLUMN postage INTEGER NOT NULL DEFAULT 0;
CREATE INDEX dossiers_field ON dossiers (field_name, received_at);
