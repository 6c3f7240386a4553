// The commands that issue and revoke the API keys of the offices' export jobs.
import type { Command } from 'commander';
import { KimError } from '../../errors/registry.js';
import { API_KEY_SCOPES, createApiKey, KEY_SOURCES, keyBoundsProblem, revokeApiKey } from '../../auth/api-keys.js';
import { loadTenant } from '../../tenant.js';
import { cliActor, service, withPool } from '../shared.js';

export function apikeyCreateCommand(program: Command): void {
  program
    .command('apikey-create')
    .description('create an API key for an office export job (printed once; only its hash is stored)')
    .requiredOption('--name <name>', 'what the key is for, e.g. "ABH nightly export"')
    .option('--scope <scope...>', `scopes (${API_KEY_SCOPES.join(', ')})`, ['imports'])
    .option('--source <source...>', `for an import key: the sources it delivers (${KEY_SOURCES.join(', ')}; consent only alone, the case managers' channel)`)
    .option('--authority <id>', 'for an import key: the office it delivers for (for abh an ABH of the tenant file; the export must name it)')
    .action(async (opts: { name: string; scope: string[]; source?: string[]; authority?: string }) => {
      const bad = opts.scope.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
      if (bad.length) throw new KimError('KIM_ERR_CLI_USAGE', `unknown scope ${bad.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}`);
      await withPool(async (db, config) => {
        const tenantFile = loadTenant(config.tenantFile);
        const tenant = tenantFile.tenant;
        const input = { tenant, name: opts.name, scopes: opts.scope, sources: opts.source ?? [], authority: opts.authority ?? null };
        const problem = keyBoundsProblem(input, tenantFile);
        if (problem) throw new KimError('KIM_ERR_CLI_USAGE', problem);
        await service.migrate(db);
        const { id, key } = await createApiKey(db, input);
        await (
          await service.audit()
        ).appendAudit(db, config.auditKey, {
          actor: cliActor(),
          role: 'it_admin',
          tenant,
          action: 'apikey_create',
          subject: `api_key:${id}`,
          purpose: 'operations',
          details: { scopes: opts.scope, sources: input.sources, authority: input.authority },
        });
        process.stdout.write(`${key}\n`);
        process.stderr.write(`api key ${id} created${input.sources.length ? ` for ${input.sources.join(', ')} of ${input.authority}` : ''}; store it now, it cannot be shown again\n`);
      });
    });
}

export function apikeyRevokeCommand(program: Command): void {
  program
    .command('apikey-revoke')
    .description('revoke an API key by its id')
    .argument('<id>', 'the id printed when the key was created (the part after kimk_ before the dot)')
    .action((id: string) =>
      withPool(async (db, config) => {
        if (!(await revokeApiKey(db, id))) throw new KimError('KIM_ERR_CLI_USAGE', `no active api key ${id}`);
        await (await service.audit()).appendAudit(db, config.auditKey, { actor: cliActor(), role: 'it_admin', action: 'apikey_revoke', subject: `api_key:${id}`, purpose: 'operations' });
        process.stdout.write(`api key ${id} revoked\n`);
      }),
    );
}
