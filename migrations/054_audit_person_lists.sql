-- Issue 18: an inbox read is audited with the kimIds of its page, some 90 ids and 2.4 kB in every
-- entry; fifty readers of an authority's inbox wrote the same list thousands of times a minute,
-- and it was the larger part of what PostgreSQL did for a read. A list is now kept once, under the
-- SHA-256 of its JSON text, and the entry names it (details.personList, details.personCount). The
-- entry's HMAC covers the digest and the digest covers the list, so `kim-hub audit-verify` still
-- finds any changed list (src/audit/log.ts). Like the log, the lists are only ever appended.
CREATE TABLE audit_person_lists (
  digest text PRIMARY KEY,
  kim_ids text[] NOT NULL
);
CREATE FUNCTION audit_person_lists_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_person_lists is append-only';
END $$;
CREATE TRIGGER audit_person_lists_no_update BEFORE UPDATE OR DELETE ON audit_person_lists FOR EACH ROW EXECUTE FUNCTION audit_person_lists_append_only();
CREATE TRIGGER audit_person_lists_no_truncate BEFORE TRUNCATE ON audit_person_lists FOR EACH STATEMENT EXECUTE FUNCTION audit_person_lists_append_only();

-- Who read whose data (a data subject's request, the data protection officer's check): one row
-- per entry and person, the lists unfolded.
CREATE VIEW audit_log_persons AS
  SELECT a.id, a.at, a.actor, a.role, a.tenant, a.action, a.subject, a.purpose, p.kim_id
    FROM audit_log a
    JOIN audit_person_lists l ON l.digest = a.details->>'personList'
    CROSS JOIN LATERAL unnest(l.kim_ids) AS p(kim_id);
