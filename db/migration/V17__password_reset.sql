-- One-time password-reset links an administrator creates for an account (the portal sends no mail: the
-- administrator passes the link on). Only a SHA-256 hash of the link's token is kept; a link works once, until it expires.
CREATE TABLE password_reset (
    token_hash  text        PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id);
