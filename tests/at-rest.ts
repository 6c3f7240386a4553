// Everything a test hub keeps outside PostgreSQL, and every row inside it, as text: for the
// tests that no personal data rests where it must not (issue 14 finding 6, issue 18).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { REDIS_URL, type TestHub } from './service-helpers.js';

/** Every row of every table of the hub's database, as text, with the table's name. */
export async function allRows(hub: TestHub): Promise<Array<{ table: string; row: string }>> {
  const tables = (await hub.ctx.db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows;
  const out: Array<{ table: string; row: string }> = [];
  for (const { table_name } of tables) {
    const rows = await hub.ctx.db.query<{ t: string }>(`SELECT t::text AS t FROM "${table_name}" t`);
    out.push(...rows.rows.map((r) => ({ table: table_name, row: r.t })));
  }
  return out;
}

/** Every regular file below a directory with its content (as latin1 and as UTF-8, so every byte is a character). */
export function allFiles(dir: string): Array<{ file: string; text: string }> {
  if (!existsSync(dir)) return [];
  const out: Array<{ file: string; text: string }> = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out.push({ file, text: readFileSync(file, 'latin1') + readFileSync(file, 'utf8') });
  }
  return out;
}

/** Every key under the hub's queue prefix with its value, whatever its type (jobs, sets, streams). */
export async function allRedis(hub: TestHub): Promise<Array<{ key: string; text: string }>> {
  const redis = new Redis(REDIS_URL);
  try {
    const out: Array<{ key: string; text: string }> = [];
    const keys = new Set<string>();
    for (const match of [`{${hub.env.KIM_QUEUE_PREFIX}}*`, `${hub.env.KIM_QUEUE_PREFIX}*`]) {
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
        for (const k of found) keys.add(k);
        cursor = next;
      } while (cursor !== '0');
    }
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string'
          ? await redis.get(key)
          : type === 'hash'
            ? JSON.stringify(await redis.hgetall(key))
            : type === 'list'
              ? JSON.stringify(await redis.lrange(key, 0, -1))
              : type === 'set'
                ? JSON.stringify(await redis.smembers(key))
                : type === 'zset'
                  ? JSON.stringify(await redis.zrange(key, 0, -1))
                  : type === 'stream'
                    ? JSON.stringify(await redis.xrange(key, '-', '+'))
                    : '';
      out.push({ key, text: `${key} ${value}` });
    }
    return out;
  } finally {
    redis.disconnect();
  }
}
