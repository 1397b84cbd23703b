import type { CognitoUser } from '../../cognito/gateway.ts';
import type { JobScope, JobStore } from '../../stores/store.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../../domain/attributes.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { ALL_FIELDS, type HeldFields } from '../../domain/users-table.ts';
import {
  failureOf,
  runJob,
  type Job,
  type JobDeps,
  type JobFailure,
  type JobHooks,
  type JobOptions,
  type JobReport,
  type RunningJob,
} from './job.ts';
import { listPool, type ListingCheckpoint } from './list-users.ts';
import {
  planReconcile,
  reconcileDrift,
  recordChangedDuringRun,
  recordFailures,
  type ListedUser,
  type Plan,
  type PlanCounts,
  type PlanDetail,
  type PlanOptions,
} from './reconcile-plan.ts';

/** Options of a reconcile run (CONTRACT.md `usersync sync`). */
export interface SyncOptions extends JobOptions {
  createMissing: boolean;
  markDeleted: boolean;
  /** @default 16 */
  segments: 1 | 16;
  /** @default 25 */
  rps: number;
  /** Details kept in the report; the rest are counted. @default 1_000 */
  maxDetails?: number;
}

/**
 * The report of `usersync sync --json` (CONTRACT.md), with what the contract leaves open;
 * `failures` repeats the `failed` details with their codes.
 */
export interface SyncReport extends JobReport<PlanCounts> {
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
  /**
   * What the run found out of step ({@link reconcileDrift}): with the triggers and the
   * change feed running, exactly what they missed.
   */
  drift: number;
}

/** A listed Cognito user as the planner reads it: its fields, unconfirmed, disabled. */
export function listedUser(
  fields: CognitoUserFields,
  user: CognitoUser,
  holds: HeldFields = ALL_FIELDS,
): ListedUser {
  // What the store cannot hold is left out of the listing (a field it has no column for
  // reads as none, and false, there): it is never compared, so never written.
  return {
    ...fields,
    emailVerified: holds.emailVerified && fields.emailVerified,
    name: holds.name ? fields.name : null,
    phone: holds.phone ? fields.phone : null,
    ...(user.status === 'UNCONFIRMED' && { unconfirmed: true }),
    enabled: holds.disabled ? user.enabled : true,
  };
}

/**
 * Whether a listing that ended without error holds every Cognito user. One segment that
 * reached its last page does. Sixteen `sub ^= "0"` … `"f"` segments that each reached their
 * last page do too, by construction, as long as every sub is a hex UUID, which Cognito's
 * are: a listed sub that is not one means the prefixes may miss users, and marking deleted
 * on such a listing is refused (`LISTING_INCOMPLETE`, exit 1) rather than risked. A segment
 * that failed never gets here: the listing throws.
 */
async function assertListingComplete(
  jobs: JobStore,
  options: SyncOptions,
  runId: string,
): Promise<true> {
  if (options.segments === 1 || !options.markDeleted) return true;
  const odd = await jobs.stagedSubNotHex(runId);
  if (odd !== undefined) {
    throw new UsersyncError(
      'LISTING_INCOMPLETE',
      `A listed sub is not a lower-case hex UUID (${odd}), so 16 hex-prefix segments may miss users; run with --segments 1 to mark users deleted.`,
    );
  }
  return true;
}

/**
 * Applies a plan, and records on it (as `failed` details) each user the store refused,
 * logged, and (as `changedDuringRun`) each row that changed after the plan read it;
 * returns the refused as job failures. The others are applied.
 */
export async function applyRecorded(
  deps: Pick<JobDeps, 'store' | 'logger'>,
  plan: Plan,
): Promise<JobFailure[]> {
  const { failures, changed } = await deps.store.jobs.applyPlan(plan.actions);
  const refused = failures.map(({ sub, action, error }) => {
    deps.logger.warn({ err: error, sub, action }, 'one user not reconciled; the rest were');
    return { sub, action, ...failureOf(error) };
  });
  recordFailures(plan, refused);
  recordChangedDuringRun(plan, changed);
  return refused.map(({ sub, code, reason }) => ({ sub, code, reason }));
}

/**
 * Plans a run from its staged listing: the users in step, and alone with their emails, are
 * settled by the store ({@link JobStore.planInputs}; on PostgreSQL in the database, so that
 * only what drifted is held in memory) and counted as `matched`; the planner gets the rest
 * of the listing and the rows those users do not hold. The plan is the one the whole
 * listing would give, less the `matched` details of the settled users (a property test
 * holds the two equal).
 */
export async function planStaged(
  jobs: JobStore,
  runId: string,
  options: PlanOptions,
): Promise<{ plan: Plan; settled: number }> {
  const { users, rows, settled } = await jobs.planInputs(runId);
  const plan = planReconcile(users, rows, options);
  plan.counts.scanned += settled;
  plan.counts.matched += settled;
  return { plan, settled };
}

/** The store's lock that keeps to one sync at a time per store. */
const SYNC_LOCK = 'usersync:sync';

/**
 * The phases a sync reports to `hooks.onProgress`, with the users listed so far out of
 * DescribeUserPool's estimate.
 */
export type SyncPhase = 'listing' | 'planning' | 'applying' | 'done';

/** What a sync run keeps in `sync_runs.counts`: the listing's, then the plan's too. */
type SyncRunCounts = { listed: number; unmatchable: number } & Partial<PlanCounts>;

/**
 * Reconciles the pool with the DB: lists every Cognito user (segments, rate limit,
 * retries), plans (pure), and, unless it is a dry run, has the store apply the plan with
 * its events. The run is recorded in the store's job runs; while it lists, each page is
 * staged in the store and the listing checkpoint saved to the run, so `resume` continues
 * an interrupted run where it stopped (with its own options, but for `rps`). A second sync
 * on the same store while one runs fails with `CONFLICT`. `hooks.signal` stops the listing (the run
 * is then `failed`, with its checkpoint, and resumable); once the plan is being applied, it
 * is not stopped.
 */
export const runSync: Job<SyncOptions, SyncReport> = async (deps, requested, hooks = {}) => {
  const { cognito } = deps;
  if (requested.markDeleted && !(deps.store.jobs.holds ?? ALL_FIELDS).deleted) {
    throw new UsersyncError(
      'STORE_UNSUPPORTED',
      '--mark-deleted needs a column for a deleted user, and the mapped users table has none (users.columns.status, deletedAt in usersync.config.json).',
    );
  }
  // Cognito first: a missing pool or no credentials fails before anything is written.
  const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
  return deps.store.jobs.exclusive(SYNC_LOCK, async (scope: JobScope) => {
    const { resume, ...recorded } = requested;
    const start = {
      dryRun: requested.dryRun,
      options: recorded,
      resume,
      counts: { listed: 0, unmatchable: 0 } as SyncRunCounts,
    };
    const report = await runJob(scope.jobRuns, 'sync', start, hooks, (job) => {
      const options: SyncOptions = job.run.resumed
        ? { ...(job.run.options as unknown as SyncOptions), rps: requested.rps }
        : requested;
      return reconcile({ ...deps, store: scope }, options, job, { ...hooks, estimatedUsers });
    });
    await scope.jobs.clearStaged(report.runId);
    return report;
  });
};

/** Lists (from the checkpoint of a resumed run), plans and applies. */
async function reconcile(
  deps: JobDeps,
  options: SyncOptions,
  job: RunningJob<SyncRunCounts>,
  hooks: JobHooks & { estimatedUsers: number },
): Promise<Omit<SyncReport, 'runId' | 'durationMs' | 'failures'>> {
  const { store, cognito, logger } = deps;
  const { run, counts } = job;
  const { estimatedUsers } = hooks;
  const progress = (phase: SyncPhase) =>
    hooks.onProgress?.({ phase, done: counts.listed, total: estimatedUsers });
  progress('listing');
  await listPool(cognito.gateway, cognito.userPoolId, {
    segments: options.segments,
    rps: options.rps,
    resumeFrom: run.checkpoint as ListingCheckpoint,
    ...(hooks.signal !== undefined && { signal: hooks.signal }),
    onPage: async (page, entry) => {
      const fresh: ListedUser[] = [];
      for (const user of page) {
        const fields = fromCognitoAttributes(user.attributes);
        if (fields === null) counts.unmatchable++;
        else fresh.push(listedUser(fields, user, store.jobs.holds ?? ALL_FIELDS));
      }
      counts.listed += page.length;
      // The page first, then the checkpoint past it: a crash between the two lists the page
      // again, and its users are already staged (the insert ignores them). Nothing of the
      // listing stays in memory: it is all staged in the store.
      await store.jobs.stageListing(run.id, fresh);
      await store.jobRuns.saveProgress(run.id, { counts, checkpoint: entry });
      progress('listing');
    },
  });
  const listingComplete = await assertListingComplete(store.jobs, options, run.id);
  // DescribeUserPool's count is an estimate, on AWS as on the emulator: a warning, no more.
  // Counted by distinct sub: a page listed again after a crash must not pass for more users.
  const listedUsers = (await store.jobs.countStaged(run.id)) + counts.unmatchable;
  if (listedUsers !== estimatedUsers) {
    logger.warn(
      { listed: listedUsers, estimatedUsers },
      "the listing's count differs from the pool's estimate",
    );
  }
  progress('planning');
  const { plan, settled } = await planStaged(store.jobs, run.id, {
    createMissing: options.createMissing,
    markDeleted: options.markDeleted,
    listingComplete,
  });
  progress('applying');
  if (!options.dryRun) job.failures.push(...(await applyRecorded(deps, plan)));
  Object.assign(counts, plan.counts);
  progress('done');
  const maxDetails = options.maxDetails ?? 1_000;
  return {
    dryRun: options.dryRun,
    counts: plan.counts,
    // The settled users' `matched` details are counted, not listed.
    details: plan.details.slice(0, maxDetails),
    detailsOmitted: Math.max(0, plan.details.length - maxDetails) + settled,
    listingComplete,
    estimatedUsers,
    unmatchable: counts.unmatchable,
    drift: reconcileDrift(plan.counts),
  };
}
