-- Erasure that reaches everything (issue 14, finding 6). The not_retained list named records by
-- their number and persons by an unsalted SHA-256 of `azr:<AZR>` and of the name, which anyone
-- can recompute from a guess. From now on its three key columns hold HMAC-SHA256 values under a
-- secret of this installation (hub_secrets), so the list names no record and no person; the old
-- entries cannot be converted and are dropped (their records are read once more and, without a
-- consent, not kept again).
CREATE TABLE hub_secrets (
  name        text PRIMARY KEY,
  secret      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO hub_secrets (name, secret)
VALUES ('not_retained', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

DELETE FROM not_retained;
COMMENT ON COLUMN not_retained.source_record_id IS 'HMAC of the record number under hub_secrets.not_retained, never the number';
COMMENT ON COLUMN not_retained.content_hash IS 'HMAC of the record''s content hash';
COMMENT ON COLUMN not_retained.person_keys IS 'HMACs of azr:<AZR> and name:<family>|<given>';

-- Quarantine rows are deleted after KIM_QUARANTINE_RETENTION_DAYS: found by age.
CREATE INDEX quarantine_created ON quarantine (created_at);

-- The persons whose data an import erased because a consent ended: the route stage clears the
-- explanations of their withdrawn signals, then the rows go when the import is done.
CREATE TABLE erased_persons (
  import_id  uuid NOT NULL,
  kim_id     text NOT NULL,
  PRIMARY KEY (import_id, kim_id)
);
