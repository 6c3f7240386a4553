-- The link stage asks after each import which sources it erased (to delete the export files kept
-- for a replay, src/service/spool.ts); the audit log grows with every read, the erasures are few.
CREATE INDEX audit_log_erasure_import ON audit_log ((details->>'importId')) WHERE action = 'erasure';
