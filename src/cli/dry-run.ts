// `kim-hub dry-run`: the pipeline without storage, printed as JSON or as a German table.
import { offlineKey } from '../config.js';
import type { Writable } from 'node:stream';
import { collect, dryRun } from '../pipeline/dry-run.js';
import { EXIT } from './exit-codes.js';
import { formatDryRunTable } from './dry-run-table.js';
import { loadTenant } from '../tenant.js';

export { loadTenant };

export async function runDryRun(opts: { files: string[]; tenantFile: string; stichtag: string; format: 'json' | 'table'; out: Writable }): Promise<number> {
  const tenant = loadTenant(opts.tenantFile);
  // The tenant file may be among the exports (a drop folder holds it too); it is read once.
  const files = opts.files.filter((f) => f !== opts.tenantFile);
  const collected = await collect(files);
  const result = dryRun(collected, { stichtag: opts.stichtag, tenant, pseudonymKey: offlineKey() });
  opts.out.write(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatDryRunTable(result));
  if (collected.unreadable.length) return EXIT.FILE_UNREADABLE;
  return collected.rejections.length ? EXIT.SOME_REJECTED : EXIT.OK;
}
