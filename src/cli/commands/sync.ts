import { runSync, type SyncOptions } from '../../services/jobs/reconcile.ts';
import { syncUser, type SyncUserOptions } from '../../services/jobs/sync-user.ts';
import { runJobCommand, withJobContext } from '../job.ts';
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
 * `usersync sync`: reconciles the pool with the store and prints the report (`--json`: one
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
        `  ${detail.status.padEnd(22)} ${detail.email === null ? `sub ${detail.sub ?? '?'}` : maskEmail(detail.email)}${detail.reason ? `  (${detail.reason})` : ''}${describeChanges(detailChanges(detail))}`,
      );
    }
  }
  return 0;
}

/**
 * `usersync sync --sub SUB` or `--email EMAIL`: one user's sync (re-read from Cognito, the
 * reconcile's rules applied to that user). Prints what it did (`--json`: one object).
 * Exit 1 when the store refused the change.
 */
export async function syncUserCommand(
  output: Output,
  options: SyncUserOptions & { json: boolean },
): Promise<number> {
  const { json, ...who } = options;
  const report = await withJobContext('sync', ({ config, store, cognito, logger }) =>
    syncUser({ store, cognito, logger, claims: config.claims }, who),
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
