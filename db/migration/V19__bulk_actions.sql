-- Issue 13, bulk actions on admin lists: a bulk publish, unpublish or delete is one entry in the record of changes
-- (entity_type 'bulk', its action 'publish', 'unpublish' or 'delete'), each record's change filed under it through
-- import_id (the column an import's changes use: "part of"), so that it is undone as one unit like an import.
ALTER TABLE change_log DROP CONSTRAINT change_log_action_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_action_check
    CHECK (action IN ('create', 'update', 'delete', 'revert', 'import', 'publish', 'unpublish'));
