// Where exceljs may write: its streaming reader puts each worksheet that comes before the shared
// strings in the archive into a temporary file (with names and birth dates in it) via the `tmp`
// package, in the system temp directory, and leaves it behind when the read fails or the process
// dies (issue 14, finding 7d). Every XLSX read here gets a private directory of its own under a
// root the hub chooses (KIM_TEMP_DIR), which the read removes when it ends, however it ends.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

type TmpFile = (options: Record<string, unknown> | ((...args: unknown[]) => void), cb?: (...args: unknown[]) => void) => void;

const scope = new AsyncLocalStorage<string>();
let root: string | null = null;
let patched = false;

/**
 * Routes exceljs's temporary files into the directory of the read under way. exceljs calls
 * `tmp.file(callback)` with no options; the `tmp` it loads is wrapped once, so such a call
 * made inside `inTempDir` lands there, readable by the hub's user only.
 */
function routeExceljsTempFiles(): void {
  if (patched) return;
  patched = true;
  const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
  const tmp = fromExceljs('tmp') as { file: TmpFile };
  const file = tmp.file;
  tmp.file = function (options, cb) {
    const [opts, callback] = typeof options === 'function' ? [{}, options] : [options, cb];
    const dir = scope.getStore();
    return file.call(this, { ...opts, mode: 0o600, ...(dir ? { tmpdir: dir } : {}) }, callback);
  };
}

/** The root of the hub's temporary directories (KIM_TEMP_DIR); the system's when none is set. */
export function setTempRoot(dir: string | null): void {
  root = dir;
}

/** A fresh private directory for one read, under the root. */
export async function makeReadDir(): Promise<string> {
  routeExceljsTempFiles();
  const base = root ?? tmpdir();
  await mkdir(base, { recursive: true, mode: 0o700 });
  return mkdtemp(path.join(base, 'xlsx-'));
}

/** Runs one step of exceljs's reader so that a temporary file it makes goes into `dir`. */
export function inTempDir<T>(dir: string, step: () => T): T {
  return scope.run(dir, step);
}

export async function removeReadDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Empties the root of what reads left behind when their process died. Only entries older than
 * `minAgeMs`: workers on other machines may share the root (it lies in the shared spool) and be
 * reading right now.
 */
export async function cleanTempRoot(minAgeMs: number, now = Date.now()): Promise<number> {
  if (!root) return 0;
  let removed = 0;
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const entry = path.join(root, name);
    const st = await stat(entry).catch(() => null);
    if (!st || now - st.mtimeMs < minAgeMs) continue;
    await rm(entry, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
