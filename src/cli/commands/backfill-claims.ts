import { runBackfillClaims, type BackfillOptions } from '../../services/jobs/backfill-claims.ts';
import { runJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/** `usersync backfill-claims`: the store's claims into Cognito's custom attributes; exit 1 when some failed. */
export async function backfillClaimsCommand(
  output: Output,
  options: BackfillOptions & { json: boolean },
): Promise<number> {
  const report = await runJobCommand(output, 'backfill-claims', runBackfillClaims, options);
  return report.counts.failed > 0 ? 1 : 0;
}
