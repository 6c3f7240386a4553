-- Issue 14, finding 1: an import key names the sources and the authority it may deliver for,
-- and every import remembers the key it came with, so the import stage can hold each record to
-- the key. Keys created before have no sources and may deliver nothing: create new ones.
ALTER TABLE api_keys ADD COLUMN sources text[] NOT NULL DEFAULT '{}', ADD COLUMN authority text;
ALTER TABLE imports ADD COLUMN api_key text;

-- A full snapshot that would close more than the configured share of its scope's current
-- records is held (status 'held') until an it_admin confirms it; held_at bounds what the
-- confirmed closure may close (records that were current when it was held), close_confirmed
-- says it was confirmed.
ALTER TABLE imports ADD COLUMN held_at timestamptz, ADD COLUMN close_confirmed boolean NOT NULL DEFAULT false;
