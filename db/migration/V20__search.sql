-- Issue 14, search: one full-text index over every public record a visitor can land on (countries, cooperative
-- approaches, PACM activities, NDC target sets, initial reports, capacity-building projects).
--
-- A record's words live in several tables (its Party names in three languages, its sector and activity-type names),
-- and a generated column sees only its own row: so each record gets one row in search_entry, holding its text as
-- plain columns, kept current by triggers on the tables the text comes from; the tsvector is a generated column over
-- those, behind a GIN index. Accents and case fold through unaccent (wrapped in an IMMUTABLE function, as a generated
-- column needs); each text is indexed with the 'simple' configuration (exact words, names, numbers, prefixes) and
-- the English, Spanish and French stemmers (so "cookstoves" finds "cookstove", "proyectos" finds "proyecto").

-- An extension lives once per database, in whichever schema it was first created (the portal's own schema where
-- the portal creates it; public, say, where the database had it already): the functions below name that schema.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent(text) is STABLE (it reads its dictionary by search_path); naming the dictionary makes the result
-- depend on the argument only.
DO $do$
DECLARE
  ext text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent');
BEGIN
  EXECUTE format($f$CREATE FUNCTION search_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $b$ SELECT lower(%1$s.unaccent(%2$L::regdictionary, $1)) $b$$f$, ext, ext || '.unaccent');
END
$do$;

CREATE FUNCTION search_vector(text, "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, coalesce(search_unaccent($1), ''))
      || to_tsvector('english'::regconfig, coalesce(search_unaccent($1), ''))
      || to_tsvector('spanish'::regconfig, coalesce(search_unaccent($1), ''))
      || to_tsvector('french'::regconfig, coalesce(search_unaccent($1), '')), $2)
$$;

-- What a visitor typed, as a query: every word must match, as itself or as its English, Spanish or French stem; the
-- last word also as a prefix (which covers its stems that begin with it). The words come already split into
-- letters and digits (SearchQuery), and each lexeme is quoted, so nothing here is read as tsquery syntax. Repeated
-- lexemes are given once, which keeps the planner's estimate of the matches close to the truth.
CREATE FUNCTION search_query(words text[]) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  result tsquery;
  term   tsquery;
  word   text;
  lexeme text;
  i      int := 0;
BEGIN
  FOREACH word IN ARRAY words LOOP
    i := i + 1;
    word := search_unaccent(word);
    term := NULL;
    IF i = cardinality(words) THEN
      term := (quote_literal(word) || ':*')::tsquery;
    END IF;
    FOR lexeme IN
      SELECT DISTINCT l FROM unnest(tsvector_to_array(to_tsvector('simple', word) || to_tsvector('english', word)
          || to_tsvector('spanish', word) || to_tsvector('french', word))) l
    LOOP
      IF term IS NULL THEN
        term := quote_literal(lexeme)::tsquery;
      ELSIF NOT (i = cardinality(words) AND starts_with(lexeme, word)) THEN
        term := term || quote_literal(lexeme)::tsquery;
      END IF;
    END LOOP;
    IF term IS NOT NULL THEN
      result := CASE WHEN result IS NULL THEN term ELSE result && term END;
    END IF;
  END LOOP;
  RETURN result;
END
$$;

CREATE TABLE search_entry (
    kind       text NOT NULL CHECK (kind IN ('country', 'approach', 'pacm', 'ndc', 'report', 'capacity')),
    record_key text NOT NULL,
    slug       text NOT NULL,
    title      text NOT NULL,
    title_es   text,   -- a country's name in Spanish and French (other records have one title)
    title_fr   text,
    names      text,   -- Party names in the three languages, sector and activity-type names
    body       text,   -- notes, summaries, descriptions
    refs       text,   -- UNFCCC references, ISO codes, methodology
    document   tsvector GENERATED ALWAYS AS (
        search_vector(title, 'A') || search_vector(refs, 'A') || search_vector(names, 'B') || search_vector(body, 'C'))
        STORED,
    PRIMARY KEY (kind, record_key)
);
CREATE INDEX search_entry_document_idx ON search_entry USING gin (document);
-- finer statistics of the lexemes, for the planner's estimate of how many records a word matches
ALTER TABLE search_entry ALTER COLUMN document SET STATISTICS 1000;

-- Did you mean: country names, accents folded, by trigram word similarity (pg_trgm; 250 names need no index).

-- Every public record's text, by kind. Only what has a public page: published records, NDC versions with a
-- published target.
CREATE VIEW search_source AS
SELECT 'country'::text AS kind, c.iso2 AS record_key, c.slug, c.name_en AS title, c.name_es AS title_es,
       c.name_fr AS title_fr,
       concat_ws(' ', c.name_en, c.name_es, c.name_fr) AS names, c.summary AS body,
       concat_ws(' ', c.iso2, c.iso3) AS refs
FROM country c
UNION ALL
SELECT 'approach', a.id::text, a.slug, a.title, NULL, NULL,
       concat_ws(' ',
         (SELECT string_agg(concat_ws(' ', c.name_en, c.name_es, c.name_fr), ' ')
          FROM cooperative_approach_party p JOIN country c ON c.iso2 = p.country_iso2 WHERE p.approach_id = a.id),
         (SELECT string_agg(concat_ws(' ', s.name_en, s.name_es, s.name_fr), ' ')
          FROM cooperative_approach_sector x JOIN sector s ON s.code = x.sector_code WHERE x.approach_id = a.id)),
       concat_ws(' ', a.description, a.sector_scope, a.notes), NULL
FROM cooperative_approach a WHERE a.publication_status = 'published'
UNION ALL
SELECT 'pacm', p.id::text, p.slug, p.title, NULL, NULL,
       concat_ws(' ',
         (SELECT string_agg(concat_ws(' ', c.name_en, c.name_es, c.name_fr), ' ')
          FROM country c
          WHERE c.iso2 = p.host_iso2
             OR c.iso2 IN (SELECT o.country_iso2 FROM pacm_activity_other_host o WHERE o.activity_id = p.id)
             OR c.iso2 IN (SELECT y.country_iso2 FROM pacm_activity_party y WHERE y.activity_id = p.id)),
         t.name_en, t.name_es, t.name_fr, s.name_en, s.name_es, s.name_fr, p.activity_type_in_source),
       p.notes,
       concat_ws(' ', p.unfccc_reference, p.methodology)
FROM pacm_activity p
LEFT JOIN activity_type t ON t.code = p.activity_type_code
LEFT JOIN sector s ON s.code = t.sector_code
WHERE p.publication_status = 'published'
UNION ALL
SELECT 'ndc', n.id::text, n.slug, n.label, NULL, NULL,
       concat_ws(' ', c.name_en, c.name_es, c.name_fr),
       (SELECT string_agg(t.notes, ' ') FROM ndc_target t WHERE t.submission_id = n.id AND t.publication_status = 'published'),
       NULL
FROM ndc_submission n JOIN country c ON c.iso2 = n.country_iso2
WHERE EXISTS (SELECT 1 FROM ndc_target t WHERE t.submission_id = n.id AND t.publication_status = 'published')
UNION ALL
SELECT 'report', r.id::text, r.slug, r.title, NULL, NULL,
       concat_ws(' ', c.name_en, c.name_es, c.name_fr), r.notes, NULL
FROM initial_report r JOIN country c ON c.iso2 = r.country_iso2
WHERE r.publication_status = 'published'
UNION ALL
SELECT 'capacity', b.id::text, b.slug, b.title, NULL, NULL,
       (SELECT string_agg(concat_ws(' ', c.name_en, c.name_es, c.name_fr), ' ')
        FROM capacity_building_country x JOIN country c ON c.iso2 = x.country_iso2 WHERE x.project_id = b.id),
       concat_ws(' ', b.summary, b.lead_organisation, b.funder), NULL
FROM capacity_building_project b WHERE b.publication_status = 'published';

-- Rebuild the entries of these records of a kind from their sources.
CREATE FUNCTION search_entry_refresh(k text, keys text[]) RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM search_entry WHERE kind = k AND record_key = ANY (keys);
  INSERT INTO search_entry (kind, record_key, slug, title, title_es, title_fr, names, body, refs)
  SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_source WHERE kind = k AND record_key = ANY (keys);
$$;

-- Row trigger: TG_ARGV[0] is the kind, TG_ARGV[1] the column naming the record.
CREATE FUNCTION search_entry_touch() RETURNS trigger
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
  PERFORM search_entry_refresh(TG_ARGV[0], keys);
  RETURN NULL;
END
$$;

CREATE TRIGGER search_country AFTER INSERT OR UPDATE OR DELETE ON country
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('country', 'iso2');
CREATE TRIGGER search_approach AFTER INSERT OR UPDATE OR DELETE ON cooperative_approach
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('approach', 'id');
CREATE TRIGGER search_approach_party AFTER INSERT OR UPDATE OR DELETE ON cooperative_approach_party
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('approach', 'approach_id');
CREATE TRIGGER search_approach_sector AFTER INSERT OR UPDATE OR DELETE ON cooperative_approach_sector
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('approach', 'approach_id');
CREATE TRIGGER search_pacm AFTER INSERT OR UPDATE OR DELETE ON pacm_activity
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('pacm', 'id');
CREATE TRIGGER search_pacm_party AFTER INSERT OR UPDATE OR DELETE ON pacm_activity_party
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('pacm', 'activity_id');
CREATE TRIGGER search_pacm_other_host AFTER INSERT OR UPDATE OR DELETE ON pacm_activity_other_host
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('pacm', 'activity_id');
CREATE TRIGGER search_ndc AFTER INSERT OR UPDATE OR DELETE ON ndc_submission
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('ndc', 'id');
CREATE TRIGGER search_ndc_target AFTER INSERT OR UPDATE OR DELETE ON ndc_target
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('ndc', 'submission_id');
CREATE TRIGGER search_report AFTER INSERT OR UPDATE OR DELETE ON initial_report
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('report', 'id');
CREATE TRIGGER search_capacity AFTER INSERT OR UPDATE OR DELETE ON capacity_building_project
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('capacity', 'id');
CREATE TRIGGER search_capacity_country AFTER INSERT OR UPDATE OR DELETE ON capacity_building_country
    FOR EACH ROW EXECUTE FUNCTION search_entry_touch('capacity', 'project_id');

-- A country's new name reaches the records that name it (rare: an editor's correction).
CREATE FUNCTION search_country_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM search_entry_refresh('approach', ARRAY(SELECT approach_id::text FROM cooperative_approach_party WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_refresh('pacm', ARRAY(
      SELECT id::text FROM pacm_activity WHERE host_iso2 = NEW.iso2
      UNION SELECT activity_id::text FROM pacm_activity_other_host WHERE country_iso2 = NEW.iso2
      UNION SELECT activity_id::text FROM pacm_activity_party WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_refresh('ndc', ARRAY(SELECT id::text FROM ndc_submission WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_refresh('report', ARRAY(SELECT id::text FROM initial_report WHERE country_iso2 = NEW.iso2));
  PERFORM search_entry_refresh('capacity', ARRAY(SELECT project_id::text FROM capacity_building_country WHERE country_iso2 = NEW.iso2));
  RETURN NULL;
END
$$;
CREATE TRIGGER search_country_renamed AFTER UPDATE OF name_en, name_es, name_fr ON country
    FOR EACH ROW WHEN (OLD.name_en IS DISTINCT FROM NEW.name_en OR OLD.name_es IS DISTINCT FROM NEW.name_es
                       OR OLD.name_fr IS DISTINCT FROM NEW.name_fr)
    EXECUTE FUNCTION search_country_renamed();

-- A renamed sector or activity type: the records that name it.
CREATE FUNCTION search_taxonomy_renamed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM search_entry_refresh('pacm', ARRAY(
      SELECT p.id::text FROM pacm_activity p JOIN activity_type t ON t.code = p.activity_type_code
      WHERE t.code = NEW.code OR t.sector_code = NEW.code));
  PERFORM search_entry_refresh('approach', ARRAY(SELECT approach_id::text FROM cooperative_approach_sector WHERE sector_code = NEW.code));
  RETURN NULL;
END
$$;
CREATE TRIGGER search_sector_renamed AFTER UPDATE ON sector
    FOR EACH ROW EXECUTE FUNCTION search_taxonomy_renamed();
CREATE TRIGGER search_activity_type_renamed AFTER UPDATE ON activity_type
    FOR EACH ROW EXECUTE FUNCTION search_taxonomy_renamed();

INSERT INTO search_entry (kind, record_key, slug, title, title_es, title_fr, names, body, refs)
SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_source;

-- The highlighted words of a result (ts_headline) are found in the record's own text, accents and all: a
-- configuration that folds accents before stemming, so "Perú" in a title lights up for "peru".
CREATE TEXT SEARCH CONFIGURATION search_headline (COPY = english);
DO $do$
BEGIN
  EXECUTE format('ALTER TEXT SEARCH CONFIGURATION search_headline ALTER MAPPING FOR asciiword, asciihword, '
      || 'hword_asciipart, word, hword, hword_part WITH %s.unaccent, english_stem',
      (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'));
END
$do$;
