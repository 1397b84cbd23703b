import { cacheUpdate, staleCaches } from '../../domain/attributes.ts';
import { failureOf, type Job, type JobOptions, type JobReport } from './job.ts';
import { runPoolJob, usersOfPage } from './pool-job.ts';
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
 * Page by page (one read of the page's users from the store), the listing checkpoint and
 * the counts go to the run, so `resume`
 * continues an interrupted run. A user that fails is reported; the run goes on.
 */
export const runBackfillClaims: Job<BackfillOptions, BackfillReport> = async (
  deps,
  options,
  hooks = {},
) => {
  const { store, cognito, logger } = deps;
  const update = throttledCalls({ rps: options.rps });
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun },
    resume: options.resume,
    counts: { scanned: 0, upToDate: 0, updated: 0, noDbUser: 0, failed: 0 },
  };
  return runPoolJob(deps, 'backfill-claims', start, hooks, async (users, job) => {
    const { counts } = job;
    const bySub = await usersOfPage(store.jobs, users);
    await Promise.all(
      users.map(async (cognitoUser) => {
        counts.scanned++;
        const user = bySub.get(cognitoUser.attributes['sub'] ?? '');
        if (user === undefined) {
          counts.noDbUser++;
          return;
        }
        const values = user.claims;
        if (staleCaches(deps.claims, values, cognitoUser.attributes).length === 0) {
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
              cognitoUser.username,
              cacheUpdate(deps.claims, values),
            ),
          );
          counts.updated++;
        } catch (error) {
          counts.failed++;
          job.failures.push({ sub: user.sub ?? '', ...failureOf(error) });
          logger.warn({ err: error, sub: user.sub }, 'claims not written to Cognito');
        }
      }),
    );
  });
};
