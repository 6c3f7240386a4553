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

// The current records of each person, and their consents. Index lookups per person whatever the
// (possibly lagging or missing) statistics say: OFFSET 0 keeps each lateral subquery a
// parameterised nested loop instead of a scan of all links.
const CURRENT_RECORDS = `SELECT r.* FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, s.record FROM person_links l
                           JOIN source_records s ON s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL
                          WHERE l.kim_id = k.kim_id OFFSET 0) r`;
const CONSENTS_OF = `SELECT r.kim_id, r.consent FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, c.consent FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = k.kim_id OFFSET 0) r`;

// Both named, so parsed once per connection: every evaluate batch sends them, and so does an inbox
// read that finds a person changed. Planned for each use on the tables' current sizes (custom
// plans, src/store/db.ts).
function readRecords(db: Queryable, kimIds: string[]) {
  return db.query<{ kim_id: string; record: PersonRecord }>({ name: 'persons-current-records', text: CURRENT_RECORDS, values: [kimIds] });
}

function readConsents(db: Queryable, kimIds: string[]) {
  return db.query<{ kim_id: string; consent: Consent }>({ name: 'persons-consents', text: CONSENTS_OF, values: [kimIds] });
}

/** Two reads, sent together on two connections of a pool; a transaction's client takes one query at a time (pg 9 refuses a queue). */
async function both<A, B>(db: Queryable, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  return db instanceof pg.Pool ? Promise.all([a(), b()]) : [await a(), await b()];
}

export async function loadPersons({ db }: PersonStore, kimIds: string[]): Promise<Map<string, StoredPerson>> {
  const read = await loadRecordsAndConsents(db, kimIds);
  return new Map(kimIds.map((id) => [id, { person: assemble(id, read.get(id)!.records), consents: read.get(id)!.consents }]));
}

// Persons kept between inbox reads, per pool (so per database), each under the version they were
// read at: the set of change numbers PostgreSQL appends for a person whenever one of their records,
// links or consents is written (migration 053, whoever writes). A read asks for the versions with
// its rows and reads a person again only where the version differs, so a withdrawal still hides
// an entry at the next read. An inbox page of 100 entries otherwise read and parsed some 300 kB of
// records and 70 kB of consents per read (docs/performance.md, issue 18).
const REUSED_PERSONS = 5000;
const reused = new WeakMap<object, Map<string, { version: string; person: KimPerson | null; consents: Consent[]; display: DisplayIdentity | null }>>();

/**
 * A lateral join for a statement that has a person's kimId as `s.kim_id`: `person_version`, the
 * person's version (null: nothing was ever written of them), which `personsReusing` compares with
 * the version of the person it keeps. One index probe a row: an inbox page sends it with its rows,
 * so a read is one round trip to PostgreSQL.
 */
export const PERSON_STATE = `
  LEFT JOIN LATERAL (
    SELECT string_agg(pc.seq::text, ',' ORDER BY pc.seq) AS person_version FROM person_changes pc WHERE pc.kim_id = s.kim_id) person_version ON true`;

/** What a statement with PERSON_STATE gives of a person. */
export interface PersonStateColumns {
  person_version: string | null;
}

function groupBy<T extends { kim_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) (out.get(r.kim_id) ?? out.set(r.kim_id, []).get(r.kim_id)!).push(r);
  return out;
}

/** A person as a repeated read gets them, with the identity staff know them by (null: no current record). */
export interface ReusedPerson extends StoredPerson {
  display: DisplayIdentity | null;
}

/**
 * `loadPersons` for reads that repeat (inbox pages), given the persons' versions as the statement
 * that found them read them with PERSON_STATE: the same answer, but a person whose version has not
 * changed since an earlier read is not read and linked again. A person read again is kept under
 * the version the statement found: if they changed once more in between, the next read finds a
 * newer version and reads them again, so a kept person is never older than their version.
 */
export async function personsReusing(store: PersonStore, states: Map<string, PersonStateColumns>): Promise<Map<string, ReusedPerson>> {
  const kept = reused.get(store.db) ?? reused.set(store.db, new Map()).get(store.db)!;
  const versionOf = (id: string) => states.get(id)!.person_version ?? '';
  const stale = [...states.keys()].filter((id) => kept.get(id)?.version !== versionOf(id));
  if (stale.length) {
    const read = await loadRecordsAndConsents(store.db, stale);
    for (const id of stale) {
      const { records, consents } = read.get(id)!;
      kept.delete(id);
      if (kept.size >= REUSED_PERSONS) kept.delete(kept.keys().next().value!);
      kept.set(id, { version: versionOf(id), person: assemble(id, records), consents, display: displayIdentity(records) });
    }
  }
  return new Map([...states.keys()].map((id) => [id, kept.get(id)!]));
}

/** The current records and the consents of each of `kimIds`, two statements for all of them. */
async function loadRecordsAndConsents(db: Queryable, kimIds: string[]): Promise<Map<string, { records: PersonRecord[]; consents: Consent[] }>> {
  const [records, consents] = await both(
    db,
    () => readRecords(db, kimIds),
    () => readConsents(db, kimIds),
  );
  const recordsOf = groupBy(records.rows);
  const consentsOf = groupBy(consents.rows);
  return new Map(kimIds.map((id) => [id, { records: (recordsOf.get(id) ?? []).map((r) => r.record), consents: (consentsOf.get(id) ?? []).map((c) => c.consent) }]));
}

// The order in which a person's records name them to staff: the ABH's first.
const DISPLAY_RANK: Record<string, number> = { abh: 0, ebb: 1, sozialamt: 2 };

/** The person as staff know them (inbox entries): the identity of their highest-ranked current record. */
export interface DisplayIdentity {
  azr: string | null;
  familyName: string | null;
  givenNames: string | null;
}

function displayIdentity(records: PersonRecord[]): DisplayIdentity | null {
  const top = [...records].sort((a, b) => (DISPLAY_RANK[a.source] ?? 3) - (DISPLAY_RANK[b.source] ?? 3) || (a.sourceRecordId < b.sourceRecordId ? -1 : a.sourceRecordId > b.sourceRecordId ? 1 : 0))[0];
  return top ? { azr: top.person.identifiers.azr ?? null, familyName: top.person.familyName ?? null, givenNames: top.person.givenNames ?? null } : null;
}

/** Every one of `kimIds`, a slice at a time, so a whole city's persons never sit in memory at once (lists and reports). */
export async function* personsInSlices(store: PersonStore, kimIds: string[], size = 2000): AsyncGenerator<[string, StoredPerson]> {
  for (let i = 0; i < kimIds.length; i += size) yield* await loadPersons(store, kimIds.slice(i, i + size));
}
