// The scheduled sweep (every 15 minutes, and after each import's read): what the hub keeps of
// the files and records it received is reached by retention (README, "How long exports are
// kept"): spool files nothing will read, quarantine rows past their days, leftover temp files.
// It also keeps the persons' change numbers of the inbox reads to one row a person.
import { cleanTempRoot } from '../adapters/ebb/temp-files.js';
import { compactPersonChanges } from '../src/store/person-changes.js';
import type { LogDeps, Settings, StoreDeps } from './deps.js';
import { purgeQuarantine } from './quarantine.js';
import { sweepSpool } from './spool.js';

export const SWEEP_EVERY_MS = 15 * 60 * 1000;
/** Temp directories older than this are left over from a process that died mid-read. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** `now` pins the clock (tests); by default rows are aged by the database's clock and files by the file system's. */
export async function runSweep(deps: StoreDeps & LogDeps & Settings<'spoolDir' | 'replayDays' | 'quarantineRetentionDays'>, now?: Date): Promise<{ spoolFiles: number; quarantineRows: number; tempDirs: number; personVersions: number }> {
  const spoolFiles = await sweepSpool(deps, now?.getTime());
  const quarantineRows = await purgeQuarantine(deps, now);
  const tempDirs = await cleanTempRoot(STALE_TEMP_MS, now?.getTime() ?? Date.now());
  const personVersions = await compactPersonChanges(deps.db);
  if (spoolFiles || quarantineRows || tempDirs) deps.log.info({ spoolFiles, quarantineRows, tempDirs }, 'sweep: retention applied');
  return { spoolFiles, quarantineRows, tempDirs, personVersions };
}
