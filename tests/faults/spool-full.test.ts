// Issue 18, faults: the spool's file system full in the middle of an upload. The client gets a
// clear answer (507, KIM_ERR_UPLOAD_SPOOL_FULL), the part written is removed, no import is
// created (nothing imported half), and the next upload that fits is imported as usual.
// The spool is a 1 MiB tmpfs: mounting one needs root, as .ci/run runs (see the message below).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../../bench/generate/abh.js';
import { count, createFaultHub, figures, reportFault, settled, startApi, upload, type FaultHub } from './helpers.js';
import { freePort } from './services.js';

let dir: string;
let spool: string;
let mounted = false;
let hub: FaultHub | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-full-'));
  spool = path.join(dir, 'spool');
  execFileSync('mkdir', ['-m', '0700', spool]);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', spool], { stdio: 'pipe' });
    mounted = true;
  } catch (e) {
    throw new Error(`a full spool needs a small file system: mount -t tmpfs failed (run as root, as .ci/run does): ${(e as Error).message}`, { cause: e });
  }
  hub = await createFaultHub({ env: { KIM_SPOOL_DIR: spool } });
  hub.start('worker');
}, 90_000);

afterAll(async () => {
  await hub?.close();
  if (mounted) execFileSync('umount', [spool]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const spoolFiles = () => readdirSync(spool).filter((n) => !n.startsWith('.'));

describe('the spool disk full during an upload', () => {
  it('is answered 507 KIM_ERR_UPLOAD_SPOOL_FULL, keeps nothing, imports nothing; the next upload that fits is imported', async () => {
    const h = hub!;
    const api = await startApi(h, await freePort());
    const big = path.join(dir, 'abh-big.xml');
    const persons = 3000;
    await generateAbhExport(big, persons, 18);
    expect(statSync(big).size).toBeGreaterThan(2 * 1024 * 1024);
    const refused = await upload(api, big, readFileSync(big));
    const refusedAt = Date.now();
    expect(refused.status).toBe(507);
    expect(refused.title).toBe('KIM_ERR_UPLOAD_SPOOL_FULL');
    expect(spoolFiles()).toEqual([]);
    expect(await count(h, 'SELECT count(*) AS n FROM imports')).toBe(0);
    expect(api.process.child.exitCode).toBeNull();
    // Room again (the partial file is gone): a smaller export goes through.
    const small = path.join(dir, 'abh-small.xml');
    await generateAbhExport(small, 100, 19);
    const accepted = await upload(api, small, readFileSync(small));
    expect(accepted.status).toBe(202);
    expect((await settled(h, accepted.id!)).status).toBe('done');
    const recoveryMs = Date.now() - refusedAt;
    const f = await figures(h);
    reportFault(`spool disk full during a ${Math.round(statSync(big).size / 1024)} KiB upload (1 MiB tmpfs): 507, then a 100-person upload`, { recordsIn: persons + 100, stored: f.stored, duplicates: f.duplicates, recoveryMs });
    expect(f.stored).toBe(100);
    expect(f.duplicates).toBe(0);
  }, 120_000);
});
