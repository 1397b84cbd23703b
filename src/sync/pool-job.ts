import type { CognitoGateway, CognitoUser } from '../cognito/gateway.ts';
import type { UserRow } from '../db/schema.ts';
import type { Db } from '../db/schema.ts';
import { userRowsBySub } from '../db/users.ts';
import { runJob, saveJobProgress, type JobKind, type JobResult } from './job-run.ts';
import { listPool, type ListingCheckpoint } from './list-users.ts';

/** How to run a job over every user of the pool. */
export interface PoolJobOptions<C extends object> {
  /** Which job: the kind recorded in `sync_runs`, and the only kind `resume` takes. */
  kind: JobKind;
  /** Count and report, write nothing (a resumed run keeps the value it started with). */
  dryRun: boolean;
  /** The options recorded with the run. */
  options: object;
  /** The interrupted run of this kind to continue. */
  resume?: string | undefined;
  /** The counts of a new run; a resumed run starts from the counts it saved. */
  counts: C;
  /** Users done so far, out of DescribeUserPool's estimate. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Runs `handlePage` on every page of the pool's users (16 segments), recording the run in
 * `sync_runs`: after each page, its counts and the listing checkpoint, so `resume`
 * continues an interrupted run from the pages it had not finished. A page is handled
 * before the checkpoint passes it, so after a crash a page may be handled again: handlers
 * must be idempotent. A resumed run keeps the `dryRun` it started with; handlers get it.
 */
export async function runPoolJob<C extends object>(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  job: PoolJobOptions<C>,
  handlePage: (users: CognitoUser[], counts: C, run: { dryRun: boolean }) => Promise<void>,
): Promise<JobResult<C>> {
  // Cognito first: a missing pool or no credentials fails before anything is written.
  const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
  const { kind, dryRun, resume, counts: initial } = job;
  const start = { dryRun, options: { ...job.options }, resume, counts: initial };
  return runJob(db, kind, start, async (run, counts) => {
    let done = 0;
    await listPool(cognito.gateway, cognito.userPoolId, {
      segments: 16,
      resumeFrom: run.checkpoint as ListingCheckpoint,
      onPage: async (users, entry) => {
        await handlePage(users, counts, { dryRun: run.dryRun });
        await saveJobProgress(db, run.id, { counts, checkpoint: entry });
        done += users.length;
        job.onProgress?.(done, estimatedUsers);
      },
    });
  });
}

/** The DB rows of a page's users, by `sub` (users the DB lacks are not in it). */
export async function rowsBySub(
  db: Db,
  users: readonly CognitoUser[],
): Promise<Map<string, UserRow>> {
  return userRowsBySub(
    db,
    users.flatMap((user) => user.attributes['sub'] ?? []),
  );
}
