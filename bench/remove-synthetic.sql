-- bench/remove-synthetic.sql: deletes every record bench/generate.sql made (slugs starting with "synthetic-").
SET search_path TO a6portal;
BEGIN;
SELECT upkeep_defer();
DELETE FROM cooperative_approach WHERE slug LIKE 'synthetic-%';
DELETE FROM pacm_activity WHERE slug LIKE 'synthetic-%';
DELETE FROM itmo_event WHERE slug LIKE 'synthetic-%';
DELETE FROM ndc_document WHERE slug LIKE 'synthetic-%';
DELETE FROM ndc_target WHERE slug LIKE 'synthetic-%';
DELETE FROM ndc_submission WHERE label LIKE 'Synthetic NDC %';
DELETE FROM capacity_building_project WHERE slug LIKE 'synthetic-%';
SELECT upkeep_flush();
INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change)
VALUES ('import', 'bench', 'bench/remove-synthetic.sql', 'delete', 'bench', true);
COMMIT;
