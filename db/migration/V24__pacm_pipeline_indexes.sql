-- The PACM pipeline overview (/pacm-activities, issue 14): read through these at any number of activities (checked
-- with EXPLAIN ANALYZE at 100 times the seed data, bench/generate.sql: 245,900 activities). Only published
-- activities are ever listed there, so every index is partial.

-- The tally (the page's count, summary, by-stage and by-region tables, in one grouped statement) from the index
-- alone: an index-only scan of every published activity unfiltered, a range of it for a stage.
CREATE INDEX pacm_activity_pipeline_tally_idx ON pacm_activity (stage, form, origin, activity_type_code, host_iso2)
    INCLUDE (expected_reductions_tco2e_per_year) WHERE publication_status = 'published';

-- A page in each order the page offers, ties by title and id, "no date or figure" last either way: the page's ids
-- come from the order's index (read forwards, or backwards for the title's two directions), the filters' columns
-- included so that a filtered walk needs no table row, never from a sort of every activity.
CREATE INDEX pacm_activity_pipeline_size_desc_idx ON pacm_activity
    (expected_reductions_tco2e_per_year DESC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_size_asc_idx ON pacm_activity
    (expected_reductions_tco2e_per_year ASC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_title_idx ON pacm_activity (lower(title), title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_approved_desc_idx ON pacm_activity (host_approved_on DESC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_approved_asc_idx ON pacm_activity (host_approved_on ASC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_stage_on_desc_idx ON pacm_activity (stage_on DESC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
CREATE INDEX pacm_activity_pipeline_stage_on_asc_idx ON pacm_activity (stage_on ASC NULLS LAST, title, id)
    INCLUDE (host_iso2, stage, form, origin, activity_type_code) WHERE publication_status = 'published';
