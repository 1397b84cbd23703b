import type { CognitoUser } from '../../cognito/gateway.ts';
import { profileFromAttributes } from '../../domain/attributes.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import type { MissingFields } from '../../domain/reconcile.ts';
import type { User } from '../../domain/user.ts';
import { failureOf, type Job, type JobOptions, type JobReport, type JobStart } from './job.ts';
import { runPoolJob, usersOfPage } from './pool-job.ts';

/** Options of `usersync import-profiles`. */
export type ImportProfilesOptions = JobOptions;

/** What an import did. */
export interface ImportCounts {
  scanned: number;
  /** Users who got at least one field (or would, in a dry run). */
  imported: number;
  /** Fields copied, across users. */
  fieldsImported: number;
  /** Users whose DB already had every field Cognito holds. */
  upToDate: number;
  /** Cognito users with no DB row (`usersync sync --create-missing` makes them). */
  noDbUser: number;
  /** Users the database refused (the others of their page were written). */
  failed: number;
}

/** The report of `usersync import-profiles`; `failures` name the rows the database refused. */
export type ImportReport = JobReport<ImportCounts>;

/** What one user gets: the fields the DB lacks. */
type Import = MissingFields;

/**
 * The fields Cognito holds and the row lacks: profile keys that are absent, `name` and
 * `phone` where the column is null. A value the DB has, edited or not, is never replaced.
 */
export function missingFields(
  user: CognitoUser,
  row: Pick<User, 'id' | 'name' | 'phone' | 'profile'>,
  claims: ClaimSet,
): Import | undefined {
  const profile: Record<string, string> = {};
  for (const [key, value] of Object.entries(profileFromAttributes(user.attributes, claims))) {
    if (!Object.hasOwn(row.profile, key)) profile[key] = value;
  }
  const name = row.name === null ? user.attributes['name'] || null : null;
  const phone = row.phone === null ? user.attributes['phone_number'] || null : null;
  if (Object.keys(profile).length === 0 && name === null && phone === null) return undefined;
  return { rowId: row.id, profile, name, phone };
}

/** How an import run starts (on either store). */
export function importStart(options: ImportProfilesOptions): JobStart<ImportCounts> {
  return {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun },
    resume: options.resume,
    counts: { scanned: 0, imported: 0, fieldsImported: 0, upToDate: 0, noDbUser: 0, failed: 0 },
  };
}

/** How many fields an import fills. */
export function fieldCount(item: Omit<Import, 'rowId'>): number {
  return (
    Object.keys(item.profile).length + (item.name === null ? 0 : 1) + (item.phone === null ? 0 : 1)
  );
}

/**
 * Copies what Cognito holds of each user's profile (the standard attributes, custom ones
 * other than the cached claims, name and phone) into the store where it has no value. Page
 * by page: the page's users read in one go, and their fills written by the store with a
 * `user.updated` each (on PostgreSQL one set-based statement; on DynamoDB a transaction
 * per user). The write itself keeps any value the store has, so a value edited while the
 * job runs is not overwritten either. Resumable.
 */
export const runImportProfiles: Job<ImportProfilesOptions, ImportReport> = async (
  deps,
  options,
  hooks = {},
) => {
  const { store, logger } = deps;
  const start = importStart(options);
  return runPoolJob(deps, 'import-profiles', start, hooks, async (users, job) => {
    const { counts } = job;
    const bySub = await usersOfPage(store.jobs, users);
    const imports: Import[] = [];
    for (const cognitoUser of users) {
      counts.scanned++;
      const user = bySub.get(cognitoUser.attributes['sub'] ?? '');
      if (user === undefined) {
        counts.noDbUser++;
        continue;
      }
      const item = missingFields(cognitoUser, user, deps.claims);
      if (item === undefined) counts.upToDate++;
      else imports.push(item);
    }
    const refused = job.run.dryRun ? [] : await store.jobs.fillMissing(imports);
    for (const { userId, error } of refused) {
      job.failures.push({ userId, ...failureOf(error) });
      logger.warn({ err: error, userId }, 'one profile not imported; the rest were');
    }
    const refusedIds = new Set(refused.map((failure) => failure.userId));
    const done = imports.filter((item) => !refusedIds.has(item.rowId));
    counts.failed += refused.length;
    counts.imported += done.length;
    counts.fieldsImported += done.reduce((sum, item) => sum + fieldCount(item), 0);
  });
};
