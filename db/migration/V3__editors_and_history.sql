-- Editors, sign-in throttling and the record of changes.

CREATE TABLE app_user (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text        NOT NULL UNIQUE CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$'),
    display_name  text        NOT NULL CHECK (display_name <> ''),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('editor', 'admin')),
    enabled       boolean     NOT NULL DEFAULT true,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per failed sign-in, by account and by address; old rows are pruned as sign-ins happen.
CREATE TABLE login_failure (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account   text        NOT NULL,
    address   text        NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_account_idx ON login_failure (account, failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (address, failed_at);

-- Every create, update, delete, publication and revert of a record: who, when, which fields changed from what to
-- what (changes), and the record's whole editable state before and after (for revert and conflict messages).
CREATE TABLE change_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type    text        NOT NULL,
    entity_id      text        NOT NULL,
    entity_label   text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('create', 'update', 'delete', 'revert', 'import')),
    changed_at     timestamptz NOT NULL DEFAULT now(),
    changed_by     text        NOT NULL,
    version_after  bigint,
    public_change  boolean     NOT NULL,
    changes        jsonb       NOT NULL DEFAULT '[]',
    before_state   jsonb,
    after_state    jsonb,
    reverts_id     bigint      REFERENCES change_log (id),
    import_id      bigint      REFERENCES change_log (id)
);
CREATE INDEX change_log_entity_idx ON change_log (entity_type, entity_id, changed_at DESC);
CREATE INDEX change_log_changed_at_idx ON change_log (changed_at DESC);

-- The countries a change touches (a cooperative approach touches each of its Parties), one row each.
CREATE TABLE change_log_country (
    change_id    bigint NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    country_iso2 text   NOT NULL REFERENCES country (iso2),
    PRIMARY KEY (change_id, country_iso2)
);
CREATE INDEX change_log_country_idx ON change_log_country (country_iso2, change_id DESC);
