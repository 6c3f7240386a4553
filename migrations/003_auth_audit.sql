-- Issue 6: API keys for machine clients, and a tamper-evident audit log.

-- API keys of the offices' export jobs: only a hash of the secret is kept. The secret is 256
-- random bits, so a plain SHA-256 suffices (no password stretching needed for such entropy).
CREATE TABLE api_keys (
  id          text PRIMARY KEY,            -- public part of the key, "kimk_<id>.<secret>"
  tenant      text NOT NULL,
  name        text NOT NULL,               -- what the key is for, e.g. "ABH nightly export"
  scopes      text[] NOT NULL,             -- e.g. {imports}
  secret_hash text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- The audit log becomes a hash chain: each entry carries the hash of the one before, so an
-- edited or deleted entry breaks the chain from there on (`kim-hub audit verify`). Entries are
-- chained by a trigger, so every writer (API, link stage, apply stage) gets it without help.
ALTER TABLE audit_log
  ADD COLUMN role      text,
  ADD COLUMN tenant    text,
  ADD COLUMN purpose   text,
  ADD COLUMN prev_hash text,
  ADD COLUMN hash      text;

-- The hash of one entry: its fields and the previous hash, as a canonical JSON array (jsonb
-- renders keys and numbers one way only), the time in UTC with microseconds.
CREATE FUNCTION audit_entry_hash(prev text, id bigint, at timestamptz, actor text, role text, tenant text, action text, subject text, purpose text, details jsonb)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(prev, id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor, role, tenant, action, subject, purpose, details)::text, 'UTF8')), 'hex')
$$;

-- Appends are serialised (transaction-level lock) and the id is drawn after the lock, so id
-- order is chain order even when transactions commit in another order than they started.
CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(5158003);
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT hash INTO prev FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(prev, repeat('0', 64));
  NEW.hash := audit_entry_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor, NEW.role, NEW.tenant, NEW.action, NEW.subject, NEW.purpose, NEW.details);
  RETURN NEW;
END $$;

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;

-- Entries written before this migration are chained now, in id order.
DO $$
DECLARE
  r record;
  prev text := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    UPDATE audit_log SET prev_hash = prev, hash = audit_entry_hash(prev, r.id, r.at, r.actor, r.role, r.tenant, r.action, r.subject, r.purpose, r.details) WHERE id = r.id
      RETURNING hash INTO prev;
  END LOOP;
END $$;

ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
CREATE TRIGGER audit_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_chain();
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
