-- Honest dates (issue 12): "Last updated" on a country page is when the content it shows last changed, not when the
-- seed was loaded. change_log.changed_at stays what it is (when the row was written: the audit trail); the new
-- content_changed_at is when the content changed: for an editor's change, the change itself; for a seeded record,
-- the retrieval date its source carries; for a seeded country (names, codes, region: reference data, not a record a
-- reader follows), nothing.
ALTER TABLE change_log ADD COLUMN content_changed_at timestamptz;

UPDATE change_log SET content_changed_at = changed_at WHERE changed_by <> 'seed data';

-- a seeded record deleted since keeps the time it was loaded
UPDATE change_log l SET content_changed_at = coalesce((CASE l.entity_type
        WHEN 'cooperative_approach' THEN (SELECT r.source_retrieved_on FROM cooperative_approach r WHERE r.id::text = l.entity_id)
        WHEN 'pacm_activity' THEN (SELECT r.source_retrieved_on FROM pacm_activity r WHERE r.id::text = l.entity_id)
        WHEN 'ndc_target' THEN (SELECT r.source_retrieved_on FROM ndc_target r WHERE r.id::text = l.entity_id)
        WHEN 'capacity_building_project' THEN (SELECT r.source_retrieved_on FROM capacity_building_project r
                                               WHERE r.id::text = l.entity_id)
    END)::timestamp AT TIME ZONE 'UTC', l.changed_at)
WHERE l.changed_by = 'seed data' AND l.entity_type <> 'country';

-- ContentRevision.country reads a country's last content change from this index alone (see V6)
DROP INDEX change_log_public_idx;
CREATE INDEX change_log_public_idx ON change_log (id) INCLUDE (changed_at, content_changed_at) WHERE public_change;
