// What a relink changes: the lookup keys of the link scope, and the difference between the links
// stored before and the links linkage gives now (records to persons, consents to persons), so
// that the link stage writes only that difference and re-evaluates only the persons it touches.
// Pure: the link stage (workers/stages/link.ts) reads and writes, this decides.
import type { PersonRecord } from '../generated/kim-types.js';
import type { LinkResult } from './link.js';
import { nameBlockKeys } from './match.js';

/** A record's key in the link maps: source and record number, joined by a character neither holds. */
export const recordKey = (source: string, id: string): string => `${source}\u0000${id}`;
export const splitRecordKey = (key: string): [string, string] => key.split('\u0000') as [string, string];

/**
 * The lookup keys of a person as linkage uses them: the AZR, and the folded name both ways round
 * with the birth year. Linkage joins names only with compatible birth dates, which always share
 * the year (birthDatesCompatible), so records of other years can never be affected. Without the
 * year a common name made every change relink thousands of records (figures in docs/performance.md).
 */
export function lookupKeys(p: { azr?: string | null; nameKey: { family: string; given: string }; birthDate: string | null }): string[] {
  const year = p.birthDate?.slice(0, 4) ?? '';
  return [...(p.azr ? [`azr:${p.azr}`] : []), ...nameBlockKeys(p.nameKey).map((k) => `name:${k}|${year}`)];
}

export const recordLookupKeys = (person: PersonRecord['person']): string[] => lookupKeys({ azr: person.identifiers.azr ?? null, nameKey: person.nameKey, birthDate: person.birthDate });

/** A record's link as linkage gives it. */
export interface RecordLink {
  source: string;
  id: string;
  kimId: string;
  reason: string;
}

/** Linkage's result as maps: record key → link, consent id → kimId. */
export function linksOf(linked: Pick<LinkResult, 'persons' | 'consentsByKimId'>): { records: Map<string, RecordLink>; consents: Map<string, string> } {
  const records = new Map<string, RecordLink>();
  for (const p of linked.persons) for (const r of p.records) records.set(recordKey(r.source, r.sourceRecordId), { source: r.source, id: r.sourceRecordId, kimId: p.kimId, reason: r.linkReason });
  const consents = new Map<string, string>();
  for (const [kimId, cs] of linked.consentsByKimId) for (const c of cs) consents.set(c.consentId, kimId);
  return { records, consents };
}

/** What the relink covered: everything (`all`), or the scope's records, persons and changed consents. */
export interface ConsentLinkScope {
  all: boolean;
  /** the consents this import changed */
  changedConsents: ReadonlySet<string>;
  /** the persons of the scope: linked to its records before, or by linkage now */
  kimIds: ReadonlySet<string>;
}

/**
 * The consent links this relink decides, before and after. A consent's link is decided here only
 * if it concerns the relinked persons (linked to one of them before, linked by linkage now, or
 * changed by this import); the links of all other consents stay as they are.
 */
export function decidedConsentLinks(stored: ReadonlyMap<string, string>, linked: ReadonlyMap<string, string>, scope: ConsentLinkScope): { before: Map<string, string>; after: Map<string, string> } {
  const decided = (id: string) => scope.all || scope.changedConsents.has(id) || scope.kimIds.has(stored.get(id) ?? '');
  const before = new Map([...stored].filter(([id]) => decided(id)));
  for (const id of linked.keys()) if (stored.has(id)) before.set(id, stored.get(id)!);
  return { before, after: new Map(linked) };
}

/** The consents whose link changed (added, moved to another person, or gone). */
export function changedConsentLinks(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
}

/** The record links to delete (gone, or now to another person) and to insert (new or moved). */
export function recordLinkDiff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, RecordLink>): { removed: string[]; added: RecordLink[] } {
  const removed = [...before.keys()].filter((k) => !after.has(k) || after.get(k)!.kimId !== before.get(k));
  const added = [...after.entries()].filter(([k, l]) => before.get(k) !== l.kimId).map(([, l]) => l);
  return { removed, added };
}

/** A change this import made: a record (by source and number) or a consent (source 'consent'). */
export interface Change {
  source: string;
  source_record_id: string;
}

/**
 * The persons to evaluate again: both sides of every link that changed, and the persons of every
 * record and consent the import changed (their content changed even where their link did not).
 */
export function affectedPersons(
  records: { before: ReadonlyMap<string, string>; after: ReadonlyMap<string, RecordLink> },
  consents: { before: ReadonlyMap<string, string>; after: ReadonlyMap<string, string> },
  changes: readonly Change[],
): Set<string> {
  const affected = new Set<string>();
  const add = (...ids: Array<string | undefined>) => ids.forEach((id) => id && affected.add(id));
  for (const k of new Set([...records.before.keys(), ...records.after.keys()])) {
    const before = records.before.get(k);
    const after = records.after.get(k)?.kimId;
    if (before !== after) add(before, after);
  }
  for (const id of new Set([...consents.before.keys(), ...consents.after.keys()])) {
    if (consents.before.get(id) !== consents.after.get(id)) add(consents.before.get(id), consents.after.get(id));
  }
  for (const c of changes) {
    if (c.source === 'consent') add(consents.before.get(c.source_record_id), consents.after.get(c.source_record_id));
    else add(records.before.get(recordKey(c.source, c.source_record_id)), records.after.get(recordKey(c.source, c.source_record_id))?.kimId);
  }
  return affected;
}
