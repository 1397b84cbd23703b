import { runMigrateGuests, type MigrateGuestsOptions } from '../../sync/migrate-guests.ts';
import { printJobReport, withJobContext } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync migrate-guests`: Cognito users for guest and legacy rows. Exit 1 when a row
 * failed (conflicts are reported, not failures).
 */
export async function migrateGuestsCommand(
  output: Output,
  options: MigrateGuestsOptions & { json: boolean },
): Promise<number> {
  const { json, ...job } = options;
  const report = await withJobContext('migrate-guests', ({ db, cognito, logger, progress }) =>
    runMigrateGuests(db, cognito, job, logger, (done, total) =>
      progress.update(done, total, 'rows'),
    ),
  );
  printJobReport(output, json, report);
  if (!json) {
    for (const failure of report.failures.slice(0, 50)) {
      output.out(`  ${failure.code.padEnd(22)} ${failure.userId}  (${failure.reason})`);
    }
  }
  return report.counts.failed > 0 ? 1 : 0;
}
