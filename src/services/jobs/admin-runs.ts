import { UsersyncError } from '../../domain/errors.ts';
import type { Logger } from '../../logging/logger.ts';
import type { AuditLog, JobRuns } from '../../stores/store.ts';
import { audited } from '../audited.ts';
import { failureOf } from './job.ts';
import { SyncEventSchema, type SyncLauncher } from './launcher.ts';

/** What the admin API starts runs with. */
export interface AdminRunDeps {
  jobRuns: JobRuns;
  audit: AuditLog;
  logger: Logger;
  /** Absent where nothing can run a reconcile (no sync function configured): `CONFIG_INVALID`. */
  launcher: SyncLauncher | undefined;
}

/** A reconcile an operator starts: a dry run unless asked, the CLI's flags. */
export interface ReconcileRequest {
  dryRun: boolean;
  createMissing: boolean;
  markDeleted: boolean;
}

/**
 * Records a reconcile run and hands it to the launcher, with an audit entry (`run.start`,
 * its options): the run's id is known at once, and its record says how it goes. A launch
 * that fails leaves the run `failed` with the error, audited as such.
 */
export async function startReconcile(
  deps: AdminRunDeps,
  actor: string,
  request: ReconcileRequest & { reviewedRun?: string },
): Promise<{ runId: string }> {
  const launcher = deps.launcher;
  if (launcher === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'No sync function is configured to run a reconcile (SYNC_FUNCTION_NAME).',
    );
  }
  const { reviewedRun, ...flags } = request;
  const event = SyncEventSchema.parse({ sync_cognito: true, ...flags });
  const { sync_cognito: _sync, resume: _resume, ...options } = event;
  const runId = await deps.jobRuns.insert({
    kind: 'sync',
    dryRun: request.dryRun,
    options: { ...options, ...(reviewedRun !== undefined && { reviewedRun }) },
  });
  const entry = {
    actor,
    action: reviewedRun === undefined ? ('run.start' as const) : ('run.apply' as const),
    target: runId,
    detail: { ...flags, ...(reviewedRun !== undefined && { reviewedRun }) },
  };
  await audited(deps.audit, deps.logger, entry, async () => {
    try {
      await launcher.start({ ...event, resume: runId });
    } catch (error) {
      const { code, reason } = failureOf(error);
      await deps.jobRuns.finish(runId, {
        status: 'failed',
        error: `${code}: ${reason}`,
        counts: {},
      });
      throw error;
    }
    return { result: undefined, outcome: 'done', detail: {} };
  });
  return { runId };
}

/**
 * Applies a reviewed dry run: a new reconcile with the reviewed run's flags, not dry. It
 * re-reads Cognito rather than replaying the reviewed plan (a pool changes; DESIGN.md's
 * "re-read, never replay"), and every write checks the version it planned at; the new run's
 * counts beside the reviewed ones show what changed in between. Only a completed dry-run
 * reconcile can be applied (`CONFLICT` otherwise).
 */
export async function applyReviewed(
  deps: AdminRunDeps,
  actor: string,
  reviewedId: string,
): Promise<{ runId: string }> {
  const reviewed = await deps.jobRuns.find(reviewedId, 'sync');
  if (reviewed === undefined) throw new UsersyncError('NOT_FOUND', 'No reconcile run has this id.');
  if (!reviewed.dryRun || reviewed.status !== 'completed') {
    throw new UsersyncError('CONFLICT', 'Only a completed dry run can be applied.');
  }
  return startReconcile(deps, actor, {
    dryRun: false,
    createMissing: reviewed.options['createMissing'] === true,
    markDeleted: reviewed.options['markDeleted'] === true,
    reviewedRun: reviewedId,
  });
}
