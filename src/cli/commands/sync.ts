import { runSync, type SyncOptions } from '../../services/jobs/reconcile.ts';
import { syncUser, type SyncUserOptions } from '../../services/jobs/sync-user.ts';
import { loadConfig } from '../../config/config.ts';
import { requirePostgresStore } from '../../stores/configured.ts';
import { runTableSync } from '../../services/jobs/table-jobs.ts';
import { runJobCommand, runTableJobCommand, withJobContext } from '../job.ts';
import type { Output } from '../output.ts';
import { maskEmail } from '../../domain/email.ts';
import type { FieldChanges, PlanDetail } from '../../services/jobs/reconcile-plan.ts';

/** A detail's changes, a link's `sub` among them. */
function detailChanges(detail: PlanDetail): FieldChanges | undefined {
  if (detail.status !== 'linked') return detail.changes;
  return { sub: { from: detail.oldSub ?? null, to: detail.newSub ?? null }, ...detail.changes };
}

/**
 * A detail's field-level changes for the text output: `field: from → to`, each value as
 * JSON, an email masked (`--json` has them whole).
 */
export function describeChanges(changes: FieldChanges | undefined): string {
  if (changes === undefined) return '';
  const shown = (field: string, value: unknown) =>
    field === 'email' && typeof value === 'string' ? maskEmail(value) : JSON.stringify(value);
  const parts = Object.entries(changes).map(
    ([field, { from, to }]) => `${field}: ${shown(field, from)} → ${shown(field, to)}`,
  );
  return `  ${parts.join(', ')}`;
}

/**
 * `usersync sync`: reconciles the pool with the DB and prints the report (`--json`: one
 * JSON object, CONTRACT.md). Exit 0 when it ran (conflicts are reported, not failures).
 */
export async function syncCommand(
  output: Output,
  options: SyncOptions & { json: boolean },
): Promise<number> {
  if (loadConfig().userStore === 'dynamodb') return tableSyncCommand(output, options);
  const report = await runJobCommand(output, 'sync', runSync, options);
  if (!options.json) {
    // The failed ones are printed with their codes, as every job's failures are.
    const shown = report.details.filter((d) => d.status !== 'matched' && d.status !== 'failed');
    for (const detail of shown.slice(0, 50)) {
      output.out(
        `  ${detail.status.padEnd(22)} ${detail.email === null ? `sub ${detail.sub ?? '?'}` : maskEmail(detail.email)}${detail.reason ? `  (${detail.reason})` : ''}${describeChanges(detailChanges(detail))}`,
      );
    }
  }
  return 0;
}

/**
 * `usersync sync` on the DynamoDB store: the reconcile of subs by email (`--dry-run`,
 * `--create-missing`, `--resume`); `--mark-deleted` is PostgreSQL's alone.
 */
async function tableSyncCommand(
  output: Output,
  options: SyncOptions & { json: boolean },
): Promise<number> {
  if (options.markDeleted) requirePostgresStore('dynamodb', 'usersync sync --mark-deleted');
  const { dryRun, createMissing, resume, json } = options;
  const report = await runTableJobCommand(output, 'sync', runTableSync, {
    dryRun,
    createMissing,
    resume,
    json,
  });
  if (!json) {
    for (const detail of report.details.slice(0, 50)) {
      output.out(
        `  ${detail.status.padEnd(22)} sub ${detail.sub}${detail.oldSub ? `  (item was ${detail.oldSub})` : ''}`,
      );
    }
  }
  return 0;
}

/**
 * `usersync sync --sub SUB` or `--email EMAIL`: one user's sync (re-read from Cognito, the
 * reconcile's rules applied to that user). Prints what it did (`--json`: one object).
 * Exit 1 when the database refused the change.
 */
export async function syncUserCommand(
  output: Output,
  options: SyncUserOptions & { json: boolean },
): Promise<number> {
  const { json, ...who } = options;
  const report = await withJobContext('sync', ({ db, cognito, logger }) =>
    syncUser({ db, cognito, logger }, who),
  );
  if (json) output.out(JSON.stringify(report));
  else {
    const where = report.inCognito ? 'in Cognito' : 'not in Cognito';
    output.out(`${report.dryRun ? 'Dry run' : 'Synced'}: sub ${report.sub ?? '(none)'}, ${where}`);
    for (const detail of report.details) {
      output.out(
        `  ${detail.status.padEnd(22)}${detail.reason ? `  (${detail.reason})` : ''}${describeChanges(detail.changes)}`,
      );
    }
  }
  return report.failures.length > 0 ? 1 : 0;
}
