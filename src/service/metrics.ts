// /metrics for Prometheus (prom-client). Every figure is an aggregate read at scrape time from
// PostgreSQL and the queues, so any API replica answers the same and workers need no endpoint
// of their own. Labels are sources, stages, signal types and states: never a person.
import { Gauge, Registry } from 'prom-client';
import type { Context } from './context.js';
import { STAGES } from '../../workers/queues.js';

export function createMetrics(ctx: Context): Registry {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => Promise<void>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        await collect(this);
      },
    });

  gauge('kim_queue_jobs', 'Jobs per stage queue and state', ['stage', 'state'], async (g) => {
    for (const stage of STAGES) {
      const counts = await ctx.queues.queue[stage].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      for (const [state, n] of Object.entries(counts)) g.set({ stage, state }, n);
    }
  });
  // Durations of the last completed jobs per stage (BullMQ keeps them), as quantiles of seconds.
  gauge('kim_job_duration_seconds', 'Duration of the most recent completed jobs per stage (up to 200), by quantile', ['stage', 'quantile'], async (g) => {
    for (const stage of STAGES) {
      const jobs = await ctx.queues.queue[stage].getCompleted(0, 199);
      const d = jobs.filter((j) => j.finishedOn && j.processedOn).map((j) => (j.finishedOn! - j.processedOn!) / 1000).sort((a, b) => a - b);
      if (!d.length) continue;
      for (const q of [0.5, 0.95, 1]) g.set({ stage, quantile: String(q) }, d[Math.min(d.length - 1, Math.ceil(q * d.length) - 1)]!);
    }
  });
  gauge('kim_import_records', 'Records of all imports per source: read, accepted, rejected', ['source', 'outcome'], async (g) => {
    const rows = (await ctx.db.query<{ source: string; read: string; accepted: string; rejected: string }>(
      "SELECT coalesce(source, 'unknown') AS source, sum(records_read) AS read, sum(accepted) AS accepted, sum(rejected) AS rejected FROM imports GROUP BY 1",
    )).rows;
    for (const r of rows) for (const outcome of ['read', 'accepted', 'rejected'] as const) g.set({ source: r.source, outcome }, Number(r[outcome]));
  });
  gauge('kim_import_warnings', 'Values outside code lists in accepted records, per source and warning code (the records are stored)', ['source', 'code'], async (g) => {
    const rows = (await ctx.db.query<{ source: string; code: string; n: string }>('SELECT source, code, count(*) AS n FROM import_warnings GROUP BY 1, 2')).rows;
    for (const r of rows) g.set({ source: r.source, code: r.code }, Number(r.n));
  });
  gauge('kim_import_age_seconds', 'Seconds since the last finished import per source (a stale sync shows here)', ['source'], async (g) => {
    const rows = (await ctx.db.query<{ source: string; age: number }>(
      "SELECT source, extract(epoch FROM now() - max(finished_at))::float8 AS age FROM imports WHERE status = 'done' AND source IS NOT NULL GROUP BY source",
    )).rows;
    for (const r of rows) g.set({ source: r.source }, r.age);
  });
  gauge('kim_signals', 'Signals by type and state', ['type', 'state'], async (g) => {
    const rows = (await ctx.db.query<{ type: string; state: string; n: string }>('SELECT type, state, count(*) AS n FROM signals GROUP BY 1, 2')).rows;
    for (const r of rows) g.set({ type: r.type, state: r.state }, Number(r.n));
  });
  gauge('kim_quarantine_records', 'Rejected records waiting in the quarantine (not yet replayed), per source', ['source'], async (g) => {
    const rows = (await ctx.db.query<{ source: string; n: string }>('SELECT source, count(*) AS n FROM quarantine WHERE replayed_in IS NULL GROUP BY 1')).rows;
    for (const r of rows) g.set({ source: r.source }, Number(r.n));
  });
  return registry;
}
