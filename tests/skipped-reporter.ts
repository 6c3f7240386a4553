// Names every skipped test at the end of the run: a test that cannot run on this machine (for
// example without LibreOffice) must say so by name, not hide in a count.
import type { Reporter, TestCase } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(test: TestCase): void {
    if (test.result().state === 'skipped') this.skipped.push(`${test.module.relativeModuleId} > ${test.fullName}`);
  }

  onTestRunEnd(): void {
    for (const name of this.skipped) process.stdout.write(`skipped: ${name}\n`);
  }
}
