-- The CDM transition pipeline (issue 12): what the UNEP-CCC sheet says of each activity, programmes spanning several
-- hosts, components under their programme, six activity types the taxonomy lacked, and a checksum per seed file.

ALTER TABLE pacm_activity
    -- the day the host Party approved the transition (stage host_approved), where the source records it
    ADD COLUMN host_approved_on        date,
    -- the source's "Article 6 relevant period", as it states it (in 18 rows it ends before it begins: kept so, not
    -- guessed at)
    ADD COLUMN a6_period_from          date,
    ADD COLUMN a6_period_to            date,
    -- whether the activity keeps its CDM methodology after transition or moves to an Article 6.4 one
    ADD COLUMN methodology_choice      text CHECK (methodology_choice IN ('cdm', 'article_6_4')),
    -- the source's own word for the activity type (Wind, EE households…), kept beside the mapped activity_type_code
    ADD COLUMN activity_type_in_source text,
    -- a component's programme, where the component's title names it
    ADD COLUMN programme_id            bigint REFERENCES pacm_activity (id) ON DELETE SET NULL,
    ADD CONSTRAINT pacm_activity_programme_check CHECK (programme_id IS NULL OR form = 'component');
CREATE INDEX pacm_activity_programme_idx ON pacm_activity (programme_id);
-- the country page's summary and compact table read one host's rows by size
CREATE INDEX pacm_activity_host_size_idx ON pacm_activity (host_iso2, expected_reductions_tco2e_per_year DESC NULLS LAST);

-- The hosts of a programme beyond its first (host_iso2): it belongs to each of their pages too.
CREATE TABLE pacm_activity_other_host (
    activity_id  bigint NOT NULL REFERENCES pacm_activity (id) ON DELETE CASCADE,
    country_iso2 text   NOT NULL REFERENCES country (iso2),
    PRIMARY KEY (activity_id, country_iso2)
);
CREATE INDEX pacm_activity_other_host_country_idx ON pacm_activity_other_host (country_iso2, activity_id);

INSERT INTO activity_type (code, sector_code, sort_order, name_en, name_es, name_fr) VALUES
    ('bioenergy',              'energy_supply',     40, 'Biomass energy',                 'Energía de biomasa',             'Énergie de la biomasse'),
    ('fuel_switch',            'energy_supply',     50, 'Fossil fuel switch',             'Cambio de combustible fósil',    'Changement de combustible fossile'),
    ('fugitive_emissions',     'energy_supply',     60, 'Fugitive emissions and coal mine methane', 'Emisiones fugitivas y metano de minas de carbón', 'Émissions fugitives et méthane de houillère'),
    ('efficiency_supply_side', 'energy_efficiency', 30, 'Supply-side energy efficiency',  'Eficiencia energética del suministro', 'Efficacité énergétique côté offre'),
    ('household_efficiency',   'household_energy',  30, 'Household energy efficiency (cookstoves, lamps, water filters)', 'Eficiencia energética en hogares (cocinas, lámparas, filtros de agua)', 'Efficacité énergétique des ménages (foyers, lampes, filtres à eau)'),
    ('other_agriculture',      'agriculture',       40, 'Other agricultural activity',    'Otra actividad agrícola',        'Autre activité agricole');

-- Seed bookkeeping per file: a restart over a loaded database skips a file whose bytes (and the loader's mapping)
-- have not changed, without reading its rows.
CREATE TABLE seed_file (
    name      text        PRIMARY KEY,
    checksum  text        NOT NULL,
    loaded_at timestamptz NOT NULL
);
