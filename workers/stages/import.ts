// Stage 1, import: read one spooled export through its adapter; rejected records go to the
// quarantine, accepted ones into staged_batches (one JSON text per batch), each batch queued for
// the apply stage as soon as it is staged, so other workers apply while this one still reads.
// The last apply to finish queues the link job. Safe to run twice: reading is deterministic, so
// a retry stages the same batches under the same numbers and a batch already applied is skipped.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeConsents } from '../../adapters/consent/index.js';
import { detectFileSource, readExport } from '../../adapters/index.js';
import { readXmlFileParallel } from '../../adapters/xml/parallel.js';
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { hasFlags, warningsOf } from '../../adapters/record.js';
import type { NormalisedRecord, Rejection, Source, Warning } from '../../adapters/types.js';
import { importKeyBounds, type KeyBounds } from '../../src/auth/api-keys.js';
import { deliveryRefusal } from '../../src/auth/access.js';
import { isKimError, KimError } from '../../src/errors/registry.js';
import { projectRoot } from '../../src/paths.js';
import type { Context } from '../../src/service/context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';
import { purgeQuarantine, writeQuarantine } from '../quarantine.js';
import { releaseSpoolFile, removeSpoolFile } from '../spool.js';
import { queueLinkWhenApplied } from './apply.js';

export const BATCH_SIZE = 500;

/** Stages one batch: `items` are the records' JSON texts, joined into one JSON array. */
async function stage(ctx: Context, importId: string, batch: number, items: string[]): Promise<void> {
  // A retry may find the batch staged by the attempt before: same number, same content.
  await ctx.db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [importId, batch, `[${items.join(',')}]`]);
  await ctx.queues.queue.apply.add('apply', { importId, batch }, { ...JOB_OPTIONS, jobId: jobId('apply', importId, batch) });
}

/** Warnings of accepted records (values outside code lists), listed apart from the quarantine. */
async function storeWarnings(ctx: Context, importId: string, warnings: Warning[]): Promise<void> {
  if (!warnings.length) return;
  await ctx.db.query(
    `INSERT INTO import_warnings (import_id, source, file_name, position, record_id, field, code, reason, value)
     SELECT $1, w.source, w.file, w.position, w.record_id, w.field, w.code, w.reason, w.value
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS w(source, file, position, record_id, field, code, reason, value)`,
    [
      importId,
      warnings.map((w) => w.source),
      warnings.map((w) => w.position.file),
      warnings.map((w) => JSON.stringify(w.position)),
      warnings.map((w) => w.recordId),
      warnings.map((w) => w.field),
      warnings.map((w) => w.code),
      warnings.map((w) => w.reason),
      warnings.map((w) => w.value),
    ],
  );
}

// Large XML exports (a city's ABH snapshot) are mapped, validated and serialised on worker
// threads while this thread parses (the same path as `kim-hub inspect`); records then arrive as
// JSON lines that go into the staged batch without being parsed again.
const decoder = new TextDecoder();

type ImportItem = NormalisedRecord | Rejection | { type: 'lines'; lines: string[]; first: PersonRecord; warnings: Warning[] };

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
    if (lines.length) yield { type: 'lines', lines, first: JSON.parse(lines[0]!) as PersonRecord, warnings: item.warnings };
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
  if (row.status !== 'queued' && row.status !== 'reading') {
    await releaseSpoolFile(ctx, importId, row.spool_path); // read to the end before a crash
    return queueLinkWhenApplied(ctx, importId);
  }
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
    await removeSpoolFile(ctx, row.spool_path);
    return;
  }
  await ctx.db.query('DELETE FROM quarantine WHERE import_id = $1', [importId]);
  await ctx.db.query('DELETE FROM import_warnings WHERE import_id = $1', [importId]);
  await ctx.db.query("UPDATE imports SET status = 'reading' WHERE id = $1", [importId]);

  let read = 0;
  let accepted = 0;
  let batches = 0;
  let source: Source | null = row.source;
  let pending: string[] = [];
  const scopes = new Map<string, { source: string; authority: string | null; snapshot: string }>();
  let rejections: Rejection[] = [];
  let warnings: Warning[] = [];
  let warned = 0;
  const warn = async (list: Warning[]) => {
    warnings.push(...list);
    warned += list.length;
    if (warnings.length >= BATCH_SIZE) {
      await storeWarnings(ctx, importId, warnings);
      warnings = [];
    }
  };
  let quarantined = 0;
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
        if (item.warnings.length) await warn(item.warnings);
        continue;
      }
      read++;
      if (item.type === 'rejection') {
        source ??= item.source;
        if (item.code.startsWith('KIM_ERR_INPUT_')) fileError ??= { code: item.code, message: item.reason };
        // The quarantine is bounded per import: a file that bad is stopped, not stored row by row.
        if (++quarantined > ctx.config.quarantineMaxRows) {
          read--;
          fileError = { code: 'KIM_ERR_IMPORT_TOO_MANY_REJECTIONS', message: `${row.file_name}: more than ${ctx.config.quarantineMaxRows} records rejected (KIM_QUARANTINE_MAX_ROWS); the file is not read on` };
          consents.length = 0; // as for a file that cannot be read to the end
          break;
        }
        rejections.push(item);
        if (rejections.length >= BATCH_SIZE) {
          await writeQuarantine(ctx, importId, rejections);
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
      if (hasFlags(item)) await warn(warningsOf(item));
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
  await writeQuarantine(ctx, importId, rejections);
  await storeWarnings(ctx, importId, warnings);
  // A broken file closes nothing (no scopes): a snapshot cut off after its tenth person says
  // nothing about the others. Batches staged before the fault may already be applied (apply runs
  // while reading); they are valid records, so the import is linked and evaluated for what it
  // held, like the records `inspect` prints before a fault, and ends as failed with the error.
  await ctx.db.query(
    // A batch the apply stage refused while this stage was still reading has set the error already.
    `UPDATE imports SET status = 'applying', source = $2, records_read = $3, accepted = $4, rejected = $5, batches = $6,
            scopes = CASE WHEN error_code IS NULL THEN $7::jsonb ELSE '[]' END, error_code = coalesce(error_code, $8), error = CASE WHEN error_code IS NULL THEN $9 ELSE error END, warnings = $10
      WHERE id = $1`,
    [importId, source, read, accepted, read - accepted, batches, JSON.stringify(fileError ? [] : [...scopes.values()]), fileError?.code ?? null, fileError?.message ?? null, warned],
  );
  // Read to the end: everything the hub keeps of the file is in PostgreSQL now, so the spool
  // copy (every person of the export, with or without a consent) goes at once, unless records
  // were rejected: then it stays for the replay window (workers/spool.ts).
  await releaseSpoolFile(ctx, importId, row.spool_path);
  await purgeQuarantine(ctx); // retention at each import too, should no scheduler run
  await queueLinkWhenApplied(ctx, importId);
}
