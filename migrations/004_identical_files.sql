-- Issue 5: an export identical to the last one of its source is recognised by its file hash
-- and not read again (DESIGN.md: idempotent by content hash of file and of each record).
-- file_hash is the SHA-256 of the bytes with the reader's version (a new kim-hub may normalise
-- differently, so its first import of the same file reads it again); identical_to names the
-- import whose result still stands.
ALTER TABLE imports ADD COLUMN file_hash text, ADD COLUMN identical_to uuid REFERENCES imports(id);
CREATE INDEX imports_source_received ON imports (source, received_at);
