// Configuration by environment, validated once at start. A wrong or missing value stops the
// process with a message that names the variable (KIM_ERR_CONFIG_INVALID), never a stack trace.
import { isIP } from 'node:net';
import path from 'node:path';
import { KimError } from './errors/registry.js';
import { DEVELOPMENT_PSEUDONYM_KEY, offlinePseudonymKey, PSEUDONYM_KEY_MIN_LENGTH } from './kim/pseudonym.js';
import { DEFAULT_POLICY_FILE } from './policy-file.js';
import { AUDIT_KEY_MIN_LENGTH, DEVELOPMENT_AUDIT_KEY } from './audit/chain.js';
import { examplesDir, projectRoot } from './paths.js';
import { loadWebSettings, type WebSettings } from './web/settings.js';

export interface Config {
  databaseUrl: string;
  /**
   * The tables' owner, for `kim-hub migrate` and `kim-hub db-roles` (KIM_MIGRATE_DATABASE_URL;
   * default DATABASE_URL). The processes connect with DATABASE_URL, best as a role that owns nothing.
   */
  migrateDatabaseUrl: string;
  redisUrl: string;
  /** Prefix of every BullMQ key; in braces so all queues hash to one Redis Cluster slot. */
  queuePrefix: string;
  /** Where uploaded and dropped files wait for the import stage (a volume shared by api and workers). */
  spoolDir: string;
  /** The hub's own temporary files (exceljs's worksheets): KIM_TEMP_DIR, by default `.tmp` in the spool. */
  tempDir: string;
  /** The folder the offices' export jobs drop files into; null = no drop folder. */
  dropDir: string | null;
  tenantFile: string;
  /** the policy file (statutory bases, outreach list) */
  policyFile: string;
  /** The Stichtag for evaluations; null = today in Europe/Berlin. */
  stichtag: string | null;
  port: number;
  /** The address the API listens on (KIM_API_HOST); loopback unless a proxy on another host needs more. */
  apiHost: string;
  publicUrl: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** Notification addresses per recipient id (case manager user id or authority id), JSON. */
  mailTo: Record<string, string>;
  /** Scheduled syncs: source → { cron, path } (JSON). */
  syncs: Record<string, { cron: string; path: string }>;
  dropPollSeconds: number;
  /** Threads that map a large XML export while the import stage parses it (KIM_IMPORT_WORKERS; 0: none); null = by file size. */
  importWorkers: string | null;
  /**
   * The nice value a process that runs only workers gives itself (KIM_WORKER_NICE, 0–19; 10 by
   * default): an import is batch work and yields the CPU to the API, where a person waits.
   */
  workerNice: number;
  /** How long a worker holds a job's lock; a crashed worker's jobs are retried after it. */
  workerLockMs: number;
  /** The largest upload the API takes; a longer one is refused (413), never imported cut off. */
  uploadMaxBytes: number;
  /** The most quarantine rows one import may write; past it the import fails (KIM_ERR_IMPORT_TOO_MANY_REJECTIONS). */
  quarantineMaxRows: number;
  /** Days a quarantine row (a rejected record, personal data) is kept. */
  quarantineRetentionDays: number;
  /** days the export file of an import with rejected records is kept for a replay (0: none) */
  replayDays: number;
  /**
   * A full snapshot that would close more than this share of the current records of its source
   * and authority is held for an operator's confirmation (0 < share ≤ 1; 1 never holds).
   */
  snapshotMaxCloseShare: number;
  /** ... but only where that scope has at least this many current records (a small office's export may change a lot). */
  snapshotGuardMinRecords: number;
  /**
   * The key of the kimIds (HMAC-SHA256, src/kim/pseudonym.ts); null = the one the hub generated
   * and keeps in PostgreSQL. Set it before the first import: another key gives every person a new id.
   */
  pseudonymKey: string | null;
  /**
   * The key of the audit chain (HMAC-SHA256, src/audit/chain.ts), kept outside the database.
   * Unset: the public development key, refused with NODE_ENV=production. Never change it: the
   * entries chained under the old key no longer verify.
   */
  auditKey: string;
  /** The identity provider whose bearer tokens the API accepts; null = API keys only (no user can sign in). */
  oidc: { issuer: string; audience: string; jwksUrl: string; maxLifetimeSeconds: number } | null;
  /**
   * Express's `trust proxy`: which reverse proxies' X-Forwarded-For names the client (for the
   * failed sign-in throttle and the logs). false = none, the socket's address is the client.
   */
  trustProxy: false | number | string[];
  /** The web workplace (src/web): on when KIM_OIDC_ISSUER and KIM_WEB_CLIENT_ID/SECRET are set; null = off. */
  web: WebSettings | null;
}

type Env = Record<string, string | undefined>;

function fail(variable: string, problem: string): never {
  throw new KimError('KIM_ERR_CONFIG_INVALID', `${variable} ${problem}`);
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = env[name] ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return fail(name, 'is not a URL');
  }
  if (!protocols.includes(parsed.protocol)) fail(name, `must start with ${protocols.join(' or ')}`);
  return value;
}

function optionalUrl(env: Env, name: string, protocols: string[]): string | null {
  return env[name] ? url(env, name, '', protocols) : null;
}

function share(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw.trim()) || !(n > 0 && n <= 1)) fail(name, 'must be a share above 0 and at most 1, e.g. 0.5');
  return n;
}

function pseudonymKey(env: Env): string | null {
  const key = env.KIM_PSEUDONYM_KEY;
  if (!key) return null;
  if (key.length < PSEUDONYM_KEY_MIN_LENGTH) fail('KIM_PSEUDONYM_KEY', `must be at least ${PSEUDONYM_KEY_MIN_LENGTH} characters (e.g. openssl rand -base64 32)`);
  if (key === DEVELOPMENT_PSEUDONYM_KEY && env.NODE_ENV === 'production') fail('KIM_PSEUDONYM_KEY', 'is the public development key, refused with NODE_ENV=production');
  return key;
}

function auditKey(env: Env): string {
  const key = env.KIM_AUDIT_KEY;
  if (!key) {
    if (env.NODE_ENV === 'production') fail('KIM_AUDIT_KEY', 'is required with NODE_ENV=production (the audit chain is keyed with it; e.g. openssl rand -base64 32)');
    return DEVELOPMENT_AUDIT_KEY;
  }
  if (key.length < AUDIT_KEY_MIN_LENGTH) fail('KIM_AUDIT_KEY', `must be at least ${AUDIT_KEY_MIN_LENGTH} characters (e.g. openssl rand -base64 32)`);
  if (key === DEVELOPMENT_AUDIT_KEY && env.NODE_ENV === 'production') fail('KIM_AUDIT_KEY', 'is the public development key, refused with NODE_ENV=production');
  return key;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(name, `must be a whole number from ${min} to ${max}`);
  return n;
}

/**
 * KIM_TRUST_PROXY: a hop count (1 = the one proxy in front of the hub) or a comma-separated list
 * of proxy addresses and subnets (also `loopback`, `linklocal`, `uniquelocal`). Trusting every
 * proxy ("true") is refused: any client could then name its own address in X-Forwarded-For.
 */
function trustProxy(env: Env): Config['trustProxy'] {
  const raw = env.KIM_TRUST_PROXY?.trim();
  if (!raw) return false;
  if (/^\d+$/.test(raw)) return int(env, 'KIM_TRUST_PROXY', 0, 1, 10);
  const items = raw.split(',').map((i) => i.trim());
  for (const item of items) {
    const [address, bits, extra] = item.split('/');
    const family = isIP(address ?? '');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(item);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!named && (!family || !bitsOk || extra !== undefined))
      fail('KIM_TRUST_PROXY', 'must be a hop count from 1 to 10 or a comma-separated list of proxy addresses or subnets (loopback, 10.0.0.0/8, …); trusting every proxy would let a client choose its address');
  }
  return items;
}

/**
 * Settings of single commands, read without validating the whole hub's configuration: `inspect`
 * and `dry-run` must run where no DATABASE_URL or key is set.
 */
export function cliSettings(env: Env = process.env): { inspectWorkers: string | undefined; appDbPassword: string | null } {
  return {
    // KIM_INSPECT_WORKERS=N: worker threads for every XML file whatever its size (src/cli/inspect.ts).
    inspectWorkers: env.KIM_INSPECT_WORKERS,
    // The password of `kim-hub db-roles` comes from the environment, never the command line (ps would show it).
    appDbPassword: env.KIM_APP_DB_PASSWORD || null,
  };
}

/** The log level, read when the process's logger is made (before any configuration is loaded). */
export function logLevel(env: Env = process.env): string {
  return env.LOG_LEVEL ?? 'info';
}

/** The pseudonym key of a run without the hub's database (the dry run, the demo). */
export function offlineKey(env: Env = process.env): string {
  return offlinePseudonymKey(env);
}

export function loadConfig(env: Env = process.env): Config {
  const stichtag = env.KIM_STICHTAG || null;
  if (stichtag && !/^\d{4}-\d{2}-\d{2}$/.test(stichtag)) fail('KIM_STICHTAG', 'must be a date YYYY-MM-DD');
  const prefix = env.KIM_QUEUE_PREFIX ?? 'kim';
  if (!/^[a-z0-9_-]+$/i.test(prefix)) fail('KIM_QUEUE_PREFIX', 'may contain only letters, digits, - and _');
  let syncs: Config['syncs'] = {};
  if (env.KIM_SYNCS) {
    try {
      syncs = JSON.parse(env.KIM_SYNCS) as Config['syncs'];
    } catch {
      fail('KIM_SYNCS', 'is not JSON (expected {"abh": {"cron": "0 2 * * *", "path": "/exports/abh.xml"}})');
    }
    for (const [source, s] of Object.entries(syncs)) {
      if (typeof s?.cron !== 'string' || typeof s?.path !== 'string') fail('KIM_SYNCS', `entry "${source}" needs "cron" and "path"`);
    }
  }
  let mailTo: Record<string, string> = {};
  if (env.KIM_MAIL_TO) {
    try {
      mailTo = JSON.parse(env.KIM_MAIL_TO) as Record<string, string>;
    } catch {
      fail('KIM_MAIL_TO', 'is not JSON (expected {"cm-0001": "team-nord@kreis-mettmann.de"})');
    }
  }
  const webhookUrl = optionalUrl(env, 'KIM_WEBHOOK_URL', ['http:', 'https:']);
  if (webhookUrl && !env.KIM_WEBHOOK_SECRET) fail('KIM_WEBHOOK_SECRET', 'is required when KIM_WEBHOOK_URL is set (webhooks are signed)');
  const oidcVars = ['KIM_OIDC_ISSUER', 'KIM_OIDC_AUDIENCE', 'KIM_OIDC_JWKS_URL'] as const;
  const oidcSet = oidcVars.filter((v) => env[v]);
  if (oidcSet.length && oidcSet.length < oidcVars.length)
    fail(
      oidcVars.find((v) => !env[v])!,
      'is required when any KIM_OIDC_* variable is set',
    );
  const oidc = oidcSet.length
    ? {
        issuer: env.KIM_OIDC_ISSUER!,
        audience: env.KIM_OIDC_AUDIENCE!,
        jwksUrl: url(env, 'KIM_OIDC_JWKS_URL', '', ['https:', 'http:']),
        // A token valid for longer than a working day is no session token: refused (issue 14, finding 8).
        maxLifetimeSeconds: int(env, 'KIM_OIDC_MAX_TOKEN_LIFETIME', 12 * 3600, 60, 7 * 24 * 3600),
      }
    : null;
  const databaseUrl = url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/kim', ['postgres:', 'postgresql:']);
  return {
    oidc,
    databaseUrl,
    migrateDatabaseUrl: env.KIM_MIGRATE_DATABASE_URL ? url(env, 'KIM_MIGRATE_DATABASE_URL', '', ['postgres:', 'postgresql:']) : databaseUrl,
    quarantineMaxRows: int(env, 'KIM_QUARANTINE_MAX_ROWS', 10_000, 1, 1_000_000),
    quarantineRetentionDays: int(env, 'KIM_QUARANTINE_RETENTION_DAYS', 30, 1, 3650),
    replayDays: int(env, 'KIM_REPLAY_DAYS', 7, 0, 90),
    trustProxy: trustProxy(env),
    web: loadWebSettings(env, url(env, 'KIM_PUBLIC_URL', 'http://127.0.0.1:8080', ['http:', 'https:'])),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: `{${prefix}}`,
    spoolDir: path.resolve(env.KIM_SPOOL_DIR ?? path.join(projectRoot, 'var', 'spool')),
    tempDir: path.resolve(env.KIM_TEMP_DIR || path.join(env.KIM_SPOOL_DIR ?? path.join(projectRoot, 'var', 'spool'), '.tmp')),
    dropDir: env.KIM_DROP_DIR ? path.resolve(env.KIM_DROP_DIR) : null,
    tenantFile: path.resolve(env.KIM_TENANT_FILE ?? path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json')),
    policyFile: path.resolve(env.KIM_POLICY_FILE ?? DEFAULT_POLICY_FILE),
    stichtag,
    port: int(env, 'PORT', 8080, 0, 65535), // 0 = any free port (tests)
    apiHost: env.KIM_API_HOST ?? '127.0.0.1',
    publicUrl: url(env, 'KIM_PUBLIC_URL', 'http://127.0.0.1:8080', ['http:', 'https:']),
    webhookUrl,
    webhookSecret: env.KIM_WEBHOOK_SECRET ?? null,
    smtpUrl: optionalUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.KIM_MAIL_FROM ?? 'kim-hub@localhost',
    mailTo,
    syncs,
    dropPollSeconds: int(env, 'KIM_DROP_POLL_SECONDS', 10, 1, 3600),
    workerNice: int(env, 'KIM_WORKER_NICE', 10, 0, 19),
    workerLockMs: int(env, 'KIM_WORKER_LOCK_MS', 30_000, 1000, 600_000),
    importWorkers: env.KIM_IMPORT_WORKERS || null,
    uploadMaxBytes: int(env, 'KIM_UPLOAD_MAX_BYTES', 2 * 1024 ** 3, 1024, 16 * 1024 ** 3),
    pseudonymKey: pseudonymKey(env),
    auditKey: auditKey(env),
    snapshotMaxCloseShare: share(env, 'KIM_SNAPSHOT_MAX_CLOSE_SHARE', 0.5),
    snapshotGuardMinRecords: int(env, 'KIM_SNAPSHOT_GUARD_MIN_RECORDS', 20, 0, 1_000_000_000),
  };
}
