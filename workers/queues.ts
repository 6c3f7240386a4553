// One BullMQ queue per stage (DESIGN.md section 1). Jobs carry ids only (claim check); the
// data they point to is in PostgreSQL. Every key starts with the configured prefix in braces,
// so all queues of a hub hash to one slot and work on Redis Cluster.
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';

export const STAGES = ['import', 'apply', 'link', 'evaluate', 'route', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

export interface Queues {
  queue: Record<Stage, Queue>;
  connection: ConnectionOptions;
  prefix: string;
  close(): Promise<void>;
}

/** Retries with backoff; failed jobs stay for inspection and replay; completed ones are trimmed. */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

export function connectionFrom(redisUrl: string): ConnectionOptions {
  const u = new URL(redisUrl);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; ioredis must not give up on them.
    maxRetriesPerRequest: null,
  };
}

/**
 * `onError` hears connection trouble: a Queue is an EventEmitter, and an 'error' with no
 * listener would end the process (ioredis reconnects by itself; the next command waits for it).
 */
export function createQueues(redisUrl: string, prefix: string, onError: (err: Error) => void): Queues {
  const connection = connectionFrom(redisUrl);
  const queue = Object.fromEntries(STAGES.map((s) => [s, new Queue(s, { connection, prefix, defaultJobOptions: JOB_OPTIONS })])) as Record<Stage, Queue>;
  for (const q of Object.values(queue)) q.on('error', onError);
  return {
    queue,
    connection,
    prefix,
    async close() {
      // A queue closed while its connection is still being set up rejects with "Connection is
      // closed" (taskforcesh/bullmq#2686); short commands such as `kim-hub backlog` close within
      // milliseconds, so each queue is first allowed to finish connecting.
      await Promise.all(
        Object.values(queue).map(async (q) => {
          await q.waitUntilReady().catch(() => undefined);
          await q.close();
        }),
      );
    },
  };
}

/** Job ids are deterministic, so a stage that runs twice adds each follow-up job only once. */
export const jobId = (...parts: Array<string | number>): string => parts.join('_');
