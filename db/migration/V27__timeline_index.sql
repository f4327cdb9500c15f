-- The timelines page (/timelines, issue 14) groups the published CDM transitions of the portal, a region or a country
-- by the quarter of the host Party's approval and of the request: this partial index holds exactly those rows, by
-- host, with the dates the grouping reads, so every scope is counted from the index alone (index-only scan), never
-- by reading the activities themselves. Checked with EXPLAIN ANALYZE at 100 times the seed data (bench/generate.sql).
CREATE INDEX pacm_activity_transition_dates_idx ON pacm_activity (host_iso2, host_approved_on, stage, stage_on)
    WHERE origin = 'cdm_transition' AND publication_status = 'published';
