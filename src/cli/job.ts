import { pino } from 'pino';
import { loadConfig, type Config } from '../config/config.ts';
import { openStore } from '../local/open-database.ts';
import type { StoreHandle } from '../stores/store.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { openCognito, type CognitoContext } from './context.ts';
import type { Output } from './output.ts';
import { createProgress, type Progress } from './progress.ts';
import type { Job, JobOptions, JobReport } from '../services/jobs/job.ts';

/** What a job command works with. */
export interface JobContext {
  config: Config;
  /** The configured store: `DATABASE_URL`, the running local stack's, or the embedded one; or DynamoDB. */
  store: StoreHandle;
  /** `COGNITO_USER_POOL_ID`, or the running local stack's pool. */
  cognito: CognitoContext;
  /** Logs go to stderr: stdout carries the report. */
  logger: Logger;
  progress: Progress;
}

/**
 * Runs a job command (`sync`, `backfill-claims`, `import-profiles`, `migrate-guests`,
 * `changes apply`) with the pool, the configured store, a logger on stderr and a progress
 * bar, and closes them all.
 */
export async function withJobContext<T>(
  name: string,
  job: (context: JobContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    destination: pino.destination(2),
    bindings: { component: name },
  });
  const store = await openStore(config, `usersync ${name}`);
  // A job's calls spend the jobs' part of the budget every usersync process shares.
  const cognito = await openCognito(config, {
    counters: store.counters,
    priority: 'jobs',
    logger,
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const progress = createProgress(name);
  try {
    return await job({ config, store, cognito, logger, progress });
  } finally {
    progress.stop();
    await store.close();
    cognito.close();
  }
}

/**
 * A job command: runs `job` (any of them, one shape, on either store) with the CLI's
 * context and a progress bar, prints its report (`--json`: one JSON object; else its
 * counts and the first 50 failures), and returns the report.
 */
export async function runJobCommand<O extends JobOptions, R extends JobReport<object>>(
  output: Output,
  name: string,
  job: Job<O, R>,
  options: O & { json: boolean },
): Promise<R> {
  const { json, ...jobOptions } = options;
  const report = await withJobContext(name, ({ config, store, cognito, logger, progress }) =>
    job({ store, cognito, logger, claims: config.claims }, jobOptions as unknown as O, {
      onProgress: ({ done, total, phase }) => progress.update(done, total, phase),
    }),
  );
  printReportAndFailures(output, json, report);
  return report;
}

function printReportAndFailures(output: Output, json: boolean, report: JobReport<object>): void {
  printJobReport(output, json, report);
  if (!json) {
    for (const failure of report.failures.slice(0, 50)) {
      const who = failure.sub !== undefined ? `sub ${failure.sub}` : `row ${failure.userId ?? '?'}`;
      output.out(`  ${failure.code.padEnd(22)} ${who}  (${failure.reason})`);
    }
  }
}

/** Prints a job's report: one JSON object with `--json`, else a heading and its counts. */
function printJobReport(
  output: Output,
  json: boolean,
  report: { runId: string; dryRun: boolean; durationMs: number; counts: object },
): void {
  if (json) {
    output.out(JSON.stringify(report));
    return;
  }
  output.out(`${report.dryRun ? 'Dry run' : 'Run'} ${report.runId} in ${report.durationMs} ms`);
  for (const [name, value] of Object.entries(report.counts)) {
    output.out(`  ${name.padEnd(22)} ${String(value)}`);
  }
}
