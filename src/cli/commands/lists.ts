// The commands that print what an office reads: the EBB backlog and the controlling report, audited.
import type { Command } from 'commander';
import { KimError } from '../../errors/registry.js';
import { auditedOutput, service, withContext } from '../shared.js';

export function backlogCommand(program: Command): void {
  program
    .command('backlog')
    .description("print an EBB's backlog of pending naturalisation applications (JSON, CSV or XLSX)")
    .requiredOption('--ebb <id>', 'the EBB authority id of the tenant file, e.g. EBB-05158')
    .option('--format <format>', 'json, csv or xlsx (xlsx needs --out)', 'json')
    .option('--order <order>', 'oldest or ready_first', 'oldest')
    .option('--team <team>', 'only this team')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { ebb: string; format: string; order: string; team?: string; out?: string }) => {
      if (!['json', 'csv', 'xlsx'].includes(opts.format)) throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json, csv or xlsx');
      if (!['oldest', 'ready_first'].includes(opts.order)) throw new KimError('KIM_ERR_CLI_USAGE', '--order must be oldest or ready_first');
      if (opts.format === 'xlsx' && !opts.out) throw new KimError('KIM_ERR_CLI_USAGE', '--format xlsx needs --out FILE');
      await withContext(async (ctx) => {
        if (!ctx.tenant.authorities.some((a) => a.kind === 'ebb' && a.id === opts.ebb)) throw new KimError('KIM_ERR_CLI_USAGE', `no EBB ${opts.ebb} in the tenant file`);
        const { backlogCsv, backlogXlsx, loadBacklog } = await service.backlog();
        const entries = await loadBacklog(ctx, opts.ebb, { order: opts.order as 'oldest' | 'ready_first', ...(opts.team ? { team: opts.team } : {}) });
        const body = opts.format === 'xlsx' ? await backlogXlsx(entries) : opts.format === 'csv' ? backlogCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`;
        const audit = { role: 'ebb_b3', action: 'export_backlog', subject: `backlog:${opts.ebb}`, purpose: 'backlog', details: { format: opts.format, persons: [...new Set(entries.map((e) => e.kimId))] } };
        await auditedOutput(ctx, audit, body, opts.out);
      });
    });
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('print the controlling report for the state: per municipality and month, counts below five suppressed (JSON or CSV)')
    .option('--from <month>', 'first month, YYYY-MM (default: twelve months up to the report date)')
    .option('--to <month>', "last month, YYYY-MM (default: the report date's month)")
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { from?: string; to?: string; format: string; out?: string }) => {
      if (!['json', 'csv'].includes(opts.format)) throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json or csv');
      await withContext(async (ctx) => {
        const { loadControllingReport, reportCsv } = await service.report();
        const report = await loadControllingReport(ctx, { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) });
        const body = opts.format === 'csv' ? reportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
        const audit = { role: 'coordinator', action: 'read_report', subject: `report:${ctx.tenant.tenant}`, purpose: 'controlling', details: { format: opts.format, months: report.months } };
        await auditedOutput(ctx, audit, body, opts.out);
      });
    });
}
