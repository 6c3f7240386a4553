-- Issue 14, finding 7b: kimIds are an HMAC of the person's anchor under a per-installation key.
-- Without KIM_PSEUDONYM_KEY the hub makes one at its first link (256 random bits) and keeps it
-- here, the same for every process; it never leaves the database. Ids made before this
-- migration were unkeyed: a person gets the keyed id when their records are next relinked.
CREATE TABLE installation_secrets (
  name        text PRIMARY KEY,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
