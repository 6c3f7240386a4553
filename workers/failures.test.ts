import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { ERRORS, KimError, type ErrorCode } from '../src/errors/registry.js';
import { failJob, failureVerdict, retryHelps, stalledTooOften } from './failures.js';

const pgError = (code: string) => Object.assign(new Error('database error'), { code });

describe('a failed stage job', () => {
  it.each([
    ['is not retried after a NUL character PostgreSQL refuses in JSON (22P05)', pgError('22P05'), false],
    ['is not retried after an invalid byte sequence (22021)', pgError('22021'), false],
    ['is retried after a duplicate key of one record (23505), which two workers may race for', pgError('23505'), true],
    ['is not retried after a not-null violation (23502)', pgError('23502'), false],
    ['is not retried after a value too large for jsonb (54000)', pgError('54000'), false],
    ['is retried after a serialisation failure (40001)', pgError('40001'), true],
    ['is retried after a connection refused (ECONNREFUSED)', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), true],
    ['is not retried after a staged batch that is not JSON', new SyntaxError('Unexpected token'), false],
    ['is not retried after bad input reported by the hub itself', new KimError('KIM_ERR_RECORD_INVALID', 'x'), false],
    ['is retried after an error without a code', new Error('boom'), true],
  ])('%s', (_name, err, expected) => {
    expect(retryHelps(err)).toBe(expected);
  });

  it.each(Object.entries(ERRORS).map(([code, spec]) => [code as ErrorCode, spec.retryable]))('with %s is retried exactly when the registry says retryable (%s)', (code, retryable) => {
    expect(retryHelps(new KimError(code, 'x'))).toBe(retryable);
  });
});

describe('the attempts of a failed job', () => {
  const passing = new Error('connection reset');
  it('go on, the import still under way, while an attempt is left after this one (5th of 6)', () => {
    expect(failureVerdict(passing, 4, 6)).toEqual({ retry: true, endImport: false });
  });
  it('end the import on the last attempt (6th of 6), though the queue would retry', () => {
    expect(failureVerdict(passing, 5, 6)).toEqual({ retry: true, endImport: true });
  });
  it('end at the first attempt, with the import, for bad data', () => {
    expect(failureVerdict(new KimError('KIM_ERR_JOB_DATA_INVALID', 'x'), 0, 6)).toEqual({ retry: false, endImport: true });
  });
  it('end at once for a job with a single attempt', () => {
    expect(failureVerdict(passing, 0, 1)).toEqual({ retry: true, endImport: true });
  });
});

describe('the failure policy applied to a job', () => {
  // No import named: nothing is written, so no database is needed.
  const deps = { db: null as never, queues: null as never, config: { spoolDir: '/nonexistent' } };
  const job = (attemptsMade: number) => ({ data: {}, attemptsMade, opts: { attempts: 6 } });

  it('hands BullMQ an UnrecoverableError for an error the registry marks not retryable', async () => {
    await expect(failJob(deps, 'import', job(0), new KimError('KIM_ERR_JOB_DATA_INVALID', 'bad'), () => undefined)).rejects.toBeInstanceOf(UnrecoverableError);
  });
  it('hands BullMQ the error itself for an error the registry marks retryable, so it retries with backoff', async () => {
    const err = new KimError('KIM_ERR_IMPORT_STAGE_FAILED', 'x');
    await expect(failJob(deps, 'import', job(0), err, () => undefined)).rejects.toBe(err);
  });
});

describe('a job BullMQ failed as stalled', () => {
  it('is recognised by the message BullMQ gives it, and nothing else is', () => {
    expect(stalledTooOften(new Error('job stalled more than allowable limit'))).toBe(true);
    expect(stalledTooOften(new Error('connection reset'))).toBe(false);
  });
});
