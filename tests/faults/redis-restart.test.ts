// Issue 18, faults: a private Redis (AOF on, as in production) restarted under a running hub.
// During an import, the api and the worker reconnect by themselves and the import completes;
// while the workers are idle, they take the next jobs afterwards without being restarted
// (workers that silently stop after a reconnect are a known pitfall of queue consumers).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../../bench/generate/abh.js';
import { count, createFaultHub, figures, reportFault, settled, startApi, upload, waitFor, type FaultHub } from './helpers.js';
import { freePort, sleep, startPrivateRedis, type PrivateRedis } from './services.js';

const PERSONS = 1000;
let dir: string;
let redis: PrivateRedis | undefined;
let hub: FaultHub | undefined;
let api: { base: string; key: string };

const exportFile = async (name: string, wave: number) => {
  const file = path.join(dir, name);
  await generateAbhExport(file, PERSONS, 18 + wave, { first: 1 + wave * PERSONS, art: 'aenderungen' });
  return file;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-redis-'));
  redis = await startPrivateRedis();
  hub = await createFaultHub({ redisUrl: redis.url });
  hub.start('worker');
  api = await startApi(hub, await freePort());
}, 90_000);

afterAll(async () => {
  await hub?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('Redis restarted under a running hub', () => {
  it('during an import: the api and the worker reconnect by themselves and the import completes, nothing lost or doubled', async () => {
    const h = hub!;
    const file = await exportFile('abh-during.xml', 0);
    const sent = await upload(api, file, readFileSync(file));
    expect(sent.status).toBe(202);
    // Some batches applied, not all: the import is under way.
    await waitFor('an import under way', async () => (await count(h, 'SELECT count(*) AS n FROM import_batches WHERE import_id = $1', [sent.id])) >= 1, 60_000, 20);
    const restartedAt = Date.now();
    await redis!.restart(1000);
    const row = await settled(h, sent.id!);
    const recoveryMs = Date.now() - restartedAt;
    expect(row.status, JSON.stringify(row)).toBe('done');
    // The api took part too: an upload after the restart is accepted and imported.
    const after = await exportFile('abh-after.xml', 1);
    const second = await upload(api, after, readFileSync(after));
    expect(second.status).toBe(202);
    expect((await settled(h, second.id!)).status).toBe('done');
    const f = await figures(h);
    reportFault('Redis restarted during an import (AOF on, down 1 s)', { recordsIn: 2 * PERSONS, stored: f.stored, duplicates: f.duplicates, recoveryMs });
    expect(f.stored).toBe(2 * PERSONS);
    expect(f.duplicates).toBe(0);
  }, 150_000);

  it('while the workers are idle: afterwards they take new jobs without a restart', async () => {
    const h = hub!;
    await waitFor('the queues idle', async () => (await h.redis.llen(h.queueKey('import', 'active'))) === 0 && (await h.redis.llen(h.queueKey('apply', 'active'))) === 0);
    await redis!.restart(1000);
    const restartedAt = Date.now();
    // Long enough for a worker's blocking wait for jobs to have been cut and (should it) resumed.
    await sleep(3000);
    const file = await exportFile('abh-idle.xml', 2);
    const sent = await upload(api, file, readFileSync(file));
    expect(sent.status).toBe(202);
    const row = await settled(h, sent.id!, 60_000);
    const recoveryMs = Date.now() - restartedAt;
    expect(row.status, JSON.stringify(row)).toBe('done');
    const stored = await count(h, 'SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND import_id = $1', [sent.id]);
    const f = await figures(h);
    reportFault('Redis restarted while the workers are idle (next import after 3 s)', { recordsIn: PERSONS, stored, duplicates: f.duplicates, recoveryMs });
    expect(stored).toBe(PERSONS);
    expect(f.duplicates).toBe(0);
  }, 120_000);
});
