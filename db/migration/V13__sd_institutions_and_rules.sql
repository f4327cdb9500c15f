-- A host Party's Article 6 institutions and rules in the sustainable-development section (issue 12): a statement may
-- now be a document (a regulation, a framework, a designation) with its title, the authority behind it and its date,
-- which sources often give only to the month or the year (published_on holds the first day of that month or year,
-- published_on_precision says how much of it is known). One rule may cite a second source (Kenya's regulations: a
-- law firm's note and a law database's entry).
ALTER TABLE sd_statement DROP CONSTRAINT sd_statement_topic_check;
ALTER TABLE sd_statement ADD CONSTRAINT sd_statement_topic_check CHECK (topic IN ('dna_designation',
    'authorization_framework', 'national_regulation', 'participation_requirements', 'sd_tool', 'initial_report',
    'safeguards', 'other'));

ALTER TABLE sd_statement
    ADD COLUMN title                  text CHECK (title <> ''),
    ADD COLUMN authority              text CHECK (authority <> ''),
    ADD COLUMN published_on           date,
    ADD COLUMN published_on_precision text CHECK (published_on_precision IN ('day', 'month', 'year')),
    ADD COLUMN other_source_url       text CHECK (other_source_url ~ '^https?://[^\s]+$'),
    ADD COLUMN other_source_title     text CHECK (other_source_title <> ''),
    ADD CONSTRAINT sd_statement_published_on_check CHECK ((published_on IS NULL) = (published_on_precision IS NULL)),
    ADD CONSTRAINT sd_statement_published_on_first_day_check CHECK (published_on_precision IS DISTINCT FROM 'month'
        OR extract(day FROM published_on) = 1),
    ADD CONSTRAINT sd_statement_published_on_first_of_year_check CHECK (published_on_precision IS DISTINCT FROM 'year'
        OR (extract(day FROM published_on) = 1 AND extract(month FROM published_on) = 1)),
    ADD CONSTRAINT sd_statement_other_source_check CHECK (other_source_url IS NULL OR other_source_title IS NOT NULL);
