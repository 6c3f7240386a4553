// The long-running processes of the hub: API, workers, scheduler.
import type { Command } from 'commander';
import { service } from '../shared.js';

export function processesCommand(program: Command): void {
  for (const [name, roles, what] of [
    ['api', ['api'], 'run the HTTP API (uploads, imports, quarantine, inboxes)'],
    ['worker', ['worker'], 'run the queue workers of every stage (start several to scale)'],
    ['scheduler', ['scheduler'], 'register the scheduled syncs and drop-folder polling (safe to run several)'],
    ['all', ['api', 'worker', 'scheduler'], 'api, workers and scheduler in one process (small municipalities, demo)'],
  ] as const) {
    program
      .command(name)
      .description(what)
      .action(async () => (await service.processes()).runProcess([...roles]));
  }
}
