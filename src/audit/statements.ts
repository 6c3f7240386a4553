// The two inserts both ways of appending share: under the head's lock (src/audit/log.ts) and in
// one statement after a known head (src/audit/known-head.ts). One text each, so that a column
// added to the chain is added to both.

/** The person lists of `param` (personListsJson), each once; `when`: a condition that must hold. */
export const insertPersonLists = (param: string, when = 'true') => `
    INSERT INTO audit_person_lists (digest, kim_ids)
    SELECT l.digest, l.kim_ids FROM jsonb_to_recordset(${param}::jsonb) AS l(digest text, kim_ids text[]) WHERE ${when}
    ON CONFLICT (digest) DO NOTHING`;

/** The chained entries of `param` (chainEntries' output as JSON); `when`: a condition that must hold. */
export const insertChainedEntries = (param: string, when = 'true') => `
    INSERT INTO audit_log (id, at, actor, role, tenant, action, subject, purpose, details, prev_hmac, hmac)
    SELECT e.id, e.at::timestamptz, e.actor, e.role, e.tenant, e.action, e.subject, e.purpose, e.details::jsonb, e.prev_hmac, e.hmac
      FROM jsonb_to_recordset(${param}::jsonb) AS e(id bigint, at text, actor text, role text, tenant text, action text, subject text, purpose text, details text, prev_hmac text, hmac text)
     WHERE ${when}`;

/** The lists to store, by digest, as insertPersonLists reads them. */
export const personListsJson = (lists: ReadonlyMap<string, readonly string[]>): string => JSON.stringify([...lists].map(([digest, kimIds]) => ({ digest, kim_ids: kimIds })));
