// The keyset cursor of the API inbox: where the next page starts, as the position of the last
// entry of the page before in the inbox's order (deadline, none last; the day it holds from; id).
// Opaque to clients (base64url), so the order's columns can change without a change of contract.

/** A position in the inbox's order; `deadline` 'infinity' stands for "no deadline" (those come last). */
export interface InboxPosition {
  deadline: string;
  from: string;
  id: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{1,18}$/;

export function encodeCursor(p: InboxPosition): string {
  return Buffer.from(`${p.deadline}|${p.from}|${p.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one this hub handed out. */
export function decodeCursor(cursor: string): InboxPosition | null {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 3) return null;
  const [deadline, from, id] = parts as [string, string, string];
  if (!(deadline === 'infinity' || DAY.test(deadline)) || !DAY.test(from) || !ID.test(id)) return null;
  // A calendar day that PostgreSQL would refuse (2026-02-30) is no position we handed out either.
  const real = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  };
  if (!real(from) || (deadline !== 'infinity' && !real(deadline))) return null;
  return { deadline, from, id };
}
