// Stage 4, evaluate: the affected persons of one batch, each through consent and rules for
// every recipient (src/pipeline/evaluate-person.ts, the same function as the dry run). The
// result goes to PostgreSQL; the route job gets only its key.
import { evaluatePerson, type RoutedSignal } from '../../src/pipeline/evaluate-person.js';
import type { Context } from '../../src/service/context.js';
import { loadPersons } from '../../src/service/persons.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

export interface PersonSignals {
  kimId: string;
  signals: RoutedSignal[];
}

export async function runEvaluate(ctx: Context, importId: string, batch: number): Promise<void> {
  const row = (await ctx.db.query<{ kim_ids: string[] }>('SELECT kim_ids FROM eval_batches WHERE import_id = $1 AND batch = $2', [importId, batch])).rows[0];
  if (!row) return;
  const evaluatedAt = (await ctx.db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now;
  const persons = await loadPersons(ctx, row.kim_ids);
  const stichtag = ctx.stichtag();
  const results: PersonSignals[] = row.kim_ids.map((kimId) => {
    const { person, consents } = persons.get(kimId)!;
    // A person with no records left (all closed or erased) has no signals: the route stage withdraws theirs.
    const signals = person ? evaluatePerson({ person, consents, tenant: ctx.tenant, stichtag, policy: ctx.policy }) : [];
    return { kimId, signals };
  });
  await ctx.db.query(
    `INSERT INTO evaluations (import_id, batch, kim_ids, evaluated_at, signals) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (import_id, batch) DO UPDATE SET evaluated_at = EXCLUDED.evaluated_at, signals = EXCLUDED.signals`,
    [importId, batch, row.kim_ids, evaluatedAt, JSON.stringify(results)],
  );
  await ctx.queues.queue.route.add('route', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('route', importId, batch) });
}
