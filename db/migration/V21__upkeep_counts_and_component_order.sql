-- Issue 12, "speed": three things that were paid per row or per render.
--
-- 1. Deferred upkeep. A bulk writer (the seed loader, bench/generate.sql) says so for its transaction with
--    SELECT upkeep_defer(); then V20's search triggers only note which records changed (search_entry_pending), the
--    count triggers below do nothing, and SELECT upkeep_flush(); rebuilds those search entries and the counts once,
--    set-based, before the transaction ends. The result is the one the row triggers give; other writers (the admin
--    section, imports, restores) keep the triggers' immediate upkeep.
-- 2. Per-country counts (country_count) and published activities per stage (pacm_stage_count), kept by triggers on
--    the tables they count, so the country index, the home page and its map read 250 rows, not every activity.
-- 3. A component's programme title (pacm_activity.programme_title), kept by triggers, with indexes, so a country's
--    full list walks its components in order ("grouped by programme") instead of sorting all of them.

-- 1. Deferred upkeep ---------------------------------------------------------------------------------------------

CREATE TABLE search_entry_pending (
    kind       text NOT NULL,
    record_key text NOT NULL,
    PRIMARY KEY (kind, record_key)
);

-- Whether this transaction defers the upkeep (a transaction-local setting: it ends with the transaction).
CREATE FUNCTION upkeep_deferred() RETURNS boolean
LANGUAGE sql STABLE
AS $$ SELECT coalesce(current_setting('a6portal.upkeep', true), '') = 'deferred' $$;

CREATE FUNCTION upkeep_defer() RETURNS void
LANGUAGE sql
AS $$ SELECT set_config('a6portal.upkeep', 'deferred', true) $$;

-- The triggers' immediate upkeep again (upkeep_flush() does this after its rebuild).
CREATE FUNCTION upkeep_resume() RETURNS void
LANGUAGE sql
AS $$ SELECT set_config('a6portal.upkeep', '', true) $$;

-- These records' search entries: rebuilt now, or noted for upkeep_flush().
CREATE FUNCTION search_entry_touch_keys(k text, keys text[]) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    INSERT INTO search_entry_pending (kind, record_key)
    SELECT DISTINCT k, key FROM unnest(keys) AS key WHERE key IS NOT NULL
    ON CONFLICT DO NOTHING;
  ELSE
    PERFORM search_entry_refresh(k, keys);
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION search_entry_touch() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  keys text[] := ARRAY[]::text[];
BEGIN
  IF TG_OP <> 'INSERT' THEN
    keys := keys || (to_jsonb(OLD) ->> TG_ARGV[1]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    keys := keys || (to_jsonb(NEW) ->> TG_ARGV[1]);
  END IF;
  PERFORM search_entry_touch_keys(TG_ARGV[0], keys);
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_country_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM search_entry_touch_keys('approach', ARRAY(SELECT approach_id::text FROM cooperative_approach_party WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_touch_keys('pacm', ARRAY(
      SELECT id::text FROM pacm_activity WHERE host_iso2 = NEW.iso2
      UNION SELECT activity_id::text FROM pacm_activity_other_host WHERE country_iso2 = NEW.iso2
      UNION SELECT activity_id::text FROM pacm_activity_party WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_touch_keys('ndc', ARRAY(SELECT id::text FROM ndc_submission WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_touch_keys('report', ARRAY(SELECT id::text FROM initial_report WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_touch_keys('capacity', ARRAY(SELECT project_id::text FROM capacity_building_country WHERE country_iso2 = NEW.iso2));
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_taxonomy_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM search_entry_touch_keys('pacm', ARRAY(
      SELECT p.id::text FROM pacm_activity p JOIN activity_type t ON t.code = p.activity_type_code
      WHERE t.code = NEW.code OR t.sector_code = NEW.code));
  PERFORM search_entry_touch_keys('approach', ARRAY(SELECT approach_id::text FROM cooperative_approach_sector WHERE sector_code = NEW.code));
  RETURN NULL;
END
$$;

-- 2. Counts ------------------------------------------------------------------------------------------------------

-- Per country: the published cooperative approaches it takes part in, the published Article 6.4 activities it hosts
-- (itself or with others) and how many of those are CDM transitions. A country without a row counts none.
CREATE TABLE country_count (
    iso2             text    PRIMARY KEY REFERENCES country (iso2) ON DELETE CASCADE ON UPDATE CASCADE,
    approaches       integer NOT NULL,
    pacm_activities  integer NOT NULL,
    pacm_transitions integer NOT NULL
);

-- Recounts these countries (null: every country) from the tables, through their indexes.
CREATE FUNCTION country_count_refresh(codes text[]) RETURNS void
LANGUAGE sql
AS $$
  INSERT INTO country_count (iso2, approaches, pacm_activities, pacm_transitions)
  SELECT c.iso2,
         (SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
           WHERE p.country_iso2 = c.iso2 AND a.publication_status = 'published'),
         h.activities, h.transitions
  FROM country c
  CROSS JOIN LATERAL (
      SELECT count(*) AS activities, count(*) FILTER (WHERE x.origin = 'cdm_transition') AS transitions
      FROM (SELECT a.origin FROM pacm_activity a WHERE a.host_iso2 = c.iso2 AND a.publication_status = 'published'
            UNION ALL
            SELECT a.origin FROM pacm_activity_other_host o JOIN pacm_activity a ON a.id = o.activity_id
             WHERE o.country_iso2 = c.iso2 AND a.host_iso2 <> c.iso2 AND a.publication_status = 'published') x) h
  WHERE codes IS NULL OR c.iso2 = ANY (codes)
  ON CONFLICT (iso2) DO UPDATE SET approaches = excluded.approaches, pacm_activities = excluded.pacm_activities,
      pacm_transitions = excluded.pacm_transitions
  WHERE (country_count.approaches, country_count.pacm_activities, country_count.pacm_transitions)
      IS DISTINCT FROM (excluded.approaches, excluded.pacm_activities, excluded.pacm_transitions);
$$;

-- A country's recount from an index alone (host, status and origin: no visit to the rows).
CREATE INDEX pacm_activity_host_origin_idx ON pacm_activity (host_iso2, publication_status, origin);

-- The home page's published Article 6.4 activities by stage.
CREATE TABLE pacm_stage_count (
    stage      text    PRIMARY KEY,
    activities integer NOT NULL
);

CREATE FUNCTION pacm_stage_count_refresh() RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM pacm_stage_count;
  INSERT INTO pacm_stage_count (stage, activities)
  SELECT stage, count(*) FROM pacm_activity WHERE publication_status = 'published' GROUP BY stage;
$$;

-- Statement triggers with transition tables: one recount per statement, of the countries it touched.
CREATE FUNCTION country_count_pacm() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM country_count_refresh(ARRAY(SELECT DISTINCT host_iso2 FROM new_rows WHERE publication_status = 'published'));
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, count(*) FROM new_rows WHERE publication_status = 'published' GROUP BY stage
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  ELSIF TG_OP = 'DELETE' THEN
    -- the other hosts' rows go by their own trigger (ON DELETE CASCADE)
    PERFORM country_count_refresh(ARRAY(SELECT DISTINCT host_iso2 FROM old_rows WHERE publication_status = 'published'));
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, -count(*) FROM old_rows WHERE publication_status = 'published' GROUP BY stage
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  ELSE
    PERFORM country_count_refresh(ARRAY(
        SELECT o.host_iso2 FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.host_iso2, o.publication_status, o.origin) IS DISTINCT FROM (n.host_iso2, n.publication_status, n.origin)
        UNION
        SELECT n.host_iso2 FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.host_iso2, o.publication_status, o.origin) IS DISTINCT FROM (n.host_iso2, n.publication_status, n.origin)
        UNION
        SELECT h.country_iso2 FROM old_rows o JOIN new_rows n ON n.id = o.id
          JOIN pacm_activity_other_host h ON h.activity_id = n.id
         WHERE (o.host_iso2, o.publication_status, o.origin) IS DISTINCT FROM (n.host_iso2, n.publication_status, n.origin)));
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, sum(d) FROM (
        SELECT stage, -1 AS d FROM old_rows WHERE publication_status = 'published'
        UNION ALL
        SELECT stage, 1 FROM new_rows WHERE publication_status = 'published') x
    GROUP BY stage HAVING sum(d) <> 0
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER country_count_pacm_insert AFTER INSERT ON pacm_activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_pacm();
CREATE TRIGGER country_count_pacm_update AFTER UPDATE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_pacm();
CREATE TRIGGER country_count_pacm_delete AFTER DELETE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_pacm();

-- Rows naming a country (other hosts, Parties of an approach): the countries named before and after.
CREATE FUNCTION country_count_named() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM country_count_refresh(ARRAY(SELECT DISTINCT country_iso2 FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM country_count_refresh(ARRAY(SELECT DISTINCT country_iso2 FROM old_rows));
  ELSE
    PERFORM country_count_refresh(ARRAY(SELECT country_iso2 FROM old_rows UNION SELECT country_iso2 FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER country_count_other_host_insert AFTER INSERT ON pacm_activity_other_host
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();
CREATE TRIGGER country_count_other_host_update AFTER UPDATE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();
CREATE TRIGGER country_count_other_host_delete AFTER DELETE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();
CREATE TRIGGER country_count_approach_party_insert AFTER INSERT ON cooperative_approach_party
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();
CREATE TRIGGER country_count_approach_party_update AFTER UPDATE ON cooperative_approach_party
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();
CREATE TRIGGER country_count_approach_party_delete AFTER DELETE ON cooperative_approach_party
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_named();

-- An approach published or withdrawn: its Parties. (A deleted approach's Parties go by their own trigger.)
CREATE FUNCTION country_count_approach() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  PERFORM country_count_refresh(ARRAY(
      SELECT DISTINCT p.country_iso2 FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN cooperative_approach_party p ON p.approach_id = n.id
       WHERE o.publication_status IS DISTINCT FROM n.publication_status));
  RETURN NULL;
END
$$;
CREATE TRIGGER country_count_approach_update AFTER UPDATE ON cooperative_approach
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_count_approach();

-- 3. A component's programme title -------------------------------------------------------------------------------

ALTER TABLE pacm_activity ADD COLUMN programme_title text;

CREATE FUNCTION pacm_programme_title_set() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.programme_id IS NULL THEN
    NEW.programme_title := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW.programme_id IS DISTINCT FROM OLD.programme_id OR NEW.programme_title IS NULL THEN
    NEW.programme_title := (SELECT p.title FROM pacm_activity p WHERE p.id = NEW.programme_id);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER pacm_programme_title_set BEFORE INSERT OR UPDATE ON pacm_activity
    FOR EACH ROW EXECUTE FUNCTION pacm_programme_title_set();

CREATE FUNCTION pacm_programme_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE pacm_activity SET programme_title = NEW.title
   WHERE programme_id = NEW.id AND programme_title IS DISTINCT FROM NEW.title;
  RETURN NULL;
END
$$;
CREATE TRIGGER pacm_programme_renamed AFTER UPDATE OF title ON pacm_activity
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION pacm_programme_renamed();

-- An activity's search entry follows the columns its text comes from (search_source), not the programme title a
-- renamed programme writes into each of its components.
DROP TRIGGER search_pacm ON pacm_activity;
CREATE TRIGGER search_pacm AFTER INSERT OR DELETE OR UPDATE OF slug, title, notes, unfccc_reference, methodology,
    activity_type_code, activity_type_in_source, host_iso2, publication_status ON pacm_activity
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('pacm', 'id');

-- V20's search_entry_refresh finds a record in search_source by its key as text (p.id::text = ANY (keys)): without
-- an index on that expression every save of an activity read every activity (3 s at 100 times the data, busy machine).
CREATE INDEX pacm_activity_id_text_idx ON pacm_activity ((id::text));
CREATE INDEX cooperative_approach_id_text_idx ON cooperative_approach ((id::text));

-- Existing components (before the count triggers' recount below).
UPDATE pacm_activity c SET programme_title = p.title FROM pacm_activity p WHERE p.id = c.programme_id;

-- The full list's components, grouped by programme (none last), in each order the list offers: as V14's indexes for
-- projects and programmes, so a page reads its rows and those before it from the index alone.
CREATE INDEX pacm_activity_component_size_desc_idx ON pacm_activity
    (host_iso2, programme_title, expected_reductions_tco2e_per_year DESC NULLS LAST, title, id)
    INCLUDE (stage, publication_status) WHERE form = 'component';
CREATE INDEX pacm_activity_component_size_asc_idx ON pacm_activity
    (host_iso2, programme_title, expected_reductions_tco2e_per_year ASC NULLS LAST, title, id)
    INCLUDE (stage, publication_status) WHERE form = 'component';
CREATE INDEX pacm_activity_component_approved_desc_idx ON pacm_activity
    (host_iso2, programme_title, host_approved_on DESC NULLS LAST, title, id)
    INCLUDE (stage, publication_status) WHERE form = 'component';
CREATE INDEX pacm_activity_component_approved_asc_idx ON pacm_activity
    (host_iso2, programme_title, host_approved_on ASC NULLS LAST, title, id)
    INCLUDE (stage, publication_status) WHERE form = 'component';
CREATE INDEX pacm_activity_component_title_idx ON pacm_activity
    (host_iso2, programme_title, lower(title), title, id)
    INCLUDE (stage, publication_status) WHERE form = 'component';

-- The counts as they stand.
SELECT country_count_refresh(NULL);
SELECT pacm_stage_count_refresh();

-- Rebuilds the search entries noted while the upkeep was deferred, and every count, set-based; the transaction's
-- later writes are kept by the triggers again. Returns how many records' search entries it rebuilt.
CREATE FUNCTION upkeep_flush() RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  k       text;
  keys    text[];
  rebuilt integer := 0;
BEGIN
  FOR k IN SELECT DISTINCT kind FROM search_entry_pending LOOP
    keys := ARRAY(SELECT record_key FROM search_entry_pending WHERE kind = k);
    rebuilt := rebuilt + cardinality(keys);
    -- values, not parameters, in the statements: the planner then matches the keys through a hash table
    EXECUTE format('DELETE FROM search_entry WHERE kind = %L AND record_key = ANY (%L::text[])', k, keys);
    EXECUTE format('INSERT INTO search_entry (kind, record_key, slug, title, title_es, title_fr, names, body, refs) '
        || 'SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_source '
        || 'WHERE kind = %L AND record_key = ANY (%L::text[])', k, keys);
  END LOOP;
  DELETE FROM search_entry_pending;
  PERFORM country_count_refresh(NULL);
  PERFORM pacm_stage_count_refresh();
  PERFORM upkeep_resume();
  RETURN rebuilt;
END
$$;
