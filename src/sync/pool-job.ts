import type { CognitoGateway, CognitoUser } from '../cognito/gateway.ts';
import type { UserRow } from '../db/schema.ts';
import type { Db } from '../db/users.ts';
import { finishJobRun, openJobRun, saveJobProgress, type JobKind } from './job-run.ts';
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

/** What a pool job returns. */
export interface PoolJobResult<C> {
  /** The run's id in `sync_runs` (the id `--resume` takes). */
  runId: string;
  dryRun: boolean;
  /** The counts over the whole run, a resumed run's earlier part included. */
  counts: C;
  /** This invocation's time. */
  durationMs: number;
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
): Promise<PoolJobResult<C>> {
  const started = Date.now();
  // Cognito first: a missing pool or no credentials fails before anything is written.
  const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
  const run = await openJobRun(db, job.kind, {
    dryRun: job.dryRun,
    options: { ...job.options },
    resume: job.resume,
  });
  const counts = { ...job.counts, ...(run.counts as Partial<C>) };
  const dryRun = run.dryRun;
  try {
    let done = 0;
    await listPool(cognito.gateway, cognito.userPoolId, {
      segments: 16,
      resumeFrom: run.checkpoint as ListingCheckpoint,
      onPage: async (users, entry) => {
        await handlePage(users, counts, { dryRun });
        await saveJobProgress(db, run.id, { counts, checkpoint: entry });
        done += users.length;
        job.onProgress?.(done, estimatedUsers);
      },
    });
  } catch (error) {
    await finishJobRun(db, run.id, { status: 'failed', error, counts });
    throw error;
  }
  await finishJobRun(db, run.id, { status: 'completed', counts });
  return { runId: run.id, dryRun, counts, durationMs: Date.now() - started };
}

/** The DB rows of a page's users, by `sub` (users the DB lacks are not in it). */
export async function rowsBySub(
  db: Db,
  users: readonly CognitoUser[],
): Promise<Map<string, UserRow>> {
  const subs = users.flatMap((user) => user.attributes['sub'] ?? []);
  if (subs.length === 0) return new Map();
  const rows = await db.selectFrom('users').selectAll().where('cognito_sub', 'in', subs).execute();
  return new Map(rows.map((row) => [row.cognito_sub ?? '', row]));
}
