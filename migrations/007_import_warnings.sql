-- Warnings of an import (open world): values outside a code list in records that were accepted
-- and stored. Kept apart from the quarantine, which holds rejected records for replay; a
-- warning's record is already stored, there is nothing to replay. The value is the code as
-- delivered (at most 200 characters), which the operator needs to extend the code list.
CREATE TABLE import_warnings (
  id          bigserial PRIMARY KEY,
  import_id   uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  source      text NOT NULL,
  file_name   text NOT NULL,
  position    jsonb NOT NULL,
  record_id   text NOT NULL,
  field       text NOT NULL,
  code        text NOT NULL,
  reason      text NOT NULL,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_warnings_import ON import_warnings (import_id);
ALTER TABLE imports ADD COLUMN warnings integer NOT NULL DEFAULT 0;
