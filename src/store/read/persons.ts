// Persons as the store holds them now: their current records joined into one KIM person (the
// stored kimId kept), with their consents. Used by the evaluate stage and by every inbox read.
import type { Consent, KimPerson, PersonRecord } from '../../generated/kim-types.js';
import { link } from '../../linkage/index.js';
import pg from 'pg';
import type { Queryable } from '../db.js';

/** What reading persons needs: a pool or a transaction (a Context has one too). */
export interface PersonStore {
  db: Queryable;
}

/** One person from their current records; the stored kimId is kept even if this subset would anchor differently. */
function assemble(kimId: string, records: PersonRecord[]): KimPerson | null {
  if (!records.length) return null;
  const persons = link({ records, consents: [] }, { kimIdFor: () => kimId }).persons;
  const first = persons[0]!;
  return { ...first, records: persons.flatMap((p) => p.records), facts: persons.flatMap((p) => p.facts) };
}

export interface StoredPerson {
  /** null: no current record left (all closed or erased) */
  person: KimPerson | null;
  consents: Consent[];
}

export async function loadPersons({ db }: PersonStore, kimIds: string[]): Promise<Map<string, StoredPerson>> {
  // Two queries for all of `kimIds`, never one per person. Given a pool, sent together on two of its
  // connections; a transaction's client takes one query at a time (pg 9 refuses a queue).
  const readRecords = () =>
    db.query<{ kim_id: string; record: PersonRecord }>(
      // Index lookups per person whatever the (possibly lagging or missing) statistics say: OFFSET 0
      // keeps each lateral subquery a parameterised nested loop instead of a scan of all links.
      `SELECT r.kim_id, r.record FROM unnest($1::text[]) AS k(kim_id)
       CROSS JOIN LATERAL (SELECT l.kim_id, s.record FROM person_links l
                             JOIN source_records s ON s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL
                            WHERE l.kim_id = k.kim_id OFFSET 0) r`,
      [kimIds],
    );
  const readConsents = () =>
    db.query<{ kim_id: string; consent: Consent }>(
      `SELECT r.kim_id, r.consent FROM unnest($1::text[]) AS k(kim_id)
       CROSS JOIN LATERAL (SELECT l.kim_id, c.consent FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = k.kim_id OFFSET 0) r`,
      [kimIds],
    );
  const [records, consents] = db instanceof pg.Pool ? await Promise.all([readRecords(), readConsents()]) : [await readRecords(), await readConsents()];
  const recordsOf = new Map<string, PersonRecord[]>();
  for (const r of records.rows) (recordsOf.get(r.kim_id) ?? recordsOf.set(r.kim_id, []).get(r.kim_id)!).push(r.record);
  const consentsOf = new Map<string, Consent[]>();
  for (const c of consents.rows) (consentsOf.get(c.kim_id) ?? consentsOf.set(c.kim_id, []).get(c.kim_id)!).push(c.consent);
  return new Map(kimIds.map((id) => [id, { person: assemble(id, recordsOf.get(id) ?? []), consents: consentsOf.get(id) ?? [] }]));
}

/** Every one of `kimIds`, a slice at a time, so a whole city's persons never sit in memory at once (lists and reports). */
export async function* personsInSlices(store: PersonStore, kimIds: string[], size = 2000): AsyncGenerator<[string, StoredPerson]> {
  for (let i = 0; i < kimIds.length; i += size) yield* await loadPersons(store, kimIds.slice(i, i + size));
}
