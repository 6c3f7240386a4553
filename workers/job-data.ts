// The data each queue's jobs carry, checked against schemas/jobs.schema.json when a worker takes
// a job: a job written by another version of the hub, or by hand into Redis, fails at once and
// is not retried (KIM_ERR_JOB_DATA_INVALID) instead of failing deep inside a stage.
import { KimError } from '../src/errors/registry.js';
import type { BatchJob, ImportJob, ScheduledJob, SyncJob } from '../src/generated/kim-types.js';
import { describeErrors, validator } from '../src/schemas/registry.js';
import type { Stage } from './queues.js';

export type { BatchJob, ImportJob, ScheduledJob, SyncJob };

const SCHEMA = 'jobs.schema.json#/$defs/';
type JobSchema = 'ImportJob' | 'BatchJob' | 'SyncJob' | 'ScheduledJob';

/** The schema of a job's data: by queue, and on the import queue by job name (any other name reads an import). */
export function jobSchema(stage: Stage, name: string): JobSchema {
  if (stage === 'import') return name === 'sync' ? 'SyncJob' : name === 'drop-scan' || name === 'sweep' ? 'ScheduledJob' : 'ImportJob';
  return stage === 'link' ? 'ImportJob' : 'BatchJob';
}

interface JobDataOf {
  ImportJob: ImportJob;
  BatchJob: BatchJob;
  SyncJob: SyncJob;
  ScheduledJob: ScheduledJob;
}

/** The job's data, typed, or KIM_ERR_JOB_DATA_INVALID naming what is wrong (paths and rules, never a value). */
export function checkJobData<S extends JobSchema>(schema: S, data: unknown): JobDataOf[S] {
  const valid = validator<JobDataOf[S]>(SCHEMA + schema);
  if (valid(data)) return data;
  throw new KimError('KIM_ERR_JOB_DATA_INVALID', `job data is not a ${schema}: ${describeErrors(valid.errors).join('; ')}`);
}
