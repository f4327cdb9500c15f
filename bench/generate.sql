-- bench/generate.sql: 100 times the seeded Article 6 data, as synthetic records kept apart from the real ones.
-- Every synthetic record's slug starts with "synthetic-" and its source title says so; bench/remove-synthetic.sql
-- deletes them all. Copies are spread over all countries, so every page grows, Peru's included.
-- Run against the portal's schema: psql -v ON_ERROR_STOP=1 -d <database> -f bench/generate.sql
SET search_path TO a6portal;
BEGIN;
-- the search index (search_entry) and the counts are kept up once, at the end, for every synthetic record (V21)
SELECT upkeep_defer();

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

-- Article 6.4: 99 copies of every activity, each on its original's host pages (host and other hosts), so a country's
-- list grows 100 times (India: 594 -> 59,400); a copied component belongs to the same copy of its programme.
CREATE TEMP TABLE pacm_copy AS
SELECT a.id AS original, copy, nextval(pg_get_serial_sequence('a6portal.pacm_activity', 'id')) AS id
FROM pacm_activity a CROSS JOIN generate_series(1, 99) AS copy
WHERE a.slug NOT LIKE 'synthetic-%';
INSERT INTO pacm_activity (id, slug, host_iso2, title, origin, form, stage, stage_on, activity_type_code, methodology,
    scale, expected_reductions_tco2e_per_year, crediting_start, crediting_end, unfccc_reference, pcn_submitted_on,
    notes, host_approved_on, a6_period_from, a6_period_to, methodology_choice, activity_type_in_source, programme_id,
    publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
OVERRIDING SYSTEM VALUE
SELECT k.id, 'synthetic-' || a.slug || '-' || k.copy, a.host_iso2, a.title || ' (synthetic copy ' || k.copy || ')',
       a.origin, a.form, a.stage, a.stage_on, a.activity_type_code, a.methodology, a.scale,
       -- sizes spread around the original's, so copies interleave in every order
       round(a.expected_reductions_tco2e_per_year * (0.5 + (k.copy % 10) / 10.0)), a.crediting_start, a.crediting_end,
       a.unfccc_reference || ' synthetic ' || k.copy, a.pcn_submitted_on, a.notes,
       a.host_approved_on + (k.copy % 30), a.a6_period_from, a.a6_period_to, a.methodology_choice,
       a.activity_type_in_source, p.id, a.publication_status, a.source_url,
       'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM pacm_copy k
JOIN pacm_activity a ON a.id = k.original
LEFT JOIN pacm_copy p ON p.original = a.programme_id AND p.copy = k.copy;
INSERT INTO pacm_activity_other_host (activity_id, country_iso2)
SELECT k.id, h.country_iso2 FROM pacm_copy k JOIN pacm_activity_other_host h ON h.activity_id = k.original;

-- ITMO events and NDC documents: 99 copies each, on their original's country (never the current NDC document)
INSERT INTO itmo_event (slug, approach_id, host_iso2, acquiring_iso2, activity_title, kind, description, event_on,
    event_date_note, volume_tco2e, volume_meaning, volume_note, notes, publication_status, source_url, source_title,
    source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-' || e.slug || '-' || copy, e.approach_id, e.host_iso2, e.acquiring_iso2, e.activity_title, e.kind,
       e.description || ' (synthetic copy ' || copy || ')', e.event_on, e.event_date_note, e.volume_tco2e,
       e.volume_meaning, e.volume_note, e.notes, e.publication_status, e.source_url,
       'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM itmo_event e CROSS JOIN generate_series(1, 99) AS copy
WHERE e.slug NOT LIKE 'synthetic-%';
INSERT INTO ndc_document (slug, country_iso2, title, submitted_on, registry_status, is_current, language, document_url,
    publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
SELECT 'synthetic-' || d.slug || '-' || copy, d.country_iso2, d.title || ' (synthetic copy ' || copy || ')',
       d.submitted_on, d.registry_status, false, d.language, d.document_url || '#synthetic-' || copy,
       d.publication_status, d.source_url, 'Synthetic benchmark record (bench/generate.sql)', current_date, current_date
FROM ndc_document d CROSS JOIN generate_series(1, 99) AS copy
WHERE d.slug NOT LIKE 'synthetic-%';

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

-- a copied component's programme title (V21) is its copied programme's, which the same statement inserted
UPDATE pacm_activity c SET programme_title = p.title FROM pacm_activity p
WHERE p.id = c.programme_id AND c.slug LIKE 'synthetic-%' AND c.programme_title IS DISTINCT FROM p.title;

-- the synthetic records' search entries (so the search bench at 100 times is honest) and every count
SELECT upkeep_flush();

-- the revision moves on, so every instance renders pages afresh
INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change)
VALUES ('import', 'bench', 'bench/generate.sql', 'import', 'bench', true);
COMMIT;
-- planner statistics and the visibility map for the grown tables (index-only scans), as autovacuum would do soon after
VACUUM (ANALYZE);
