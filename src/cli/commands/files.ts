// The commands that read export files and need no running hub: no pg, Redis or HTTP is loaded here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Source } from '../../../adapters/types.js';
import { SOURCES } from '../../generated/enums.js';
import { KimError } from '../../errors/registry.js';
import { todayInBerlin } from '../../kim/dates.js';
import { examplesDir } from '../../paths.js';
import { loadConfig } from '../../config.js';
import { EXIT } from '../exit-codes.js';
import { exitCodeFor, formatSummary, inspectFile, type FileSummary } from '../inspect.js';
import { runEvaluate } from '../evaluate.js';
import { runDryRun } from '../dry-run.js';
import { dateOption, EXIT_HELP, service, sourceOption } from '../shared.js';

const DEMO_DIR = path.join(examplesDir, 'kreis-mettmann');
const DEMO_STICHTAG = '2026-11-23';

export function inspectCommand(program: Command): void {
  program
    .command('inspect')
    .description('read exports and print their normalised records as NDJSON (summary on stderr)')
    .option('--source <source>', `force the source instead of detecting it (${SOURCES.join(', ')})`, sourceOption)
    .argument('<file...>', 'export files (XML, CSV, XLSX, JSON)')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], opts: { source?: Source }) => {
      const summaries: FileSummary[] = [];
      for (const file of files) {
        summaries.push(await inspectFile(file, { ...(opts.source ? { source: opts.source } : {}), out: process.stdout, err: process.stderr }));
      }
      process.stderr.write(formatSummary(summaries));
      process.exitCode = exitCodeFor(summaries);
    });
}

export function evaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('evaluate residence and naturalisation law for one KIM person document (JSON)')
    // Today is looked up only when it is needed: the time zone data cost every command, inspect
    // too, a measurable part of its start (docs/performance.md, section inspect).
    .option('--at <date>', 'the Stichtag, YYYY-MM-DD (default: today in Europe/Berlin)', dateOption)
    .argument('<file>', 'a KIM person document as produced by linkage (schemas/kim-person.schema.json)')
    .action(async (file: string, opts: { at?: string }) => {
      process.stdout.write(JSON.stringify(runEvaluate(readFileSync(file, 'utf8'), opts.at ?? todayInBerlin()), null, 2) + '\n');
    });
}

export function dryRunCommand(program: Command): void {
  program
    .command('dry-run')
    .description('read, link, decide consent, evaluate and route: print the signals the hub would raise')
    .requiredOption('--tenant <file>', 'the tenant configuration (JSON)')
    .requiredOption('--at <date>', 'the Stichtag, YYYY-MM-DD', dateOption)
    .option('--format <format>', 'json or table', 'table')
    .argument('<file...>', 'export files of any source, detected from their content')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], opts: { tenant: string; at: string; format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'table') throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json or table');
      process.exitCode = await runDryRun({ files, tenantFile: opts.tenant, stichtag: opts.at, format: opts.format, out: process.stdout });
    });
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(`import the shipped Kreis Mettmann samples into a fresh hub as of ${DEMO_STICHTAG} and print every inbox`)
    .option('--serve', 'then keep the hub with its web workplace and a local identity provider running on 127.0.0.1 (PORT), printing a sign-in for each role')
    .action(async (opts: { serve?: boolean }) => {
      const files = readdirSync(DEMO_DIR)
        .filter((f) => /\.(xml|csv|xlsx)$/.test(f))
        .sort()
        .map((f) => path.join(DEMO_DIR, f));
      const config = loadConfig();
      const { servicesReachable, runServiceDemo } = await service.demo();
      if (await servicesReachable(config.databaseUrl.replace(/\/[^/]*$/, '/postgres'), config.redisUrl)) {
        process.stdout.write(`kim-hub demo: the hub with PostgreSQL and Redis, sample exports of Kreis Mettmann (${DEMO_DIR})\n`);
        await runServiceDemo(files, DEMO_STICHTAG, process.stdout, { serve: opts.serve === true });
        process.exitCode = EXIT.OK;
        return;
      }
      process.stdout.write(`PostgreSQL or Redis not reachable (see README): showing the dry run instead${opts.serve ? ' (--serve needs them)' : ''}.\n\n`);
      process.stdout.write(`kim-hub demo: sample exports of Kreis Mettmann (${DEMO_DIR})\n\nWhat each file holds:\n`);
      const summaries: FileSummary[] = [];
      for (const file of files) summaries.push(await inspectFile(file, { out: null, err: process.stderr }));
      process.stdout.write(formatSummary(summaries) + `\nWhat the hub would signal (dry run, Stichtag ${DEMO_STICHTAG}):\n\n`);
      await runDryRun({ files, tenantFile: path.join(DEMO_DIR, 'tenant-05158.json'), stichtag: DEMO_STICHTAG, format: 'table', out: process.stdout });
      process.exitCode = EXIT.OK;
    });
}
