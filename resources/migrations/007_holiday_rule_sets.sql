-- Version 7: the holiday rules as dated data (resources/calendar/holiday-rules.json, imported
-- with "calendar import-rules" or sent by the centre). Every version is kept; the highest
-- version is in force. Official schedules that ship with the application are stored in
-- holiday_schedules with origin 'built-in'.
CREATE TABLE holiday_rule_sets (
    id            INTEGER PRIMARY KEY,
    version       TEXT NOT NULL UNIQUE,   -- "2026.1"
    version_year  INTEGER NOT NULL,       -- the version's two numbers, for ordering in SQL
    version_seq   INTEGER NOT NULL,
    origin        TEXT NOT NULL,          -- 'built-in' | 'import' | 'centre'
    source        TEXT NOT NULL,
    document      TEXT NOT NULL,
    imported_at   TEXT NOT NULL
);
