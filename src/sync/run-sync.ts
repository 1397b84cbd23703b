import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Db } from '../db/schema.ts';
import { fromCognitoAttributes } from '../domain/attributes.ts';
import { toDbError } from '../db/errors.ts';
import { releaseAdvisoryLock, tryAdvisoryLock } from '../db/locks.ts';
import { clearStagedUsers, stagedUsers, stageListedUsers } from '../db/sync-listed.ts';
import { listUserIdentities } from '../db/users.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { applyPlan } from './apply.ts';
import { errorMessage, finishJobRun, openJobRun, saveJobProgress, type JobRun } from './job-run.ts';
import { listPool, type ListingCheckpoint } from './list-users.ts';
import {
  planReconcile,
  recordFailures,
  type ListedUser,
  type PlanCounts,
  type PlanDetail,
  type PlanRow,
} from './plan.ts';

/** Options of a reconcile run (CONTRACT.md `usersync sync`). */
export interface SyncOptions {
  dryRun: boolean;
  createMissing: boolean;
  markDeleted: boolean;
  /** @default 16 */
  segments: 1 | 16;
  /** @default 25 */
  rps: number;
  /** Details kept in the report; the rest are counted. @default 1_000 */
  maxDetails?: number;
}

/** The report of `usersync sync --json` (CONTRACT.md), with what the contract leaves open. */
export interface SyncReport {
  runId: string;
  dryRun: boolean;
  counts: PlanCounts;
  details: PlanDetail[];
  detailsOmitted: number;
  /**
   * Whether every Cognito user was listed: always true in a finished run (a listing that
   * cannot be known complete fails the run when it would mark users deleted).
   */
  listingComplete: boolean;
  /** DescribeUserPool's estimate of the pool's size, for comparison with `counts.scanned`. */
  estimatedUsers: number;
  /** Users Cognito listed without a `sub` or an email (cannot be matched). */
  unmatchable: number;
  durationMs: number;
}

/** Every row, as the planner reads it. */
export function loadPlanRows(db: Db): Promise<PlanRow[]> {
  return listUserIdentities(db);
}

/** A Cognito `sub`: a UUID, lower-case hex. */
const HEX_SUB = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether a listing that ended without error holds every Cognito user. One segment that
 * reached its last page does. Sixteen `sub ^= "0"` … `"f"` segments that each reached their
 * last page do too, by construction, as long as every sub is a hex UUID, which Cognito's
 * are: a listed sub that is not one means the prefixes may miss users, and marking deleted
 * on such a listing is refused (`LISTING_INCOMPLETE`, exit 1) rather than risked. A segment
 * that failed never gets here: the listing throws.
 */
function assertListingComplete(options: SyncOptions, subs: Iterable<string>): true {
  if (options.segments === 1) return true;
  for (const sub of subs) {
    if (!HEX_SUB.test(sub) && options.markDeleted) {
      throw new UsersyncError(
        'LISTING_INCOMPLETE',
        `A listed sub is not a lower-case hex UUID (${sub}), so 16 hex-prefix segments may miss users; run with --segments 1 to mark users deleted.`,
      );
    }
  }
  return true;
}

/** A key of PostgreSQL's advisory locks: one sync at a time per database. */
const SYNC_LOCK = 'usersync:sync';

/** How far a run has got, for a progress bar. */
export interface SyncProgress {
  phase: 'listing' | 'planning' | 'applying' | 'done';
  listed: number;
  /** DescribeUserPool's estimate of the pool's size. */
  estimatedUsers: number;
}

/** What {@link runSync} takes besides its options. */
export interface SyncContext {
  logger: Logger;
  /** The interrupted run to continue; its own options are kept (but for `rps`). */
  resume?: string | undefined;
  onProgress?: (progress: SyncProgress) => void;
  /** Called once the run is recorded, with its id (to resume it if it stops). */
  onRunStarted?: (runId: string) => void;
  /**
   * Stops the listing (the run is then `failed`, with its checkpoint, and resumable). Once
   * the plan is being applied, it is not stopped.
   */
  signal?: AbortSignal;
}

/** What a sync run keeps in `sync_runs.counts` while it lists. */
interface ListingCounts {
  listed: number;
  unmatchable: number;
}

/**
 * Reconciles the pool with the DB: lists every Cognito user (segments, rate limit,
 * retries), plans (pure), and, unless it is a dry run, applies the plan in one transaction
 * with its events. The run is recorded in `sync_runs`; while it lists, each page goes to
 * `sync_listed` and the listing checkpoint to the run, so `resume` continues an interrupted
 * run where it stopped. A second sync on the same database while one runs fails with
 * `CONFLICT`.
 */
export async function runSync(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  requested: SyncOptions,
  context: SyncContext,
): Promise<SyncReport> {
  const started = Date.now();
  // Cognito first: a missing pool or no credentials fails before anything is written.
  const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
  // One connection for the whole run: the advisory lock belongs to its session.
  return db.connection().execute(async (conn) => {
    if (!(await tryAdvisoryLock(conn, SYNC_LOCK))) {
      throw new UsersyncError(
        'CONFLICT',
        'Another usersync sync is running on this database; try again when it ends.',
      );
    }
    try {
      const run = await openJobRun(conn, 'sync', {
        dryRun: requested.dryRun,
        options: { ...requested },
        resume: context.resume,
      });
      context.onRunStarted?.(run.id);
      const options: SyncOptions = run.resumed
        ? { ...(run.options as unknown as SyncOptions), rps: requested.rps }
        : requested;
      const counts: ListingCounts = { listed: 0, unmatchable: 0, ...run.counts };
      try {
        const report = await reconcile(conn, cognito, options, run, counts, {
          ...context,
          estimatedUsers,
        });
        await finishJobRun(conn, run.id, { status: 'completed', counts: report.counts });
        await clearStagedUsers(conn, run.id);
        return { ...report, durationMs: Date.now() - started };
      } catch (error) {
        await finishJobRun(conn, run.id, { status: 'failed', error, counts });
        throw error;
      }
    } finally {
      await releaseAdvisoryLock(conn, SYNC_LOCK);
    }
  });
}

/** Lists (from the checkpoint of a resumed run), plans and applies. */
async function reconcile(
  conn: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  options: SyncOptions,
  run: JobRun,
  counts: ListingCounts,
  context: SyncContext & { estimatedUsers: number },
): Promise<Omit<SyncReport, 'durationMs'>> {
  const { estimatedUsers } = context;
  const progress = (phase: SyncProgress['phase']) =>
    context.onProgress?.({ phase, listed: counts.listed, estimatedUsers });
  // Keyed by sub: a page listed again after an interruption counts once.
  const users = new Map<string, ListedUser>();
  if (run.resumed) {
    for (const user of await stagedUsers<ListedUser>(conn, run.id)) users.set(user.sub, user);
  }
  progress('listing');
  await listPool(cognito.gateway, cognito.userPoolId, {
    segments: options.segments,
    rps: options.rps,
    resumeFrom: run.checkpoint as ListingCheckpoint,
    ...(context.signal !== undefined && { signal: context.signal }),
    onPage: async (page, entry) => {
      const fresh: ListedUser[] = [];
      for (const user of page) {
        const fields = fromCognitoAttributes(user.attributes);
        if (fields === null) counts.unmatchable++;
        else fresh.push(user.status === 'UNCONFIRMED' ? { ...fields, unconfirmed: true } : fields);
      }
      counts.listed += page.length;
      // The page first, then the checkpoint past it: a crash between the two lists the page
      // again, and its users are already staged (the insert ignores them).
      await stageListedUsers(conn, run.id, fresh);
      await saveJobProgress(conn, run.id, { counts, checkpoint: entry });
      for (const user of fresh) users.set(user.sub, user);
      progress('listing');
    },
  });
  const listingComplete = assertListingComplete(options, users.keys());
  // DescribeUserPool's count is an estimate, on AWS as on the emulator: a warning, no more.
  // Counted by distinct sub: a page listed again after a crash must not pass for more users.
  const listedUsers = users.size + counts.unmatchable;
  if (listedUsers !== estimatedUsers) {
    context.logger.warn(
      { listed: listedUsers, estimatedUsers },
      "the listing's count differs from the pool's estimate",
    );
  }
  progress('planning');
  const rows = await loadPlanRows(conn);
  const plan = planReconcile([...users.values()], rows, {
    createMissing: options.createMissing,
    markDeleted: options.markDeleted,
    listingComplete,
  });
  progress('applying');
  if (!options.dryRun) {
    const failures = await applyPlan(conn, plan);
    for (const { sub, action, error } of failures) {
      context.logger.warn({ err: error, sub, action }, 'one user not reconciled; the rest were');
    }
    recordFailures(
      plan,
      failures.map(({ sub, action, error }) => ({
        sub,
        action,
        reason: toDbError(error)?.message ?? errorMessage(error),
      })),
    );
  }
  progress('done');
  const maxDetails = options.maxDetails ?? 1_000;
  return {
    runId: run.id,
    dryRun: options.dryRun,
    counts: plan.counts,
    details: plan.details.slice(0, maxDetails),
    detailsOmitted: Math.max(0, plan.details.length - maxDetails),
    listingComplete,
    estimatedUsers,
    unmatchable: counts.unmatchable,
  };
}
