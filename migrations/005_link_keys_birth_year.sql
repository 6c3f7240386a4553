-- The name keys of link_keys carry the birth year (src/service/stages/link.ts, keysOf): names
-- link only with compatible birth dates, which share the year, so a change need not relink
-- every record of a common name. The keys of the current records are rewritten in that form.
DELETE FROM link_keys WHERE key LIKE 'name:%';
INSERT INTO link_keys (key, source, source_record_id)
SELECT 'name:' || k.name || '|' || coalesce(left(s.record->'person'->>'birthDate', 4), ''), s.source, s.source_record_id
  FROM source_records s,
       LATERAL (VALUES ((s.record->'person'->'nameKey'->>'family') || '|' || (s.record->'person'->'nameKey'->>'given')),
                       ((s.record->'person'->'nameKey'->>'given') || '|' || (s.record->'person'->'nameKey'->>'family'))) AS k(name)
 WHERE s.valid_to IS NULL
ON CONFLICT DO NOTHING;
