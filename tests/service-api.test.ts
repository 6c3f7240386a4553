// The API and the intake paths against a real store and queues: upload, status, quarantine and
// replay, inbox list/detail/acknowledge/done, the drop folder, signed webhooks with retry.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { PERSONAL } from './auth-hub.js';
import { startApi } from '../src/api/app.js';
import { waitForIdle, waitForImports } from '../src/service/imports.js';
import { runDropScan } from '../workers/intake.js';
import { startWorkers } from '../workers/index.js';
import { runSweep } from '../workers/sweep.js';
import { createApiKey } from '../src/auth/api-keys.js';
import { createTestIdp, type TestIdp } from './idp.js';
import { consentsFirst, createTestHub, type TestHub } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const received: Array<{ body: string; signature: string; timestamp: string; eventId: string; at: number }> = [];
let failNext = 2; // the receiver refuses the first deliveries: the queue must retry
let receiver: Server;
let hub: TestHub;
let api: Server;
let base: string;
let workers: { close(): Promise<void> };
let idp: TestIdp;
const uploadKeys: Record<string, string> = {};
/** fetch as a user of the tenant file (cm-0001, cm-0002, it-01, ...) */
async function as(user: string, url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${await idp.token(user)}` } });
}
const dropDir = mkdtempSync(path.join(tmpdir(), 'kim-drop-'));

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (failNext-- > 0) return void res.writeHead(503).end();
      received.push({ body, signature: String(req.headers['x-kim-signature']), timestamp: String(req.headers['x-kim-timestamp']), eventId: String(req.headers['x-kim-event-id']), at: Date.now() / 1000 });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  idp = await createTestIdp();
  hub = await createTestHub({ KIM_WEBHOOK_URL: hookUrl, KIM_WEBHOOK_SECRET: 'test-secret', KIM_DROP_DIR: dropDir, PORT: '0', ...idp.env });
  // One key per office's export job, each bound to its source and authority; consents have their own channel.
  for (const [file, sources, authority] of [
    ['abh.xml', ['abh'], 'ABH-05158'],
    ['abh-05158032.xml', ['abh'], 'ABH-05158032'],
    ['jobcenter.csv', ['jobcenter'], 'JC-05158'],
    ['sozialamt.xml', ['sozialamt'], 'SOZ-05158'],
    ['ebb.csv', ['ebb'], 'EBB-05158'],
    ['consents.csv', ['consent'], 'KI-05158'],
  ] as const)
    uploadKeys[file] = (await createApiKey(hub.ctx.db, { tenant: '05158', name: `${file} export job`, scopes: ['imports'], sources: [...sources], authority })).key;
  workers = startWorkers(hub.ctx);
  api = await startApi(hub.ctx);
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => api?.close(r));
  await new Promise((r) => receiver?.close(r));
  await idp?.close();
  await workers?.close();
  await hub?.close();
}, 60_000);

async function upload(file: string, name = path.basename(file)): Promise<{ id: string; status: string }> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), name);
  const res = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${uploadKeys[path.basename(file)]}` } });
  expect(res.status).toBe(202);
  return (await res.json()) as { id: string; status: string };
}

describe('the API', () => {
  it('takes every sample as a streamed upload and reports each import with its figures', async () => {
    const files = readdirSync(samples)
      .filter((f) => /\.(xml|csv)$/.test(f))
      .map((f) => path.join(samples, f));
    const ids = [];
    for (const wave of consentsFirst(files)) {
      const wavedIds = [];
      for (const f of wave) wavedIds.push((await upload(f)).id);
      await waitForImports(hub.ctx, wavedIds, 60_000);
      await waitForIdle(hub.ctx, 60_000);
      ids.push(...wavedIds);
    }
    const status = (await (await as('it-01', `${base}/imports/${ids[0]}`)).json()) as { status: string; recordsRead: number; accepted: number };
    expect(status.status).toBe('done');
    expect(status.recordsRead).toBe(status.accepted);
  }, 90_000);

  it('lists an inbox with filters and shows a signal with its explanation and citations', async () => {
    const list = (await (await as('cm-0002', `${base}/inbox/cm-0002`)).json()) as Array<{ id: string; type: string; person: { azr: string } }>;
    expect(list.map((e) => e.type).sort()).toEqual(['p25a.upcoming', 'p25b.eligible', 'status.expiring']);
    const filtered = (await (await as('cm-0002', `${base}/inbox/cm-0002?type=status.expiring`)).json()) as unknown[];
    expect(filtered).toHaveLength(1);
    const s = list.find((e) => e.type === 'status.expiring')!;
    const detail = (await (await as('cm-0002', `${base}/inbox/cm-0002/signals/${s.id}`)).json()) as { explanation: string; person: { azr: string } };
    expect(detail.person.azr).toBe('240601480007');
    expect(detail.explanation).toMatch(/Duldung .* endet am 31\.12\.2026/);
  });

  it('acknowledges and closes a signal; another inbox cannot reach it', async () => {
    const [first] = (await (await as('cm-0002', `${base}/inbox/cm-0002`)).json()) as Array<{ id: string }>;
    expect((await as('cm-0001', `${base}/inbox/cm-0001/signals/${first!.id}`)).status).toBe(404);
    expect((await as('cm-0001', `${base}/inbox/cm-0002/signals/${first!.id}`)).status).toBe(404);
    expect(((await (await as('cm-0002', `${base}/inbox/cm-0002/signals/${first!.id}/acknowledge`, { method: 'POST' })).json()) as { state: string }).state).toBe('acknowledged');
    expect(((await (await as('cm-0002', `${base}/inbox/cm-0002/signals/${first!.id}/done`, { method: 'POST' })).json()) as { state: string }).state).toBe('done');
    const open = (await (await as('cm-0002', `${base}/inbox/cm-0002?state=open`)).json()) as unknown[];
    expect(open).toHaveLength(2);
  });

  it('stores a person whose codes no list has, and lists each unknown value as a warning apart from rejections', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-unknown-'));
    const file = path.join(dir, 'abh.xml');
    const xml = readFileSync(path.join(samples, 'abh.xml'), 'utf8')
      .replace('<staatsangehoerigkeit schluessel="438"/>', '<staatsangehoerigkeit schluessel="901"/>')
      .replace('art="duldung"', 'art="grenzuebertrittsbescheinigung"')
      .replace('exportiertAm="2026-11-20T02:15:00+01:00"', 'exportiertAm="2026-11-20T03:15:00+01:00"');
    writeFileSync(file, xml);
    const { id } = await upload(file);
    const [status] = await waitForImports(hub.ctx, [id]);
    expect(status).toMatchObject({ status: 'done', recordsRead: 9, accepted: 9, rejected: 0, warnings: 2 });
    expect(status!.warningSummary).toEqual([
      { code: 'KIM_WARN_RECORD_NATIONALITY_UNKNOWN', field: 'staatsangehoerigkeit[1]/@schluessel', value: '901', count: 1 },
      { code: 'KIM_WARN_RECORD_UNKNOWN_CODE', field: 'aufenthalt/status[2]/@art', value: 'grenzuebertrittsbescheinigung', count: 1 },
    ]);
    const viaApi = (await (await as('it-01', `${base}/imports/${id}`)).json()) as { warnings: number };
    expect(viaApi.warnings).toBe(2);
    const warnings = (await (await as('it-01', `${base}/quarantine?import=${id}&kind=warning`)).json()) as Array<Record<string, unknown>>;
    // In file order, each named with file, element or line, record, field and value.
    expect(warnings).toEqual([
      expect.objectContaining({
        kind: 'warning',
        code: 'KIM_WARN_RECORD_UNKNOWN_CODE',
        field: 'aufenthalt/status[2]/@art',
        value: 'grenzuebertrittsbescheinigung',
        recordId: 'ABH-2016-0815',
        position: { file: 'abh.xml', element: 1, line: 3 },
      }),
      expect.objectContaining({ kind: 'warning', code: 'KIM_WARN_RECORD_NATIONALITY_UNKNOWN', value: '901', recordId: 'ABH-2019-1201' }),
    ]);
    expect(await (await as('it-01', `${base}/quarantine?import=${id}`)).json()).toEqual([]);
    // The person is stored with the raw code, not dropped.
    const stored = await hub.ctx.db.query("SELECT record->'person'->'unrecognised' AS u FROM source_records WHERE source = 'abh' AND source_record_id = 'ABH-2019-1201' AND valid_to IS NULL");
    expect(stored.rows[0]!.u).toEqual([expect.objectContaining({ value: '901' })]);
    const metrics = await (await as('it-01', `${base}/metrics`)).text();
    expect(metrics).toMatch(/kim_import_warnings\{source="abh",code="KIM_WARN_RECORD_NATIONALITY_UNKNOWN"\} [1-9]/);
  }, 60_000);

  it('quarantines a bad record without its value, keeps that export only for the replay window, and replays it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-bad-'));
    const bad = path.join(dir, 'abh.xml');
    writeFileSync(bad, readFileSync(path.join(samples, 'abh.xml'), 'utf8').replace('<geburtsdatum>1995-07-07</geburtsdatum>', '<geburtsdatum>1995-02-30</geburtsdatum>'));
    const { id } = await upload(bad);
    const [status] = await waitForImports(hub.ctx, [id]);
    expect(status).toMatchObject({ status: 'done', recordsRead: 9, accepted: 8, rejected: 1 });
    const q = (await (await as('it-01', `${base}/quarantine?import=${id}`)).json()) as Array<Record<string, unknown>>;
    // Named as the office sent it, not by its copy in the spool.
    expect(q).toEqual([expect.objectContaining({ field: 'geburtsdatum', code: 'KIM_ERR_RECORD_INVALID', position: expect.objectContaining({ file: 'abh.xml', element: 6 }) })]);
    expect(JSON.stringify(q)).not.toMatch(/1995-02-30|Aziz/);
    // An import with rejections keeps its export for KIM_REPLAY_DAYS (7): the replay works.
    const spooled = (imp: string) => readdirSync(hub.config.spoolDir).filter((f) => f.startsWith(imp));
    expect(spooled(id)).toHaveLength(1);
    const replay = await as('it-01', `${base}/imports/${id}/replay`, { method: 'POST' });
    expect(replay.status).toBe(202);
    const replayId = ((await replay.json()) as { id: string }).id;
    await waitForImports(hub.ctx, [replayId]);
    const after = (await (await as('it-01', `${base}/quarantine?import=${id}`)).json()) as Array<{ replayedIn: string }>;
    expect(after[0]!.replayedIn).toBe(replayId);
    // Past the window the sweep deletes the file, and a replay is answered with 410.
    await runSweep(hub.ctx, new Date(Date.now() + 8 * 24 * 3600 * 1000));
    expect(spooled(id)).toEqual([]);
    expect((await as('it-01', `${base}/imports/${id}/replay`, { method: 'POST' })).status).toBe(410);
  }, 60_000);

  it('answers problem+json for a malformed request', async () => {
    const res = await as('cm-0001', `${base}/inbox/cm-0001?from=yesterday`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});

describe('notifications', () => {
  it('deliver every signal event to the webhook, signed with the time of sending, retried after refusals, without personal data', async () => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && received.length < 20) await new Promise((r) => setTimeout(r, 200));
    expect(received.length).toBeGreaterThanOrEqual(20);
    for (const r of received) {
      // The receiver's check: a fresh timestamp, and the signature over "<timestamp>.<body>" (a replay
      // of an old delivery, or one with a new timestamp but the old signature, fails one of them).
      expect(r.timestamp).toMatch(/^\d{10}$/);
      expect(Math.abs(r.at - Number(r.timestamp))).toBeLessThan(300);
      expect(r.signature).toBe(`sha256=${createHmac('sha256', 'test-secret').update(`${r.timestamp}.${r.body}`).digest('hex')}`);
      expect(r.signature).not.toBe(`sha256=${createHmac('sha256', 'test-secret').update(r.body).digest('hex')}`);
      expect(r.body).not.toMatch(PERSONAL);
      expect(JSON.parse(r.body)).toMatchObject({ eventId: r.eventId, link: expect.stringMatching(/\/web\/hinweise\/\d+$/) });
    }
    expect(new Set(received.map((r) => r.eventId)).size).toBe(received.length);
  }, 40_000);
});

describe('the drop folder', () => {
  it('imports a file once its size stayed the same between two scans, and one with a .done marker at once', async () => {
    const a = path.join(dropDir, 'ebb.csv');
    writeFileSync(a, readFileSync(path.join(samples, 'ebb.csv')));
    expect(await runDropScan(hub.ctx)).toEqual([]); // first sight: maybe still being written
    const [ida] = await runDropScan(hub.ctx);
    expect(ida).toBeDefined();
    const b = path.join(dropDir, 'jobcenter.csv');
    writeFileSync(b, readFileSync(path.join(samples, 'jobcenter.csv')));
    writeFileSync(`${b}.done`, '');
    const [idb] = await runDropScan(hub.ctx);
    const statuses = await waitForImports(hub.ctx, [ida!, idb!]);
    expect(statuses.map((s) => [s.trigger, s.status])).toEqual([
      ['drop', 'done'],
      ['drop', 'done'],
    ]);
    expect(readdirSync(dropDir)).toEqual([]);
  }, 60_000);
});
