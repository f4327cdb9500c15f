-- Issue 14, "speed": the PACM pipeline overview (/pacm-activities) and the kept per-country counts.
--
-- 1. pacm_tally (V28) is kept per (country, publication status, stage, form, origin, activity type, the activity's
--    own host, the regions of all its hosts), so that the overview's summary for ANY filter is a sum over these few
--    rows instead of a grouping of every matching activity (245,900 at 100 times the data: 0.7-3.2 s). Every
--    activity has exactly one row with country_iso2 = host_iso2 (its own host's), and one more per other host
--    (co_hosted): so
--      - unfiltered, each activity once:          country_iso2 = host_iso2
--      - a country (host or other host):          country_iso2 = :country
--      - a region (any of its hosts in it), once: country_iso2 = host_iso2 AND :region = ANY (host_regions)
--      - a country and a region:                  country_iso2 = :country AND :region = ANY (host_regions)
--    and stage, form, origin and activity type (sector through activity_type) are columns. A country's own page
--    (pacm.HostedActivities) sums its rows over the new columns as before.
-- 2. One trigger function per table for both kept figures (country_count of V21, pacm_tally of V28), instead of two
--    triggers each recounting the touched countries: each takes V28's per-country advisory lock once, for all the
--    countries it recounts, in code order, then recounts pacm_tally and country_count. country_count's Article 6.4
--    figures are now summed from the fresh pacm_tally rows (no second pass over the country's activities), and its
--    approach count is taken under the same lock (V21 had none: two concurrent writers could both count without
--    each other's rows and leave a stale figure). PostgreSQL allows transition tables only on single-event
--    triggers, so each table has one function and one trigger per event (insert, update, delete).
-- 3. A country's region changed: the tallies of the countries that share an activity with it (host_regions).

-- 1. The wider tally ---------------------------------------------------------------------------------------------

TRUNCATE pacm_tally;
ALTER TABLE pacm_tally DROP CONSTRAINT pacm_tally_key;
ALTER TABLE pacm_tally
    ADD COLUMN origin       text   NOT NULL,
    ADD COLUMN host_iso2    text   NOT NULL REFERENCES country (iso2) ON DELETE CASCADE ON UPDATE CASCADE,
    ADD COLUMN host_regions text[] NOT NULL,
    ADD CONSTRAINT pacm_tally_key UNIQUE NULLS NOT DISTINCT
        (country_iso2, publication_status, stage, form, origin, activity_type_code, host_iso2, host_regions);

-- A country's recount reads its own activities from this index alone (V14's columns, origin and id added: id to
-- find the few that have other hosts).
DROP INDEX pacm_activity_host_tally_idx;
CREATE INDEX pacm_activity_host_tally_idx ON pacm_activity (host_iso2, stage, form, activity_type_code)
    INCLUDE (publication_status, expected_reductions_tco2e_per_year, origin, id);

DROP TRIGGER pacm_tally_pacm_insert ON pacm_activity;
DROP TRIGGER pacm_tally_pacm_update ON pacm_activity;
DROP TRIGGER pacm_tally_pacm_delete ON pacm_activity;
DROP TRIGGER pacm_tally_other_host_insert ON pacm_activity_other_host;
DROP TRIGGER pacm_tally_other_host_update ON pacm_activity_other_host;
DROP TRIGGER pacm_tally_other_host_delete ON pacm_activity_other_host;
DROP TRIGGER country_count_pacm_insert ON pacm_activity;
DROP TRIGGER country_count_pacm_update ON pacm_activity;
DROP TRIGGER country_count_pacm_delete ON pacm_activity;
DROP TRIGGER country_count_other_host_insert ON pacm_activity_other_host;
DROP TRIGGER country_count_other_host_update ON pacm_activity_other_host;
DROP TRIGGER country_count_other_host_delete ON pacm_activity_other_host;
DROP TRIGGER country_count_approach_party_insert ON cooperative_approach_party;
DROP TRIGGER country_count_approach_party_update ON cooperative_approach_party;
DROP TRIGGER country_count_approach_party_delete ON cooperative_approach_party;
DROP TRIGGER country_count_approach_update ON cooperative_approach;
DROP FUNCTION pacm_tally_pacm();
DROP FUNCTION pacm_tally_other_host();
DROP FUNCTION country_count_pacm();
DROP FUNCTION country_count_named();
DROP FUNCTION country_count_approach();
DROP FUNCTION pacm_tally_refresh(text[]);
DROP FUNCTION country_count_refresh(text[]);

-- Recounts these countries' tallies, without locking (country_upkeep_refresh locks). An activity's regions are its
-- own host's and those of its other hosts: the latter looked up only for the activities that have other hosts (a
-- hash of pacm_activity_other_host, built once per statement, no activity read for it); every other activity's only
-- region is its host's. The planner's guess of a country's activities is an average (3,463 for India's 59,400 at
-- 100 times the data), with which it sorted them twice (merge join, grouping: about 1.1 s on a busy machine); hash
-- join and aggregation in memory take about a third of that. In PL/pgSQL, so that a session plans it once.
CREATE FUNCTION pacm_tally_recount(codes text[]) RETURNS void
LANGUAGE plpgsql
SET work_mem = '64MB'
SET enable_mergejoin = off
AS $$
BEGIN
  DELETE FROM pacm_tally WHERE country_iso2 = ANY (codes);
  WITH co AS MATERIALIZED (
      SELECT h.activity_id, array_agg(r.region) FILTER (WHERE r.region IS NOT NULL) AS regions
      FROM pacm_activity_other_host h JOIN country r ON r.iso2 = h.country_iso2
      GROUP BY h.activity_id)
  INSERT INTO pacm_tally (country_iso2, publication_status, stage, form, origin, activity_type_code, host_iso2,
      host_regions, activities, with_reductions, reductions, co_hosted)
  SELECT c.iso2, t.publication_status, t.stage, t.form, t.origin, t.activity_type_code, t.host_iso2, t.regions,
         t.activities, t.with_reductions, t.reductions, t.co_hosted
  FROM country c
  CROSS JOIN LATERAL (
      SELECT x.publication_status, x.stage, x.form, x.origin, x.activity_type_code, x.host_iso2,
             CASE WHEN co.regions IS NOT NULL
                  THEN ARRAY(SELECT DISTINCT g FROM unnest(co.regions || x.host_region) AS g WHERE g IS NOT NULL ORDER BY g)
                  WHEN x.host_region IS NULL THEN '{}'::text[]
                  ELSE ARRAY[x.host_region] END AS regions,
             count(*) AS activities, count(x.r) AS with_reductions, sum(x.r) AS reductions,
             count(*) FILTER (WHERE x.co) AS co_hosted
      FROM (SELECT a.id, a.publication_status, a.stage, a.form, a.origin, a.activity_type_code, a.host_iso2,
                   c.region AS host_region, a.expected_reductions_tco2e_per_year AS r, false AS co
            FROM pacm_activity a WHERE a.host_iso2 = c.iso2
            UNION ALL
            SELECT a.id, a.publication_status, a.stage, a.form, a.origin, a.activity_type_code, a.host_iso2,
                   hc.region, a.expected_reductions_tco2e_per_year, true
            FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
            JOIN country hc ON hc.iso2 = a.host_iso2
            WHERE h.country_iso2 = c.iso2 AND a.host_iso2 <> c.iso2) x
      LEFT JOIN co ON co.activity_id = x.id
      GROUP BY 1, 2, 3, 4, 5, 6, 7) t
  WHERE c.iso2 = ANY (codes);
END
$$;

-- Recounts these countries' country_count rows, without locking: approaches from the tables, Article 6.4 figures
-- from their (fresh) pacm_tally rows.
CREATE FUNCTION country_count_recount(codes text[]) RETURNS void
LANGUAGE sql
AS $$
  INSERT INTO country_count (iso2, approaches, pacm_activities, pacm_transitions)
  SELECT c.iso2,
         (SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
           WHERE p.country_iso2 = c.iso2 AND a.publication_status = 'published'),
         coalesce(t.activities, 0), coalesce(t.transitions, 0)
  FROM country c
  LEFT JOIN LATERAL (
      SELECT sum(activities) AS activities, sum(activities) FILTER (WHERE origin = 'cdm_transition') AS transitions
      FROM pacm_tally WHERE country_iso2 = c.iso2 AND publication_status = 'published') t ON true
  WHERE c.iso2 = ANY (codes)
  ON CONFLICT (iso2) DO UPDATE SET approaches = excluded.approaches, pacm_activities = excluded.pacm_activities,
      pacm_transitions = excluded.pacm_transitions
  WHERE (country_count.approaches, country_count.pacm_activities, country_count.pacm_transitions)
      IS DISTINCT FROM (excluded.approaches, excluded.pacm_activities, excluded.pacm_transitions);
$$;

-- Recounts the tallies of tally_codes and the counts of both lists (null: every country). First takes V28's lock per
-- country, once, for all of them, in code order, held to the end of the transaction: two transactions recounting a
-- country follow each other, and the second counts with the first's rows.
CREATE FUNCTION country_upkeep_refresh(tally_codes text[], count_codes text[]) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  code text;
  all_codes text[];
BEGIN
  IF tally_codes IS NULL OR count_codes IS NULL THEN
    all_codes := ARRAY(SELECT iso2 FROM country ORDER BY iso2);
  ELSE
    all_codes := ARRAY(SELECT DISTINCT c FROM unnest(tally_codes || count_codes) AS c WHERE c IS NOT NULL ORDER BY c);
  END IF;
  IF cardinality(all_codes) = 0 THEN
    RETURN;
  END IF;
  FOREACH code IN ARRAY all_codes LOOP
    PERFORM pg_advisory_xact_lock(hashtext('pacm_tally'), hashtext(code));
  END LOOP;
  IF tally_codes IS NULL THEN
    PERFORM pacm_tally_recount(all_codes);
  ELSIF cardinality(tally_codes) > 0 THEN
    PERFORM pacm_tally_recount(tally_codes);
  END IF;
  PERFORM country_count_recount(all_codes);
END
$$;

-- V21's and V28's names, for whoever recounts by hand (null: every country).
CREATE FUNCTION pacm_tally_refresh(codes text[]) RETURNS void
LANGUAGE sql
AS $$ SELECT country_upkeep_refresh(codes, coalesce(codes, '{}')) $$;

CREATE FUNCTION country_count_refresh(codes text[]) RETURNS void
LANGUAGE sql
AS $$ SELECT country_upkeep_refresh('{}', codes) $$;

-- The countries whose tally shows these activities: each one's host and other hosts.
CREATE FUNCTION pacm_activity_countries(ids bigint[]) RETURNS text[]
LANGUAGE sql STABLE
AS $$
  SELECT ARRAY(SELECT a.host_iso2 FROM pacm_activity a WHERE a.id = ANY (ids)
               UNION SELECT h.country_iso2 FROM pacm_activity_other_host h WHERE h.activity_id = ANY (ids));
$$;

-- 2. One trigger function per table ------------------------------------------------------------------------------

-- An activity written: the countries of the rows whose counted columns changed (old and new host, other hosts);
-- the home page's per-stage counts by difference. A deleted activity's other hosts go by their own trigger
-- (ON DELETE CASCADE).
CREATE FUNCTION country_upkeep_pacm() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  codes text[];
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    codes := ARRAY(SELECT DISTINCT host_iso2 FROM new_rows);
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, count(*) FROM new_rows WHERE publication_status = 'published' GROUP BY stage
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  ELSIF TG_OP = 'DELETE' THEN
    codes := ARRAY(SELECT DISTINCT host_iso2 FROM old_rows);
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, -count(*) FROM old_rows WHERE publication_status = 'published' GROUP BY stage
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  ELSE
    codes := ARRAY(
        WITH changed AS (
            SELECT o.host_iso2 AS old_host, n.host_iso2 AS new_host, n.id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.host_iso2, o.publication_status, o.stage, o.form, o.origin, o.activity_type_code,
                   o.expected_reductions_tco2e_per_year)
                  IS DISTINCT FROM (n.host_iso2, n.publication_status, n.stage, n.form, n.origin, n.activity_type_code,
                   n.expected_reductions_tco2e_per_year))
        SELECT old_host FROM changed
        UNION SELECT new_host FROM changed
        UNION SELECT h.country_iso2 FROM changed JOIN pacm_activity_other_host h ON h.activity_id = changed.id);
    INSERT INTO pacm_stage_count AS s (stage, activities)
    SELECT stage, sum(d) FROM (
        SELECT stage, -1 AS d FROM old_rows WHERE publication_status = 'published'
        UNION ALL
        SELECT stage, 1 FROM new_rows WHERE publication_status = 'published') x
    GROUP BY stage HAVING sum(d) <> 0
    ON CONFLICT (stage) DO UPDATE SET activities = s.activities + excluded.activities;
  END IF;
  PERFORM country_upkeep_refresh(codes, '{}');
  RETURN NULL;
END
$$;
CREATE TRIGGER country_upkeep_pacm_insert AFTER INSERT ON pacm_activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_pacm();
CREATE TRIGGER country_upkeep_pacm_update AFTER UPDATE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_pacm();
CREATE TRIGGER country_upkeep_pacm_delete AFTER DELETE ON pacm_activity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_pacm();

-- Another host added, changed or removed: the countries named before and after, and every host of those activities
-- (the regions of an activity's hosts are in each of its hosts' rows).
CREATE FUNCTION country_upkeep_other_host() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  codes text[];
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    codes := ARRAY(SELECT country_iso2 FROM new_rows)
        || pacm_activity_countries(ARRAY(SELECT DISTINCT activity_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    codes := ARRAY(SELECT country_iso2 FROM old_rows)
        || pacm_activity_countries(ARRAY(SELECT DISTINCT activity_id FROM old_rows));
  ELSE
    codes := ARRAY(SELECT country_iso2 FROM old_rows UNION SELECT country_iso2 FROM new_rows)
        || pacm_activity_countries(ARRAY(SELECT activity_id FROM old_rows UNION SELECT activity_id FROM new_rows));
  END IF;
  PERFORM country_upkeep_refresh(codes, '{}');
  RETURN NULL;
END
$$;
CREATE TRIGGER country_upkeep_other_host_insert AFTER INSERT ON pacm_activity_other_host
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_other_host();
CREATE TRIGGER country_upkeep_other_host_update AFTER UPDATE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_other_host();
CREATE TRIGGER country_upkeep_other_host_delete AFTER DELETE ON pacm_activity_other_host
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_other_host();

-- A Party of an approach added, changed or removed: the countries named before and after (counts only).
CREATE FUNCTION country_upkeep_approach_party() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM country_upkeep_refresh('{}', ARRAY(SELECT country_iso2 FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM country_upkeep_refresh('{}', ARRAY(SELECT country_iso2 FROM old_rows));
  ELSE
    PERFORM country_upkeep_refresh('{}', ARRAY(SELECT country_iso2 FROM old_rows UNION SELECT country_iso2 FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER country_upkeep_approach_party_insert AFTER INSERT ON cooperative_approach_party
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_approach_party();
CREATE TRIGGER country_upkeep_approach_party_update AFTER UPDATE ON cooperative_approach_party
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_approach_party();
CREATE TRIGGER country_upkeep_approach_party_delete AFTER DELETE ON cooperative_approach_party
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_approach_party();

-- An approach published or withdrawn: its Parties' counts. (A deleted approach's Parties go by their own trigger.)
CREATE FUNCTION country_upkeep_approach() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  PERFORM country_upkeep_refresh('{}', ARRAY(
      SELECT p.country_iso2 FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN cooperative_approach_party p ON p.approach_id = n.id
       WHERE o.publication_status IS DISTINCT FROM n.publication_status));
  RETURN NULL;
END
$$;
CREATE TRIGGER country_upkeep_approach_update AFTER UPDATE ON cooperative_approach
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_approach();

-- 3. A country's region changed: its tallies and those of every country sharing an activity with it.
CREATE FUNCTION country_upkeep_country() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  changed text[];
BEGIN
  IF upkeep_deferred() THEN
    RETURN NULL;
  END IF;
  changed := ARRAY(SELECT n.iso2 FROM old_rows o JOIN new_rows n ON n.iso2 = o.iso2
                   WHERE o.region IS DISTINCT FROM n.region);
  IF cardinality(changed) > 0 THEN
    PERFORM country_upkeep_refresh(changed || pacm_activity_countries(ARRAY(
        SELECT h.activity_id FROM pacm_activity_other_host h WHERE h.country_iso2 = ANY (changed)
        UNION SELECT h.activity_id FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
              WHERE a.host_iso2 = ANY (changed))), '{}');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER country_upkeep_country_update AFTER UPDATE ON country
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_upkeep_country();

-- The figures as they stand.
SELECT country_upkeep_refresh(NULL, NULL);

-- upkeep_flush() (V21, V28): every tally and count in one locked recount.
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
  PERFORM country_upkeep_refresh(NULL, NULL);
  PERFORM pacm_stage_count_refresh();
  PERFORM upkeep_resume();
  RETURN rebuilt;
END
$$;
