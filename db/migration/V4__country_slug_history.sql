-- Slugs a country had before an editor renamed it: old links (/countries/old-name) keep redirecting.
CREATE TABLE country_slug_history (
    slug         text        PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    country_iso2 text        NOT NULL REFERENCES country (iso2),
    replaced_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX country_slug_history_country_idx ON country_slug_history (country_iso2);
