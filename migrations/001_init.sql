-- kim-hub store, version 1. Personal data lives here and only here (DESIGN.md section 1,
-- claim check): queue jobs carry ids that point into these tables.

-- An import: one export file, from upload, drop folder, schedule or the command line.
CREATE TABLE imports (
  id            uuid PRIMARY KEY,
  source        text,
  file_name     text NOT NULL,
  spool_path    text NOT NULL,
  trigger       text NOT NULL,            -- upload | drop | schedule | cli | replay
  status        text NOT NULL,            -- queued | reading | applying | linking | evaluating | done | failed
  received_at   timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  records_read  integer NOT NULL DEFAULT 0,
  accepted      integer NOT NULL DEFAULT 0,
  rejected      integer NOT NULL DEFAULT 0,
  batches       integer NOT NULL DEFAULT 0,
  scopes        jsonb,                    -- [{source, authority, snapshot}] of the records read
  eval_batches  integer,                  -- set by the link stage; done when all are routed
  error_code    text,
  error         text
);

-- Records parsed from an import, waiting for the apply stage (one row per record, batched).
CREATE TABLE staged_records (
  import_id  uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  batch      integer NOT NULL,
  seq        integer NOT NULL,
  kind       text NOT NULL,                -- person_record | consent
  record     jsonb NOT NULL,
  PRIMARY KEY (import_id, batch, seq)
);

-- What each apply batch did; import figures are sums over it, so a retried batch never counts twice.
CREATE TABLE import_batches (
  import_id  uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  batch      integer NOT NULL,
  changed    integer NOT NULL,
  unchanged  integer NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (import_id, batch)
);

-- Rejected records: listable and replayable by an operator.
CREATE TABLE quarantine (
  id          bigserial PRIMARY KEY,
  import_id   uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  source      text NOT NULL,
  file_name   text NOT NULL,
  position    jsonb NOT NULL,
  record_id   text,
  field       text,
  code        text NOT NULL,
  reason      text NOT NULL,
  raw         jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  replayed_in uuid
);
CREATE INDEX quarantine_import ON quarantine (import_id);

-- One row per version of a source record (a person as one office sees them). Facts live in
-- `record` with their provenance (source, record id, export time; file in position).
-- valid_to IS NULL = current. A full snapshot closes what it no longer contains.
CREATE TABLE source_records (
  source            text NOT NULL,
  source_record_id  text NOT NULL,
  version           integer NOT NULL,
  authority         text,
  content_hash      text NOT NULL,
  record            jsonb NOT NULL,
  import_id         uuid NOT NULL,
  valid_from        timestamptz NOT NULL DEFAULT now(),
  valid_to          timestamptz,
  PRIMARY KEY (source, source_record_id, version)
);
CREATE UNIQUE INDEX source_records_current ON source_records (source, source_record_id) WHERE valid_to IS NULL;
CREATE INDEX source_records_scope ON source_records (source, authority) WHERE valid_to IS NULL;

-- Every record key an import read (keys only): a full snapshot closes the current records of
-- its scope that are not among them. Dropped once the link stage has used it.
CREATE TABLE import_keys (
  import_id         uuid NOT NULL,
  source            text NOT NULL,
  source_record_id  text NOT NULL
);
CREATE INDEX import_keys_import ON import_keys (import_id, source, source_record_id);

-- Record keys an import changed (new version, closed, erased): the persons to re-evaluate.
CREATE TABLE import_changes (
  import_id         uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  source            text NOT NULL,
  source_record_id  text NOT NULL,
  PRIMARY KEY (import_id, source, source_record_id)
);

-- Records the hub read but may not keep (social data without a covering consent): only the key,
-- the hash and whose they are, so an unchanged re-export is recognised without storing content.
-- A new or changed consent of that person clears the entries, and the next export is kept.
CREATE TABLE not_retained (
  source            text NOT NULL,
  source_record_id  text NOT NULL,
  content_hash      text NOT NULL,
  person_keys       text[] NOT NULL,
  PRIMARY KEY (source, source_record_id)
);
CREATE INDEX not_retained_person ON not_retained USING gin (person_keys);

CREATE TABLE consents (
  consent_id    text PRIMARY KEY,
  content_hash  text NOT NULL,
  consent       jsonb NOT NULL,
  import_id     uuid NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Linkage: which current source record belongs to which KIM person.
CREATE TABLE person_links (
  source            text NOT NULL,
  source_record_id  text NOT NULL,
  kim_id            text NOT NULL,
  link_reason       text NOT NULL,
  PRIMARY KEY (source, source_record_id)
);
CREATE INDEX person_links_kim ON person_links (kim_id);

-- The keys linkage looks records up by (AZR, folded name in both orders), for current records:
-- an import relinks only the records that share a key or a person with what it changed.
CREATE TABLE link_keys (
  key               text NOT NULL,
  source            text NOT NULL,
  source_record_id  text NOT NULL,
  PRIMARY KEY (key, source, source_record_id)
);
CREATE INDEX link_keys_record ON link_keys (source, source_record_id);

CREATE TABLE consent_links (
  consent_id  text PRIMARY KEY,
  kim_id      text NOT NULL
);
CREATE INDEX consent_links_kim ON consent_links (kim_id);

-- The persons an import affected, in batches for the evaluate stage (written by the link stage).
CREATE TABLE eval_batches (
  import_id  uuid NOT NULL,
  batch      integer NOT NULL,
  kim_ids    text[] NOT NULL,
  PRIMARY KEY (import_id, batch)
);

-- Evaluation results waiting for the route stage (claim check: the queue carries only the key).
CREATE TABLE evaluations (
  import_id  uuid NOT NULL,
  batch      integer NOT NULL,
  kim_ids    text[] NOT NULL,
  evaluated_at timestamptz NOT NULL,
  signals    jsonb NOT NULL,
  PRIMARY KEY (import_id, batch)
);

CREATE TABLE routed_batches (
  import_id  uuid NOT NULL,
  batch      integer NOT NULL,
  PRIMARY KEY (import_id, batch)
);

-- The evaluation last routed per person: an older evaluation that arrives later is ignored.
CREATE TABLE person_state (
  kim_id          text PRIMARY KEY,
  routed_eval_at  timestamptz NOT NULL
);

-- Signals in the recipients' inboxes. At most one active signal per person, type and recipient.
CREATE TABLE signals (
  id              bigserial PRIMARY KEY,
  kim_id          text NOT NULL,
  type            text NOT NULL,
  recipient_role  text NOT NULL,
  recipient_id    text NOT NULL,
  state           text NOT NULL,            -- open | acknowledged | done | withdrawn
  from_date       date NOT NULL,
  deadline        date,
  law_version     text NOT NULL,
  explanation     text NOT NULL,
  conditions      jsonb NOT NULL,
  fingerprint     text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  withdrawn_at    timestamptz
);
CREATE UNIQUE INDEX signals_active ON signals (kim_id, type, recipient_id) WHERE state <> 'withdrawn';
CREATE INDEX signals_inbox ON signals (recipient_id, state, type);

-- What happened to a signal; the notify stage works through the events not yet sent.
CREATE TABLE signal_events (
  id           bigserial PRIMARY KEY,
  signal_id    bigint NOT NULL REFERENCES signals(id),
  event        text NOT NULL,              -- created | withdrawn
  import_id    uuid,
  at           timestamptz NOT NULL DEFAULT now(),
  notified_at  timestamptz
);

-- Drop-folder files seen by the scanner: a file counts once its size stayed the same between
-- two scans, or once its `.done` marker exists.
CREATE TABLE drop_observations (
  name      text PRIMARY KEY,
  size      bigint NOT NULL,
  mtime_ms  double precision NOT NULL,
  seen_at   timestamptz NOT NULL DEFAULT now()
);

-- Append-only record of consent changes and erasures (no erased content, only ids and counts).
CREATE TABLE audit_log (
  id       bigserial PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT now(),
  actor    text NOT NULL,
  action   text NOT NULL,
  subject  text,
  details  jsonb NOT NULL DEFAULT '{}'
);
