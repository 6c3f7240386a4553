-- Issue 17, the web workplace. Sessions live on the server: the browser holds only a random id,
-- the table only its SHA-256 (a copy of the table signs nobody in). The id token is kept for the
-- identity provider's sign-out (id_token_hint); roles are not stored: they come from the tenant
-- file on every request, so a changed role takes effect at once.
CREATE TABLE web_sessions (
  id_hash      text PRIMARY KEY,
  subject      text NOT NULL,
  tenant       text NOT NULL,
  csrf         text NOT NULL,
  id_token     text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen    timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- A sign-in under way: the PKCE verifier and nonce, found by the state the identity provider
-- hands back, and bound to the browser that started it (a cookie holding the same state).
CREATE TABLE web_logins (
  state        text PRIMARY KEY,
  verifier     text NOT NULL,
  nonce        text NOT NULL,
  return_to    text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- A reader's note on a signal: personal data (it is about the person), so it lives here, is
-- audited on write and read, and goes when the person's data is erased (src/web/notes.ts).
CREATE TABLE signal_notes (
  id           bigserial PRIMARY KEY,
  signal_id    bigint NOT NULL REFERENCES signals(id),
  kim_id       text NOT NULL,
  author       text NOT NULL,
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_notes_signal ON signal_notes (signal_id);
CREATE INDEX signal_notes_person ON signal_notes (kim_id);
