import type { CognitoUser } from '../../cognito/gateway.ts';
import { eachOrAll } from '../../db/partial.ts';
import type { Db, UserRow } from '../../db/schema.ts';
import { fillMissingFields, type MissingFields } from '../../db/users-bulk.ts';
import { profileFromAttributes } from '../../domain/attributes.ts';
import {
  failureOf,
  type Job,
  type JobFailure,
  type JobOptions,
  type JobReport,
  type JobStart,
} from './job.ts';
import { rowsBySub, runPoolJob } from './pool-job.ts';
import { postgresJobRuns } from '../../stores/postgres/job-runs.ts';

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
  row: Pick<UserRow, 'id' | 'name' | 'phone' | 'profile'>,
): Import | undefined {
  const profile: Record<string, string> = {};
  for (const [key, value] of Object.entries(profileFromAttributes(user.attributes))) {
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
 * other than the cached claims, name and phone) into the DB row where the DB has no value.
 * Page by page: one set-based statement writes the rows and their `user.updated` events. The
 * update itself keeps any value the DB has (`cognito || profile`, `coalesce(name, …)`), so a
 * value edited in the DB while the job runs is not overwritten either. Resumable.
 */
export const runImportProfiles: Job<ImportProfilesOptions, ImportReport> = async (
  deps,
  options,
  hooks = {},
) => {
  const { db, logger } = deps;
  const start = importStart(options);
  return runPoolJob(
    deps,
    postgresJobRuns(db),
    'import-profiles',
    start,
    hooks,
    async (users, job) => {
      const { counts } = job;
      const bySub = await rowsBySub(db, users);
      const imports: Import[] = [];
      for (const user of users) {
        counts.scanned++;
        const row = bySub.get(user.attributes['sub'] ?? '');
        if (row === undefined) {
          counts.noDbUser++;
          continue;
        }
        const item = missingFields(user, row);
        if (item === undefined) counts.upToDate++;
        else imports.push(item);
      }
      const refused = job.run.dryRun ? [] : await applyImports(db, imports);
      for (const failure of refused) {
        logger.warn(
          { userId: failure.userId, reason: failure.reason },
          'one profile not imported; the rest were',
        );
      }
      const refusedIds = new Set(refused.map((failure) => failure.userId));
      const done = imports.filter((item) => !refusedIds.has(item.rowId));
      job.failures.push(...refused);
      counts.failed += refused.length;
      counts.imported += done.length;
      counts.fieldsImported += done.reduce((sum, item) => sum + fieldCount(item), 0);
    },
  );
};

/**
 * Fills the missing fields of a page's users, with their `user.updated` events, and returns
 * the ones the database refused (the others are written).
 */
async function applyImports(db: Db, imports: readonly Import[]): Promise<JobFailure[]> {
  if (imports.length === 0) return [];
  const failures = await db
    .transaction()
    .execute((trx) => eachOrAll(trx, imports, (items) => fillMissingFields(trx, items)));
  return failures.map(({ item, error }) => ({ userId: item.rowId, ...failureOf(error) }));
}
