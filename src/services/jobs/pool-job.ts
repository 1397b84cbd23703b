import type { CognitoUser } from '../../cognito/gateway.ts';
import type { User } from '../../domain/user.ts';
import type { JobStore } from '../../stores/store.ts';
import {
  runJob,
  type JobDeps,
  type JobHooks,
  type JobKind,
  type JobReport,
  type RunningJob,
} from './job.ts';
import { listPool, type ListingCheckpoint } from './list-users.ts';

/** How to run a job over every user of the pool. */
export interface PoolJobStart<C extends object> {
  /** Count and report, write nothing (a resumed run keeps the value it started with). */
  dryRun: boolean;
  /** The options recorded with the run. */
  options: object;
  /** The interrupted run of this kind to continue. */
  resume?: string | undefined;
  /** The counts of a new run; a resumed run starts from the counts it saved. */
  counts: C;
}

/**
 * Runs `handlePage` on every page of the pool's users (16 segments) as a recorded run of
 * `kind` ({@link runJob}): after each page, its counts and the listing checkpoint are
 * saved, so `resume` continues an interrupted run from the pages it had not finished. A
 * page is handled before the checkpoint passes it, so after a crash a page may be handled
 * again: handlers must be idempotent. A resumed run keeps the `dryRun` it started with;
 * handlers read it from the run.
 */
export async function runPoolJob<C extends object>(
  deps: Pick<JobDeps, 'cognito' | 'store'>,
  kind: JobKind,
  start: PoolJobStart<C>,
  hooks: JobHooks,
  handlePage: (users: CognitoUser[], job: RunningJob<C>) => Promise<void>,
): Promise<JobReport<C>> {
  const { cognito } = deps;
  const runs = deps.store.jobRuns;
  // Cognito first: a missing pool or no credentials fails before anything is written.
  const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
  return runJob(runs, kind, start, hooks, async (job) => {
    let done = 0;
    await listPool(cognito.gateway, cognito.userPoolId, {
      segments: 16,
      resumeFrom: job.run.checkpoint as ListingCheckpoint,
      ...(hooks.signal !== undefined && { signal: hooks.signal }),
      onPage: async (users, entry) => {
        await handlePage(users, job);
        await runs.saveProgress(job.run.id, { counts: job.counts, checkpoint: entry });
        done += users.length;
        hooks.onProgress?.({ phase: 'users', done, total: Math.max(done, estimatedUsers) });
      },
    });
    return {};
  });
}

/** The store's users of a page of Cognito users, by `sub` (users the store lacks are not in it). */
export async function usersOfPage(
  jobs: JobStore,
  users: readonly CognitoUser[],
): Promise<Map<string, User>> {
  return jobs.usersBySub(users.flatMap((user) => user.attributes['sub'] ?? []));
}
