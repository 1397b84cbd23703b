import { runSync, type SyncOptions } from '../../sync/run-sync.ts';
import { printJobReport, withJobContext } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync sync`: reconciles the pool with the DB and prints the report (`--json`: one
 * JSON object, CONTRACT.md). Exit 0 when it ran (conflicts are reported, not failures).
 */
export async function syncCommand(
  output: Output,
  options: SyncOptions & { json: boolean; resume?: string },
): Promise<number> {
  const { json, resume, ...syncOptions } = options;
  const report = await withJobContext('sync', ({ db, cognito, logger, progress }) =>
    runSync(db, cognito, syncOptions, {
      logger,
      resume,
      onProgress: ({ phase, listed, estimatedUsers }) =>
        progress.update(listed, estimatedUsers, phase),
    }),
  );
  printJobReport(output, json, report);
  if (!json) {
    for (const detail of report.details.filter((d) => d.status !== 'matched').slice(0, 50)) {
      output.out(
        `  ${detail.status.padEnd(22)} ${detail.email ?? `sub ${detail.sub ?? '?'}`}${detail.reason ? `  (${detail.reason})` : ''}`,
      );
    }
  }
  return 0;
}
