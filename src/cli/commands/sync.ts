import { pino } from 'pino';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/open.ts';
import { createLogger } from '../../logging/logger.ts';
import { runSync, type SyncOptions } from '../../sync/run-sync.ts';
import { openCognito } from '../context.ts';
import type { Output } from '../output.ts';

/**
 * `usersync sync`: reconciles the pool with the DB and prints the report (`--json`: one
 * JSON object, CONTRACT.md). Exit 0 when it ran (conflicts are reported, not failures).
 */
export async function syncCommand(
  output: Output,
  options: SyncOptions & { json: boolean },
): Promise<number> {
  const config = loadConfig();
  // Logs go to stderr: stdout carries the report.
  const logger = createLogger({
    level: config.logLevel,
    destination: pino.destination(2),
    bindings: { component: 'sync' },
  });
  const cognito = await openCognito(config);
  const database = await openDatabase(config, 'usersync sync');
  try {
    const report = await runSync(database.db, cognito, options, logger);
    if (options.json) {
      output.out(JSON.stringify(report));
    } else {
      output.out(`${report.dryRun ? 'Dry run' : 'Run'} ${report.runId} in ${report.durationMs} ms`);
      for (const [name, value] of Object.entries(report.counts))
        output.out(`  ${name.padEnd(22)} ${value}`);
      if (!report.listingComplete)
        output.out('  (listing not known complete: nothing marked deleted)');
      for (const detail of report.details.filter((d) => d.status !== 'matched').slice(0, 50)) {
        output.out(
          `  ${detail.status.padEnd(22)} ${detail.email}${detail.reason ? `  (${detail.reason})` : ''}`,
        );
      }
    }
    return 0;
  } finally {
    await database.close();
    cognito.close();
  }
}
