import { pino } from 'pino';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/open.ts';
import { createLogger } from '../../logging/logger.ts';
import { runBackfillClaims, type BackfillOptions } from '../../sync/backfill-claims.ts';
import { openCognito } from '../context.ts';
import type { Output } from '../output.ts';

/** `usersync backfill-claims`: DB claims into Cognito's custom attributes; exit 1 when some failed. */
export async function backfillClaimsCommand(
  output: Output,
  options: BackfillOptions & { json: boolean },
): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    destination: pino.destination(2),
    bindings: { component: 'backfill-claims' },
  });
  const cognito = await openCognito(config);
  const database = await openDatabase(config, 'usersync backfill-claims');
  try {
    const report = await runBackfillClaims(database.db, cognito, options, logger);
    if (options.json) {
      output.out(JSON.stringify(report));
    } else {
      output.out(`${report.dryRun ? 'Dry run' : 'Run'} ${report.runId} in ${report.durationMs} ms`);
      for (const [name, value] of Object.entries(report.counts))
        output.out(`  ${name.padEnd(10)} ${value}`);
    }
    return report.counts.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
    cognito.close();
  }
}
