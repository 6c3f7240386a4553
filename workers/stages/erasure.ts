// Retention in the link stage: records of a source that neither a statutory basis nor an active
// consent covers are erased (audited where a consent ended, reaching the person's quarantine rows
// and signals, issue 14 finding 6), and a new consent clears the person's not_retained entries so
// the source's next export is kept.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { consentActiveOn, retention, statutorySources } from '../../src/consent/index.js';
import type { LinkResult } from '../../src/linkage/index.js';
import { recordKey } from '../../src/linkage/relink-diff.js';
import type { Tx } from '../../src/store/db.js';
import { changedConsents, clearNotRetainedOf, eraseForEndedConsent, eraseRecords, personKeys } from '../../src/store/erasure.js';
import type { RecordRef } from '../../src/store/links.js';
import { keyedHash } from '../../src/store/secret.js';
import type { Clock, PolicyDeps, Settings, StoreDeps, TenantDeps } from '../deps.js';

export type RetentionDeps = StoreDeps & PolicyDeps & TenantDeps & Clock & Settings<'auditKey'>;

/**
 * Erases what the policy does not let the hub keep of the linked persons. Returns the erased
 * records and adds to `affected` the persons who lost records because a consent ended.
 */
export async function eraseNotRetained(deps: RetentionDeps, tx: Tx, importId: string, linked: LinkResult, records: readonly PersonRecord[], affected: Set<string>): Promise<RecordRef[]> {
  const stichtag = deps.stichtag();
  const byKey = new Map(records.map((r) => [recordKey(r.source, r.sourceRecordId), r]));
  const erase: RecordRef[] = [];
  for (const p of linked.persons) {
    const r = retention(deps.policy, linked.consentsByKimId.get(p.kimId) ?? [], stichtag);
    const dropped = p.records.filter((rec) => !r.keep.has(rec.source));
    if (!dropped.length) continue;
    erase.push(...dropped.map((d) => ({ source: d.source, id: d.sourceRecordId })));
    for (const [source, consentIds] of r.endedConsents) {
      const gone = dropped.filter((d) => d.source === source);
      if (!gone.length) continue;
      affected.add(p.kimId);
      const persons = p.records.map((l) => byKey.get(recordKey(l.source, l.sourceRecordId))?.person).filter((x): x is PersonRecord['person'] => !!x);
      await eraseForEndedConsent(tx, { auditKey: deps.config.auditKey, tenant: deps.tenant.tenant, importId, kimId: p.kimId, source, consentIds, recordIds: gone.map((d) => d.sourceRecordId), persons });
    }
  }
  // Keyed hashes only (the installation's secret): the not_retained list names no record and no person.
  if (erase.length) await eraseRecords(tx, await keyedHash(deps.db, 'not_retained'), erase);
  return erase;
}

/**
 * A new or changed consent lets the hub keep what it could not keep before. The records it saw
 * without a consent are only listed in not_retained (keyed hashes, no content) so an unchanged
 * re-export is not stored and erased again night after night; the consent clears that person's
 * entries, and the source's next export is read record by record (never answered as identical
 * to the last), so it keeps them. The earlier export file itself is not read again: the hub
 * deletes every export once it has been read (workers/spool.ts).
 */
export async function clearNotRetained(deps: StoreDeps & PolicyDeps & Clock, tx: Tx, importId: string): Promise<void> {
  const changed = (await changedConsents(tx, importId)).filter((c: Consent) => consentActiveOn(c, deps.stichtag())); // a withdrawal allows nothing new
  const statutory = statutorySources(deps.policy);
  const sources = [...new Set(changed.flatMap((c) => c.scope.flatMap((s) => s.sources)))].filter((s) => !statutory.has(s));
  if (!sources.length) return;
  const keyed = await keyedHash(deps.db, 'not_retained');
  await clearNotRetainedOf(
    tx,
    changed.flatMap((c) => personKeys(keyed, { azr: c.person.azr, nameKey: c.person.nameKey })),
    sources,
  );
}
