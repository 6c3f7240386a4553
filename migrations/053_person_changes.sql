-- Issue 18: what an inbox read needs to know of each person on its page is whether anything the
-- hub knows of them changed since an earlier read: their current records, their links, their
-- consents. Aggregating the versions of every record and consent of every person on a page was
-- two thirds of PostgreSQL's work for a read. Every write of those tables now appends the kimIds
-- it touches here, with a number never used before; the set of a person's numbers is their
-- version (src/store/read/persons.ts).
--
-- The set, not the largest number: a transaction that drew a smaller number can commit after one
-- that drew a larger, and its change must still be seen. Rows are only ever appended, so no two
-- writers wait for each other; the sweep compacts a person's rows into one new row, which is a new
-- number again, so a set once seen never comes back.
CREATE TABLE person_changes (
  kim_id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX person_changes_kim ON person_changes (kim_id, seq);

CREATE FUNCTION note_person_changes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- `changed` is the statement's new rows, or for a delete its old rows (each trigger names it so).
  IF TG_TABLE_NAME IN ('person_links', 'consent_links') THEN
    INSERT INTO person_changes (kim_id) SELECT DISTINCT kim_id FROM changed ORDER BY 1;
  ELSIF TG_TABLE_NAME = 'source_records' THEN
    INSERT INTO person_changes (kim_id)
      SELECT DISTINCT l.kim_id FROM changed c JOIN person_links l ON l.source = c.source AND l.source_record_id = c.source_record_id ORDER BY 1;
  ELSIF TG_TABLE_NAME = 'consents' THEN
    INSERT INTO person_changes (kim_id)
      SELECT DISTINCT l.kim_id FROM changed c JOIN consent_links l ON l.consent_id = c.consent_id ORDER BY 1;
  ELSE
    RAISE EXCEPTION 'note_person_changes: no rule for table %', TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END $$;

-- An update of a link could move it to another person: both the old and the new person changed.
CREATE TRIGGER source_records_inserted AFTER INSERT ON source_records REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER source_records_updated AFTER UPDATE ON source_records REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER source_records_deleted AFTER DELETE ON source_records REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER person_links_inserted AFTER INSERT ON person_links REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER person_links_updated_to AFTER UPDATE ON person_links REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER person_links_updated_from AFTER UPDATE ON person_links REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER person_links_deleted AFTER DELETE ON person_links REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consent_links_inserted AFTER INSERT ON consent_links REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consent_links_updated_to AFTER UPDATE ON consent_links REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consent_links_updated_from AFTER UPDATE ON consent_links REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consent_links_deleted AFTER DELETE ON consent_links REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consents_inserted AFTER INSERT ON consents REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consents_updated AFTER UPDATE ON consents REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();
CREATE TRIGGER consents_deleted AFTER DELETE ON consents REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_person_changes();

-- A TRUNCATE has no rows to name: it changes everyone.
CREATE FUNCTION note_everyone_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (kim_id) SELECT DISTINCT kim_id FROM person_changes ORDER BY 1;
  RETURN NULL;
END $$;
CREATE TRIGGER source_records_truncated AFTER TRUNCATE ON source_records FOR EACH STATEMENT EXECUTE FUNCTION note_everyone_changed();
CREATE TRIGGER person_links_truncated AFTER TRUNCATE ON person_links FOR EACH STATEMENT EXECUTE FUNCTION note_everyone_changed();
CREATE TRIGGER consent_links_truncated AFTER TRUNCATE ON consent_links FOR EACH STATEMENT EXECUTE FUNCTION note_everyone_changed();
CREATE TRIGGER consents_truncated AFTER TRUNCATE ON consents FOR EACH STATEMENT EXECUTE FUNCTION note_everyone_changed();

-- The persons of a database migrated with data already in it: their first version.
INSERT INTO person_changes (kim_id) SELECT kim_id FROM person_links UNION SELECT kim_id FROM consent_links ORDER BY 1;
