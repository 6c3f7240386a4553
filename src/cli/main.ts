// The kim-hub command line: one subcommand per job, each a thin shell around the pure stages.
// The commands live in ./commands/, grouped by what they need; the running hub's modules are
// loaded only by the commands that use them (./shared.ts).
import { Command } from 'commander';
import { isKimError } from '../errors/registry.js';
import { EXIT } from './exit-codes.js';
import { demoCommand, dryRunCommand, evaluateCommand, inspectCommand } from './commands/files.js';
import { auditVerifyCommand, dbRolesCommand, migrateCommand } from './commands/database.js';
import { importCommand, importConfirmCommand } from './commands/imports.js';
import { backlogCommand, reportCommand } from './commands/lists.js';
import { apikeyCreateCommand, apikeyRevokeCommand } from './commands/apikeys.js';
import { processesCommand } from './commands/processes.js';

/** In the order `kim-hub --help` lists them. */
const COMMANDS = [
  inspectCommand,
  evaluateCommand,
  dryRunCommand,
  migrateCommand,
  dbRolesCommand,
  importCommand,
  importConfirmCommand,
  backlogCommand,
  reportCommand,
  auditVerifyCommand,
  apikeyCreateCommand,
  apikeyRevokeCommand,
  processesCommand,
  demoCommand,
];

function buildProgram(): Command {
  const program = new Command('kim-hub').description('Integration hub for the Kommunales Integrationsmanagement (KIM) in NRW').showHelpAfterError().exitOverride();
  for (const add of COMMANDS) add(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      process.exitCode = EXIT.OK;
    } else if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      process.exitCode = EXIT.USAGE;
    } else if (isKimError(e)) {
      process.stderr.write(`kim-hub: ${e.message} [${e.code}]\n`);
      process.exitCode = e.code === 'KIM_ERR_CLI_USAGE' || e.code === 'KIM_ERR_REPORT_PERIOD' ? EXIT.USAGE : EXIT.FILE_UNREADABLE;
    } else {
      process.stderr.write(`kim-hub: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT.INTERNAL;
    }
  }
}

await main(process.argv);
