// Issue 14, finding 6 (§ 35 SGB I, Art. 17 DSGVO): after a consent withdrawal, nothing the
// withdrawal covered is left anywhere the hub keeps data: no table of the database, no file in
// the spool or the hub's temp directory, no Redis key or value under the hub's prefix.
// What the withdrawal covers: S1's (Rami Haddad's) Sozialamt data, kept only under consent
// EW-2026-0001. What it does not cover: the ABH's own records of S1 (kept on the ABH's statutory
// basis) and the consent document itself (the proof of what was agreed and withdrawn).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName } from '../src/kim/names.js';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { allFiles, allRedis, allRows as rowsOf } from './at-rest.js';
import { type TestHub, withHubAndWorkers, importAllInWaves } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const exportFiles = readdirSync(samples)
  .filter((f) => /\.(xml|csv)$/.test(f))
  .sort()
  .map((f) => path.join(samples, f));

/** What only the Sozialamt's export says of S1: its case number, its spelling of the name, its date format. */
const SOZIALAMT_ONLY = ['50.3-2016-0042', 'HADDAD', '17.04.2001'];
/** S1 as any source names them. */
const S1 = ['160901480001', 'Haddad', '2001-04-17'];
/** What the Sozialamt's data said of S1 that reached signals and evaluations. */
const SOZIALAMT_FACTS = /AsylbLG|SGB XII|sozialamt/i;

let hub: TestHub;

withHubAndWorkers({}, (h) => (hub = h));

const importAll = (files: string[]): Promise<void> => importAllInWaves(hub, files);
const allRows = () => rowsOf(hub);

describe('erasure after a consent withdrawal', () => {
  it("leaves nothing of S1's Sozialamt data in any table, spool or temp file, or Redis key", async () => {
    await importAll(exportFiles);
    // A later Sozialamt export whose record of S1 is rejected: S1's full row in the quarantine.
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-erasure-'));
    const sozialamt = readFileSync(path.join(samples, 'sozialamt.xml'), 'latin1');
    const s1 = sozialamt.slice(sozialamt.indexOf('<Fall Az="50.3-2016-0042">'), sozialamt.indexOf('</Fall>') + '</Fall>'.length);
    const broken = path.join(dir, 'sozialamt-delta.xml');
    writeFileSync(broken, sozialamt.slice(0, sozialamt.indexOf('<Fall')) + s1.replace('Beginn="05.09.2016"', 'Beginn="31.02.2016"') + '\n</SozExport>\n', 'latin1');
    const q = await createImport(hub.ctx, { file: broken, trigger: 'cli', how: 'copy' });
    expect((await waitForImports(hub.ctx, [q], 60_000))[0]).toMatchObject({ rejected: 1 });
    await waitForIdle(hub.ctx, 60_000);
    expect((await hub.ctx.db.query("SELECT 1 FROM quarantine WHERE raw::text LIKE '%HADDAD%'")).rowCount).toBe(1);

    const kimId = (await hub.ctx.db.query<{ kim_id: string }>("SELECT kim_id FROM person_links WHERE source = 'sozialamt' AND source_record_id LIKE '50.3-2016-0042%'")).rows[0]!.kim_id;
    // S1's Sozialamt data was there before, in the very places scanned below.
    expect((await allRows()).filter((r) => SOZIALAMT_ONLY.some((m) => r.row.includes(m))).length).toBeGreaterThan(0);

    const file = path.join(dir, 'consents.csv');
    writeFileSync(file, readFileSync(path.join(samples, 'consents.csv'), 'utf8').replace('2026-02-01;2028-01-31;;abh|sozialamt', '2026-02-01;2028-01-31;2026-11-22;abh|sozialamt'));
    await importAll([file]);

    const rows = await allRows();
    const files = [...allFiles(hub.config.spoolDir)];
    const redis = await allRedis(hub);
    const everywhere = [...rows.map((r) => `${r.table}: ${r.row}`), ...files.map((f) => `${f.file}: ${f.text}`), ...redis.map((r) => r.text)];
    // Nothing that only the Sozialamt's export said of S1, anywhere.
    expect(everywhere.filter((t) => SOZIALAMT_ONLY.some((m) => t.includes(m))).map((t) => t.slice(0, 300))).toEqual([]);
    // S1's name, AZR and birth date only where the ABH's own records or the consent hold them.
    const named = rows.filter((r) => S1.some((m) => r.row.includes(m)));
    expect(named.filter((r) => SOZIALAMT_FACTS.test(r.row) && r.table !== 'consents').map((r) => `${r.table}: ${r.row.slice(0, 300)}`)).toEqual([]);
    // Nothing keyed to S1's person that the Sozialamt's data said (signal explanations, evaluations).
    // (The audit log's erasure entry names the source, ids and counts: that the erasure happened.)
    const linked = rows.filter((r) => r.row.includes(kimId) && SOZIALAMT_FACTS.test(r.row) && !(r.table === 'audit_log' && r.row.includes(',erasure,')));
    expect(linked.map((r) => `${r.table}: ${r.row.slice(0, 300)}`)).toEqual([]);
    // The Sozialamt record numbers are nowhere, not even in lists of changed records.
    expect(rows.filter((r) => r.row.includes('50.3-2016-0042')).map((r) => r.table)).toEqual([]);
    // Nor anything that names S1 by a hash anyone can recompute (the unsalted SHA-256 the not_retained list held).
    const unsalted = ['azr:160901480001', `name:${foldName('Haddad')}|${foldName('Rami')}`].map((k) => createHash('sha256').update(k).digest('hex'));
    expect(rows.filter((r) => unsalted.some((h) => r.row.includes(h))).map((r) => r.table)).toEqual([]);
    // No file with S1's data is left in the spool.
    expect(files.filter((f) => S1.some((m) => f.text.includes(m))).map((f) => f.file)).toEqual([]);
    expect(redis.filter((r) => S1.some((m) => r.text.includes(m))).map((r) => r.key)).toEqual([]);
  }, 120_000);
});
