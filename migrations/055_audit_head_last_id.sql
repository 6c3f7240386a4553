-- Issue 18: the audit chain's head names its last id as well as its last HMAC. An entry's id is
-- covered by its HMAC, so the hub must know it before it sends the entry; drawn from the sequence,
-- it took a statement under the head's lock before the entries could be chained. With the last id
-- on the head, a process that wrote the head itself chains the next entries at once and appends
-- them in one statement that moves the head only if it is still where that process left it
-- (src/audit/known-head.ts); otherwise it appends under the lock as before. Ids are now the head's
-- last id plus one, two, …: still in chain order, and without the gaps a rolled-back draw left.
ALTER TABLE audit_head ADD COLUMN last_id bigint;
UPDATE audit_head SET last_id = coalesce((SELECT max(id) FROM audit_log), keyed_from - 1);
ALTER TABLE audit_head ALTER COLUMN last_id SET NOT NULL;
