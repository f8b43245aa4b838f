-- Version 8: the fee line chosen at intake when a procedure's phí / lệ phí depend on who
-- applies or where (its id and Vietnamese condition, printed on the receipt; the amounts stay
-- in fee / charge), and the kind of identity document the applicant showed
-- ('cccd' | 'cmnd' | 'passport' | 'tax_code'; '' for rows written before this version).
-- A procedure with no fixed legal time has no appointment: appointment_at is then '' (the
-- column is NOT NULL since version 1 and SQLite cannot relax that without rebuilding the table,
-- which would drop columns other migrations add); every appointment filter excludes ''.
ALTER TABLE dossiers ADD COLUMN fee_variant TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN fee_condition TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN id_document TEXT NOT NULL DEFAULT '';
