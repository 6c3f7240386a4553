// Erasure: records no statutory basis and no active consent covers leave the store, the list of
// what was not retained remembers them by keyed hashes only, and an erasure because a consent
// ended is audited (ids and counts, never the content) and reaches the person's quarantine rows
// and withdrawn signals too (issue 14, finding 6).
import type { Consent, PersonRecord } from '../generated/kim-types.js';
import { appendAudit } from '../audit/log.js';
import type { Queryable, Tx } from './db.js';
import type { KeyedHash } from './secret.js';
import type { RecordRef } from './links.js';

/**
 * Keyed hashes of a person, for the not_retained list: the AZR and the folded name. Keyed under
 * the installation's secret, so the list names nobody, not even to someone who guesses an AZR;
 * broad, so a consent clears every entry that might be that person's.
 */
export function personKeys(keyed: KeyedHash, p: { azr?: string | null; nameKey: { family: string; given: string } }): string[] {
  return [...(p.azr ? [`azr:${p.azr}`] : []), `name:${p.nameKey.family}|${p.nameKey.given}`].map((k) => keyed(k));
}

/** The not_retained list's key of a record and of its content: keyed, never the record number itself. */
export const notRetainedId = (keyed: KeyedHash, source: string, id: string): string => keyed(`record:${source}:${id}`);
export const notRetainedHash = (keyed: KeyedHash, contentHash: string): string => keyed(`content:${contentHash}`);

/**
 * Deletes every version of `refs` and lists the current ones as not retained (key and content
 * hash, not content), so an unchanged re-export is not read in again.
 */
export async function eraseRecords(tx: Tx, keyed: KeyedHash, refs: readonly RecordRef[]): Promise<void> {
  const gone = await tx.query<{ source: string; source_record_id: string; content_hash: string; valid_to: Date | null; person: PersonRecord['person'] }>(
    `DELETE FROM source_records s USING unnest($1::text[], $2::text[]) AS k(source, id)
      WHERE s.source = k.source AND s.source_record_id = k.id
      RETURNING s.source, s.source_record_id, s.content_hash, s.valid_to, s.record->'person' AS person`,
    [refs.map((e) => e.source), refs.map((e) => e.id)],
  );
  const current = gone.rows.filter((r) => r.valid_to === null);
  await tx.query(
    `INSERT INTO not_retained (source, source_record_id, content_hash, person_keys)
     SELECT k.source, k.id, k.hash, ARRAY(SELECT jsonb_array_elements_text(k.keys)) FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS k(source, id, hash, keys)
     ON CONFLICT (source, source_record_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, person_keys = EXCLUDED.person_keys`,
    [
      current.map((r) => r.source),
      current.map((r) => notRetainedId(keyed, r.source, r.source_record_id)),
      current.map((r) => notRetainedHash(keyed, r.content_hash)),
      current.map((r) => JSON.stringify(personKeys(keyed, { azr: r.person.identifiers.azr ?? null, nameKey: r.person.nameKey }))),
    ],
  );
}

export interface EndedConsentErasure {
  auditKey: string;
  tenant: string;
  importId: string;
  kimId: string;
  source: string;
  consentIds: string[];
  recordIds: string[];
  /** the person as the erased records (and the person's other records) name them, to find their quarantine rows */
  persons: Array<PersonRecord['person']>;
}

/**
 * The audit entry of an erasure because a consent ended, and what the erasure reaches beyond the
 * records: the quarantined rows of that source that are the person's (by record number, AZR or
 * name), and, once the route stage has withdrawn them, the explanations of the person's signals
 * (erased_persons tells it whom). The records themselves go with `eraseRecords`.
 */
export async function eraseForEndedConsent(tx: Tx, e: EndedConsentErasure): Promise<void> {
  await appendAudit(tx, e.auditKey, {
    actor: 'system',
    tenant: e.tenant,
    action: 'erasure',
    subject: e.kimId,
    details: { source: e.source, records: e.recordIds.length, consents: e.consentIds, reason: 'consent ended', importId: e.importId },
  });
  const azrs = [...new Set(e.persons.map((p) => p.identifiers.azr).filter((a): a is string => !!a))];
  const names = [...new Map(e.persons.filter((p) => p.familyName.trim().length > 1).map((p) => [`${p.familyName}|${p.givenNames ?? ''}`, p])).values()];
  await tx.query(
    `DELETE FROM quarantine q WHERE q.source = $1 AND (
       q.record_id = ANY($2)
       OR EXISTS (SELECT 1 FROM unnest($3::text[]) AS a WHERE strpos(q.raw::text, a) > 0)
       OR EXISTS (SELECT 1 FROM unnest($4::text[], $5::text[]) AS n(family, given)
                   WHERE strpos(lower(q.raw::text), lower(n.family)) > 0 AND strpos(lower(q.raw::text), lower(n.given)) > 0))`,
    [e.source, e.recordIds, azrs, names.map((n) => n.familyName), names.map((n) => n.givenNames ?? '')],
  );
  await tx.query('INSERT INTO erased_persons (import_id, kim_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [e.importId, e.kimId]);
}

/** The sources an import's erasures concerned (from the audit log). */
export async function erasedSources(db: Queryable, importId: string): Promise<string[]> {
  const rows = await db.query<{ source: string }>("SELECT DISTINCT details->>'source' AS source FROM audit_log WHERE action = 'erasure' AND details->>'importId' = $1", [importId]);
  return rows.rows.map((r) => r.source);
}

/** The consents an import changed. */
export async function changedConsents(tx: Queryable, importId: string): Promise<Consent[]> {
  const rows = await tx.query<{ consent: Consent }>(`SELECT c.consent FROM import_changes ch JOIN consents c ON c.consent_id = ch.source_record_id WHERE ch.import_id = $1 AND ch.source = 'consent'`, [importId]);
  return rows.rows.map((r) => r.consent);
}

/**
 * Forgets the not_retained entries of persons (by their keyed person keys) and the file hashes of
 * `sources`' imports, so their next export is read record by record and kept.
 */
export async function clearNotRetainedOf(tx: Tx, personKeyHashes: readonly string[], sources: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM not_retained WHERE person_keys && $1::text[]', [personKeyHashes]);
  await tx.query('UPDATE imports SET file_hash = NULL WHERE source = ANY($1) AND file_hash IS NOT NULL', [sources]);
}
