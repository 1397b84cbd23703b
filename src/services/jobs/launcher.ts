import { z } from 'zod';
import type { Logger } from '../../logging/logger.ts';
import { failureOf, type JobDeps } from './job.ts';
import { runSync } from './reconcile.ts';

/**
 * A reconcile's request (an EventBridge schedule's constant input, a direct invoke of the
 * sync function, or the admin API's start of a run): `{"sync_cognito": true}`, with the
 * CLI's flags as optional keys and its defaults (not a dry run, 16 segments, 25 calls a
 * second).
 */
export const SyncEventSchema = z.strictObject({
  sync_cognito: z.literal(true),
  dryRun: z.boolean().default(false),
  createMissing: z.boolean().default(false),
  markDeleted: z.boolean().default(false),
  segments: z.union([z.literal(1), z.literal(16)]).default(16),
  rps: z.number().int().min(1).max(100).default(25),
  /** A run that stopped (e.g. at the Lambda time limit), or one recorded to start, to run. */
  resume: z.uuid().optional(),
});

/** A reconcile request as {@link SyncEventSchema} reads it. */
export type SyncEvent = z.output<typeof SyncEventSchema>;

/**
 * Runs a reconcile the admin API recorded (a run `running`, its options kept), outside the
 * request that asked for it: the API answers at once, and the run's record says how it
 * went. On AWS the sync function is invoked asynchronously (src/lambdas/sync-invoker.ts): no
 * work runs after the API's handler returns. In a long-lived process (`usersync serve`,
 * the local stack), {@link inProcessLauncher} runs it beside the requests.
 */
export interface SyncLauncher {
  /** Hands the recorded run over; resolves once it is handed over, not once it is done. */
  start(event: SyncEvent & { resume: string }): Promise<void>;
}

/**
 * Runs reconciles in this process, in the background: a run that fails before it started
 * (another holds the sync lock, the pool cannot be read) is recorded `failed` with its
 * code. `close` stops the listing of those running (they stay resumable) and waits for them.
 */
export function inProcessLauncher(
  deps: JobDeps,
  logger: Logger,
): SyncLauncher & { close(): Promise<void> } {
  const running = new Set<Promise<void>>();
  const stop = new AbortController();
  return {
    start(event) {
      const { sync_cognito: _sync, ...options } = event;
      const run: Promise<void> = runSync(deps, options, { signal: stop.signal })
        .then((report) => logger.info({ runId: report.runId, counts: report.counts }, 'sync done'))
        .catch(async (error: unknown) => {
          const { code, reason } = failureOf(error);
          logger.warn({ runId: event.resume, code }, 'sync failed');
          const record = await deps.store.jobRuns.find(event.resume);
          if (record?.status === 'running') {
            await deps.store.jobRuns.finish(event.resume, {
              status: 'failed',
              error: `${code}: ${reason}`,
              counts: record.counts,
            });
          }
        })
        .catch((error: unknown) => logger.error({ err: error, runId: event.resume }, 'sync record'))
        .finally(() => running.delete(run));
      running.add(run);
      return Promise.resolve();
    },
    async close() {
      stop.abort();
      await Promise.all(running);
    },
  };
}
