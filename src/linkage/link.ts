// Record linkage: the records of different offices that belong to one person become one KIM
// person. The AZR number links first; without it, only an exact match of the folded names (in
// either order) with a compatible birth date links. Near misses by Kölner Phonetik and AZR
// conflicts go to a review list, never merged. Each link says why it was made.
// Deterministic and independent of input order: records are sorted before anything is decided.
import type { Consent, KimPerson, LinkedRecord, PersonIdentity, PersonRecord } from '../generated/kim-types.js';
import { birthDatesCompatible, nameBlockKeys, namesMatch, phoneticKey } from './match.js';

export interface ReviewCase {
  code: 'azr_birthdate_conflict' | 'phonetic_near_match' | 'ambiguous_name_match';
  reason: string;
  records: Array<{ source: string; sourceRecordId: string }>;
}

export interface LinkResult {
  persons: KimPerson[];
  consentsByKimId: Map<string, Consent[]>;
  review: ReviewCase[];
  unlinkedConsents: Consent[];
}

export interface LinkOptions {
  /**
   * The kimId for a person's anchor (its AZR, else its first record): keyed (src/kim/pseudonym.ts,
   * kimIdsKeyedWith), so an id never gives the AZR away; the service passes stored ids to keep them.
   */
  kimIdFor: (anchor: string) => string;
}

// The ABH keeps the authoritative register; the other offices' identity data is second hand.
const SOURCE_RANK: Record<string, number> = { abh: 0, ebb: 1, sozialamt: 2, jobcenter: 3 };
const ref = (r: PersonRecord) => ({ source: r.source, sourceRecordId: r.sourceRecordId });
const recordKey = (r: PersonRecord) => `${r.source}:${r.sourceRecordId}`;

interface Group {
  records: PersonRecord[];
  reasons: Map<string, string>;
  azr: string | null;
}

function identityOf(group: Group): PersonIdentity {
  const ordered = [...group.records].sort((a, b) => SOURCE_RANK[a.source]! - SOURCE_RANK[b.source]! || b.exportedAt.localeCompare(a.exportedAt) || recordKey(a).localeCompare(recordKey(b)));
  const identifiers = Object.assign({}, ...[...ordered].reverse().map((r) => r.person.identifiers)) as PersonIdentity['identifiers'];
  return { ...ordered[0]!.person, identifiers };
}

function matchesGroup(record: PersonRecord, group: Group): 'same' | 'swapped' | null {
  for (const other of group.records) {
    const m = namesMatch(record.person.nameKey, other.person.nameKey);
    if (m && birthDatesCompatible(record.person.birthDate, other.person.birthDate)) return m;
  }
  return null;
}

function personOfGroup(group: Group, kimIdFor: LinkOptions['kimIdFor']): KimPerson {
  const anchor = group.azr ? `azr:${group.azr}` : `record:${recordKey([...group.records].sort((a, b) => recordKey(a).localeCompare(recordKey(b)))[0]!)}`;
  const linked: LinkedRecord[] = group.records.map((r) => ({ source: r.source, sourceRecordId: r.sourceRecordId, authority: r.authority, linkReason: group.reasons.get(recordKey(r))! }));
  return { kimId: kimIdFor(anchor), identity: identityOf(group), records: linked, facts: group.records.flatMap((r) => r.facts) };
}

/** Consents link like records: AZR first, else the folded name and a compatible birth date. */
function linkConsents(consents: Consent[], index: { byAzr: Map<string, Group>; byName: Map<string, Set<Group>> }, personOf: Map<Group, KimPerson>): Pick<LinkResult, 'consentsByKimId' | 'unlinkedConsents'> {
  const { byAzr, byName } = index;
  const consentsByKimId = new Map<string, Consent[]>();
  const unlinkedConsents: Consent[] = [];
  for (const consent of [...consents].sort((a, b) => a.consentId.localeCompare(b.consentId))) {
    let group = consent.person.azr ? byAzr.get(consent.person.azr) : undefined;
    if (!group) {
      const hits = [...new Set(nameBlockKeys(consent.person.nameKey).flatMap((k) => [...(byName.get(k) ?? [])]))].filter((g) =>
        g.records.some((o) => namesMatch(consent.person.nameKey, o.person.nameKey) && birthDatesCompatible(consent.person.birthDate, o.person.birthDate)),
      );
      if (hits.length === 1) group = hits[0];
    }
    const target = group ? personOf.get(group) : undefined;
    if (target) consentsByKimId.set(target.kimId, [...(consentsByKimId.get(target.kimId) ?? []), consent]);
    else unlinkedConsents.push(consent);
  }
  return { consentsByKimId, unlinkedConsents };
}

export function link(input: { records: PersonRecord[]; consents: Consent[] }, options: LinkOptions): LinkResult {
  const { kimIdFor } = options;
  const records = [...input.records].sort((a, b) => recordKey(a).localeCompare(recordKey(b)));
  const review: ReviewCase[] = [];
  const groups: Group[] = [];
  const byAzr = new Map<string, Group>();
  // Sets in insertion order: a common name adds a group in constant time (copying an array per
  // record was quadratic in the size of a name block; docs/performance.md).
  const byName = new Map<string, Set<Group>>();
  const byPhonetic = new Map<string, Set<Group>>();
  const put = (m: Map<string, Set<Group>>, k: string, group: Group) => {
    const set = m.get(k);
    if (set) set.add(group);
    else m.set(k, new Set([group]));
  };

  const index = (group: Group, record: PersonRecord) => {
    for (const k of nameBlockKeys(record.person.nameKey)) put(byName, k, group);
    put(byPhonetic, phoneticKey(record.person.nameKey), group);
  };
  const add = (group: Group, record: PersonRecord, reason: string) => {
    group.records.push(record);
    group.reasons.set(recordKey(record), reason);
    index(group, record);
  };
  const newGroup = (record: PersonRecord, reason: string): Group => {
    const group: Group = { records: [], reasons: new Map(), azr: record.person.identifiers.azr ?? null };
    groups.push(group);
    if (group.azr) byAzr.set(group.azr, group);
    add(group, record, reason);
    return group;
  };

  // Pass 1: the AZR number. Records with an AZR are anchored on it; one whose birth date
  // contradicts the AZR's first record is not merged but sent to review.
  const withAzr = records.filter((r) => r.person.identifiers.azr).sort((a, b) => SOURCE_RANK[a.source]! - SOURCE_RANK[b.source]! || recordKey(a).localeCompare(recordKey(b)));
  for (const record of withAzr) {
    const azr = record.person.identifiers.azr!;
    const group = byAzr.get(azr);
    if (!group) {
      newGroup(record, 'azr');
    } else if (group.records.some((o) => birthDatesCompatible(o.person.birthDate, record.person.birthDate))) {
      add(group, record, 'azr');
    } else {
      review.push({ code: 'azr_birthdate_conflict', reason: `same AZR number, birth dates that cannot be the same person (${group.records[0]!.source} and ${record.source})`, records: [ref(group.records[0]!), ref(record)] });
      groups.push({ records: [record], reasons: new Map([[recordKey(record), 'azr_conflict_unlinked']]), azr: null });
    }
  }

  // Pass 2: records without an AZR link on exact folded names and a compatible birth date.
  for (const record of records.filter((r) => !r.person.identifiers.azr)) {
    const candidates = [...new Set(nameBlockKeys(record.person.nameKey).flatMap((k) => [...(byName.get(k) ?? [])]))];
    const matching = candidates.map((g) => [g, matchesGroup(record, g)] as const).filter(([, m]) => m !== null);
    const distinct = new Set(matching.map(([g]) => g));
    if (distinct.size === 1) {
      const [group, how] = matching[0]!;
      add(group, record, how === 'swapped' ? 'name_swapped+birthdate' : 'name+birthdate');
      continue;
    }
    if (distinct.size > 1) {
      review.push({ code: 'ambiguous_name_match', reason: 'name and birth date fit more than one person', records: [ref(record), ...[...distinct].map((g) => ref(g.records[0]!))] });
    }
    // Near misses: same sound, compatible birth date, but no exact match: a person decides.
    const near = [...(byPhonetic.get(phoneticKey(record.person.nameKey)) ?? [])].filter((g) => !distinct.has(g) && g.records.some((o) => birthDatesCompatible(o.person.birthDate, record.person.birthDate)));
    for (const g of near) {
      review.push({ code: 'phonetic_near_match', reason: 'names sound alike (Kölner Phonetik) and birth dates fit, but the names differ', records: [ref(record), ref(g.records[0]!)] });
    }
    newGroup(record, distinct.size > 1 ? 'ambiguous_unlinked' : 'first_record');
  }

  const personOf = new Map<Group, KimPerson>();
  const persons: KimPerson[] = groups.map((group) => {
    const person = personOfGroup(group, kimIdFor);
    personOf.set(group, person);
    return person;
  });
  const { consentsByKimId, unlinkedConsents } = linkConsents(input.consents, { byAzr, byName }, personOf);
  return { persons, consentsByKimId, review, unlinkedConsents };
}
