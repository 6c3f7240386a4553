// Stage 1, import: read one spooled export through its adapter; rejected records go to the
// quarantine, accepted ones into staged_batches (one JSON text per batch), each batch queued for
// the apply stage as soon as it is staged, so other workers apply while this one still reads.
// The last apply to finish queues the link job. Safe to run twice: reading is deterministic, so
// a retry stages the same batches under the same numbers and a batch already applied is skipped.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeConsents } from '../../../adapters/consent/index.js';
import { detectFileSource, readExport } from '../../../adapters/index.js';
import { readXmlFileParallel } from '../../../adapters/xml/parallel.js';
import type { Consent, PersonRecord } from '../../generated/kim-types.js';
import type { NormalisedRecord, Rejection, Source } from '../../../adapters/types.js';
import { importKeyBounds, type KeyBounds } from '../../auth/api-keys.js';
import { deliveryRefusal } from '../../auth/access.js';
import { isKimError, KimError } from '../../errors/registry.js';
import { projectRoot } from '../../paths.js';
import type { Context } from '../context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { queueLinkWhenApplied } from './apply.js';

export const BATCH_SIZE = 500;

/** Stages one batch: `items` are the records' JSON texts, joined into one JSON array. */
async function stage(ctx: Context, importId: string, batch: number, items: string[]): Promise<void> {
  // A retry may find the batch staged by the attempt before: same number, same content.
  await ctx.db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [importId, batch, `[${items.join(',')}]`]);
  await ctx.queues.queue.apply.add('apply', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('apply', importId, batch) });
}

async function quarantine(ctx: Context, importId: string, rejections: Rejection[]): Promise<void> {
  if (!rejections.length) return;
  await ctx.db.query(
    `INSERT INTO quarantine (import_id, source, file_name, position, record_id, field, code, reason, raw)
     SELECT $1, q.source, q.file, q.position, q.record_id, q.field, q.code, q.reason, q.raw
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
         AS q(source, file, position, record_id, field, code, reason, raw)`,
    [
      importId,
      rejections.map((r) => r.source),
      rejections.map((r) => r.position.file),
      rejections.map((r) => JSON.stringify(r.position)),
      rejections.map((r) => r.recordId),
      rejections.map((r) => r.field),
      rejections.map((r) => r.code),
      rejections.map((r) => r.reason),
      rejections.map((r) => (r.raw === undefined ? null : JSON.stringify(r.raw))),
    ],
  );
}

// Large XML exports (a city's ABH snapshot) are mapped, validated and serialised on worker
// threads while this thread parses (the same path as `kim-hub inspect`); records then arrive as
// JSON lines that go into the staged batch without being parsed again.
const decoder = new TextDecoder();

type ImportItem = NormalisedRecord | Rejection | { type: 'lines'; lines: string[]; first: PersonRecord };

/** The spooled `file`, named in every message as it was received (`name`). */
async function* importItems(file: string, name: string, given: Source | null): AsyncGenerator<ImportItem> {
  const source = given ?? (await detectFileSource(file, name));
  // KIM_IMPORT_WORKERS=N sets the threads for every XML file (0: none); empty or unset: by size.
  const parallel = readXmlFileParallel(file, source, process.env.KIM_IMPORT_WORKERS || undefined, name);
  if (!parallel) {
    yield* readExport(file, { source, name });
    return;
  }
  for await (const item of parallel) {
    if (!('ndjson' in item)) {
      yield item;
      continue;
    }
    const lines = decoder.decode(item.ndjson).split('\n').filter(Boolean);
    // One record per chunk is parsed, for the scope (source, authority, snapshot: the file's header).
    if (lines.length) yield { type: 'lines', lines, first: JSON.parse(lines[0]!) as PersonRecord };
  }
}

/** Source and authority of what an item would store; none for a rejection (it stores nothing). */
function scopeOf(item: ImportItem): { source: string; authority: string | null } | null {
  if (item.type === 'lines') return { source: item.first.source, authority: item.first.authority };
  if (item.type === 'person_record') return { source: item.source, authority: item.authority };
  return item.type === 'rejection' ? null : { source: item.type, authority: null }; // consent, tenant
}

// The reader's version is part of a file's hash: a new kim-hub may normalise the same bytes
// differently, and then its first import of an unchanged file must read it again.
const READER_VERSION = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer);
  return `${h.digest('hex')}:${READER_VERSION}`;
}

/**
 * The earlier import whose result this one would only repeat: the same bytes (and reader), read
 * in full without fault, and after it no import of the same source touched its authorities
 * (a delta, another snapshot, a broken file). Then the store holds exactly what this file says,
 * record for record, and reading it again would change nothing. Everything else, and every
 * replay (its point is to read again), goes the record-by-record way, whose content hashes find
 * what changed. Imports that were themselves found identical changed nothing and do not count.
 */
async function identicalImport(ctx: Context, importId: string, source: Source, hash: string): Promise<string | null> {
  const res = await ctx.db.query<{ id: string }>(
    `WITH me AS (SELECT received_at FROM imports WHERE id = $1),
          x AS (SELECT i.id, i.received_at, i.scopes FROM imports i, me
                 WHERE i.source = $2 AND i.file_hash = $3 AND i.id <> $1 AND i.identical_to IS NULL
                   AND i.status = 'done' AND i.error_code IS NULL AND i.received_at <= me.received_at
                 ORDER BY i.received_at DESC LIMIT 1)
     SELECT x.id FROM x WHERE NOT EXISTS (
       SELECT 1 FROM imports i, me
        WHERE i.source = $2 AND i.id <> $1 AND i.id <> x.id AND i.identical_to IS NULL
          AND i.received_at >= x.received_at AND i.received_at <= me.received_at
          AND (i.status <> 'done' OR i.error_code IS NOT NULL OR coalesce(jsonb_array_length(i.scopes), 0) = 0
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.scopes) a, jsonb_array_elements(x.scopes) b
                           WHERE a->>'authority' IS NOT DISTINCT FROM b->>'authority')))`,
    [importId, source, hash],
  );
  return res.rows[0]?.id ?? null;
}

export async function runImport(ctx: Context, importId: string): Promise<void> {
  const row = (await ctx.db.query<{ spool_path: string; source: Source | null; file_name: string; status: string; trigger: string; api_key: string | null }>(
    'SELECT spool_path, source, file_name, status, trigger, api_key FROM imports WHERE id = $1',
    [importId],
  )).rows[0];
  if (!row) return; // deleted meanwhile: nothing to do
  if (row.status !== 'queued' && row.status !== 'reading') return queueLinkWhenApplied(ctx, importId); // read to the end before a crash
  const hash = await fileHash(row.spool_path);
  await ctx.db.query('UPDATE imports SET file_hash = $2 WHERE id = $1', [importId, hash]);
  // Detected once; when it fails here, importItems tries again and records the error.
  const detected = row.source ?? (await detectFileSource(row.spool_path, row.file_name).catch(() => null));
  // An upload with an API key: every record must be of the key's sources and authority.
  const bounds: KeyBounds | null = row.api_key ? ((await importKeyBounds(ctx.db, row.api_key)) ?? { sources: [], authority: null }) : null;
  const refusal = (source: string, authority: string | null) => (bounds ? deliveryRefusal(bounds, source, authority) : null);
  const same = row.trigger !== 'replay' && detected ? await identicalImport(ctx, importId, detected, hash) : null;
  // The same bytes as an earlier import of another authority than the key's: read, and so refused.
  const sameScopes = same && bounds ? ((await ctx.db.query<{ scopes: Array<{ source: string; authority: string | null }> | null }>('SELECT scopes FROM imports WHERE id = $1', [same])).rows[0]?.scopes ?? []) : [];
  if (same && !sameScopes.some((s) => refusal(s.source, s.authority))) {
    ctx.log.info({ importId, identicalTo: same }, 'import: the file is identical to the last import of its source; nothing to read');
    await ctx.db.query(
      "UPDATE imports SET status = 'done', source = $2, identical_to = $3, scopes = '[]', eval_batches = 0, finished_at = now() WHERE id = $1",
      [importId, detected, same],
    );
    return;
  }
  await ctx.db.query('DELETE FROM quarantine WHERE import_id = $1', [importId]);
  await ctx.db.query("UPDATE imports SET status = 'reading' WHERE id = $1", [importId]);

  let read = 0;
  let accepted = 0;
  let batches = 0;
  let source: Source | null = row.source;
  let pending: string[] = [];
  const scopes = new Map<string, { source: string; authority: string | null; snapshot: string }>();
  let rejections: Rejection[] = [];
  // A fault of the file itself: it breaks off (reported as a rejection, the records before it
  // kept) or cannot be read on (thrown).
  let fileError: { code: string; message: string } | null = null;
  const consents: Consent[] = [];
  const take = async (record: PersonRecord, json: string) => {
    source ??= record.source;
    scopes.set(`${record.source}|${record.authority ?? ''}|${record.snapshot}`, { source: record.source, authority: record.authority, snapshot: record.snapshot });
    pending.push(json);
    if (pending.length >= BATCH_SIZE) {
      await stage(ctx, importId, batches++, pending);
      pending = [];
    }
  };
  try {
    const refused = detected ? refusal(detected, null) : null;
    if (refused) throw new KimError('KIM_ERR_AUTH_KEY_SCOPE', refused);
    for await (const item of importItems(row.spool_path, row.file_name, detected)) {
      const scope = scopeOf(item);
      const outside = scope && refusal(scope.source, scope.authority);
      if (outside) throw new KimError('KIM_ERR_AUTH_KEY_SCOPE', outside); // nothing of it is staged
      if (item.type === 'lines') {
        read += item.lines.length;
        accepted += item.lines.length;
        for (const line of item.lines) await take(item.first, line);
        continue;
      }
      read++;
      if (item.type === 'rejection') {
        source ??= item.source;
        if (item.code.startsWith('KIM_ERR_INPUT_')) fileError ??= { code: item.code, message: item.reason };
        rejections.push(item);
        if (rejections.length >= BATCH_SIZE) {
          await quarantine(ctx, importId, rejections);
          rejections = [];
        }
        continue;
      }
      accepted++;
      if (item.type === 'tenant') {
        source ??= 'tenant'; // the tenant is configuration (KIM_TENANT_FILE), not data: counted, not stored
        continue;
      }
      if (item.type === 'consent') {
        source ??= 'consent';
        consents.push(item);
        continue;
      }
      await take(item, JSON.stringify(item));
    }
  } catch (e) {
    if (!isKimError(e)) throw e;
    fileError = { code: e.code, message: e.message };
    consents.length = 0; // a consent file that cannot be read to the end is not applied in part
  }
  if (pending.length) await stage(ctx, importId, batches++, pending);
  // Consent files list one row per scope line: merged into one consent per id before staging.
  const merged = mergeConsents(consents).consents;
  for (let i = 0; i < merged.length; i += BATCH_SIZE) await stage(ctx, importId, batches++, merged.slice(i, i + BATCH_SIZE).map((c) => JSON.stringify(c)));
  await quarantine(ctx, importId, rejections);
  // A broken file closes nothing (no scopes): a snapshot cut off after its tenth person says
  // nothing about the others. Batches staged before the fault may already be applied (apply runs
  // while reading); they are valid records, so the import is linked and evaluated for what it
  // held, like the records `inspect` prints before a fault, and ends as failed with the error.
  await ctx.db.query(
    // A batch the apply stage refused while this stage was still reading has set the error already.
    `UPDATE imports SET status = 'applying', source = $2, records_read = $3, accepted = $4, rejected = $5, batches = $6,
            scopes = CASE WHEN error_code IS NULL THEN $7::jsonb ELSE '[]' END, error_code = coalesce(error_code, $8), error = CASE WHEN error_code IS NULL THEN $9 ELSE error END
      WHERE id = $1`,
    [importId, source, read, accepted, read - accepted, batches, JSON.stringify(fileError ? [] : [...scopes.values()]), fileError?.code ?? null, fileError?.message ?? null],
  );
  await queueLinkWhenApplied(ctx, importId);
}
