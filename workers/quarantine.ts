// The quarantine: rejected records, kept for the operator to find and fix at the source. Every
// row is bounded: its raw record is cut to a fixed size and depth, no text carries a NUL
// (PostgreSQL's text and jsonb cannot hold one), and rows older than the configured retention
// are deleted, for they hold personal data (the rejected record as read).
import type { Rejection } from '../adapters/types.js';
import { clip, MAX_FIELD_CHARS } from '../adapters/limits.js';
import { deleteQuarantineOlderThan, insertQuarantine } from '../src/store/quarantine.js';
import type { Settings, StoreDeps } from './deps.js';

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
export async function writeQuarantine(deps: StoreDeps, importId: string, rejections: Rejection[]): Promise<void> {
  if (!rejections.length) return;
  await insertQuarantine(
    deps.db,
    importId,
    rejections.map((r) => ({
      source: r.source,
      file: text(r.position.file),
      position: JSON.stringify(boundedRaw(r.position)),
      recordId: text(r.recordId),
      field: text(r.field),
      code: r.code,
      reason: text(r.reason),
      raw: r.raw === undefined || r.raw === null ? null : JSON.stringify(boundedRaw(r.raw)),
    })),
  );
}

/**
 * Deletes the quarantine rows older than KIM_QUARANTINE_RETENTION_DAYS: a rejected record is
 * personal data, kept only as long as an operator needs to find it and have it fixed at the
 * source. `now` is given so tests pin the day. Returns how many rows went.
 */
export async function purgeQuarantine(deps: StoreDeps & Settings<'quarantineRetentionDays'>, now?: Date): Promise<number> {
  return deleteQuarantineOlderThan(deps.db, now ?? null, deps.config.quarantineRetentionDays);
}
