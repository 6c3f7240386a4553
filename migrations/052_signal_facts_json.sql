-- Issue 18: the facts of a signal (migration 051) as json, not jsonb. The same text, but an inbox
-- page sends it as stored instead of rendering it from jsonb for every entry of every page
-- (docs/performance.md, "load").
ALTER TABLE signals DROP COLUMN facts;
ALTER TABLE signals ADD COLUMN facts json GENERATED ALWAYS AS (jsonb_path_query_array(conditions, '$[*].facts[*]')::json) STORED;
