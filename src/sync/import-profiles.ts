import { sql } from 'kysely';
import type { CognitoGateway, CognitoUser } from '../cognito/gateway.ts';
import type { UserRow } from '../db/schema.ts';
import { eachOrAll } from '../db/partial.ts';
import type { Db } from '../db/schema.ts';
import type { Logger } from '../logging/logger.ts';
import { profileFromAttributes } from '../domain/attributes.ts';
import { USER_EVENT_COLUMNS, withUserEvents } from '../events/outbox.ts';
import type { JobResult } from './job-run.ts';
import { rowsBySub, runPoolJob } from './pool-job.ts';

/** Options of `usersync import-profiles`. */
export interface ImportProfilesOptions {
  dryRun: boolean;
  /** The run to continue, from `sync_runs`. */
  resume?: string | undefined;
  /** Where a user the database refused is logged. */
  logger?: Logger;
}

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

/** The report of `usersync import-profiles`. */
export type ImportReport = JobResult<ImportCounts>;

/** What one user gets: the fields the DB lacks. */
interface Import {
  rowId: string;
  profile: Record<string, string>;
  name: string | null;
  phone: string | null;
}

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

/** How many fields an import fills. */
function fieldCount(item: Import): number {
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
export async function runImportProfiles(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  options: ImportProfilesOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportReport> {
  return runPoolJob(
    db,
    cognito,
    {
      kind: 'import-profiles',
      dryRun: options.dryRun,
      options: { dryRun: options.dryRun },
      resume: options.resume,
      counts: {
        scanned: 0,
        imported: 0,
        fieldsImported: 0,
        upToDate: 0,
        noDbUser: 0,
        failed: 0,
      },
      onProgress,
    },
    async (users, counts, { dryRun }) => {
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
      const refused = dryRun ? new Set<Import>() : await applyImports(db, imports, options.logger);
      const done = imports.filter((item) => !refused.has(item));
      counts.failed += refused.size;
      counts.imported += done.length;
      counts.fieldsImported += done.reduce((sum, item) => sum + fieldCount(item), 0);
    },
  );
}

/**
 * Fills the missing fields of a page's users, with their `user.updated` events, and returns
 * the ones the database refused (logged; the others are written).
 */
async function applyImports(
  db: Db,
  imports: readonly Import[],
  logger: Logger | undefined,
): Promise<Set<Import>> {
  if (imports.length === 0) return new Set();
  const failures = await db
    .transaction()
    .execute((trx) => eachOrAll(trx, imports, (items) => importStatement(trx, items)));
  for (const { item, error } of failures) {
    logger?.warn({ err: error, userId: item.rowId }, 'one profile not imported; the rest were');
  }
  return new Set(failures.map(({ item }) => item));
}

async function importStatement(db: Db, imports: readonly Import[]): Promise<void> {
  await withUserEvents(sql`
    update users set
      profile = c.profile || users.profile,
      name = coalesce(users.name, c.name),
      phone = coalesce(users.phone, c.phone),
      updated_at = now()
    from unnest(
      ${imports.map((item) => item.rowId)}::uuid[],
      ${imports.map((item) => JSON.stringify(item.profile))}::jsonb[],
      ${imports.map((item) => item.name)}::text[],
      ${imports.map((item) => item.phone)}::text[]
    ) as c(id, profile, name, phone)
    where users.id = c.id
    returning ${USER_EVENT_COLUMNS}, 'user.updated' as event_type,
      jsonb_build_object('profile', c.profile)
        || jsonb_strip_nulls(jsonb_build_object('name', c.name, 'phone', c.phone)) as changes
  `).execute(db);
}
