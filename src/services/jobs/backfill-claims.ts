import { claimsToAttributes, differingClaims, readClaims } from '../../domain/attributes.ts';
import { failureOf, type Job, type JobOptions, type JobReport } from './job.ts';
import { rowsBySub, runPoolJob } from './pool-job.ts';
import { postgresJobRuns } from '../../stores/postgres/job-runs.ts';
import { throttledCalls } from './throttle.ts';

/** Options of `usersync backfill-claims`. */
export interface BackfillOptions extends JobOptions {
  /** AdminUpdateUserAttributes calls per second. @default 20 (the quota is 25) */
  rps: number;
}

/** What a backfill counts. */
export interface BackfillCounts {
  scanned: number;
  upToDate: number;
  updated: number;
  noDbUser: number;
  failed: number;
}

/** What a backfill did; `failures` name the users (by `sub`) whose write Cognito refused. */
export type BackfillReport = JobReport<BackfillCounts>;

/**
 * Writes the DB's claims to the Cognito custom attributes that cache them, for every user
 * whose cache differs (AdminUpdateUserAttributes at `rps`, retried when throttled). This
 * is how existing users get `custom:developer_id` in their tokens when the DB is down.
 * Page by page, the listing checkpoint and the counts go to `sync_runs`, so `resume`
 * continues an interrupted run. A user that fails is reported; the run goes on.
 */
export const runBackfillClaims: Job<BackfillOptions, BackfillReport> = async (
  deps,
  options,
  hooks = {},
) => {
  const { db, cognito, logger } = deps;
  const update = throttledCalls({ rps: options.rps });
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun },
    resume: options.resume,
    counts: { scanned: 0, upToDate: 0, updated: 0, noDbUser: 0, failed: 0 },
  };
  return runPoolJob(
    deps,
    postgresJobRuns(db),
    'backfill-claims',
    start,
    hooks,
    async (users, job) => {
      const { counts } = job;
      const bySub = await rowsBySub(db, users);
      await Promise.all(
        users.map(async (user) => {
          counts.scanned++;
          const row = bySub.get(user.attributes['sub'] ?? '');
          if (row === undefined) {
            counts.noDbUser++;
            return;
          }
          const claims = {
            developerId: row.developer_id,
            userType: row.user_type,
            companyName: row.company_name,
          };
          if (differingClaims(claims, readClaims(user.attributes)).length === 0) {
            counts.upToDate++;
            return;
          }
          if (job.run.dryRun) {
            counts.updated++;
            return;
          }
          try {
            await update(() =>
              cognito.gateway.adminUpdateUserAttributes(
                cognito.userPoolId,
                user.username,
                claimsToAttributes(claims),
              ),
            );
            counts.updated++;
          } catch (error) {
            counts.failed++;
            job.failures.push({
              sub: row.cognito_sub ?? '',
              ...failureOf(error),
            });
            logger.warn({ err: error, sub: row.cognito_sub }, 'claims not written to Cognito');
          }
        }),
      );
    },
  );
};
