// The scope of a relink: the records an import changed, every record sharing a lookup key or a
// person with them, and so on until nothing is added (three rounds at most, then everything).
// Linkage is decided per group of records that share keys, so relinking this closure gives the
// same persons as relinking the whole city, at the cost of the change.
import { lookupKeys, recordKey, recordLookupKeys, type Change } from '../../src/linkage/relink-diff.js';
import type { Tx } from '../../src/store/db.js';
import { consentsById, currentPersons, linkedPersonsOf, lookupKeysOf, neighbours, personsOfRecords } from '../../src/store/links.js';
import { exceedsShare } from '../../src/store/snapshots.js';

/** Whether `n` records are more than half of all current ones. */
const overHalf = (tx: Tx, n: number) => exceedsShare(tx, n, 0.5);

/** The record keys to relink, or null for every current record (a first or a full new import, or most of the city). */
export async function linkScope(tx: Tx, changes: readonly Change[]): Promise<Set<string> | null> {
  const records = changes.filter((c) => c.source !== 'consent').map((c) => ({ source: c.source, id: c.source_record_id }));
  const consentIds = changes.filter((c) => c.source === 'consent').map((c) => c.source_record_id);
  if (await overHalf(tx, records.length)) return null;
  const scope = new Set(records.map((r) => recordKey(r.source, r.id)));
  let keys = (await currentPersons(tx, records)).flatMap(recordLookupKeys);
  const consents = await consentsById(tx, consentIds);
  keys.push(...consents.flatMap((c) => lookupKeys({ azr: c.person.azr, nameKey: c.person.nameKey, birthDate: c.person.birthDate })));
  let kims = await linkedPersonsOf(tx, records, consentIds);
  for (let round = 0; round < 3; round++) {
    const fresh = (await neighbours(tx, keys, kims)).filter((r) => !scope.has(recordKey(r.source, r.id)));
    if (!fresh.length) return scope;
    for (const r of fresh) scope.add(recordKey(r.source, r.id));
    if (await overHalf(tx, scope.size)) return null; // most of the city: relinking everything is cheaper
    keys = await lookupKeysOf(tx, fresh);
    kims = await personsOfRecords(tx, fresh);
  }
  return null;
}
