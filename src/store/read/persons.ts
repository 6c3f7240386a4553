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

// The current records of each person, with their versions, and their consents. Index lookups per
// person whatever the (possibly lagging or missing) statistics say: OFFSET 0 keeps each lateral
// subquery a parameterised nested loop instead of a scan of all links.
const CURRENT_RECORDS = `SELECT r.* FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, s.source, s.source_record_id, s.version, s.content_hash, s.record FROM person_links l
                           JOIN source_records s ON s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL
                          WHERE l.kim_id = k.kim_id OFFSET 0) r`;
const CONSENTS_OF = `SELECT r.kim_id, r.consent FROM unnest($1::text[]) AS k(kim_id)
     CROSS JOIN LATERAL (SELECT l.kim_id, c.consent FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = k.kim_id OFFSET 0) r`;

// Both prepared once per connection (named): every evaluate batch sends them, and an inbox read
// that finds a person changed sends the first; planning them cost more than running them, and
// their one parameter is an array, so the generic plan is the custom one.
function readRecords(db: Queryable, kimIds: string[]) {
  return db.query<VersionRow & { record: PersonRecord }>({ name: 'persons-current-records', text: CURRENT_RECORDS, values: [kimIds] });
}

function readConsents(db: Queryable, kimIds: string[]) {
  return db.query<{ kim_id: string; consent: Consent }>({ name: 'persons-consents', text: CONSENTS_OF, values: [kimIds] });
}

/** Two reads, sent together on two connections of a pool; a transaction's client takes one query at a time (pg 9 refuses a queue). */
async function both<A, B>(db: Queryable, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  return db instanceof pg.Pool ? Promise.all([a(), b()]) : [await a(), await b()];
}

export async function loadPersons({ db }: PersonStore, kimIds: string[]): Promise<Map<string, StoredPerson>> {
  // Two queries for all of `kimIds`, never one per person.
  const [records, consents] = await both(
    db,
    () => readRecords(db, kimIds),
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
// the current records it was assembled from, and consents under their id and row version
// (PostgreSQL's xmin, which every write of the row changes, whoever writes it). A read asks
// PostgreSQL for those versions with its rows and reads a record or consent again only where
// they differ, so a withdrawal still hides an entry at the next read. An inbox page of 100
// entries otherwise parsed some 300 kB of records and 70 kB of consents per read
// (docs/performance.md, issue 18).
const REUSED_PERSONS = 5000;
const reused = new WeakMap<object, Map<string, { versions: string; person: KimPerson | null; display: DisplayIdentity | null }>>();
const REUSED_CONSENTS = 10_000;
const reusedConsents = new WeakMap<object, Map<string, Consent>>();

type RecordVersion = { source: string; source_record_id: string; version: number; content_hash: string };
type VersionRow = RecordVersion & { kim_id: string };

// A person's record versions as one text: fields joined by the unit separator, records by the
// record separator, sorted. PostgreSQL builds the same text (PERSON_STATE) and this side only
// sorts it; a value that held a separator itself would only make the keys differ, and the person
// be read again.
const FIELD = '\x1f';
const RECORD = '\x1e';

/** The versions a person's record set is made of, in a canonical order. */
function versionKey(rows: RecordVersion[]): string {
  return rows
    .map((r) => [r.source, r.source_record_id, r.version, r.content_hash].join(FIELD))
    .sort()
    .join(RECORD);
}

/** The same key from the text PERSON_STATE aggregates (null: no current record). */
const versionKeyOf = (aggregated: string | null): string => (aggregated ? aggregated.split(RECORD).sort().join(RECORD) : '');

/**
 * A lateral join for a statement that has a person's kimId as `s.kim_id`: `versions`, the versions
 * of their current records, and `consent_refs`, the id and row version (xmin) of each of their consents
 * (null: none), which `personsReusing` turns into the person. An inbox page sends it with its
 * rows, so a read is one round trip to PostgreSQL.
 */
export const PERSON_STATE = `
  LEFT JOIN LATERAL (
    SELECT string_agg(sr.source || chr(31) || sr.source_record_id || chr(31) || sr.version || chr(31) || sr.content_hash, chr(30)) AS versions
      FROM person_links pl
      JOIN source_records sr ON sr.source = pl.source AND sr.source_record_id = pl.source_record_id AND sr.valid_to IS NULL
     WHERE pl.kim_id = s.kim_id) person_versions ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(c.consent_id, c.xmin::text)) AS consent_refs
      FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = s.kim_id) person_consents ON true`;

/** What a statement with PERSON_STATE gives of a person. */
export interface PersonStateColumns {
  versions: string | null;
  consent_refs: Array<[id: string, rowVersion: string]> | null;
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
 * `loadPersons` for reads that repeat (inbox pages), given the persons' state as the statement
 * that found them read it with PERSON_STATE: the same answer, but a person whose current records
 * have not changed since an earlier read is not read and linked again, and a consent whose row
 * has not been written since is not read again.
 */
export async function personsReusing({ db }: PersonStore, states: Map<string, PersonStateColumns>): Promise<Map<string, ReusedPerson>> {
  const kept = reused.get(db) ?? reused.set(db, new Map()).get(db)!;
  const keptConsents = reusedConsents.get(db) ?? reusedConsents.set(db, new Map()).get(db)!;
  const consentKey = ([id, rowVersion]: [string, string]) => `${id}${FIELD}${rowVersion}`;
  const stale = [...states].filter(([id, s]) => kept.get(id)?.versions !== versionKeyOf(s.versions)).map(([id]) => id);
  const missing = [...new Set([...states.values()].flatMap((s) => (s.consent_refs ?? []).filter((ref) => !keptConsents.has(consentKey(ref))).map(([id]) => id)))];
  const [records, consents] = await both(
    db,
    async () => (stale.length ? await readRecords(db, stale) : null),
    async () => (missing.length ? await db.query<{ consent_id: string; row_version: string; consent: Consent }>('SELECT consent_id, xmin::text AS row_version, consent FROM consents WHERE consent_id = ANY($1)', [missing]) : null),
  );
  const recordsOf = groupBy(records?.rows ?? []);
  for (const id of stale) {
    const rows = recordsOf.get(id) ?? [];
    const current = rows.map((r) => r.record);
    kept.delete(id);
    if (kept.size >= REUSED_PERSONS) kept.delete(kept.keys().next().value!);
    kept.set(id, { versions: versionKey(rows), person: assemble(id, current), display: displayIdentity(current) });
  }
  // A consent that changed between the page's statement and this one is taken as it is now.
  const fresh = new Map((consents?.rows ?? []).map((r) => [r.consent_id, r]));
  for (const r of fresh.values()) {
    if (keptConsents.size >= REUSED_CONSENTS) keptConsents.delete(keptConsents.keys().next().value!);
    keptConsents.set(consentKey([r.consent_id, r.row_version]), r.consent);
  }
  const consentOf = (ref: [string, string]) => keptConsents.get(consentKey(ref)) ?? fresh.get(ref[0])?.consent;
  return new Map([...states].map(([id, s]) => [id, { person: kept.get(id)!.person, display: kept.get(id)!.display, consents: (s.consent_refs ?? []).map(consentOf).filter((c): c is Consent => c !== undefined) }]));
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
