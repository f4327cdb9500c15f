-- bench/generate.sql: 100 times the seeded Article 6 data, as synthetic records kept apart from the real ones.
-- Every synthetic record's slug starts with "synthetic-" and its source title says so; bench/remove-synthetic.sql
-- deletes them all. Copies are spread over all countries, so every page grows, Peru's included.
-- Run against the portal's schema: psql -v ON_ERROR_STOP=1 -d <database> -f bench/generate.sql
SET search_path TO a6portal;
BEGIN;

CREATE TEMP TABLE numbered_country AS
SELECT iso2, row_number() OVER (ORDER BY iso2) - 1 AS n FROM country;

INSERT INTO cooperative_approach (slug, title, instrument, status, signed_on, sector_scope, notes, publication_status,
    source_url, source_title, source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-' || a.slug || '-' || copy, a.title || ' (synthetic copy ' || copy || ')', a.instrument, a.status,
       a.signed_on, a.sector_scope, a.notes, 'published', 'https://example.org/synthetic',
       'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM cooperative_approach a CROSS JOIN generate_series(1, 99) AS copy
WHERE a.slug NOT LIKE 'synthetic-%';

-- each copy gets a transferring Party spread over all countries and keeps the original's acquiring Party
INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
SELECT s.id, c.iso2, 'transferring'
FROM cooperative_approach s
JOIN numbered_country c ON c.n = (s.id * 7) % (SELECT count(*) FROM country)
WHERE s.slug LIKE 'synthetic-%';
INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
SELECT s.id, p.country_iso2, 'acquiring'
FROM cooperative_approach s
JOIN cooperative_approach o ON s.slug LIKE 'synthetic-' || o.slug || '-%' AND o.slug NOT LIKE 'synthetic-%'
JOIN cooperative_approach_party p ON p.approach_id = o.id AND p.role = 'acquiring'
WHERE NOT EXISTS (SELECT 1 FROM cooperative_approach_party x WHERE x.approach_id = s.id AND x.country_iso2 = p.country_iso2);
INSERT INTO cooperative_approach_sector (approach_id, sector_code)
SELECT s.id, (ARRAY['energy_supply', 'transport', 'waste', 'agriculture', 'household_energy'])[1 + s.id % 5]
FROM cooperative_approach s WHERE s.slug LIKE 'synthetic-%';

INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, activity_type_code, methodology, publication_status,
    source_url, source_title, source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-pacm-' || copy, c.iso2, 'Synthetic PACM activity ' || copy, 'new_activity', 'pcn_submitted',
       'clean_cooking', 'AMS-II.G', 'published', 'https://example.org/synthetic',
       'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM generate_series(1, 100) AS copy JOIN numbered_country c ON c.n = (copy * 13) % (SELECT count(*) FROM country);

INSERT INTO ndc_submission (country_iso2, label, version_year)
SELECT DISTINCT c.iso2, 'Synthetic NDC ' || (2000 + copy % 20), 2000 + copy % 20
FROM generate_series(1, 2900) AS copy JOIN numbered_country c ON c.n = (copy * 11) % (SELECT count(*) FROM country)
ON CONFLICT (country_iso2, label) DO NOTHING;
INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, conditional, publication_status,
    source_url, source_title, source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-ndc-' || copy, s.id, 'base_year', 2030 + copy % 10, copy % 80, copy % 2 = 0, 'published',
       'https://example.org/synthetic', 'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM generate_series(1, 2900) AS copy
JOIN numbered_country c ON c.n = (copy * 11) % (SELECT count(*) FROM country)
JOIN ndc_submission s ON s.country_iso2 = c.iso2 AND s.label = 'Synthetic NDC ' || (2000 + copy % 20);

INSERT INTO capacity_building_project (slug, title, lead_organisation, summary, publication_status, source_url,
    source_title, source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-' || p.slug || '-' || copy, p.title || ' (synthetic copy ' || copy || ')', p.lead_organisation,
       p.summary, 'published', 'https://example.org/synthetic', 'Synthetic benchmark record (bench/generate.sql)',
       current_date, current_date
FROM capacity_building_project p CROSS JOIN generate_series(1, 99) AS copy
WHERE p.slug NOT LIKE 'synthetic-%';
INSERT INTO capacity_building_country (project_id, country_iso2)
SELECT p.id, c.iso2 FROM capacity_building_project p
JOIN numbered_country c ON c.n IN ((p.id * 3) % 250, (p.id * 17) % 250)
WHERE p.slug LIKE 'synthetic-%'
ON CONFLICT DO NOTHING;

-- the revision moves on, so every instance renders pages afresh
INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change)
VALUES ('import', 'bench', 'bench/generate.sql', 'import', 'bench', true);
COMMIT;
