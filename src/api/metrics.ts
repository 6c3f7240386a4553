// /metrics for Prometheus (prom-client). Every figure is an aggregate read at scrape time from
// PostgreSQL (src/store/read/metrics.ts) and the queues, so any API replica answers the same and
// workers need no endpoint of their own. Labels are sources, stages, signal types and states:
// never a person.
import { Gauge, Registry } from 'prom-client';
import type { Db } from '../store/db.js';
import { importAges, importRecords, importWarnings, quarantineCounts, signalCounts } from '../store/read/metrics.js';
import { STAGES, type Queues } from '../../workers/queues.js';

export function createMetrics(db: Db, queues: Queues): Registry {
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
      const counts = await queues.queue[stage].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      for (const [state, n] of Object.entries(counts)) g.set({ stage, state }, n);
    }
  });
  // Durations of the last completed jobs per stage (BullMQ keeps them), as quantiles of seconds.
  gauge('kim_job_duration_seconds', 'Duration of the most recent completed jobs per stage (up to 200), by quantile', ['stage', 'quantile'], async (g) => {
    for (const stage of STAGES) {
      const jobs = await queues.queue[stage].getCompleted(0, 199);
      const d = jobs
        .filter((j) => j.finishedOn && j.processedOn)
        .map((j) => (j.finishedOn! - j.processedOn!) / 1000)
        .sort((a, b) => a - b);
      if (!d.length) continue;
      for (const q of [0.5, 0.95, 1]) g.set({ stage, quantile: String(q) }, d[Math.min(d.length - 1, Math.ceil(q * d.length) - 1)]!);
    }
  });
  gauge('kim_import_records', 'Records of all imports per source: read, accepted, rejected', ['source', 'outcome'], async (g) => {
    for (const r of await importRecords(db)) for (const outcome of ['read', 'accepted', 'rejected'] as const) g.set({ source: r.source, outcome }, r[outcome]);
  });
  gauge('kim_import_warnings', 'Values outside code lists in accepted records, per source and warning code (the records are stored)', ['source', 'code'], async (g) => {
    for (const r of await importWarnings(db)) g.set({ source: r.source, code: r.code }, r.n);
  });
  gauge('kim_import_age_seconds', 'Seconds since the last finished import per source (a stale sync shows here)', ['source'], async (g) => {
    for (const r of await importAges(db)) g.set({ source: r.source }, r.age);
  });
  gauge('kim_signals', 'Signals by type and state', ['type', 'state'], async (g) => {
    for (const r of await signalCounts(db)) g.set({ type: r.type, state: r.state }, r.n);
  });
  gauge('kim_quarantine_records', 'Rejected records waiting in the quarantine (not yet replayed), per source', ['source'], async (g) => {
    for (const r of await quarantineCounts(db)) g.set({ source: r.source }, r.n);
  });
  return registry;
}
