-- Version 11: supplement requests and refusals get their own number sequences per year
-- (HD-n/yyyy and TC-n/yyyy, issue 9 item 8). F3 lists them beside the dossiers.
-- Records made before this version keep the number printed on their paper (HD-<id>, TC-<id>):
-- nothing a clerk handed out is renumbered.
CREATE TABLE guidance_sequences (
    kind      TEXT NOT NULL CHECK (kind IN ('supplement', 'refusal')),
    year      INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
) WITHOUT ROWID;

ALTER TABLE guidance_records ADD COLUMN number TEXT NOT NULL DEFAULT '';

-- The legacy numbers are filled in once; the no-update trigger is lifted only for that.
DROP TRIGGER guidance_records_no_update;
UPDATE guidance_records
   SET number = (CASE kind WHEN 'supplement' THEN 'HD-' ELSE 'TC-' END) || id;
CREATE TRIGGER guidance_records_no_update BEFORE UPDATE ON guidance_records
BEGIN
    SELECT RAISE(ABORT, 'guidance records are never edited');
END;
CREATE UNIQUE INDEX guidance_records_number ON guidance_records (number) WHERE number <> '';
CREATE INDEX guidance_records_created ON guidance_records (created_at);
