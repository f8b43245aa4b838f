-- Marks the file as a PostCounter database (issue 10, item 16): on open, a SQLite file without
-- this id and without PostCounter's older schema is refused untouched instead of gaining our tables.
-- 0x50434E74 = "PCnt"; Database::kApplicationId holds the same number.
PRAGMA application_id = 1346588276;
