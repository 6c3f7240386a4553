// The API inbox in pages (issue 18): limit, the keyset cursor in Link rel="next", the boundaries
// of a page, refusals of a bad limit or cursor, and pages filled past entries the consent check
// hides. One hub with the samples (tests/auth-hub.ts).
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../src/store/db.js';
import { listInbox, type InboxStore } from '../src/store/read/inbox.js';
import { call, expectRegistryProblem, hub, idp, useAuthHub } from './auth-hub.js';

useAuthHub();

interface Entry {
  id: string;
  state: string;
  person: { kimId: string; familyName: string | null };
}

/** The address in a Link header's rel="next", or null. */
function nextOf(res: Response): string | null {
  const link = res.headers.get('link');
  if (!link) return null;
  const m = /^<([^>]+)>; rel="next"$/.exec(link);
  expect(m, link).not.toBeNull();
  return m![1]!;
}

async function read(url: string, user: string): Promise<{ entries: Entry[]; next: string | null }> {
  const res = await call(url, await idp.token(user));
  expect(res.status, url).toBe(200);
  return { entries: (await res.json()) as Entry[], next: nextOf(res) };
}

/** Every page from `url` on, following Link rel="next". */
async function walk(url: string, user: string): Promise<Entry[][]> {
  const pages: Entry[][] = [];
  for (let next: string | null = url; next;) {
    const page: { entries: Entry[]; next: string | null } = await read(next, user);
    pages.push(page.entries);
    next = page.next;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('An inbox read through the API in pages', () => {
  it("writes each entry's days and times as the stored values are, days as YYYY-MM-DD and times as Date.toISOString writes them", async () => {
    const entries = (await call('/inbox/ABH-05158?limit=500', await idp.token('abh-b3-01')).then((r) => r.json())) as Array<Entry & { from: string; deadline: string | null; createdAt: string; updatedAt: string }>;
    expect(entries.length).toBeGreaterThan(0);
    const stored = await hub.ctx.db.query<{ id: string; from_date: Date; deadline: Date | null; created_at: Date; updated_at: Date }>(
      'SELECT id::text, from_date, deadline, created_at, updated_at FROM signals WHERE id = ANY($1::bigint[])',
      [entries.map((e) => e.id)],
    );
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const byId = new Map(stored.rows.map((r) => [r.id, r]));
    for (const e of entries) {
      const r = byId.get(e.id)!;
      expect({ from: e.from, deadline: e.deadline, createdAt: e.createdAt, updatedAt: e.updatedAt }).toEqual({
        from: day(r.from_date),
        deadline: r.deadline ? day(r.deadline) : null,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      });
    }
  });

  it('holds the whole inbox on one page without a Link when the limit is exactly the number of entries', async () => {
    const whole = await read('/inbox/ABH-05158?limit=500', 'abh-b3-01');
    expect(whole.entries.length).toBeGreaterThan(2);
    expect(whole.next).toBeNull();
    const exact = await read(`/inbox/ABH-05158?limit=${whole.entries.length}`, 'abh-b3-01');
    expect(ids(exact.entries)).toEqual(ids(whole.entries));
    expect(exact.next).toBeNull();
  });

  it('names a next page when the inbox holds one entry more than the limit, and that last page holds the one entry and no Link', async () => {
    const whole = (await read('/inbox/ABH-05158?limit=500', 'abh-b3-01')).entries;
    const first = await read(`/inbox/ABH-05158?limit=${whole.length - 1}`, 'abh-b3-01');
    expect(ids(first.entries)).toEqual(ids(whole.slice(0, -1)));
    expect(first.next).toMatch(new RegExp(`^/inbox/ABH-05158\\?limit=${whole.length - 1}&cursor=[A-Za-z0-9_-]+$`));
    const last = await read(first.next!, 'abh-b3-01');
    expect(ids(last.entries)).toEqual(ids(whole.slice(-1)));
    expect(last.next).toBeNull();
  });

  it('gives the same entries in the same order one at a time as in one page, and keeps the filters in every next link', async () => {
    const whole = (await read('/inbox/ABH-05158?state=open&limit=500', 'abh-b3-01')).entries;
    const pages = await walk('/inbox/ABH-05158?state=open&limit=1', 'abh-b3-01');
    expect(pages.map((p) => p.length)).toEqual(whole.map(() => 1));
    expect(pages.flatMap(ids)).toEqual(ids(whole));
  });

  it('gives at most 100 entries without a limit, and the same first entries as with a larger one', async () => {
    const whole = (await read('/inbox/ABH-05158?limit=500', 'abh-b3-01')).entries;
    const unnamed = await read('/inbox/ABH-05158', 'abh-b3-01');
    expect(ids(unnamed.entries)).toEqual(ids(whole.slice(0, 100)));
    expect(unnamed.next === null).toBe(whole.length <= 100);
  });

  it('accepts limits of 1 and 500 and refuses 0, 501, a fraction or a word with 400 KIM_ERR_REQUEST_INVALID', async () => {
    for (const limit of ['1', '500']) expect((await call(`/inbox/ABH-05158?limit=${limit}`, await idp.token('abh-b3-01'))).status, limit).toBe(200);
    for (const limit of ['0', '501', '1.5', '-1', 'ten', '']) {
      const res = await call(`/inbox/ABH-05158?limit=${limit}`, await idp.token('abh-b3-01'));
      const body = await res.text();
      expect(res.status, limit).toBe(400);
      expectRegistryProblem(res, body, limit);
      expect(JSON.parse(body).title).toBe('KIM_ERR_REQUEST_INVALID');
    }
  });

  it('refuses a cursor it did not hand out with 400 KIM_ERR_REQUEST_INVALID', async () => {
    const forged = [Buffer.from('2026-02-30|2026-01-01|1').toString('base64url'), Buffer.from('infinity|2026-01-01|x').toString('base64url'), 'not-base64-at-all', 'a'.repeat(101), '%2F'];
    for (const cursor of forged) {
      const res = await call(`/inbox/ABH-05158?cursor=${cursor}`, await idp.token('abh-b3-01'));
      const body = await res.text();
      expect(res.status, cursor).toBe(400);
      expectRegistryProblem(res, body, cursor);
    }
  });

  it('audits a read with the persons of the page only', async () => {
    const page = (await read('/inbox/ABH-05158?limit=1', 'abh-b3-01')).entries;
    const last = "(SELECT max(id) FROM audit_log WHERE action = 'read_inbox' AND subject = 'inbox:ABH-05158')";
    const audited = (await hub.ctx.db.query<{ kim_id: string }>(`SELECT kim_id FROM audit_log_persons WHERE id = ${last}`)).rows;
    expect(audited.map((a) => a.kim_id)).toEqual([page[0]!.person.kimId]);
  });

  it('fills each page past the entries the consent check now hides, and the pages together are the visible inbox', async () => {
    const before = (await read('/inbox/cm-0002?limit=500', 'cm-0002')).entries;
    const kimId = before[0]!.person.kimId;
    await hub.ctx.db.query(`UPDATE consents c SET consent = jsonb_set(c.consent, '{withdrawnOn}', '"2026-11-01"') FROM consent_links l WHERE l.consent_id = c.consent_id AND l.kim_id = $1`, [kimId]);
    const visible = before.filter((e) => e.person.kimId !== kimId);
    const pages = await walk('/inbox/cm-0002?limit=1', 'cm-0002');
    expect(pages.flatMap(ids)).toEqual(ids(visible));
    // Only the last page may come up short: the hidden entries are skipped, not shown as gaps.
    expect(pages.slice(0, -1).every((p) => p.length === 1)).toBe(true);
  });

  it('gives the same page read again with what changed in between: a state, a name, a consent withdrawn', async () => {
    const url = '/inbox/cm-0002?limit=3';
    const first = (await read(url, 'cm-0002')).entries;
    expect(first.length).toBeGreaterThan(1);
    expect((await read(url, 'cm-0002')).entries).toEqual(first);
    const [one, two] = [first[0]!, first.find((e) => e.person.kimId !== first[0]!.person.kimId)!];
    await hub.ctx.db.query("UPDATE signals SET state = 'acknowledged' WHERE id = $1", [one.id]);
    expect((await read(url, 'cm-0002')).entries.find((e) => e.id === one.id)?.state).toBe('acknowledged');
    // A new family name on every current record of the person, as a correction in place.
    await hub.ctx.db.query(
      `UPDATE source_records s SET record = jsonb_set(s.record, '{person,familyName}', '"Neuname"') FROM person_links l
        WHERE l.kim_id = $1 AND s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL`,
      [one.person.kimId],
    );
    expect((await read(url, 'cm-0002')).entries.find((e) => e.id === one.id)?.person.familyName).toBe('Neuname');
    await hub.ctx.db.query(`UPDATE consents c SET consent = jsonb_set(c.consent, '{withdrawnOn}', '"2026-11-01"') FROM consent_links l WHERE l.consent_id = c.consent_id AND l.kim_id = $1`, [two.person.kimId]);
    expect((await read(url, 'cm-0002')).entries.map((e) => e.person.kimId)).not.toContain(two.person.kimId);
  });

  /** The hub's store whose person reads answer 200 ms after they read, and how many there were. */
  function slowPersons(): { store: InboxStore; personReads: () => number } {
    let personReads = 0;
    const query = ((config: { name?: string }, values?: unknown) => {
      if (config.name !== 'persons-current-records') return hub.ctx.db.query(config as never, values as never);
      personReads++;
      return hub.ctx.db.query(config as never, values as never).then((res) => new Promise((r) => setTimeout(() => r(res), 200)));
    }) as Queryable['query'];
    return { store: { ...hub.ctx, db: Object.assign(Object.create(hub.ctx.db) as typeof hub.ctx.db, { query }) }, personReads: () => personReads };
  }

  const rename = (kimId: string, familyName: string) =>
    hub.ctx.db.query(
      `UPDATE source_records s SET record = jsonb_set(s.record, '{person,familyName}', to_jsonb($2::text)) FROM person_links l
        WHERE l.kim_id = $1 AND s.source = l.source AND s.source_record_id = l.source_record_id AND s.valid_to IS NULL`,
      [kimId, familyName],
    );

  it('reads a changed page once for the readers who come while it is being read', async () => {
    // Persons read slowly, so that every reader comes while the first is making the page.
    const { store, personReads } = slowPersons();
    const before = await listInbox(store, 'ABH-05158', {}, { limit: 4 });
    const kimId = before.entries[0]!.person.kimId;
    await rename(kimId, 'Zugleich');
    const reads = personReads();
    const pages = await Promise.all(Array.from({ length: 5 }, () => listInbox(store, 'ABH-05158', {}, { limit: 4 })));
    expect(personReads() - reads).toBe(1);
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]!.entries.find((e) => e.person.kimId === kimId)?.person.familyName).toBe('Zugleich');
  });

  it('gives a reader who comes after a change the change, though a read that started before it is still running', async () => {
    const { store } = slowPersons();
    const before = await listInbox(store, 'ABH-05158', {}, { limit: 5 });
    const kimId = before.entries[0]!.person.kimId;
    await rename(kimId, 'Vorher');
    // This read finds the page changed and reads its persons before the next change, but answers after it.
    const running = listInbox(store, 'ABH-05158', {}, { limit: 5 });
    await new Promise((r) => setTimeout(r, 50));
    await rename(kimId, 'Nachher');
    const after = await listInbox(store, 'ABH-05158', {}, { limit: 5 });
    expect((await running).entries.find((e) => e.person.kimId === kimId)?.person.familyName).toBe('Vorher');
    expect(after.entries.find((e) => e.person.kimId === kimId)?.person.familyName).toBe('Nachher');
  });
});
