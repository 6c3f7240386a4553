// Issue 18, faults: a private PostgreSQL cluster restarted in the middle of an import. The stage
// jobs that meet the closed connections fail, back off, are retried and complete; the processes
// stay up (an idle pooled connection that the server ends must not take a process down), and the
// api answers again without a restart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../../bench/generate/abh.js';
import { count, createFaultHub, figures, reportFault, settled, startApi, upload, waitFor, type FaultHub, type HubProcess } from './helpers.js';
import { freePort, startPrivatePostgres, type PrivatePostgres } from './services.js';

const PERSONS = 1500;
let dir: string;
let postgres: PrivatePostgres | undefined;
let hub: FaultHub | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-pg-'));
  postgres = await startPrivatePostgres();
  hub = await createFaultHub({ adminUrl: postgres.adminUrl });
}, 90_000);

afterAll(async () => {
  await hub?.close();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('PostgreSQL restarted under a running hub', () => {
  it('during an import: stage jobs fail, back off, are retried and complete; nothing lost or doubled', async () => {
    const h = hub!;
    const worker: HubProcess = h.start('worker');
    const api = await startApi(h, await freePort());
    const file = path.join(dir, 'abh.xml');
    await generateAbhExport(file, PERSONS, 18);
    const sent = await upload(api, file, readFileSync(file));
    expect(sent.status).toBe(202);
    await waitFor('an import under way', async () => (await count(h, 'SELECT count(*) AS n FROM import_batches WHERE import_id = $1', [sent.id])) >= 1, 60_000, 20);
    const restartedAt = Date.now();
    await postgres!.restart(1500);
    const row = await settled(h, sent.id!, 90_000).catch((e: Error) => {
      throw new Error(`${e.message}; worker exit ${worker.child.exitCode}, api exit ${api.process.child.exitCode}; last log lines:\n${h.logs.slice(-15).join('\n')}`);
    });
    const recoveryMs = Date.now() - restartedAt;
    expect(row.status, JSON.stringify(row)).toBe('done');
    expect(worker.child.exitCode, 'the worker process is still running').toBeNull();
    expect(api.process.child.exitCode, 'the api process is still running').toBeNull();
    const status = await fetch(`${api.base}/imports/${sent.id}`, { headers: { authorization: `Bearer ${api.key}` } });
    expect(status.status).toBe(200);
    const failedJobs = h.logs.filter((l) => l.includes('"job failed"')).length;
    const f = await figures(h);
    reportFault(`PostgreSQL restarted during an import (down 1.5 s; ${failedJobs} stage jobs failed and were retried)`, { recordsIn: PERSONS, stored: f.stored, duplicates: f.duplicates, recoveryMs });
    expect(f.stored).toBe(PERSONS);
    expect(f.duplicates).toBe(0);
    expect(await count(h, 'SELECT sum(changed + unchanged) AS n FROM import_batches WHERE import_id = $1', [sent.id])).toBe(PERSONS);
  }, 150_000);
});
