-- PostgreSQL full-text search over the same redacted comments the portal indexed: the text as a tsvector
-- (English configuration) with a GIN index, the facets as columns, themes and types of risk in their own
-- tables, as a council would build it without Lucene.
SET maintenance_work_mem = '512MB';
DROP TABLE IF EXISTS bench_fts, bench_fts_theme, bench_fts_risk;
CREATE TABLE bench_fts AS
    SELECT id, redacted_text, kind, question, answer, answered_by, team, quarter, person_key, written_on,
           to_tsvector('english', redacted_text) AS tsv
    FROM search_entry;
ALTER TABLE bench_fts ADD PRIMARY KEY (id);
CREATE INDEX bench_fts_tsv ON bench_fts USING GIN (tsv);
CREATE TABLE bench_fts_theme AS SELECT entry_id, theme FROM search_entry_theme;
CREATE INDEX bench_fts_theme_entry ON bench_fts_theme (entry_id, theme);
CREATE TABLE bench_fts_risk AS SELECT entry_id, type_of_risk FROM search_entry_risk;
CREATE INDEX bench_fts_risk_entry ON bench_fts_risk (entry_id, type_of_risk);
ANALYZE bench_fts;
ANALYZE bench_fts_theme;
ANALYZE bench_fts_risk;
