// What the link stage does around retention beyond the records themselves (issue 14, finding 6):
// a new consent clears the person's not_retained entries, so the source's next export is kept;
// an ended consent's erasure reaches the person's quarantine rows and withdrawn signals too.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { consentActiveOn, statutorySources } from '../../src/consent/index.js';
import { keyedHash } from '../../src/store/secret.js';
import type { Tx } from '../../src/store/db.js';
import type { Context } from '../../src/service/context.js';
import { personKeys } from './apply.js';

/**
 * A new or changed consent lets the hub keep what it could not keep before. The records it saw
 * without a consent are only listed in not_retained (keyed hashes, no content) so an unchanged
 * re-export is not stored and erased again night after night; the consent clears that person's
 * entries, and the source's next export is read record by record (never answered as identical
 * to the last), so it keeps them. The earlier export file itself is not read again: the hub
 * deletes every export once it has been read (workers/spool.ts).
 */
export async function clearNotRetained(ctx: Context, tx: Tx, importId: string): Promise<void> {
  const changed = (await tx.query<{ consent: Consent }>(
    `SELECT c.consent FROM import_changes ch JOIN consents c ON c.consent_id = ch.source_record_id WHERE ch.import_id = $1 AND ch.source = 'consent'`,
    [importId],
  )).rows.map((r) => r.consent).filter((c) => consentActiveOn(c, ctx.stichtag())); // a withdrawal allows nothing new
  const statutory = statutorySources(ctx.policy);
  const sources = [...new Set(changed.flatMap((c) => c.scope.flatMap((s) => s.sources)))].filter((s) => !statutory.has(s));
  if (!sources.length) return;
  const keyed = await keyedHash(ctx.db, 'not_retained');
  const keys = changed.flatMap((c) => personKeys(keyed, { azr: c.person.azr, nameKey: c.person.nameKey }));
  await tx.query('DELETE FROM not_retained WHERE person_keys && $1::text[]', [keys]);
  await tx.query('UPDATE imports SET file_hash = NULL WHERE source = ANY($1) AND file_hash IS NOT NULL', [sources]);
}

/**
 * An erasure reaches beyond the records (issue 14, finding 6): the quarantined rows of that
 * source that are the person's (by record number, AZR or name), and, once the route stage has
 * withdrawn them, the explanations of the person's signals (erased_persons tells it whom).
 */
export async function eraseBeyondRecords(tx: Tx, importId: string, kimId: string, source: string, recordIds: string[], persons: Array<PersonRecord['person']>): Promise<void> {
  const azrs = [...new Set(persons.map((p) => p.identifiers.azr).filter((a): a is string => !!a))];
  const names = [...new Map(persons.filter((p) => p.familyName.trim().length > 1).map((p) => [`${p.familyName}|${p.givenNames ?? ''}`, p])).values()];
  await tx.query(
    `DELETE FROM quarantine q WHERE q.source = $1 AND (
       q.record_id = ANY($2)
       OR EXISTS (SELECT 1 FROM unnest($3::text[]) AS a WHERE strpos(q.raw::text, a) > 0)
       OR EXISTS (SELECT 1 FROM unnest($4::text[], $5::text[]) AS n(family, given)
                   WHERE strpos(lower(q.raw::text), lower(n.family)) > 0 AND strpos(lower(q.raw::text), lower(n.given)) > 0))`,
    [source, recordIds, azrs, names.map((n) => n.familyName), names.map((n) => n.givenNames ?? '')],
  );
  await tx.query('INSERT INTO erased_persons (import_id, kim_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [importId, kimId]);
}
