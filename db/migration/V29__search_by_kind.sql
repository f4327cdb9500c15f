-- Issue 14, search at 100 times the data: every search cheap whatever it matches.
--
-- Search reads each kind's matches on its own, and at most a bounded number of them (SearchIndex: counts stop at
-- 1,000 a kind, only those first 1,000 are ranked). A GIN index over (kind, document), through btree_gin, gives
-- each kind's matches straight from the index, so a kind with few records ("report") never walks the matches of
-- a common one ("pacm"), and a word most records hold ("energy") costs a bounded read, not a recheck and a rank of
-- every matching record. It answers the plain word queries too, so the index over the document alone goes.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The kind is indexed in the "C" collation and search compares it in that collation (SearchIndex): the primary key's
-- kind, in the database's collation, can then never answer a search's "kind = ?", whose plans the planner would
-- otherwise rate cheaper on small data while reading every entry of the kind to test its words.
CREATE INDEX search_entry_kind_document_idx ON search_entry USING gin ((kind COLLATE "C"), document);
DROP INDEX search_entry_document_idx;
