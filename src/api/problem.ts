// Problem answers (RFC 9457, application/problem+json): the title is always a code of the error
// registry (src/errors/registry.ts, docs/errors.md) and the status the registry gives it, so a
// client keys on the title and no answer says anything the registry does not document.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ERRORS, KimError, type ErrorCode } from '../errors/registry.js';

/** Sends the problem answer of `code`; `detail` says more, never repeating a value the client sent. */
export function problem(res: Response, code: ErrorCode, detail?: string): void {
  const status = ERRORS[code].status;
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: 'about:blank', title: code, status, ...(detail ? { detail } : {}) });
}

/** No such endpoint: problem+json like every other answer, not Express's HTML page. */
export function notFound(_req: Request, res: Response): void {
  problem(res, 'KIM_ERR_API_NOT_FOUND', 'no endpoint has this path and method');
}

/** Errors reach the client as problem+json with a code, never with a stack or personal data. */
export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (err instanceof KimError) return problem(res, err.code, err.message);
    // Express's own 4xx (a path that is not valid percent-encoding, say): the client's fault. Its
    // message quotes what was sent, which may be anything: neither the answer nor the log repeats it.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return problem(res, 'KIM_ERR_REQUEST_INVALID', 'the request is malformed');
    // The message of an unexpected error may quote input too (a database error quotes the value it
    // refused): the log gets its kind, code and where it was thrown.
    const e = err as { name?: string; code?: string; stack?: string };
    log.error({ err: { name: e.name, code: e.code, at: e.stack?.split('\n')[1]?.trim() }, method: req.method, path: req.route?.path }, 'request failed');
    problem(res, 'KIM_ERR_API_INTERNAL', 'internal error');
  };
}
