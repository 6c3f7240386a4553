// The relink of the link stage: links the records of the scope (src/linkage, the same function as
// the dry run), erases what retention does not keep, and writes only what changed; returns the
// persons to evaluate again.
import { kimIdsKeyedWith } from '../../src/kim/pseudonym.js';
import { link } from '../../src/linkage/index.js';
import { affectedPersons, changedConsentLinks, decidedConsentLinks, linksOf, recordKey, recordLinkDiff, recordLookupKeys, type Change } from '../../src/linkage/relink-diff.js';
import type { PersonRecord } from '../../src/generated/kim-types.js';
import type { Tx } from '../../src/store/db.js';
import { allConsents, consentLinks, identities, importChanges, recordLinks, replaceLookupKeys, writeConsentLinks, writeRecordLinks, type RecordRef } from '../../src/store/links.js';
import { pseudonymKey } from '../../src/store/pseudonym-key.js';
import type { Settings } from '../deps.js';
import { eraseNotRetained, type RetentionDeps } from './erasure.js';
import { linkScope } from './link-scope.js';

export type RelinkDeps = RetentionDeps & Settings<'auditKey' | 'pseudonymKey'>;

export async function relink(deps: RelinkDeps, tx: Tx, importId: string): Promise<string[]> {
  const changes = await importChanges(tx, importId);
  const scope = await linkScope(tx, changes);
  const records = await identities(tx, scope);
  const linked = link({ records, consents: await allConsents(tx) }, { kimIdFor: kimIdsKeyedWith(await pseudonymKey(deps.db, deps.config.pseudonymKey)) });
  const before = await recordLinks(tx, scope, recordKey);
  const storedConsents = await consentLinks(tx);
  const after = linksOf(linked);
  const consents = decidedConsentLinks(storedConsents, after.consents, {
    all: scope === null,
    changedConsents: new Set(changes.filter((c) => c.source === 'consent').map((c) => c.source_record_id)),
    kimIds: new Set([...before.values(), ...linked.persons.map((p) => p.kimId)]),
  });
  const affected = affectedPersons({ before, after: after.records }, consents, changes);
  // Retention: records of a source neither a statutory basis nor an active consent covers are not kept.
  const erased = await eraseNotRetained(deps, tx, importId, linked, records, affected);
  for (const e of erased) after.records.delete(recordKey(e.source, e.id));
  // Only the difference is written: most links stay as they were.
  const diff = recordLinkDiff(before, after.records);
  await writeRecordLinks(tx, diff.removed, diff.added);
  await writeConsentLinks(tx, changedConsentLinks(consents.before, consents.after), consents.after);
  await refreshLookupKeys(tx, changes, erased, records);
  return [...affected].sort();
}

/** Lookup keys of the records this import changed or erased, for the next import's scope. */
async function refreshLookupKeys(tx: Tx, changes: readonly Change[], erased: readonly RecordRef[], records: readonly PersonRecord[]): Promise<void> {
  const touched = [...changes.filter((c) => c.source !== 'consent').map((c) => ({ source: c.source, id: c.source_record_id })), ...erased];
  const wanted = new Set(touched.map((t) => recordKey(t.source, t.id)));
  const gone = new Set(erased.map((e) => recordKey(e.source, e.id)));
  const rows = records.filter((r) => wanted.has(recordKey(r.source, r.sourceRecordId)) && !gone.has(recordKey(r.source, r.sourceRecordId))).flatMap((r) => recordLookupKeys(r.person).map((k) => [k, r.source, r.sourceRecordId] as const));
  await replaceLookupKeys(tx, touched, rows);
}
