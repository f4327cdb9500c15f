-- Indexes for a country's Article 6.4 activities at any number of them (issue 12, "speed"): the country page and the
-- full list read one host's rows through these, as a UNION ALL of the host's own rows and those it co-hosts
-- (pacm.HostedActivities), never by reading every activity. Checked with EXPLAIN ANALYZE at 100 times the seed data
-- (bench/generate.sql; figures in bench/README.md).

-- The summary (counts by stage, form and activity type, expected reductions) from the index alone (index-only scan),
-- and the stage and form filters of the full list.
CREATE INDEX pacm_activity_host_tally_idx ON pacm_activity (host_iso2, stage, form, activity_type_code)
    INCLUDE (publication_status, expected_reductions_tco2e_per_year);

-- The list's projects and programmes in each order it offers, "no figure" last either way, ties by title and id: a
-- page reads its rows and those before it from the index alone (the filters' columns and a component's programme are included), never sorts.
CREATE INDEX pacm_activity_host_size_desc_idx ON pacm_activity
    (host_iso2, expected_reductions_tco2e_per_year DESC NULLS LAST, title, id) INCLUDE (form, stage, publication_status, programme_id);
CREATE INDEX pacm_activity_host_size_asc_idx ON pacm_activity
    (host_iso2, expected_reductions_tco2e_per_year ASC NULLS LAST, title, id) INCLUDE (form, stage, publication_status, programme_id);
CREATE INDEX pacm_activity_host_approved_desc_idx ON pacm_activity
    (host_iso2, host_approved_on DESC NULLS LAST, title, id) INCLUDE (form, stage, publication_status, programme_id);
CREATE INDEX pacm_activity_host_approved_asc_idx ON pacm_activity
    (host_iso2, host_approved_on ASC NULLS LAST, title, id) INCLUDE (form, stage, publication_status, programme_id);
CREATE INDEX pacm_activity_host_title_idx ON pacm_activity
    (host_iso2, lower(title), title, id) INCLUDE (form, stage, publication_status, programme_id);

-- Superseded by the indexes above, which begin with the same columns.
DROP INDEX pacm_activity_host_idx;
DROP INDEX pacm_activity_host_size_idx;
