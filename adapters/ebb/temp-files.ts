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

/** The temporary directory of one read: made only when exceljs first asks for a file. */
export interface ReadDir {
  /** the directory, once exceljs has asked for a file; most workbooks put their shared strings first and never do */
  made: Promise<string> | null;
  /** the read has ended: no file may be made any more, the directory would be left behind */
  closed: boolean;
  /** why the directory could not be made (a full or unwritable KIM_TEMP_DIR): the hub's fault, not the file's */
  failed?: Error;
}

const scope = new AsyncLocalStorage<ReadDir>();
let root: string | null = null;
let patched = false;

async function makeDir(): Promise<string> {
  const base = root ?? tmpdir();
  await mkdir(base, { recursive: true, mode: 0o700 });
  return mkdtemp(path.join(base, 'xlsx-'));
}

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
    const read = scope.getStore();
    if (!read) return file.call(this, { ...opts, mode: 0o600 }, callback);
    if (read.closed) return callback?.(new Error('the read has ended'));
    (read.made ??= makeDir()).then(
      (dir) => (read.closed ? callback?.(new Error('the read has ended')) : file.call(this, { ...opts, mode: 0o600, tmpdir: dir }, callback)),
      (e: unknown) => {
        read.failed = e as Error;
        callback?.(e);
      },
    );
  };
}

/** The root of the hub's temporary directories (KIM_TEMP_DIR); the system's when none is set. */
export function setTempRoot(dir: string | null): void {
  root = dir;
}

/**
 * The private directory of one read, under the root. No file-system work yet: a directory of
 * its own cost a read three system calls and most reads never write a temporary file.
 */
export function makeReadDir(): ReadDir {
  routeExceljsTempFiles();
  return { made: null, closed: false };
}

/** Runs one step of exceljs's reader so that a temporary file it makes goes into `read`'s directory. */
export function inTempDir<T>(read: ReadDir, step: () => T): T {
  return scope.run(read, step);
}

/** Ends the read: its directory, if it was made, is removed, and none is made after. */
export async function removeReadDir(read: ReadDir): Promise<void> {
  read.closed = true;
  const dir = await read.made?.catch(() => null);
  if (dir) await rm(dir, { recursive: true, force: true });
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
