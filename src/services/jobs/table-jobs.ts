import { claimsToAttributes } from '../../domain/attributes.ts';
import { isUsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import type { JobRuns, TableJobs, UserStore } from '../../stores/store.ts';
import type { Logger } from '../../logging/logger.ts';
import { fieldCount, importStart, missingFields, type ImportReport } from './import-profiles.ts';
import {
  failureOf,
  runJobOn,
  type JobHooks,
  type JobOptions,
  type JobReport,
  type PoolRef,
} from './job.ts';
import { runPoolJob } from './pool-job.ts';
import { throttledCalls } from './throttle.ts';

// The jobs on a keyed table (the DynamoDB store): the same commands and reports as on
// PostgreSQL, their runs recorded by the store itself.

/** What a table job is built from. */
export interface TableJobDeps {
  store: { users: UserStore; jobRuns: JobRuns; table: TableJobs };
  cognito: PoolRef;
  logger: Logger;
}

/** Options of `usersync backfill-claims` on the DynamoDB store. */
export interface TableBackfillOptions extends JobOptions {
  /** AdminUpdateUserAttributes calls per second. @default 20 (the quota is 25) */
  rps: number;
  /** Parallel scan segments. @default 4 */
  segments?: number;
}

/** What a backfill from the table counts. */
export interface TableBackfillCounts {
  scanned: number;
  updated: number;
  /** Items with no claim to write. */
  noClaims: number;
  /** Items whose `sub` the pool does not have. */
  noCognitoUser: number;
  failed: number;
}

/** The report of `usersync backfill-claims` on the DynamoDB store. */
export type TableBackfillReport = JobReport<TableBackfillCounts>;

/**
 * Writes every item's claims to the Cognito custom attributes that cache them (what a
 * team's own script did): the table is read in parallel Scan segments, and the writes go
 * to Cognito at `rps` (retried when throttled). Each segment's position is saved after
 * each page, so `resume` continues an interrupted run where each segment stood (a page may
 * be written twice; the write is idempotent). An item whose user Cognito refuses is a
 * failure in the report; the run goes on.
 */
export async function runTableBackfillClaims(
  deps: TableJobDeps,
  options: TableBackfillOptions,
  hooks: JobHooks = {},
): Promise<TableBackfillReport> {
  const { store, cognito, logger } = deps;
  const update = throttledCalls({ rps: options.rps });
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun, segments: options.segments ?? 4 },
    resume: options.resume,
    counts: { scanned: 0, updated: 0, noClaims: 0, noCognitoUser: 0, failed: 0 },
  };
  return runJobOn(store.jobRuns, 'backfill-claims', start, hooks, async (job) => {
    const { counts, run } = job;
    const segments = Number(run.options['segments'] ?? 4);
    const checkpoint = run.checkpoint as Record<string, string | null | undefined>;

    const write = async (user: User): Promise<void> => {
      const attributes = claimsToAttributes(user);
      try {
        await update(() =>
          cognito.gateway.adminUpdateUserAttributes(cognito.userPoolId, user.id, attributes),
        );
      } catch (error) {
        // The pool's username may be other than the sub: find the user by sub.
        if (!isUsersyncError(error) || error.code !== 'NOT_FOUND') throw error;
        const found = await cognito.gateway.findUserBySub(cognito.userPoolId, user.id);
        if (found === undefined) throw error;
        await update(() =>
          cognito.gateway.adminUpdateUserAttributes(cognito.userPoolId, found.username, attributes),
        );
      }
    };

    const scanSegment = async (segment: number): Promise<void> => {
      let cursor = checkpoint[`segment${segment}`] ?? null;
      if (cursor === DONE) return;
      for (;;) {
        hooks.signal?.throwIfAborted();
        const page = await store.table.scanSegment(segment, segments, cursor);
        await Promise.all(
          page.users.map(async (user) => {
            counts.scanned++;
            if (user.developerId === null && user.userType === null && user.companyName === null) {
              counts.noClaims++;
              return;
            }
            if (run.dryRun) {
              counts.updated++;
              return;
            }
            try {
              await write(user);
              counts.updated++;
            } catch (error) {
              const failure = failureOf(error);
              if (failure.code === 'NOT_FOUND') {
                counts.noCognitoUser++;
                return;
              }
              counts.failed++;
              job.failures.push({ sub: user.id, ...failure });
              logger.warn({ err: error, sub: user.id }, 'claims not written to Cognito');
            }
          }),
        );
        cursor = page.next;
        await store.jobRuns.saveProgress(run.id, {
          counts,
          checkpoint: { [`segment${segment}`]: cursor ?? DONE },
        });
        hooks.onProgress?.({ phase: 'items', done: counts.scanned, total: counts.scanned });
        if (cursor === null) return;
      }
    };
    // Every segment stops (at its next page) before the run ends: none writes after it.
    const outcomes = await Promise.allSettled(
      Array.from({ length: segments }, (_, segment) => scanSegment(segment)),
    );
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    return {};
  });
}

/** A segment's checkpoint once it has been read to the end. */
const DONE = 'done';

/**
 * Copies what Cognito holds of each user's profile (standard attributes, custom ones other
 * than the cached claims, name and phone) into the user's item where the item has no
 * value: pool page by pool page, resumable. Each item's write carries conditions that the
 * fields are still absent (and the item unchanged since it was read), with its
 * `user.updated` event in the same transaction: a value in the table is never replaced.
 */
export async function runTableImportProfiles(
  deps: TableJobDeps,
  options: JobOptions,
  hooks: JobHooks = {},
): Promise<ImportReport> {
  const { store, logger } = deps;
  const start = importStart(options);
  return runPoolJob(deps, store.jobRuns, 'import-profiles', start, hooks, async (users, job) => {
    const { counts } = job;
    await Promise.all(
      users.map(async (cognitoUser) => {
        counts.scanned++;
        const sub = cognitoUser.attributes['sub'] ?? '';
        const user = sub === '' ? undefined : await store.users.userBySub(sub);
        if (user === undefined) {
          counts.noDbUser++;
          return;
        }
        const missing = missingFields(cognitoUser, user);
        if (missing === undefined) {
          counts.upToDate++;
          return;
        }
        if (job.run.dryRun) {
          counts.imported++;
          counts.fieldsImported += fieldCount(missing);
          return;
        }
        try {
          const filled = await store.table.fillMissing(user.id, missing);
          if (filled.length === 0) counts.upToDate++;
          else {
            counts.imported++;
            counts.fieldsImported += fieldCount(missing);
          }
        } catch (error) {
          counts.failed++;
          job.failures.push({ sub, ...failureOf(error) });
          logger.warn({ err: error, sub }, 'one profile not imported; the rest were');
        }
      }),
    );
  });
}
