import { runMigrateGuests, type MigrateGuestsOptions } from '../../services/jobs/migrate-guests.ts';
import { runJobCommand } from '../job.ts';
import type { Output } from '../output.ts';

/**
 * `usersync migrate-guests`: Cognito users for guest and legacy rows. Exit 1 when a row
 * failed (conflicts are reported, not failures).
 */
export async function migrateGuestsCommand(
  output: Output,
  options: MigrateGuestsOptions & { json: boolean },
): Promise<number> {
  const report = await runJobCommand(output, 'migrate-guests', runMigrateGuests, options);
  return report.counts.failed > 0 ? 1 : 0;
}
