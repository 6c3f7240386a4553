// Keyed hashes under a secret of this installation (table hub_secrets, made by migration 020):
// a keyed hash of an AZR number or a record number cannot be recomputed from a guess by anyone
// without the secret, unlike a plain SHA-256 (issue 14, finding 6).
import { createHmac } from 'node:crypto';
import type { Queryable } from './db.js';

export type KeyedHash = (text: string) => string;

const cache = new WeakMap<object, Promise<KeyedHash>>();

/** The keyed hash for `purpose`, read once per pool. */
export function keyedHash(db: Queryable, purpose: 'not_retained'): Promise<KeyedHash> {
  let found = cache.get(db);
  if (!found) {
    found = db.query<{ secret: string }>('SELECT secret FROM hub_secrets WHERE name = $1', [purpose]).then((r) => {
      const secret = r.rows[0]?.secret;
      if (!secret) throw new Error(`no hub secret "${purpose}": run the migrations`);
      return (text: string) => createHmac('sha256', secret).update(text).digest('hex');
    });
    found.catch(() => cache.delete(db));
    cache.set(db, found);
  }
  return found;
}
