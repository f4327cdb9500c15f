-- Issue 13 (import13): an import that names the slug of a deleted record brings that record back under its old id
-- (RecordEditing.importRecords asks ChangeLog.deletedIdsBySlug): the deletions of each kind, by slug.
CREATE INDEX change_log_deleted_slug_idx ON change_log (entity_type, (before_state ->> 'slug'), id DESC)
    WHERE after_state IS NULL AND before_state IS NOT NULL;

-- A record's search entry is rebuilt by a row trigger (V20: search_entry_refresh reads search_source WHERE
-- record_key = ANY (keys)), and search_source names a record by its id as text. Without an index on that text, each
-- trigger read the whole table: a 5,000-row import fired 20,000 triggers over a growing table, a cost that grew with
-- the square of the rows (bench/import.sh). With these, each trigger reads its own record only.
-- (cooperative_approach_id_text_idx and pacm_activity_id_text_idx: made by V21 for the same reason)
CREATE INDEX ndc_submission_id_text_idx ON ndc_submission ((id::text));
CREATE INDEX initial_report_id_text_idx ON initial_report ((id::text));
CREATE INDEX capacity_building_project_id_text_idx ON capacity_building_project ((id::text));
