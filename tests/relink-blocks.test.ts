// The link stage's relink in blocks of whole components (issue 19) against linking everything at
// once: the samples and a made-up set whose persons span AZR numbers, names both ways round and
// consents, relinked in blocks of one, two and three nodes, in one block, and by the scoped path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent, PersonRecord } from '../src/generated/kim-types.js';
import { nameKey } from '../src/kim/names.js';
import { kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import { link } from '../src/linkage/index.js';
import { identityRecords, sampleRecordsAndConsents } from '../src/linkage/test-records.js';
import { linksOf } from '../src/linkage/relink-diff.js';
import type { Tx } from '../src/store/db.js';
import { pseudonymKey } from '../src/store/pseudonym-key.js';
import { readAffected, startAffected } from '../src/store/imports.js';
import { relink, type RelinkOptions } from '../workers/stages/relink.js';
import { createTestHub, type TestHub } from './service-helpers.js';

let hub: TestHub;
const rec = identityRecords(() => 'made-up');

/** Persons that span keys: AZR and names (Kaya), an AZR conflict (Demir), an ambiguous name (Meier), and common names. */
function madeUp(): PersonRecord[] {
  const records = [
    rec('abh', 'Kaya', 'Ali', '1990-03-03', '300000000001'),
    rec('sozialamt', 'Kaya', 'Alin', '1990-03-00', '300000000001'),
    rec('jobcenter', 'Kaya', 'Alin', '1990-03-03'),
    rec('ebb', 'Alin', 'Kaya', '1990-00-00'),
    rec('abh', 'Demir', 'Can', '1980-01-01', '300000000002'),
    rec('jobcenter', 'Demir', 'Can', '1985-01-01', '300000000002'),
    rec('abh', 'Meier', 'Hans', '1970-05-05', '300000000003'),
    rec('abh', 'Meier', 'Hans', '1970-05-05', '300000000004'),
    rec('jobcenter', 'Meier', 'Hans', '1970-05-05'),
  ];
  const families = ['Yilmaz', 'Aydin', 'Celik'];
  const given = ['Ayse', 'Mehmet'];
  for (let i = 0; i < 40; i++) {
    const source = (['abh', 'sozialamt', 'jobcenter', 'ebb'] as const)[i % 4]!;
    const azr = i % 3 === 0 ? `3100000000${String(i % 7).padStart(2, '0')}` : undefined;
    records.push(rec(source, families[i % 3]!, given[(i >> 1) % 2]!, `${1990 + (i % 2)}-0${1 + (i % 5)}-00`, azr));
  }
  return records;
}

function consentFor(template: Consent, id: string, person: { azr: string | null; family: string; given: string; birthDate: string }): Consent {
  return { ...template, consentId: id, person: { ...template.person, azr: person.azr, familyName: person.family, givenNames: person.given, nameKey: nameKey(person.family, person.given), birthDate: person.birthDate } };
}

async function samples(): Promise<{ records: PersonRecord[]; consents: Consent[] }> {
  const { records, consents: merged } = await sampleRecordsAndConsents();
  const t = merged[0]!;
  // An AZR no record has, and a name that links; an AZR of one person with the name of another.
  merged.push(consentFor(t, 'MADE-UP-1', { azr: '309999999999', family: 'Kaya', given: 'Alin', birthDate: '1990-03-03' }));
  merged.push(consentFor(t, 'MADE-UP-2', { azr: '300000000001', family: 'Meier', given: 'Hans', birthDate: '1970-05-05' }));
  merged.push(consentFor(t, 'MADE-UP-3', { azr: null, family: 'Nobody', given: 'Known', birthDate: '1999-01-01' }));
  return { records: [...records, ...madeUp()], consents: merged };
}

async function newImport(tx: Tx | TestHub['ctx']['db'], id: string): Promise<void> {
  await tx.query("INSERT INTO imports (id, file_name, spool_path, trigger, status) VALUES ($1, 'made-up', 'made-up', 'cli', 'linking')", [id]);
}

async function store(tx: TestHub['ctx']['db'], importId: string, records: PersonRecord[], consents: Consent[]): Promise<void> {
  for (const r of records) {
    const version = Number((await tx.query<{ v: number }>('SELECT coalesce(max(version), 0) + 1 AS v FROM source_records WHERE source = $1 AND source_record_id = $2', [r.source, r.sourceRecordId])).rows[0]!.v);
    await tx.query('UPDATE source_records SET valid_to = now() WHERE source = $1 AND source_record_id = $2 AND valid_to IS NULL', [r.source, r.sourceRecordId]);
    await tx.query('INSERT INTO source_records (source, source_record_id, version, authority, content_hash, record, import_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      r.source,
      r.sourceRecordId,
      version,
      r.authority,
      r.contentHash,
      r,
      importId,
    ]);
    await tx.query('INSERT INTO import_changes (import_id, source, source_record_id) VALUES ($1, $2, $3)', [importId, r.source, r.sourceRecordId]);
  }
  for (const c of consents) {
    await tx.query('INSERT INTO consents (consent_id, content_hash, consent, import_id) VALUES ($1, $2, $3, $4)', [c.consentId, c.contentHash, c, importId]);
    await tx.query("INSERT INTO import_changes (import_id, source, source_record_id) VALUES ($1, 'consent', $2)", [importId, c.consentId]);
  }
}

/** What a relink leaves behind, and the persons it returns, in a transaction rolled back unless `keep`. */
async function relinked(importId: string, options: RelinkOptions, keep = false) {
  const tx = await hub.ctx.db.connect();
  try {
    await tx.query('BEGIN');
    await startAffected(tx);
    await relink(hub.ctx, tx, importId, options);
    const affected = await readAffected(tx);
    // Sorted here, not by PostgreSQL, whose collation orders text unlike localeCompare.
    const rows = async (sql: string) => (await tx.query(sql)).rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const state = {
      affected,
      records: await rows('SELECT source, source_record_id, kim_id, link_reason FROM person_links'),
      consents: await rows('SELECT consent_id, kim_id FROM consent_links'),
      keys: await rows('SELECT key, source, source_record_id FROM link_keys'),
      current: await rows('SELECT source, source_record_id, version FROM source_records WHERE valid_to IS NULL '),
      notRetained: await rows('SELECT source, source_record_id FROM not_retained'),
    };
    await tx.query(keep ? 'COMMIT' : 'ROLLBACK');
    return state;
  } finally {
    tx.release();
  }
}

/** The links linkage gives the current records and all consents at once, without the records retention erased. */
async function allAtOnce(current: Array<{ source: string; source_record_id: string }>) {
  const records = (await hub.ctx.db.query<{ record: PersonRecord }>("SELECT record - 'facts' || '{\"facts\": []}'::jsonb AS record FROM source_records WHERE valid_to IS NULL")).rows.map((r) => r.record);
  const consents = (await hub.ctx.db.query<{ consent: Consent }>('SELECT consent FROM consents')).rows.map((r) => r.consent);
  const linked = link({ records, consents }, { kimIdFor: kimIdsKeyedWith(await pseudonymKey(hub.ctx.db, hub.ctx.config.pseudonymKey)) });
  const kept = new Set(current.map((c) => `${c.source}|${c.source_record_id}`));
  const links = linksOf(linked);
  return {
    records: [...links.records.values()]
      .filter((l) => kept.has(`${l.source}|${l.id}`))
      .map((l) => ({ source: l.source, source_record_id: l.id, kim_id: l.kimId, link_reason: l.reason }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    consents: [...links.consents].map(([consent_id, kim_id]) => ({ consent_id, kim_id })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

const ONE_BLOCK: RelinkOptions = { blockSize: 1e9, scopedMax: 0 };
const blocksOf = (blockSize: number): RelinkOptions => ({ blockSize, scopedMax: 0 });

beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);
afterAll(async () => hub?.close());

describe('a relink in blocks of whole components', () => {
  const first = '00000000-0000-4000-8000-000000000001';
  const second = '00000000-0000-4000-8000-000000000002';

  it('gives a first import the links of linking the whole city at once, whatever the block size', async () => {
    const { records, consents } = await samples();
    await newImport(hub.ctx.db, first);
    await store(hub.ctx.db, first, records, consents);
    const whole = await relinked(first, ONE_BLOCK);
    expect(whole.records.length).toBeGreaterThan(40);
    expect(whole.consents.length).toBeGreaterThan(9);
    for (const size of [1, 2, 3, 50]) expect(await relinked(first, blocksOf(size)), `blocks of ${size}`).toEqual(whole);
    const expected = await allAtOnce(whole.current as Array<{ source: string; source_record_id: string }>);
    expect(whole.records).toEqual(expected.records);
    expect(whole.consents).toEqual(expected.consents);
    // The made-up consent with the AZR of Kaya and the name of Meier links by its AZR, in any block.
    const kaya = whole.records.find((r) => r.source === 'abh' && r.source_record_id === 'made-up-1')!;
    expect(whole.consents).toContainEqual({ consent_id: 'MADE-UP-2', kim_id: kaya.kim_id });
    await relinked(first, blocksOf(2), true);
  }, 120_000);

  it('gives a later import the links of linking at once, in blocks and by the scoped path alike', async () => {
    await newImport(hub.ctx.db, second);
    const current = (await hub.ctx.db.query<{ record: PersonRecord }>("SELECT record FROM source_records WHERE valid_to IS NULL AND source_record_id IN ('made-up-3', 'made-up-8', 'made-up-10')")).rows.map((r) => r.record);
    // The Jobcenter's Kaya changes name; a Meier gets an AZR; a Yilmaz is born a year later.
    const changed = current.map((r) => {
      const p = r.person;
      if (r.sourceRecordId === 'made-up-3') return { ...r, person: { ...p, familyName: 'Kayra', nameKey: nameKey('Kayra', p.givenNames ?? '') } };
      if (r.sourceRecordId === 'made-up-8') return { ...r, person: { ...p, identifiers: { azr: '300000000001' } } };
      return { ...r, person: { ...p, birthDate: '1992-01-00' } };
    });
    await store(hub.ctx.db, second, changed, []);
    // A closed record whose link is still stored: the relink removes it.
    await hub.ctx.db.query("UPDATE source_records SET valid_to = now() WHERE source_record_id = 'made-up-20' AND valid_to IS NULL");
    await hub.ctx.db.query("INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, source, source_record_id FROM source_records WHERE source_record_id = 'made-up-20' AND version = 1", [second]);
    const whole = await relinked(second, ONE_BLOCK);
    expect(whole.affected.length).toBeGreaterThan(0);
    for (const size of [1, 2, 3]) expect(await relinked(second, blocksOf(size)), `blocks of ${size}`).toEqual(whole);
    expect(await relinked(second, { blockSize: 1, scopedMax: 1e9 }), 'scoped').toEqual(whole);
    const expected = await allAtOnce(whole.current as Array<{ source: string; source_record_id: string }>);
    expect(whole.records).toEqual(expected.records);
    expect(whole.consents).toEqual(expected.consents);
  }, 120_000);
});
