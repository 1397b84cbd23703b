import type { z } from 'zod';
import { UsersyncError } from '../domain/errors.ts';
import type { JobDeps } from '../services/jobs/job.ts';
import { runSync, type SyncReport } from '../services/jobs/reconcile.ts';
import { SyncEventSchema } from '../services/jobs/launcher.ts';

export { SyncEventSchema } from '../services/jobs/launcher.ts';
import type { JobHooks } from '../services/jobs/job.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * What the sync function is built from: the container's store (on PostgreSQL a small pool
 * reused across invocations), the pool to reconcile (`COGNITO_USER_POOL_ID`), a logger.
 */
export type SyncFunctionDependencies = JobDeps;

/** What the handler answers when it stopped before the Lambda time limit. */
export interface SyncStopped {
  runId: string;
  stopped: 'time-limit';
  /** The event that continues the run. */
  resumeWith: { sync_cognito: true; resume: string };
}

/** The part of Lambda's context the handler reads. */
export interface LambdaTimeContext {
  getRemainingTimeInMillis(): number;
}

/** How long before the Lambda time limit the handler stops listing. @default 30_000 */
const STOP_MARGIN_MS = 30_000;

/**
 * The reconcile as a Lambda handler: validates the event (anything but the schema's keys is
 * refused with `VALIDATION_FAILED`), runs `usersync sync` with its flags and returns the
 * report, details capped at 1,000 (a Lambda answer is at most 6 MB). A pool too large for
 * one invocation stops listing `STOP_MARGIN_MS` before the time limit: the run is left
 * resumable (and its advisory lock released, which a frozen container would hold), and
 * the answer names the event that continues it.
 */
export function createSyncHandler(
  dependencies: () => SyncFunctionDependencies | Promise<SyncFunctionDependencies>,
  options: {
    stopMarginMs?: number;
    /** Hears of each finished run's report (the function publishes its drift). */
    onReport?: (report: SyncReport) => void;
  } = {},
): (event: unknown, context?: LambdaTimeContext) => Promise<SyncReport | SyncStopped> {
  return syncRunner(dependencies, runSync, options);
}

function syncRunner<D extends { logger: Logger }, R extends { runId: string; counts: object }>(
  dependencies: () => D | Promise<D>,
  run: (
    deps: D,
    options: Omit<z.output<typeof SyncEventSchema>, 'sync_cognito'>,
    hooks: JobHooks,
  ) => Promise<R>,
  options: { stopMarginMs?: number; onReport?: (report: R) => void },
): (event: unknown, context?: LambdaTimeContext) => Promise<R | SyncStopped> {
  return async (event, context) => {
    const parsed = SyncEventSchema.safeParse(event);
    if (!parsed.success) {
      throw new UsersyncError(
        'VALIDATION_FAILED',
        `The event must be {"sync_cognito": true, "dryRun"?: boolean, …}: ${parsed.error.issues
          .map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`)
          .join('; ')}`,
      );
    }
    const { sync_cognito: _sync, ...syncOptions } = parsed.data;
    const deps = await dependencies();
    const { logger } = deps;
    const stop = new AbortController();
    const remaining = context?.getRemainingTimeInMillis();
    const timer =
      remaining === undefined
        ? undefined
        : setTimeout(
            () =>
              stop.abort(
                new UsersyncError('JOB_STOPPED', 'The Lambda time limit is near: listing stopped.'),
              ),
            Math.max(0, remaining - (options.stopMarginMs ?? STOP_MARGIN_MS)),
          );
    let runId: string | undefined;
    try {
      const report = await run(deps, syncOptions, {
        signal: stop.signal,
        onRunStarted: (id) => (runId = id),
      });
      logger.info({ runId: report.runId, counts: report.counts }, 'sync done');
      options.onReport?.(report);
      return report;
    } catch (error) {
      if (!stop.signal.aborted || runId === undefined) throw error;
      logger.warn({ runId }, 'sync stopped before the Lambda time limit; resume it');
      return {
        runId,
        stopped: 'time-limit',
        resumeWith: { sync_cognito: true, resume: runId },
      };
    } finally {
      clearTimeout(timer);
    }
  };
}
