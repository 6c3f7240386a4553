-- Issue 18: the facts a signal rests on (migration 051), as the consent check on read needs them:
-- each fact once, as [source, sourceRecordId, kind], and as json, which an inbox page sends as
-- stored instead of rendering it from jsonb for every entry. The conditions named the same fact
-- once per condition (379 bytes a signal on average; this is a fifth of that).
CREATE FUNCTION signal_fact_refs(conditions jsonb) RETURNS json
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT coalesce(json_agg(r ORDER BY r), '[]'::json)
            FROM (SELECT DISTINCT jsonb_build_array(f->>'source', f->>'sourceRecordId', f->>'kind') AS r
                    FROM jsonb_path_query(conditions, '$[*].facts[*]') AS f) refs);

ALTER TABLE signals DROP COLUMN facts;
ALTER TABLE signals ADD COLUMN facts json GENERATED ALWAYS AS (signal_fact_refs(conditions)) STORED;
