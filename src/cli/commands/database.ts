// The commands an operator runs against the database as its owner or auditor.
import type { Command } from 'commander';
import { KimError } from '../../errors/registry.js';
import { appRoleNameProblem, DEFAULT_APP_ROLE } from '../../store/app-role.js';
import { EXIT } from '../exit-codes.js';
import { service, withPool } from '../shared.js';
import { cliSettings } from '../../config.js';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the database migrations as the owner (KIM_MIGRATE_DATABASE_URL, else DATABASE_URL); refreshes the grants of kim_app if it exists')
    .action(() =>
      withPool(async (db) => {
        const applied = await service.migrate(db);
        process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'database is current\n');
        const roles = await service.roles();
        if (await roles.roleExists(db, DEFAULT_APP_ROLE)) {
          await roles.grantAppPrivileges(db, DEFAULT_APP_ROLE);
          process.stdout.write(`privileges of ${DEFAULT_APP_ROLE} refreshed\n`);
        }
      }, true),
    );
}

export function dbRolesCommand(program: Command): void {
  program
    .command('db-roles')
    .description('create or update the least-privilege role the hub runs as (owns nothing; audit_log insert and select only), as the owner (KIM_MIGRATE_DATABASE_URL)')
    .option('--role <name>', 'the role', DEFAULT_APP_ROLE)
    .action((opts: { role: string }) =>
      withPool(async (db) => {
        const problem = appRoleNameProblem(opts.role);
        if (problem) throw new KimError('KIM_ERR_CLI_USAGE', problem);
        await service.migrate(db);
        await (await service.roles()).createAppRole(db, opts.role, cliSettings().appDbPassword);
        process.stdout.write(
          `role ${opts.role} ready (${cliSettings().appDbPassword ? 'login with KIM_APP_DB_PASSWORD' : 'no password given: a new role is NOLOGIN, an existing one keeps its login'}); run the hub with DATABASE_URL as ${opts.role}\n`,
        );
      }, true),
    );
}

export function auditVerifyCommand(program: Command): void {
  program
    .command('audit-verify')
    .description('recompute the keyed chain of the audit log (KIM_AUDIT_KEY); exit 4 names the first edited or missing entry')
    .option('--expect-head <id:hmac>', 'a head printed by an earlier run and kept outside the hub: it must still be in the chain')
    .action((opts: { expectHead?: string }) =>
      withPool(async (db, config) => {
        const m = opts.expectHead === undefined ? null : /^(\d{1,19}):([0-9a-f]{64})$/.exec(opts.expectHead);
        if (opts.expectHead !== undefined && !m) throw new KimError('KIM_ERR_CLI_USAGE', '--expect-head is the id and HMAC of a printed head, as id:hmac');
        const report = await (await service.audit()).verifyAuditChain(db, config.auditKey, 5000, m ? { id: m[1]!, hmac: m[2]! } : null);
        if (report.ok) process.stdout.write(`audit log intact: ${report.entries} entries, head ${report.head ? `${report.headId}:${report.head}` : '(empty)'}\n`);
        else process.stdout.write(`audit log BROKEN at entry ${report.broken!.id}: ${report.broken!.problem} (${report.entries} entries checked)\n`);
        process.exitCode = report.ok ? EXIT.OK : EXIT.AUDIT_BROKEN;
      }),
    );
}
