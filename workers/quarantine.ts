// The quarantine: rejected records, kept for the operator to find and fix at the source. Every
// row is bounded: its raw record is cut to a fixed size and depth, no text carries a NUL
// (PostgreSQL's text and jsonb cannot hold one), and rows older than the configured retention
// are deleted, for they hold personal data (the rejected record as read).
import type { Rejection } from '../adapters/types.js';
import { clip, MAX_FIELD_CHARS } from '../adapters/limits.js';
import type { Context } from '../src/service/context.js';

/** The most characters of one rejected record's raw form that are kept (JSON, roughly). */
export const MAX_RAW_CHARS = 16 * 1024;
const MAX_RAW_DEPTH = 8;
const CUT = '…';

/**
 * A copy of a rejected record's raw form that is safe to store: strings clipped to the field
 * bound without NUL, nesting cut at MAX_RAW_DEPTH, and no more than about MAX_RAW_CHARS in all
 * (what is left out becomes "…"). Recursion is bounded by the depth; nothing unbounded is walked.
 */
export function boundedRaw(raw: unknown): unknown {
  let budget = MAX_RAW_CHARS;
  const copy = (v: unknown, depth: number): unknown => {
    if (budget <= 0) return CUT;
    if (typeof v === 'string') {
      const s = clip(v, Math.min(MAX_FIELD_CHARS, budget));
      budget -= s.length + 3;
      return s;
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') {
      budget -= 6;
      return v;
    }
    if (typeof v !== 'object' || depth >= MAX_RAW_DEPTH) {
      budget -= 1;
      return CUT;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const item of v) {
        if (budget <= 0) {
          out.push(CUT);
          break;
        }
        out.push(copy(item, depth + 1));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      if (budget <= 0) {
        out[CUT] = CUT;
        break;
      }
      budget -= Math.min(k.length, 100) + 3;
      out[clip(k, 100)] = copy(item, depth + 1);
    }
    return out;
  };
  return raw === undefined ? null : copy(raw, 0);
}

const text = (s: string | null): string | null => (s === null ? null : clip(s));

/** Writes rejections to the quarantine, bounded as above. */
export async function writeQuarantine(ctx: Context, importId: string, rejections: Rejection[]): Promise<void> {
  if (!rejections.length) return;
  await ctx.db.query(
    `INSERT INTO quarantine (import_id, source, file_name, position, record_id, field, code, reason, raw)
     SELECT $1, q.source, q.file, q.position, q.record_id, q.field, q.code, q.reason, q.raw
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
         AS q(source, file, position, record_id, field, code, reason, raw)`,
    [
      importId,
      rejections.map((r) => r.source),
      rejections.map((r) => text(r.position.file)),
      rejections.map((r) => JSON.stringify(boundedRaw(r.position))),
      rejections.map((r) => text(r.recordId)),
      rejections.map((r) => text(r.field)),
      rejections.map((r) => r.code),
      rejections.map((r) => text(r.reason)),
      rejections.map((r) => (r.raw === undefined || r.raw === null ? null : JSON.stringify(boundedRaw(r.raw)))),
    ],
  );
}

/**
 * Deletes the quarantine rows older than KIM_QUARANTINE_RETENTION_DAYS: a rejected record is
 * personal data, kept only as long as an operator needs to find it and have it fixed at the
 * source. `now` is given so tests pin the day. Returns how many rows went.
 */
export async function purgeQuarantine(ctx: Context, now?: Date): Promise<number> {
  // The database's clock by default: created_at is its clock too.
  const res = await ctx.db.query('DELETE FROM quarantine WHERE created_at < coalesce($1::timestamptz, now()) - make_interval(days => $2)', [now?.toISOString() ?? null, ctx.config.quarantineRetentionDays]);
  return res.rowCount ?? 0;
}
