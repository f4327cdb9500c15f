-- Every NDC document in the UNFCCC NDC registry (issue 12): its title, date, registry status, language and URL; the
-- registry's current one per country (two where a country filed language versions on one day).
CREATE TABLE ndc_document (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    country_iso2        text        NOT NULL REFERENCES country (iso2),
    title               text        NOT NULL CHECK (title <> ''),
    submitted_on        date,
    registry_status     text        NOT NULL CHECK (registry_status IN ('active', 'archived')),
    is_current          boolean     NOT NULL DEFAULT false,
    language            text,
    document_url        text        NOT NULL CHECK (document_url ~ '^https?://[^\s]+$'),
    publication_status  text        NOT NULL DEFAULT 'draft' CHECK (publication_status IN ('draft', 'published')),
    source_url          text        CHECK (source_url ~ '^https?://[^\s]+$'),
    source_title        text        NOT NULL,
    source_retrieved_on date        NOT NULL,
    last_reviewed_on    date        NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (publication_status = 'draft' OR source_url IS NOT NULL),
    CHECK (NOT is_current OR registry_status = 'active'),
    UNIQUE (country_iso2, document_url)
);
CREATE INDEX ndc_document_current_idx ON ndc_document (country_iso2) WHERE is_current;
