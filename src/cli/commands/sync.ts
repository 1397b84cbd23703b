import { runSync, type SyncOptions } from '../../services/jobs/reconcile.ts';
import { runJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync sync`: reconciles the pool with the DB and prints the report (`--json`: one
 * JSON object, CONTRACT.md). Exit 0 when it ran (conflicts are reported, not failures).
 */
export async function syncCommand(
  output: Output,
  options: SyncOptions & { json: boolean },
): Promise<number> {
  const report = await runJobCommand(output, 'sync', runSync, options);
  if (!options.json) {
    // The failed ones are printed with their codes, as every job's failures are.
    const shown = report.details.filter((d) => d.status !== 'matched' && d.status !== 'failed');
    for (const detail of shown.slice(0, 50)) {
      output.out(
        `  ${detail.status.padEnd(22)} ${detail.email ?? `sub ${detail.sub ?? '?'}`}${detail.reason ? `  (${detail.reason})` : ''}`,
      );
    }
  }
  return 0;
}
