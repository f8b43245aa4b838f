-- Version 9: what a receipt promised is stored as data, not as words, so the form prints it in
-- Vietnamese whatever the clerk's UI language (issue 8 §6), and paper prints are told apart
-- from PDF exports (a reprint mark only follows an earlier paper print, issue 9 §14).
-- duration_kind: 'working_days' | 'working_hours' | 'calendar_days' | 'by_notice';
-- NULL for dossiers registered before this version: their duration_text is printed as stored.
ALTER TABLE dossiers ADD COLUMN duration_kind TEXT CHECK (duration_kind IS NULL OR duration_kind IN ('working_days', 'working_hours', 'calendar_days', 'by_notice'));
ALTER TABLE dossiers ADD COLUMN duration_value INTEGER NOT NULL DEFAULT 0;
-- The procedure's same-day cut-off ('HH:mm'), '' = none; the receipt states the rule.
ALTER TABLE dossiers ADD COLUMN cutoff TEXT NOT NULL DEFAULT '';
-- 1 = sent to a printer and the print succeeded; 0 = a PDF export or a CLI render.
ALTER TABLE print_log ADD COLUMN paper INTEGER NOT NULL DEFAULT 1;
UPDATE print_log SET paper = 0 WHERE target = 'pdf';
