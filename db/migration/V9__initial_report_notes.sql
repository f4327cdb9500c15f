-- Initial reports from the seed (issue 12) carry what their sources leave open ("exact submission day not given"):
-- a notes column, as the other sourced records have.
ALTER TABLE initial_report ADD COLUMN notes text;
