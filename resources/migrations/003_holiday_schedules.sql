-- Version 3: official yearly holiday schedules (imported or from the centre). Every version
-- is kept; the newest for a year applies.
CREATE TABLE holiday_schedules (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    origin      TEXT NOT NULL,      -- 'import' | 'centre'
    source      TEXT NOT NULL,      -- the announcement it restates
    document    TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX holiday_schedules_year ON holiday_schedules (year, id);
