// Private Redis and PostgreSQL instances for the fault tests that stop and restart them: the
// machine's shared services on 6379 and 5432 keep running for everyone else. Each instance lives
// in its own temporary directory on a free port and is removed by `stop()`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP port nobody listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await sleep(50);
  }
}

export interface PrivateRedis {
  url: string;
  port: number;
  /** Shuts Redis down (SIGTERM: it writes its AOF), keeps it down for `downMs`, starts it again on the same data. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** redis-server with AOF on (fsync always), as docker-compose.yml runs it in production. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-redis-'));
  let child: ChildProcess | null = null;
  const ping = async () => (await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'])).stdout.includes('PONG');
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--dir', dir, '--maxmemory-policy', 'noeviction', '--logfile', path.join(dir, 'redis.log')], {
      stdio: 'ignore',
    });
    await until('redis-server', ping);
  };
  const halt = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart(downMs = 1000) {
      await halt();
      await sleep(downMs);
      await start();
    },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivatePostgres {
  /** The `postgres` database of the cluster, as superuser (trust auth). */
  adminUrl: string;
  port: number;
  /** Stops the cluster (fast: open sessions are ended), keeps it down for `downMs`, starts it again. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const PG_BIN = process.env.KIM_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** initdb and pg_ctl refuse to run as root: then they run as the `postgres` user, which owns the data directory. */
async function asOwner(cmd: string, args: string[]): Promise<void> {
  if (userInfo().uid === 0) await run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, cmd), ...args]);
  else await run(path.join(PG_BIN, cmd), args);
}

/** A throw-away PostgreSQL cluster (initdb) on a free port, its socket in its own directory. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-pg-'));
  if (userInfo().uid === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = path.join(dir, 'data');
  await asOwner('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // fsync off: the cluster is thrown away; a restart is a clean shutdown, which writes everything anyway.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (action: string, ...extra: string[]) => asOwner('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'pg.log'), '-w', ...extra, action]);
  await ctl('start');
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart(downMs = 1000) {
      await ctl('stop', '-m', 'fast');
      await sleep(downMs);
      await ctl('start');
    },
    async stop() {
      await ctl('stop', '-m', 'immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
