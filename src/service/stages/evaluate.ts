// Stage 4, evaluate: the affected persons of one batch, each through consent and rules for
// every recipient (src/pipeline/evaluate-person.ts, the same function as the dry run). The
// result goes to PostgreSQL; the route job gets only its key.
import type { Consent, KimPerson, PersonRecord } from '../../generated/kim-types.js';
import { link } from '../../linkage/index.js';
import { evaluatePerson, type RoutedSignal } from '../../pipeline/evaluate-person.js';
import type { Context } from '../context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

export interface PersonSignals {
  kimId: string;
  signals: RoutedSignal[];
}

/** One person from their current records; the stored kimId is kept even if this subset would anchor differently. */
function person(kimId: string, records: PersonRecord[]): KimPerson | null {
  if (!records.length) return null;
  const persons = link({ records, consents: [] }, { kimIdFor: () => kimId }).persons;
  const first = persons[0]!;
  return { ...first, records: persons.flatMap((p) => p.records), facts: persons.flatMap((p) => p.facts) };
}

export async function runEvaluate(ctx: Context, importId: string, batch: number): Promise<void> {
  const row = (await ctx.db.query<{ kim_ids: string[] }>('SELECT kim_ids FROM eval_batches WHERE import_id = $1 AND batch = $2', [importId, batch])).rows[0];
  if (!row) return;
  const evaluatedAt = (await ctx.db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now;
  const records = await ctx.db.query<{ kim_id: string; record: PersonRecord }>(
    `SELECT l.kim_id, s.record FROM person_links l JOIN source_records s ON s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL
      WHERE l.kim_id = ANY($1)`,
    [row.kim_ids],
  );
  const consents = await ctx.db.query<{ kim_id: string; consent: Consent }>('SELECT l.kim_id, c.consent FROM consent_links l JOIN consents c USING (consent_id) WHERE l.kim_id = ANY($1)', [row.kim_ids]);
  const recordsOf = new Map<string, PersonRecord[]>();
  for (const r of records.rows) recordsOf.set(r.kim_id, [...(recordsOf.get(r.kim_id) ?? []), r.record]);
  const consentsOf = new Map<string, Consent[]>();
  for (const c of consents.rows) consentsOf.set(c.kim_id, [...(consentsOf.get(c.kim_id) ?? []), c.consent]);

  const stichtag = ctx.stichtag();
  const results: PersonSignals[] = row.kim_ids.map((kimId) => {
    const p = person(kimId, recordsOf.get(kimId) ?? []);
    // A person with no records left (all closed or erased) has no signals: the route stage withdraws theirs.
    const signals = p ? evaluatePerson({ person: p, consents: consentsOf.get(kimId) ?? [], tenant: ctx.tenant, stichtag, policy: ctx.policy }) : [];
    return { kimId, signals };
  });
  await ctx.db.query(
    `INSERT INTO evaluations (import_id, batch, kim_ids, evaluated_at, signals) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (import_id, batch) DO UPDATE SET evaluated_at = EXCLUDED.evaluated_at, signals = EXCLUDED.signals`,
    [importId, batch, row.kim_ids, evaluatedAt, JSON.stringify(results)],
  );
  await ctx.queues.queue.route.add('route', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('route', importId, batch) });
}
