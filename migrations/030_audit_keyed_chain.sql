-- Issue 14, finding 8: the audit chain becomes keyed. The SHA-256 chain of migration 003 could be
-- recomputed by anyone who can write the table (an edit then passed `kim-hub audit-verify`).
-- From here on the hub itself chains each entry with an HMAC-SHA256 under KIM_AUDIT_KEY, a
-- secret that never reaches the database (src/audit/log.ts); PostgreSQL only keeps the order.
--
-- Entries written before this migration keep their SHA-256 chain (the key cannot be applied to
-- them here: the database never sees it). The keyed chain starts at the id recorded in
-- audit_head.keyed_from, and its first entry's HMAC covers the last SHA-256 hash, so an old
-- entry edited with a recomputed SHA-256 chain breaks the keyed chain at its first entry.
ALTER TABLE audit_log
  ALTER COLUMN prev_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  ADD COLUMN prev_hmac text,
  ADD COLUMN hmac text;

-- One row: where the keyed chain starts and its current head. Appends lock this row
-- (SELECT … FOR UPDATE) in their transaction, so they are chained one after the other.
CREATE TABLE audit_head (
  one         boolean PRIMARY KEY DEFAULT true CHECK (one),
  keyed_from  bigint NOT NULL,   -- the first id of the keyed chain
  anchor      text NOT NULL,     -- the SHA-256 hash its first entry links to (zeros: no older entry)
  last_hmac   text               -- the head of the keyed chain (null: no keyed entry yet)
);
INSERT INTO audit_head (keyed_from, anchor)
SELECT coalesce(max(id), 0) + 1, coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64)) FROM audit_log;

-- The old trigger drew the id and computed the SHA-256 hash; now an entry must arrive chained.
DROP TRIGGER audit_chain ON audit_log;
DROP FUNCTION audit_chain();
CREATE FUNCTION audit_require_hmac() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.hmac IS NULL OR NEW.prev_hmac IS NULL THEN
    RAISE EXCEPTION 'audit_log entries are chained by the hub (appendAudit in src/audit/log.ts)';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_require_hmac BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_require_hmac();
-- audit_no_update and audit_no_truncate (migration 003) keep refusing UPDATE, DELETE and TRUNCATE.
