import { pino } from 'pino';
import { loadConfig, type Config } from '../config/config.ts';
import type { Db } from '../db/schema.ts';
import { openDatabase } from '../local/open-database.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { openCognito, type CognitoContext } from './context.ts';
import type { Output } from './output.ts';
import { createProgress, type Progress } from './progress.ts';

/** What a job command works with. */
export interface JobContext {
  config: Config;
  /** `DATABASE_URL`, the running local stack's database, or the embedded one. */
  db: Db;
  /** `COGNITO_USER_POOL_ID`, or the running local stack's pool. */
  cognito: CognitoContext;
  /** Logs go to stderr: stdout carries the report. */
  logger: Logger;
  progress: Progress;
}

/**
 * Runs a job command (`sync`, `backfill-claims`, `import-profiles`, `migrate-guests`) with
 * the pool, the database, a logger on stderr and a progress bar, and closes them all.
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
  const cognito = await openCognito(config);
  const database = await openDatabase(config, `usersync ${name}`).catch((error: unknown) => {
    cognito.close();
    throw error;
  });
  const progress = createProgress(name);
  try {
    return await job({ config, db: database.db, cognito, logger, progress });
  } finally {
    progress.stop();
    await database.close();
    cognito.close();
  }
}

/** Prints a job's report: one JSON object with `--json`, else a heading and its counts. */
export function printJobReport(
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
