// `npm run demo` with Redis and PostgreSQL at hand: a fresh database `kim_demo`, the hub's
// workers in this process, the shipped samples imported as of 2026-11-23, each recipient's
// inbox printed. Ends by itself. Without Redis/PostgreSQL the caller falls back to the dry run.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { toGermanDate } from '../kim/dates.js';
import { offlineKey } from '../config.js';
import { migrate } from '../store/migrate.js';
import { closeContext, createContext } from './context.js';
import { createImport, waitForIdle, waitForImports } from './imports.js';
import { wholeInbox } from '../store/read/inbox.js';
import { STAGES } from '../../workers/queues.js';
import { startWorkers } from '../../workers/index.js';

const DEMO_DB = 'kim_demo';

/** True when PostgreSQL and Redis answer within a second. */
export async function servicesReachable(databaseUrl: string, redisUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1000 });
  const pgOk = await client.connect().then(
    () => true,
    () => false,
  );
  await client.end().catch(() => undefined);
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const redisOk = await redis
    .connect()
    .then(() => redis.ping())
    .then(
      () => true,
      () => false,
    );
  redis.disconnect();
  return pgOk && redisOk;
}

/** `serve`: the hub and the local identity provider keep running after the import (src/web/demo-serve.ts) until Ctrl-C. */
export async function runServiceDemo(files: string[], stichtag: string, out: Writable, options: { serve?: boolean } = {}): Promise<void> {
  const base = loadConfig();
  const admin = new pg.Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DEMO_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DEMO_DB}`);
  await admin.end();
  // The samples are fictional: the development key (unless one is configured) keeps the printed ids the same on every run.
  const config = { ...base, databaseUrl: base.databaseUrl.replace(/\/[^/]*$/, `/${DEMO_DB}`), queuePrefix: '{kim-demo}', stichtag, pseudonymKey: offlineKey() };
  const ctx = createContext(config, pino({ level: 'warn' }));
  try {
    for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true });
    out.write(`Datenbank ${DEMO_DB} neu angelegt, Migrationen: ${(await migrate(ctx.db)).join(', ')}\n`);
    const workers = startWorkers(ctx);
    // The consents first: the hub keeps no export once read, so a consent takes effect with the
    // next export of its source, and the demo has one export of each.
    const statuses = [];
    const isConsent = (f: string) => path.basename(f).startsWith('consents');
    for (const wave of [files.filter(isConsent), files.filter((f) => !isConsent(f))]) {
      const ids = [];
      for (const file of wave) ids.push(await createImport(ctx, { file, trigger: 'cli', how: 'copy' }));
      statuses.push(...(await waitForImports(ctx, ids)));
      await waitForIdle(ctx);
    }
    out.write('\nImporte über die Warteschlangen:\n');
    for (const s of statuses) out.write(`  ${s.fileName.padEnd(18)} ${String(s.source).padEnd(10)} gelesen ${s.recordsRead}, angenommen ${s.accepted}, abgewiesen ${s.rejected}, Status ${s.status}\n`);
    await workers.close();
    const recipients = (await ctx.db.query<{ recipient_id: string }>("SELECT DISTINCT recipient_id FROM signals WHERE state <> 'withdrawn' ORDER BY 1")).rows.map((r) => r.recipient_id);
    out.write(`\nPostfächer (Stichtag ${toGermanDate(stichtag)}):\n`);
    for (const r of recipients) {
      const entries = await wholeInbox(ctx, r);
      out.write(`\n${r} (${entries.length})\n`);
      for (const e of entries) {
        out.write(
          `  ${e.type.padEnd(18)} ${e.person.azr ?? e.person.kimId}  ${`${e.person.familyName ?? ''}, ${e.person.givenNames ?? ''}`.padEnd(18)} ab ${toGermanDate(e.from)}${e.deadline ? `  Frist ${toGermanDate(e.deadline)}` : ''}\n`,
        );
      }
    }
    out.write(`\nDie Daten bleiben in der Datenbank ${DEMO_DB}; \`kim-hub api\` mit DATABASE_URL=.../${DEMO_DB} zeigt sie über die API.\n`);
    if (options.serve) await (await import('../web/demo-serve.js')).serveDemo(config, out);
  } finally {
    for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
    await closeContext(ctx);
  }
}
