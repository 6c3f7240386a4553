// The PostgreSQL pool and the few helpers every store module uses. One pool per process.
import pg from 'pg';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;
/** The pool or a transaction's client: for helpers that work inside or outside a transaction. */
export type Queryable = Pick<Db | Tx, 'query'>;

export function createPool(connectionString: string): Db {
  // JIT off: our statements are short lookups by key, and on estimates that lag behind a bulk
  // load PostgreSQL decided to JIT-compile them, which cost more than the statements, per batch
  // (docs/performance.md).
  return new pg.Pool({ connectionString, max: 8, options: '-c jit=off' });
}

/** Runs `fn` in a transaction; rolls back on any error. */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await db.connect();
  try {
    await tx.query('BEGIN');
    const result = await fn(tx);
    await tx.query('COMMIT');
    return result;
  } catch (e) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    tx.release();
  }
}
