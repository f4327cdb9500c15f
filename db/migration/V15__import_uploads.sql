-- Issue 13: an uploaded CSV file waits here between its preview and its apply, so the apply form carries only the
-- upload's id (not the whole file again, url-encoded, over the form limit) and any instance can apply it.
CREATE TABLE import_upload (
    id            uuid        PRIMARY KEY,
    kind          text        NOT NULL,
    file_name     text        NOT NULL,
    content       text        NOT NULL,
    publication   text        NOT NULL CHECK (publication IN ('keep', 'publish', 'draft')),
    uploaded_by   text        NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_upload_uploaded_at_idx ON import_upload (uploaded_at);

-- An import's changes, and the change that undid an import (or reverted a change), are looked up by these.
CREATE INDEX change_log_import_idx ON change_log (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX change_log_reverts_idx ON change_log (reverts_id) WHERE reverts_id IS NOT NULL;
