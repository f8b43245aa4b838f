-- Version 2: the dossier ledger (Sổ theo dõi hồ sơ) numbers each dossier per year and
-- counter; the receipt prints the book (year) and entry number.
CREATE TABLE ledger_sequences (
    year        INTEGER PRIMARY KEY,
    last_entry  INTEGER NOT NULL
);
ALTER TABLE dossiers ADD COLUMN ledger_entry INTEGER NOT NULL DEFAULT 0;
CREATE INDEX dossiers_appointment ON dossiers (appointment_at);
