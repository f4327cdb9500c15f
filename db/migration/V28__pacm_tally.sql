-- Issue 12, "speed": a country's Article 6.4 summary (counts by stage, form and activity type, expected reductions,
-- how many it co-hosts), which every country page and every page of its full 6.4 list shows, kept in pacm_tally
-- instead of counted per render (India at 100 times the data: 59,400 index entries per render, 221-478 ms on a busy
-- machine; read from here: a few dozen rows).
--
-- Kept as V21 keeps country_count: statement-level triggers with transition tables recount, from the tables, the
-- countries a statement touched; a bulk writer's upkeep_defer() turns them off and upkeep_flush() recounts every
-- country once.

CREATE TABLE pacm_tally (
    country_iso2       text    NOT NULL REFERENCES country (iso2) ON DELETE CASCADE ON UPDATE CASCADE,
    publication_status text    NOT NULL,
    stage              text    NOT NULL,
    form               text,
    activity_type_code text,
    activities         integer NOT NULL,
    with_reductions    integer NOT NULL,
    reductions         numeric,
    co_hosted          integer NOT NULL,
    CONSTRAINT pacm_tally_key UNIQUE NULLS NOT DISTINCT (country_iso2, publication_status, stage, form, activity_type_code)
);

-- Recounts these countries (null: every country) from the tables, each through its indexes (V14's
-- pacm_activity_host_tally_idx for the country's own activities). A recount first takes a lock per country, in
-- code order, held to the end of the transaction: two transactions recounting one country then follow each other,
-- and the second counts with the first's rows (without it, both would delete the old rows and insert their own).
CREATE FUNCTION pacm_tally_refresh(codes text[]) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  code text;
BEGIN
  IF codes IS NULL THEN
    codes := ARRAY(SELECT iso2 FROM country);
  END IF;
  codes := ARRAY(SELECT DISTINCT c FROM unnest(codes) AS c WHERE c IS NOT NULL ORDER BY c);
  IF cardinality(codes) = 0 THEN
    RETURN;
  END IF;
  FOREACH code IN ARRAY codes LOOP
    PERFORM pg_advisory_xact_lock(hashtext('pacm_tally'), hashtext(code));
  END LOOP;
  DELETE FROM pacm_tally WHERE country_iso2 = ANY (codes);
  INSERT INTO pacm_tally (country_iso2, publication_status, stage, form, activity_type_code, activities,
      with_reductions, reductions, co_hosted)
  SELECT c.iso2, t.publication_status, t.stage, t.form, t.activity_type_code, t.activities, t.with_reductions,
         t.reductions, t.co_hosted
  FROM country c
  CROSS JOIN LATERAL (
      SELECT x.publication_status, x.stage, x.form, x.activity_type_code, count(*) AS activities,
             count(x.r) AS with_reductions, sum(x.r) AS reductions, count(*) FILTER (WHERE x.co) AS co_hosted
      FROM (SELECT a.publication_status, a.stage, a.form, a.activity_type_code,
                   a.expected_reductions_tco2e_per_year AS r, false AS co
            FROM pacm_activity a WHERE a.host_iso2 = c.iso2
            UNION ALL
            SELECT a.publication_status, a.stage, a.form, a.activity_type_code,
                   a.expected_reductions_tco2e_per_year, true
            FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
            WHERE h.country_iso2 = c.iso2 AND a.host_iso2 <> c.iso2) x
      GROUP BY x.publication_status, x.stage, x.form, x.activity_type_code) t
  WHERE c.iso2 = ANY (codes);
END
$$;

-- An activity written: the countries of the rows whose counted columns changed (old and new host, other hosts).
-- A deleted activity's other hosts go by their own trigger (ON DELETE CASCADE).
CREATE FUNCTION pacm_tally_pacm() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM pacm_tally_refresh(ARRAY(SELECT DISTINCT host_iso2 FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pacm_tally_refresh(ARRAY(SELECT DISTINCT host_iso2 FROM old_rows));
  ELSE
    PERFORM pacm_tally_refresh(ARRAY(
        WITH changed AS (
            SELECT o.host_iso2 AS old_host, n.host_iso2 AS new_host, n.id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.host_iso2, o.publication_status, o.stage, o.form, o.activity_type_code,
                   o.expected_reductions_tco2e_per_year)
                  IS DISTINCT FROM (n.host_iso2, n.publication_status, n.stage, n.form, n.activity_type_code,
                   n.expected_reductions_tco2e_per_year))
        SELECT old_host FROM changed
        UNION SELECT new_host FROM changed
        UNION SELECT h.country_iso2 FROM changed JOIN pacm_activity_other_host h ON h.activity_id = changed.id));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pacm_tally_pacm_insert AFTER INSERT ON pacm_activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_pacm();
CREATE TRIGGER pacm_tally_pacm_update AFTER UPDATE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_pacm();
CREATE TRIGGER pacm_tally_pacm_delete AFTER DELETE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_pacm();

-- Another host added, changed or removed: the countries named before and after.
CREATE FUNCTION pacm_tally_other_host() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM pacm_tally_refresh(ARRAY(SELECT DISTINCT country_iso2 FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pacm_tally_refresh(ARRAY(SELECT DISTINCT country_iso2 FROM old_rows));
  ELSE
    PERFORM pacm_tally_refresh(ARRAY(SELECT country_iso2 FROM old_rows UNION SELECT country_iso2 FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER pacm_tally_other_host_insert AFTER INSERT ON pacm_activity_other_host
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_other_host();
CREATE TRIGGER pacm_tally_other_host_update AFTER UPDATE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_other_host();
CREATE TRIGGER pacm_tally_other_host_delete AFTER DELETE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pacm_tally_other_host();

-- The tallies as they stand.
SELECT pacm_tally_refresh(NULL);

-- V21's upkeep_flush(), which a bulk writer calls once at the end, now recounts the tallies too.
CREATE OR REPLACE FUNCTION upkeep_flush() RETURNS integer
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
  PERFORM pacm_tally_refresh(NULL);
  PERFORM upkeep_resume();
  RETURN rebuilt;
END
$$;
