// PostgreSQL's text of a jsonb value, made here: an audit entry's HMAC covers its details as
// PostgreSQL renders them (the verifier reads them back), and an entry chained without asking
// PostgreSQL first must render them the same way (src/audit/known-head.ts). jsonb keeps an
// object's keys sorted by their length in bytes, then by their bytes, and writes ", " and ": "
// between items (JsonbToCString); strings are escaped as JSON.stringify escapes them.

/**
 * The text PostgreSQL gives for `value` sent as JSON and stored as jsonb, or null when this
 * function is not sure of it: a number that is not a safe integer (numeric renders fractions and
 * exponents its own way), a string jsonb refuses (U+0000) or that is not well-formed UTF-16.
 * The caller then lets PostgreSQL render it.
 */
export function jsonbText(value: unknown): string | null {
  const json = JSON.stringify(value);
  if (json === undefined) return null;
  try {
    return render(JSON.parse(json) as Json);
  } catch (e) {
    if (e instanceof NotSure) return null;
    throw e;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

class NotSure extends Error {}

function render(v: Json): string {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new NotSure();
    return String(v);
  }
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
  const keys = Object.keys(v)
    .map((k) => ({ k, bytes: Buffer.from(k, 'utf8') }))
    .sort((a, b) => a.bytes.length - b.bytes.length || Buffer.compare(a.bytes, b.bytes));
  return `{${keys.map(({ k }) => `${text(k)}: ${render(v[k]!)}`).join(', ')}}`;
}

// A surrogate on its own (in a `u` expression, a pair is one code point and does not match).
const LONE_SURROGATE = /\p{Cs}/u;

function text(s: string): string {
  if (s.includes('\u0000') || LONE_SURROGATE.test(s)) throw new NotSure();
  return JSON.stringify(s);
}
