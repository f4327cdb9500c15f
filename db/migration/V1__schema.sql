-- The portal's data model. See README.md "Data" for where it differs from shared/DOMAIN.md and why.
-- Enumerations are text columns with CHECK constraints (lower-case codes): they read well in SQL, in the
-- JSON API and in CSV, and a new value is one ALTER of a constraint, not an ALTER TYPE.

-- Countries (UNFCCC Parties, UN member states, ISO 3166-1 entries and the European Union) ---------------

CREATE TABLE country (
    iso2                      text            PRIMARY KEY CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso3                      text            NOT NULL UNIQUE CHECK (iso3 ~ '^[A-Z]{3}$'),
    numeric_code              text            CHECK (numeric_code ~ '^[0-9]{3}$'),
    name_en                   text        NOT NULL CHECK (name_en <> ''),
    name_es                   text        NOT NULL CHECK (name_es <> ''),
    name_fr                   text        NOT NULL CHECK (name_fr <> ''),
    slug                      text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    region                    text        CHECK (region IN ('africa', 'asia', 'europe', 'oceania',
                                                            'latin_america_caribbean', 'northern_america')),
    subregion                 text,
    unfccc_party              boolean     NOT NULL,
    annex_i                   boolean     NOT NULL,
    summary                   text,
    authorization_arrangement text        CHECK (authorization_arrangement IN
                                              ('in_place', 'in_progress', 'under_consideration', 'no_public_information')),
    tracking_arrangement      text        CHECK (tracking_arrangement IN
                                              ('in_place', 'in_progress', 'under_consideration', 'no_public_information')),
    version                   bigint      NOT NULL DEFAULT 0,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    -- a slug can never be mistaken for a two- or three-letter code
    CHECK (length(slug) > 3 OR slug = lower(iso2))
);

-- Sector / activity-type taxonomy shared by Article 6.2 and 6.4 records ---------------------------------

CREATE TABLE sector (
    code       text     PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name_en    text     NOT NULL,
    name_es    text     NOT NULL,
    name_fr    text     NOT NULL,
    sort_order smallint NOT NULL UNIQUE
);

CREATE TABLE activity_type (
    code        text     PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    sector_code text     NOT NULL REFERENCES sector (code),
    name_en     text     NOT NULL,
    name_es     text     NOT NULL,
    name_fr     text     NOT NULL,
    sort_order  smallint NOT NULL
);
CREATE INDEX activity_type_sector_idx ON activity_type (sector_code);

-- Every public ("sourced") record below carries the same bookkeeping columns:
--   slug (stable public id), version (optimistic locking), publication_status (only 'published' is public),
--   source_url/source_title/source_retrieved_on, last_reviewed_on, created_at/updated_at.
-- A published record must cite a web source; a draft may wait for one.

-- Article 6.2 cooperative approaches ----------------------------------------------------------------------

CREATE TABLE cooperative_approach (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text        NOT NULL CHECK (title <> ''),
    instrument          text        NOT NULL CHECK (instrument IN ('mou', 'framework_agreement', 'implementing_agreement',
                                                                   'jcm_document', 'cooperation_agreement', 'other')),
    status              text        NOT NULL CHECK (status IN ('under_discussion', 'mou_signed', 'agreement_signed',
                                                               'in_force', 'authorized', 'first_transfer')),
    announced_on        date,
    mou_signed_on       date,
    signed_on           date,
    in_force_on         date,
    description         text,
    sector_scope        text,
    itmo_volume_tco2e   numeric(14, 0) CHECK (itmo_volume_tco2e >= 0),
    notes               text,
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (in_force_on IS NULL OR signed_on IS NULL OR in_force_on >= signed_on)
);

CREATE TABLE cooperative_approach_party (
    approach_id  bigint  NOT NULL REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    country_iso2 text        NOT NULL REFERENCES country (iso2),
    role         text    NOT NULL CHECK (role IN ('transferring', 'acquiring')),
    PRIMARY KEY (approach_id, country_iso2)
);
CREATE INDEX cooperative_approach_party_country_idx ON cooperative_approach_party (country_iso2);

-- The sectors an approach names (approaches name broad sectors; their activities name activity types)
CREATE TABLE cooperative_approach_sector (
    approach_id bigint NOT NULL REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    sector_code text   NOT NULL REFERENCES sector (code),
    PRIMARY KEY (approach_id, sector_code)
);

CREATE TABLE mitigation_activity (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                 text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    approach_id          bigint      NOT NULL REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    title                text        NOT NULL CHECK (title <> ''),
    activity_type_code   text        REFERENCES activity_type (code),
    authorized_on        date,
    authorized_use       text        CHECK (authorized_use IN ('ndc', 'oimp', 'ndc_and_oimp')),
    expected_itmos_tco2e numeric(14, 0) CHECK (expected_itmos_tco2e >= 0),
    description          text,
    publication_status   text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url           text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title         text        NOT NULL,
    source_retrieved_on  date        NOT NULL,
    last_reviewed_on     date        NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL)
);
CREATE INDEX mitigation_activity_approach_idx ON mitigation_activity (approach_id);

CREATE TABLE itmo_transfer (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    approach_id         bigint      NOT NULL REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    activity_id         bigint      REFERENCES mitigation_activity (id) ON DELETE SET NULL,
    from_iso2           text            NOT NULL REFERENCES country (iso2),
    to_iso2             text            NOT NULL REFERENCES country (iso2),
    transferred_on      date        NOT NULL,
    quantity_tco2e      numeric(14, 0) NOT NULL CHECK (quantity_tco2e > 0),
    vintage             smallint    CHECK (vintage BETWEEN 2000 AND 2100),
    is_first_transfer   boolean     NOT NULL DEFAULT false,
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (from_iso2 <> to_iso2)
);
CREATE INDEX itmo_transfer_approach_idx ON itmo_transfer (approach_id);

-- Article 6.4 PACM activities -----------------------------------------------------------------------------

CREATE TABLE pacm_activity (
    id                                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                               text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    host_iso2                          text            NOT NULL REFERENCES country (iso2),
    title                              text        NOT NULL CHECK (title <> ''),
    origin                             text        NOT NULL CHECK (origin IN ('cdm_transition', 'new_activity')),
    form                               text        CHECK (form IN ('project', 'programme', 'component')),
    stage                              text        NOT NULL CHECK (stage IN (
        'pcn_submitted', 'validation', 'registration_requested', 'registered', 'issued',
        'transition_requested', 'stakeholder_consultation', 'host_approved', 'transition_checks',
        'transition_approved', 'transition_rejected', 'rejected', 'withdrawn')),
    stage_on                           date,
    activity_type_code                 text        REFERENCES activity_type (code),
    methodology                        text,
    scale                              text        CHECK (scale IN ('small', 'large')),
    expected_reductions_tco2e_per_year numeric(14, 0) CHECK (expected_reductions_tco2e_per_year >= 0),
    crediting_start                    date,
    crediting_end                      date,
    unfccc_reference                   text        UNIQUE,
    pcn_submitted_on                   date,
    notes                              text,
    publication_status                 text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url                         text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title                       text        NOT NULL,
    source_retrieved_on                date        NOT NULL,
    last_reviewed_on                   date        NOT NULL,
    version                            bigint      NOT NULL DEFAULT 0,
    created_at                         timestamptz NOT NULL DEFAULT now(),
    updated_at                         timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (crediting_end IS NULL OR crediting_start IS NULL OR crediting_end >= crediting_start)
);
CREATE INDEX pacm_activity_host_idx ON pacm_activity (host_iso2);

CREATE TABLE pacm_activity_party (
    activity_id  bigint  NOT NULL REFERENCES pacm_activity (id) ON DELETE CASCADE,
    country_iso2 text        NOT NULL REFERENCES country (iso2),
    role         text    NOT NULL CHECK (role IN ('authorizing', 'acquiring')),
    PRIMARY KEY (activity_id, country_iso2)
);

-- NDCs ----------------------------------------------------------------------------------------------------

CREATE TABLE ndc_submission (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    country_iso2      text            NOT NULL REFERENCES country (iso2),
    label             text        NOT NULL CHECK (label <> ''),
    version_year      smallint    NOT NULL CHECK (version_year BETWEEN 1990 AND 2100),
    submitted_on      date,
    is_current        boolean     NOT NULL DEFAULT false,
    mentions_article6 boolean,
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (country_iso2, label)
);
CREATE UNIQUE INDEX ndc_submission_one_current_idx ON ndc_submission (country_iso2) WHERE is_current;

CREATE TABLE ndc_target (
    id                         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    submission_id              bigint      NOT NULL REFERENCES ndc_submission (id) ON DELETE CASCADE,
    target_type                text        NOT NULL CHECK (target_type IN ('bau', 'base_year', 'absolute', 'intensity', 'net_zero', 'other')),
    target_year                smallint    CHECK (target_year BETWEEN 2000 AND 2100),
    reduction_pct              numeric(5, 2) CHECK (reduction_pct BETWEEN 0 AND 100),
    reduction_pct_upper        numeric(5, 2) CHECK (reduction_pct_upper BETWEEN 0 AND 100),
    conditional                boolean,
    base_year                  smallint    CHECK (base_year BETWEEN 1990 AND 2100),
    reference_emissions_mtco2e numeric(10, 2) CHECK (reference_emissions_mtco2e >= 0),
    lulucf                     text        NOT NULL DEFAULT 'unknown' CHECK (lulucf IN ('included', 'excluded', 'unknown')),
    net_zero_year              smallint    CHECK (net_zero_year BETWEEN 2030 AND 2100),
    notes                      text,
    publication_status         text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url                 text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title               text        NOT NULL,
    source_retrieved_on        date        NOT NULL,
    last_reviewed_on           date        NOT NULL,
    version                    bigint      NOT NULL DEFAULT 0,
    created_at                 timestamptz NOT NULL DEFAULT now(),
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (reduction_pct_upper IS NULL OR (reduction_pct IS NOT NULL AND reduction_pct_upper >= reduction_pct))
);
CREATE INDEX ndc_target_submission_idx ON ndc_target (submission_id);

-- Sustainable development -------------------------------------------------------------------------------

CREATE TABLE sd_statement (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    country_iso2        text            NOT NULL REFERENCES country (iso2),
    topic               text        NOT NULL CHECK (topic IN ('participation_requirements', 'sd_tool', 'initial_report',
                                                              'safeguards', 'other')),
    mechanism           text        NOT NULL CHECK (mechanism IN ('a6_2', 'a6_4', 'both')),
    body                text        NOT NULL CHECK (body <> ''),
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL)
);
CREATE INDEX sd_statement_country_idx ON sd_statement (country_iso2);

CREATE TABLE initial_report (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    country_iso2        text            NOT NULL REFERENCES country (iso2),
    title               text        NOT NULL CHECK (title <> ''),
    submitted_on        date,
    review_status       text        NOT NULL CHECK (review_status IN ('submitted', 'under_review', 'review_published')),
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL)
);
CREATE INDEX initial_report_country_idx ON initial_report (country_iso2);

CREATE TABLE initial_report_approach (
    report_id   bigint NOT NULL REFERENCES initial_report (id) ON DELETE CASCADE,
    approach_id bigint NOT NULL REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, approach_id)
);

-- Capacity building ---------------------------------------------------------------------------------------

CREATE TABLE capacity_building_project (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text        NOT NULL CHECK (title <> ''),
    lead_organisation   text,
    funder              text,
    summary             text,
    started_on          date,
    ends_on             date,
    url                 text        CHECK (url ~ '^https?://[^\s]+$'),
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (ends_on IS NULL OR started_on IS NULL OR ends_on >= started_on)
);

CREATE TABLE capacity_building_country (
    project_id   bigint  NOT NULL REFERENCES capacity_building_project (id) ON DELETE CASCADE,
    country_iso2 text        NOT NULL REFERENCES country (iso2),
    PRIMARY KEY (project_id, country_iso2)
);
CREATE INDEX capacity_building_country_country_idx ON capacity_building_country (country_iso2);

-- Seed bookkeeping: which seed row produced which record, and with what content --------------------------

CREATE TABLE seed_record (
    entity_type text        NOT NULL,
    seed_key    text        NOT NULL,
    checksum    text        NOT NULL,
    loaded_at   timestamptz NOT NULL,
    PRIMARY KEY (entity_type, seed_key)
);
