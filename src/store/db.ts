// The PostgreSQL pool and the few helpers every store module uses. One pool per process.
import pg from 'pg';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;
/** The pool or a transaction's client: for helpers that work inside or outside a transaction. */
export type Queryable = Pick<Db | Tx, 'query'>;

export function createPool(connectionString: string, onIdleError?: (err: Error) => void): Db {
  // JIT off: our statements are short lookups by key, and on estimates that lag behind a bulk
  // load PostgreSQL decided to JIT-compile them, which cost more than the statements, per batch
  // (docs/performance.md). Custom plans for prepared statements too: a generic plan is kept for
  // the connection's life, and one made while a table was empty (a first import, just analysed)
  // scanned the whole grown table for every inbox read, for seconds each; a custom plan is made
  // on the table's current size.
  const pool = new pg.Pool({ connectionString, max: 8, options: '-c jit=off -c plan_cache_mode=force_custom_plan' });
  // An idle pooled connection that the server ends (a restart, a failover, an administrator's
  // pg_terminate_backend) emits 'error' on the pool; unheard, that ended the whole process, api
  // and workers alike (found by tests/faults). The pool has already dropped that connection and
  // opens a new one for the next query; queries in flight fail on their own and are retried.
  pool.on('error', (err) => onIdleError?.(err));
  return pool;
}

/** Runs `fn` in a transaction; rolls back on any error. */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await db.connect();
  // A checked-out client whose connection the server ends between two statements emits 'error'
  // on itself, not on the pool; unheard, that ended the process (found by tests/faults). The
  // transaction's next statement fails anyway, and the broken client is destroyed on release.
  let lost: Error | undefined;
  const onError = (err: Error) => void (lost = err);
  tx.on('error', onError);
  try {
    await tx.query('BEGIN');
    const result = await fn(tx);
    await tx.query('COMMIT');
    return result;
  } catch (e) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    tx.off('error', onError);
    tx.release(lost);
  }
}
