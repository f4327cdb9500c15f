-- A country's "Last updated" (ContentRevision.country) is the latest public change touching it. Without this index
-- PostgreSQL reads the whole change_log (its JSON states included) to find the public rows, so a portal with many
-- drafts or much history pays for all of it on every uncached render. This partial, covering index holds only the
-- public changes' ids and times: the join reads it alone (an index-only scan).
-- Measured on 8,000 drafts of one country and 40,000 public changes of another (EXPLAIN ANALYZE, median of 30):
-- 67.6 ms before, 1.5 ms after.
CREATE INDEX change_log_public_idx ON change_log (id) INCLUDE (changed_at) WHERE public_change;
