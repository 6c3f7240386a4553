import { describe, expect, it } from 'vitest';
import { KimError } from '../src/errors/registry.js';
import { checkJobData, jobSchema } from './job-data.js';

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof KimError ? { code: e.code, retryable: e.retryable } : e;
  }
  return null;
};

describe('the data of a queued job', () => {
  it.each([
    ['import', 'import', 'ImportJob'],
    ['import', 'sync', 'SyncJob'],
    ['import', 'drop-scan', 'ScheduledJob'],
    ['import', 'sweep', 'ScheduledJob'],
    ['link', 'link', 'ImportJob'],
    ['apply', 'apply', 'BatchJob'],
    ['evaluate', 'evaluate', 'BatchJob'],
    ['route', 'route', 'BatchJob'],
    ['notify', 'notify', 'BatchJob'],
  ] as const)('on the %s queue, named %s, is a %s', (stage, name, schema) => {
    expect(jobSchema(stage, name)).toBe(schema);
  });

  it('is taken as it is when it matches its schema: batch 0 is the first batch', () => {
    expect(checkJobData('BatchJob', { importId: 'a', batch: 0 })).toEqual({ importId: 'a', batch: 0 });
    expect(checkJobData('ScheduledJob', {})).toEqual({});
  });

  it.each([
    ['a batch below 0', 'BatchJob', { importId: 'a', batch: -1 }],
    ['a batch that is not a whole number', 'BatchJob', { importId: 'a', batch: 0.5 }],
    ['a batch job without its batch', 'BatchJob', { importId: 'a' }],
    ['an empty import id', 'ImportJob', { importId: '' }],
    ['a field no queue takes', 'ImportJob', { importId: 'a', person: 'x' }],
    ['a sync without its path', 'SyncJob', { source: 'abh' }],
    ['no object at all', 'ImportJob', null],
  ] as const)('with %s is refused, not to be retried (KIM_ERR_JOB_DATA_INVALID)', (_name, schema, data) => {
    expect(refused(() => checkJobData(schema, data))).toEqual({ code: 'KIM_ERR_JOB_DATA_INVALID', retryable: false });
  });

  it('is refused with a message that names the field, not its value', () => {
    let message = '';
    try {
      checkJobData('ImportJob', { importId: 'a', azr: '123456789012' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('additional properties');
    expect(message).not.toContain('123456789012');
  });
});
