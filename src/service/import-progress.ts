// How far a running import has come, from its row and the batches its stages have finished: the
// same figures for the Betrieb page (polled by its script) and for `kim-hub import --wait` on a
// terminal. Counts only: no record's content.
import type { Db } from '../store/db.js';

export interface ImportProgress {
  id: string;
  status: string;
  /** the stage in German, as the Betrieb page names it */
  phase: string;
  recordsRead: number;
  accepted: number;
  rejected: number;
  warnings: number;
  batchesApplied: number;
  batches: number;
  batchesEvaluated: number;
  evalBatches: number | null;
  percent: number;
  finished: boolean;
}

const PHASES: Record<string, string> = {
  queued: 'wartet',
  reading: 'liest',
  applying: 'übernimmt',
  linking: 'verknüpft',
  evaluating: 'bewertet',
  done: 'fertig',
  failed: 'fehlgeschlagen',
  held: 'angehalten (Bestätigung nötig)',
};

function percentOf(status: string, applied: number, batches: number, evaluated: number, evalBatches: number | null): number {
  const share = (n: number, of: number | null) => (of ? Math.min(1, n / of) : 0);
  switch (status) {
    case 'queued':
      return 0;
    case 'reading':
      return 10;
    case 'applying':
      return Math.round(25 + 45 * share(applied, batches));
    case 'linking':
      return 72;
    case 'evaluating':
      return Math.round(75 + 25 * share(evaluated, evalBatches));
    default:
      return 100;
  }
}

export async function importProgress(db: Pick<Db, 'query'>, id: string): Promise<ImportProgress | null> {
  const r = (
    await db.query(
      `SELECT i.id, i.status, i.records_read, i.accepted, i.rejected, i.warnings, i.batches, i.eval_batches,
              (SELECT count(*) FROM import_batches b WHERE b.import_id = i.id)::int AS applied,
              (SELECT count(*) FROM routed_batches r WHERE r.import_id = i.id)::int AS evaluated
         FROM imports i WHERE i.id = $1`,
      [id],
    )
  ).rows[0];
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    phase: PHASES[r.status] ?? r.status,
    recordsRead: r.records_read,
    accepted: r.accepted,
    rejected: r.rejected,
    warnings: r.warnings,
    batchesApplied: r.applied,
    batches: r.batches,
    batchesEvaluated: r.evaluated,
    evalBatches: r.eval_batches,
    percent: percentOf(r.status, r.applied, r.batches, r.evaluated, r.eval_batches),
    finished: ['done', 'failed', 'held'].includes(r.status),
  };
}

/** One terminal line: `abh.xml  übernimmt  45 %  gelesen 1200, angenommen 1190, abgewiesen 10, Warnungen 3`. */
export function progressLine(name: string, p: ImportProgress): string {
  return `${name.padEnd(20)} ${p.phase.padEnd(14)} ${String(p.percent).padStart(3)} %  gelesen ${p.recordsRead}, angenommen ${p.accepted}, abgewiesen ${p.rejected}, Warnungen ${p.warnings}`;
}

/**
 * Writes a progress line for each import whenever its figures change, until all are finished
 * (done, failed or held) or `timeoutMs` has passed: `kim-hub import --wait` on a terminal (stderr,
 * so stdout keeps the final JSON), the same figures as the Betrieb page.
 */
export async function watchImports(db: Pick<Db, 'query'>, imports: Array<{ id: string; name: string }>, out: { write(s: string): unknown }, timeoutMs = 3_600_000, everyMs = 1000): Promise<void> {
  const last = new Map<string, string>();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let finished = 0;
    for (const i of imports) {
      const p = await importProgress(db, i.id);
      if (!p) continue;
      const line = progressLine(i.name, p);
      if (last.get(i.id) !== line) out.write(`${line}\n`);
      last.set(i.id, line);
      if (p.finished) finished++;
    }
    if (finished === imports.length || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
