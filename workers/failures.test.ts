import { describe, expect, it } from 'vitest';
import { KimError } from '../src/errors/registry.js';
import { retryHelps } from './failures.js';

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
});
