-- Article 6.2 events from the seed (issue 12): authorisations, purchase agreements, issuances, registrations and
-- first transfers, each dated (or dated only in words), with a volume and what that volume means. An event belongs to
-- its cooperative approach; one the sources tie to no listed approach (Guyana's ART credits) belongs to its host.
CREATE TABLE itmo_event (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    approach_id         bigint      REFERENCES cooperative_approach (id) ON DELETE CASCADE,
    host_iso2           text        NOT NULL REFERENCES country (iso2),
    acquiring_iso2      text        REFERENCES country (iso2),
    activity_title      text,
    kind                text        NOT NULL CHECK (kind IN ('purchase_agreement', 'authorisation', 'issuance',
                                        'registration', 'transfer')),
    description         text        NOT NULL CHECK (description <> ''),
    event_on            date,
    event_date_note     text,
    volume_tco2e        numeric(14, 0) CHECK (volume_tco2e > 0),
    volume_meaning      text        CHECK (volume_meaning IN ('transfer', 'ceiling', 'estimate', 'issuance')),
    volume_note         text,
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
    CHECK ((volume_tco2e IS NULL) = (volume_meaning IS NULL)),
    CHECK (acquiring_iso2 IS NULL OR acquiring_iso2 <> host_iso2)
);
CREATE INDEX itmo_event_approach_idx ON itmo_event (approach_id);
CREATE INDEX itmo_event_host_idx ON itmo_event (host_iso2);
