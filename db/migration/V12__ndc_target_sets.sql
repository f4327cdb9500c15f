-- NDC target sets (issue 12): each NDC version of a Party (with its targets) gets a stable public slug, its own page
-- /ndc-targets/{slug}; and who chose the Party's current version is on record.

-- ndc-pe-2020: the country and the version's year, a number after it where a Party has two versions of one year.
-- Given once, on insert, and never changed: the URL stays when an editor corrects the label or the year.
ALTER TABLE ndc_submission ADD COLUMN slug text;
UPDATE ndc_submission s SET slug = n.slug
FROM (SELECT id, 'ndc-' || lower(country_iso2) || '-' || version_year
             || CASE WHEN row_number() OVER w > 1 THEN '-' || row_number() OVER w ELSE '' END AS slug
      FROM ndc_submission
      WINDOW w AS (PARTITION BY country_iso2, version_year ORDER BY id)) n
WHERE n.id = s.id;

CREATE FUNCTION ndc_submission_slug() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    base      text := 'ndc-' || lower(NEW.country_iso2) || '-' || NEW.version_year;
    candidate text := base;
    n         int  := 1;
BEGIN
    IF NEW.slug IS NULL THEN
        WHILE EXISTS (SELECT 1 FROM ndc_submission WHERE slug = candidate) LOOP
            n := n + 1;
            candidate := base || '-' || n;
        END LOOP;
        NEW.slug := candidate;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER ndc_submission_slug BEFORE INSERT ON ndc_submission
    FOR EACH ROW EXECUTE FUNCTION ndc_submission_slug();

ALTER TABLE ndc_submission ALTER COLUMN slug SET NOT NULL,
    ADD CONSTRAINT ndc_submission_slug_key UNIQUE (slug),
    ADD CONSTRAINT ndc_submission_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Who made this version the Party's current one, and when: 'seed data' where the seed loader's rule chose it (the
-- newest version), an editor's e-mail address where an editor did. The loader never moves an editor's choice.
ALTER TABLE ndc_submission ADD COLUMN current_chosen_by text, ADD COLUMN current_chosen_at timestamptz,
    ADD CONSTRAINT ndc_submission_current_chosen_check CHECK (is_current OR current_chosen_by IS NULL);

-- Choices made before this migration: an editor's save that set the box "current NDC" on a target of the version now
-- current; every other current version was the loader's choice.
UPDATE ndc_submission s SET current_chosen_by = coalesce(e.changed_by, 'seed data'),
                            current_chosen_at = coalesce(e.changed_at, s.updated_at)
FROM ndc_submission s2
LEFT JOIN LATERAL (
    SELECT l.changed_by, l.changed_at
    FROM change_log l JOIN ndc_target t ON l.entity_type = 'ndc_target' AND l.entity_id = t.id::text
    WHERE t.submission_id = s2.id AND l.changed_by <> 'seed data'
    AND EXISTS (SELECT 1 FROM jsonb_array_elements(l.changes) c
                WHERE c ->> 'field' = 'ndcCurrent' AND c ->> 'after' = 'true')
    ORDER BY l.changed_at DESC LIMIT 1) e ON true
WHERE s2.id = s.id AND s.is_current;

-- A target set's page is dated by its targets' public changes: the set's slug beside each of its targets
-- (history.ContentRevision#record, discovery.SitemapEntries).
CREATE VIEW ndc_target_set_member AS
SELECT s.slug, t.id, t.publication_status
FROM ndc_submission s JOIN ndc_target t ON t.submission_id = s.id;
