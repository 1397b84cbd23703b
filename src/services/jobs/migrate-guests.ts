import type { CognitoUser } from '../../cognito/gateway.ts';
import type { GuestCandidate } from '../../domain/reconcile.ts';
import { cacheUpdate, type CognitoAttribute } from '../../domain/attributes.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { isUsersyncError, UsersyncError } from '../../domain/errors.ts';
import { E164 } from '../../domain/phone.ts';
import {
  failureOf,
  runJob,
  type Job,
  type JobOptions,
  type JobReport,
  type PoolRef,
} from './job.ts';
import { throttledCalls, type ThrottledCall } from './throttle.ts';

/** Options of `usersync migrate-guests`. */
export interface MigrateGuestsOptions extends JobOptions {
  /** Also migrate users with a legacy password hash (they lose it: they reset their password). */
  all: boolean;
  /** AdminCreateUser calls per second. @default 20 */
  rps: number;
  /** Rows a page. @default 100 */
  pageSize?: number;
}

/** What a migration did. */
export interface MigrateCounts {
  /** Guest and legacy rows without a `sub` looked at. */
  scanned: number;
  /** Rows given a new Cognito user (or that would be, in a dry run). */
  migrated: number;
  /** Rows linked to a Cognito user that already had their email (e.g. a run cut short). */
  linkedExisting: number;
  /** Rows with a legacy password hash, left to the UserMigration trigger (no `--all`). */
  leftToTrigger: number;
  /** Rows not migrated because the pool disagrees (reported in `failures`). */
  conflicts: number;
  failed: number;
}

/** The report of `usersync migrate-guests`; `failures` name the rows not migrated (no emails). */
export type MigrateReport = JobReport<MigrateCounts>;

/** Where a migration stands: the last row id it finished (rows go in id order). */
interface MigrateCheckpoint {
  afterId?: string;
}

/** A user to migrate: one with an email (Cognito's username here), and no `sub` yet. */
type Candidate = GuestCandidate;

/** The attributes of the Cognito user made for a row: verified email, name, phone, claims. */
export function attributesForRow(row: Candidate, claims: ClaimSet): CognitoAttribute[] {
  return [
    { Name: 'email', Value: row.email },
    { Name: 'email_verified', Value: 'true' },
    ...(row.name ? [{ Name: 'name', Value: row.name }] : []),
    // E.164 is the only phone format Cognito takes; another phone stays in the DB only.
    ...(row.phone && E164.test(row.phone) ? [{ Name: 'phone_number', Value: row.phone }] : []),
    ...cacheUpdate(claims, row.claims).filter((attribute) => attribute.Value !== ''),
  ];
}

/**
 * Moves guest and legacy users to Cognito in bulk: for each row with no `sub` (status
 * `guest` or `active`), AdminCreateUser with the verified email and no invitation
 * (`MessageAction: SUPPRESS`), then the row is linked to the new `sub` (a guest becomes
 * `active`) with a `user.linked` event. Rows with a legacy password hash are left to the
 * UserMigration trigger, which keeps their password, unless `all` is set. When the email is
 * already in the pool (a run cut short between creating and linking), the row is linked to
 * that user. Rows go in id order, a page at a time, and each page's last id is the run's
 * checkpoint, so `resume` continues an interrupted run; a run again finds only what is left.
 */
export const runMigrateGuests: Job<MigrateGuestsOptions, MigrateReport> = async (
  deps,
  options,
  hooks = {},
) => {
  const { store, cognito, logger } = deps;
  // Cognito first: a missing pool or no credentials fails before anything is written.
  await cognito.gateway.describeUserPool(cognito.userPoolId);
  const create = throttledCalls({ rps: options.rps });
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun, all: options.all },
    resume: options.resume,
    counts: {
      scanned: 0,
      migrated: 0,
      linkedExisting: 0,
      leftToTrigger: 0,
      conflicts: 0,
      failed: 0,
    },
  };
  return runJob(
    store.jobRuns,
    'migrate-guests',
    start,
    hooks,
    async ({ run, counts, failures }) => {
      const all = run.resumed ? Boolean(run.options['all']) : options.all;
      let afterId = (run.checkpoint as MigrateCheckpoint).afterId;
      const total = await store.jobs.countGuests(afterId);
      let done = 0;
      for (;;) {
        hooks.signal?.throwIfAborted();
        const page = await store.jobs.guestsPage(afterId, options.pageSize ?? 100);
        if (page.length === 0) break;
        const links: { row: Candidate; sub: string; existing: boolean }[] = [];
        await Promise.all(
          page.map(async (row) => {
            counts.scanned++;
            if (row.hasLegacyPassword && !all) {
              counts.leftToTrigger++;
              return;
            }
            if (run.dryRun) {
              counts.migrated++;
              return;
            }
            try {
              links.push({ row, ...(await createOrFind(cognito, row, create, deps.claims)) });
            } catch (error) {
              const { code, reason } = failureOf(error);
              if (code === 'CONFLICT') counts.conflicts++;
              else counts.failed++;
              failures.push({ userId: row.id, code, reason });
              logger.warn({ err: error, userId: row.id }, 'guest not migrated');
            }
          }),
        );
        const linked = await store.jobs.linkGuests(
          links.map((link) => ({ userId: link.row.id, sub: link.sub })),
        );
        for (const link of links) {
          if (!linked.has(link.row.id)) {
            counts.conflicts++;
            failures.push({
              userId: link.row.id,
              code: 'CONFLICT',
              reason: 'Another row holds the sub of its Cognito user, or it was linked meanwhile.',
            });
          } else if (link.existing) counts.linkedExisting++;
          else counts.migrated++;
        }
        afterId = page.at(-1)?.id;
        await store.jobRuns.saveProgress(run.id, { counts, checkpoint: { afterId } });
        done += page.length;
        hooks.onProgress?.({ phase: 'rows', done, total: Math.max(total, done) });
      }
      return {};
    },
  );
};

/**
 * Creates the row's Cognito user, or, when the email is taken (`USER_EXISTS`), finds the
 * one user with that email. Throws `CONFLICT` when the pool has several.
 */
async function createOrFind(
  cognito: PoolRef,
  row: Candidate,
  throttled: ThrottledCall,
  claims: ClaimSet,
): Promise<{ sub: string; existing: boolean }> {
  let user: CognitoUser;
  let existing = false;
  try {
    user = await throttled(() =>
      cognito.gateway.adminCreateUser(cognito.userPoolId, row.email, attributesForRow(row, claims)),
    );
  } catch (error) {
    if (!isUsersyncError(error, 'USER_EXISTS')) throw error;
    const found = await throttled(() =>
      cognito.gateway.findUsersByEmail(cognito.userPoolId, row.email),
    );
    if (found.length !== 1 || found[0] === undefined) {
      throw new UsersyncError(
        'CONFLICT',
        `The pool has ${found.length} users with this row's email.`,
      );
    }
    user = found[0];
    existing = true;
  }
  const sub = user.attributes['sub'];
  if (!sub) throw new UsersyncError('CONFLICT', 'Cognito returned the user without a sub.');
  return { sub, existing };
}
