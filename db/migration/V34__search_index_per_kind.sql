-- Issue 14, search at 100 times the data, again: common words ("energy", a prefix like "e") cheap, whatever the kind.
--
-- 1. One GIN index per kind over its records' documents, instead of V29's one over (kind, document). btree_gin reads
--    "kind = ?" as a range of its index: a search of the PACM activities first collected every activity's entry
--    (245,900 at 100 times the data) into a bitmap, before the words applied; a kind's own index holds only the
--    kind's entries. The predicate compares the kind in the "C" collation, as search does (SearchIndex), so that the
--    primary key, in the database's collation, never answers those queries.
-- 2. No pending list (fastupdate off). With it, new entries wait in an unsorted list that every search reads in
--    full, for each kind, until a vacuum or 4 MB of entries merges them: on a freshly seeded database the whole index
--    (2,820 entries, 447 pages) was such a list, read twelve times per search. Without it, each write puts its
--    entries in place: a record's save writes a few more index pages, and a search reads only what matches.
-- Searches that most records of a kind match are read in the primary key's order instead, a bounded number of
-- entries (SearchIndex): a GIN index has to collect every match before the first row comes out.
DO $do$
DECLARE
  k text;
BEGIN
  FOREACH k IN ARRAY ARRAY['country', 'approach', 'pacm', 'ndc', 'report', 'capacity'] LOOP
    EXECUTE format('CREATE INDEX %I ON search_entry USING gin (document) WITH (fastupdate = off) '
        || 'WHERE kind COLLATE "C" = %L', 'search_entry_' || k || '_idx', k);
  END LOOP;
END
$do$;
DROP INDEX search_entry_kind_document_idx;
ANALYZE search_entry;

-- 3. The last word is a prefix only from three letters on: "e" or "co" as a prefix names most of the index's words,
--    and with a rarer word beside it ("9116 e") the index collected all their entries (at 100 times the data, every
--    activity) to keep a handful. A word of one or two letters matches as typed and by its stems, as the others do.
CREATE OR REPLACE FUNCTION search_query(words text[]) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  result   tsquery;
  term     tsquery;
  word     text;
  lexeme   text;
  prefixed boolean;
  i        int := 0;
BEGIN
  FOREACH word IN ARRAY words LOOP
    i := i + 1;
    word := search_unaccent(word);
    term := NULL;
    prefixed := i = cardinality(words) AND char_length(word) >= 3;
    IF prefixed THEN
      term := (quote_literal(word) || ':*')::tsquery;
    END IF;
    FOR lexeme IN
      SELECT DISTINCT l FROM unnest(tsvector_to_array(to_tsvector('simple', word) || to_tsvector('english', word)
          || to_tsvector('spanish', word) || to_tsvector('french', word))) l
    LOOP
      IF term IS NULL THEN
        term := quote_literal(lexeme)::tsquery;
      ELSIF NOT (prefixed AND starts_with(lexeme, word)) THEN
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
