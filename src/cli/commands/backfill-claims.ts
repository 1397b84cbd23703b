import { runBackfillClaims, type BackfillOptions } from '../../sync/backfill-claims.ts';
import { printJobReport, withJobContext } from '../job.ts';
import type { Output } from '../output.ts';

/** `usersync backfill-claims`: DB claims into Cognito's custom attributes; exit 1 when some failed. */
export async function backfillClaimsCommand(
  output: Output,
  options: BackfillOptions & { json: boolean },
): Promise<number> {
  const { json, ...backfill } = options;
  const report = await withJobContext('backfill-claims', ({ db, cognito, logger, progress }) =>
    runBackfillClaims(db, cognito, backfill, logger, (done, total) =>
      progress.update(done, total, 'users'),
    ),
  );
  printJobReport(output, json, report);
  return report.counts.failed > 0 ? 1 : 0;
}
