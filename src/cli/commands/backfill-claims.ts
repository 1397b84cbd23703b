import { runBackfillClaims, type BackfillOptions } from '../../services/jobs/backfill-claims.ts';
import { loadConfig } from '../../config/config.ts';
import { runTableBackfillClaims } from '../../services/jobs/table-jobs.ts';
import { runJobCommand, runTableJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync backfill-claims`: the store's claims into Cognito's custom attributes (on
 * DynamoDB, the table scanned in parallel segments); exit 1 when some failed.
 */
export async function backfillClaimsCommand(
  output: Output,
  options: BackfillOptions & { json: boolean },
): Promise<number> {
  const report =
    loadConfig().userStore === 'dynamodb'
      ? await runTableJobCommand(output, 'backfill-claims', runTableBackfillClaims, options)
      : await runJobCommand(output, 'backfill-claims', runBackfillClaims, options);
  return report.counts.failed > 0 ? 1 : 0;
}
