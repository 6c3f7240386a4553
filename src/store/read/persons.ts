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

// The current records of each person, with their versions and, when `withRecord`, the record.
// Index lookups per person whatever the (possibly lagging or missing) statistics say: OFFSET 0
// keeps each lateral subquery a parameterised nested loop instead of a scan of all links.
function readCurrent(db: Queryable, kimIds: string[], withRecord: false): Promise<pg.QueryResult<VersionRow>>;
function readCurrent(db: Queryable, kimIds: string[], withRecord: true): Promise<pg.QueryResult<VersionRow & { record: PersonRecord }>>;
function readCurrent(db: Queryable, kimIds: string[], withRecord: boolean) {
  return db.query(
    `SELECT r.* FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, s.source, s.source_record_id, s.version, s.content_hash${withRecord ? ', s.record' : ''} FROM person_links l
                           JOIN source_records s ON s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL
                          WHERE l.kim_id = k.kim_id OFFSET 0) r`,
    [kimIds],
  );
}

/** Two reads, sent together on two connections of a pool; a transaction's client takes one query at a time (pg 9 refuses a queue). */
async function both<A, B>(db: Queryable, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  return db instanceof pg.Pool ? Promise.all([a(), b()]) : [await a(), await b()];
}

function readConsents(db: Queryable, kimIds: string[]) {
  return db.query<{ kim_id: string; consent: Consent }>(
    `SELECT r.kim_id, r.consent FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, c.consent FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = k.kim_id OFFSET 0) r`,
    [kimIds],
  );
}

export async function loadPersons({ db }: PersonStore, kimIds: string[]): Promise<Map<string, StoredPerson>> {
  // Two queries for all of `kimIds`, never one per person.
  const [records, consents] = await both(
    db,
    () => readCurrent(db, kimIds, true),
    () => readConsents(db, kimIds),
  );
  const recordsOf = groupBy(records.rows);
  const consentsOf = groupBy(consents.rows);
  return new Map(
    kimIds.map((id) => [
      id,
      {
        person: assemble(
          id,
          (recordsOf.get(id) ?? []).map((r) => r.record),
        ),
        consents: (consentsOf.get(id) ?? []).map((c) => c.consent),
      },
    ]),
  );
}

// Persons kept between inbox reads, per pool (so per database), each under the exact versions of
// the current records it was assembled from. Consents are read every time (they are small, and a
// withdrawal must hide an entry at the next read); records are read again only for a person
// whose current records are not those the kept person was made of. An inbox page of 100 entries
// otherwise parsed some 300 kB of records per read (docs/performance.md, issue 18).
const REUSED_PERSONS = 5000;
const reused = new WeakMap<object, Map<string, { versions: string; person: KimPerson | null }>>();

type VersionRow = { kim_id: string; source: string; source_record_id: string; version: number; content_hash: string };

/** The versions a person's record set is made of, in a canonical order. */
function versionKey(rows: VersionRow[]): string {
  return rows
    .map((r) => `${r.source}|${r.source_record_id}|${r.version}|${r.content_hash}`)
    .sort()
    .join(',');
}

function groupBy<T extends { kim_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) (out.get(r.kim_id) ?? out.set(r.kim_id, []).get(r.kim_id)!).push(r);
  return out;
}

/**
 * `loadPersons` for reads that repeat (inbox pages): the same answer, but a person whose current
 * records have not changed since an earlier read is not read and linked again.
 */
export async function loadPersonsReusing({ db }: PersonStore, kimIds: string[]): Promise<Map<string, StoredPerson>> {
  const kept = reused.get(db) ?? reused.set(db, new Map()).get(db)!;
  const [versions, consents] = await both(
    db,
    () => readCurrent(db, kimIds, false),
    () => readConsents(db, kimIds),
  );
  const versionsOf = groupBy(versions.rows);
  const stale = kimIds.filter((id) => kept.get(id)?.versions !== versionKey(versionsOf.get(id) ?? []));
  if (stale.length) {
    const records = groupBy((await readCurrent(db, stale, true)).rows);
    for (const id of stale) {
      const rows = records.get(id) ?? [];
      kept.delete(id);
      if (kept.size >= REUSED_PERSONS) kept.delete(kept.keys().next().value!);
      kept.set(id, {
        versions: versionKey(rows),
        person: assemble(
          id,
          rows.map((r) => r.record),
        ),
      });
    }
  }
  const consentsOf = groupBy(consents.rows);
  return new Map(kimIds.map((id) => [id, { person: kept.get(id)!.person, consents: (consentsOf.get(id) ?? []).map((c) => c.consent) }]));
}

/** Every one of `kimIds`, a slice at a time, so a whole city's persons never sit in memory at once (lists and reports). */
export async function* personsInSlices(store: PersonStore, kimIds: string[], size = 2000): AsyncGenerator<[string, StoredPerson]> {
  for (let i = 0; i < kimIds.length; i += size) yield* await loadPersons(store, kimIds.slice(i, i + size));
}
