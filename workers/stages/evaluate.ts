// Stage 4, evaluate: the affected persons of one batch, each through consent and rules for
// every recipient (src/pipeline/evaluate-person.ts, the same function as the dry run). The
// result goes to PostgreSQL; the route job gets only its key.
import type { Consent, KimPerson } from '../../src/generated/kim-types.js';
import { evaluatePerson } from '../../src/pipeline/evaluate-person.js';
import type { PersonSignals } from '../../src/routing/signal-diff.js';
import { databaseNow, evalBatch, storeEvaluation } from '../../src/store/evaluations.js';
import type { Clock, PolicyDeps, QueueDeps, StoreDeps, TenantDeps } from '../deps.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

export interface EvaluateDeps extends StoreDeps, QueueDeps, TenantDeps, PolicyDeps, Clock {
  /** the persons as linked now (person null: no current record left), with their consents */
  persons(kimIds: string[]): Promise<Map<string, { person: KimPerson | null; consents: Consent[] }>>;
}

export async function evaluateBatch(deps: EvaluateDeps, importId: string, batch: number): Promise<void> {
  const kimIds = await evalBatch(deps.db, importId, batch);
  if (!kimIds) return;
  const evaluatedAt = await databaseNow(deps.db);
  const persons = await deps.persons(kimIds);
  const stichtag = deps.stichtag();
  const results: PersonSignals[] = kimIds.map((kimId) => {
    const { person, consents } = persons.get(kimId)!;
    // A person with no records left (all closed or erased) has no signals: the route stage withdraws theirs.
    const signals = person ? evaluatePerson({ person, consents, tenant: deps.tenant, stichtag, policy: deps.policy }) : [];
    return { kimId, signals };
  });
  await storeEvaluation(deps.db, importId, batch, kimIds, evaluatedAt, JSON.stringify(results));
  await deps.queues.queue.route.add('route', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('route', importId, batch) });
}
