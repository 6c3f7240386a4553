-- Staged records and evaluation results as one JSON text per batch instead of jsonb. The apply stage
-- always reads a batch whole; one string per batch costs neither per-record array escaping in the
-- client nor jsonb parsing in PostgreSQL, which were the largest costs of a first import after
-- the XML parser (profiled at 50,000 persons).
DROP TABLE staged_records;

CREATE TABLE staged_batches (
  import_id  uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  batch      integer NOT NULL,
  records    text NOT NULL,              -- JSON array of KIM person records or consents, in file order
  PRIMARY KEY (import_id, batch)
);

-- Evaluation results are written once and read once, whole, by the route stage: text for the
-- same reason (no jsonb parse on the way in and no rendering on the way out).
ALTER TABLE evaluations ALTER COLUMN signals TYPE text USING signals::text;

-- Events not yet notified, found by index: without it every notify job scanned all events ever
-- raised (quadratic over a city-scale first import).
CREATE INDEX signal_events_pending ON signal_events (id) WHERE notified_at IS NULL;

-- An import's status counts its signal events; it is polled, so by index, not by scanning all events.
CREATE INDEX signal_events_import ON signal_events (import_id);

-- Batches are written once and read once within minutes: compressing them (pglz, the default)
-- cost more CPU than the disk it saved. Signal conditions are kept for years and read often:
-- lz4 compresses them several times faster than pglz at a similar ratio.
ALTER TABLE staged_batches ALTER COLUMN records SET STORAGE EXTERNAL;
ALTER TABLE evaluations ALTER COLUMN signals SET STORAGE EXTERNAL;
ALTER TABLE signals ALTER COLUMN conditions SET COMPRESSION lz4;
