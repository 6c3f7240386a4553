import path from 'node:path';
// The commands that hand export files to the running hub and confirm held snapshots.
import type { Command } from 'commander';
import type { Source } from '../../../adapters/types.js';
import { SOURCES } from '../../generated/enums.js';
import { KimError } from '../../errors/registry.js';
import { cliActor, service, sourceOption, withContext } from '../shared.js';

export function importCommand(program: Command): void {
  program
    .command('import')
    .description('queue export files for import into the running hub (copies them into the spool)')
    .option('--source <source>', `force the source instead of detecting it (${SOURCES.join(', ')})`, sourceOption)
    .option('--wait', 'wait until the imports are done, showing their progress on stderr, and print their status')
    .argument('<file...>', 'export files')
    .action((files: string[], opts: { source?: Source; wait?: boolean }) =>
      withContext(async (ctx) => {
        await service.migrate(ctx.db);
        const ids = [];
        for (const file of files) ids.push(await (await service.imports()).createImport(ctx, { file, trigger: 'cli', how: 'copy', ...(opts.source ? { source: opts.source } : {}) }));
        // The same progress as the Betrieb page of the web workplace, one line per change.
        if (opts.wait)
          await (
            await import('../../service/import-progress.js')
          ).watchImports(
            ctx.db,
            ids.map((id, i) => ({ id, name: path.basename(files[i]!) })),
            process.stderr,
          );
        const out = opts.wait ? await (await service.imports()).waitForImports(ctx, ids, 3_600_000) : ids.map((id) => ({ id, status: 'queued' }));
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      }),
    );
}

export function importConfirmCommand(program: Command): void {
  program
    .command('import-confirm')
    .description('confirm a held full snapshot (status held): it then closes the records it no longer contains')
    .argument('<id>', 'the import id')
    .action((id: string) =>
      withContext(async (ctx) => {
        if (!/^[0-9a-f-]{36}$/.test(id)) throw new KimError('KIM_ERR_CLI_USAGE', `${id} is not an import id`);
        const held = await (await service.importsStore()).heldReason(ctx.db, id);
        if (!held || !(await (await service.imports()).confirmHeldImport(ctx, id))) throw new KimError('KIM_ERR_CLI_USAGE', `import ${id} is not held`);
        await (
          await service.audit()
        ).appendAudit(ctx.db, ctx.config.auditKey, { actor: cliActor(), role: 'it_admin', tenant: ctx.tenant.tenant, action: 'confirm_snapshot', subject: id, purpose: 'operations', details: { heldFor: held.error } });
        process.stdout.write(`import ${id} confirmed; it closes what the snapshot no longer contains\n`);
      }),
    );
}
