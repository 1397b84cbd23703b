import { sql } from 'kysely';
import type { CognitoGateway, CognitoUser } from '../cognito/gateway.ts';
import type { UserRow } from '../db/schema.ts';
import type { Db } from '../db/schema.ts';
import { claimsToAttributes, type CognitoAttribute } from '../domain/attributes.ts';
import { isUsersyncError, UsersyncError } from '../domain/errors.ts';
import { E164 } from '../domain/phone.ts';
import { USER_EVENT_COLUMNS, withUserEvents } from '../events/outbox.ts';
import type { Logger } from '../logging/logger.ts';
import { runJob, saveJobProgress, type JobResult } from './job-run.ts';
import { throttledCalls, type ThrottledCall } from './throttle.ts';

/** Options of `usersync migrate-guests`. */
export interface MigrateGuestsOptions {
  dryRun: boolean;
  /** Also migrate users with a legacy password hash (they lose it: they reset their password). */
  all: boolean;
  /** AdminCreateUser calls per second. @default 20 */
  rps: number;
  /** The run to continue, from `sync_runs`. */
  resume?: string | undefined;
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

/** The report of `usersync migrate-guests`. */
export interface MigrateReport extends JobResult<MigrateCounts> {
  /** The rows not migrated, with why (no emails). */
  failures: { userId: string; code: string; reason: string }[];
}

/** Where a migration stands: the last row id it finished (rows go in id order). */
interface MigrateCheckpoint {
  afterId?: string;
}

/** A row to migrate: one with an email (Cognito's username here), and no `sub` yet. */
type Candidate = { email: string } & Pick<
  UserRow,
  'id' | 'name' | 'phone' | 'developer_id' | 'user_type' | 'company_name' | 'legacy_password_hash'
>;

/** The attributes of the Cognito user made for a row: verified email, name, phone, claims. */
export function attributesForRow(row: Candidate): CognitoAttribute[] {
  return [
    { Name: 'email', Value: row.email },
    { Name: 'email_verified', Value: 'true' },
    ...(row.name ? [{ Name: 'name', Value: row.name }] : []),
    // E.164 is the only phone format Cognito takes; another phone stays in the DB only.
    ...(row.phone && E164.test(row.phone) ? [{ Name: 'phone_number', Value: row.phone }] : []),
    ...claimsToAttributes({
      developerId: row.developer_id,
      userType: row.user_type,
      companyName: row.company_name,
    }).filter((attribute) => attribute.Value !== ''),
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
export async function runMigrateGuests(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  options: MigrateGuestsOptions,
  logger: Logger,
  onProgress?: (done: number, total: number) => void,
): Promise<MigrateReport> {
  // Cognito first: a missing pool or no credentials fails before anything is written.
  await cognito.gateway.describeUserPool(cognito.userPoolId);
  const failures: MigrateReport['failures'] = [];
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
  const result = await runJob(db, 'migrate-guests', start, async (run, counts) => {
    const all = run.resumed ? Boolean(run.options['all']) : options.all;
    let afterId = (run.checkpoint as MigrateCheckpoint).afterId;
    const total = await countCandidates(db, afterId);
    let done = 0;
    for (;;) {
      const page = await candidates(db, afterId, options.pageSize ?? 100);
      if (page.length === 0) break;
      const links: { row: Candidate; sub: string; existing: boolean }[] = [];
      await Promise.all(
        page.map(async (row) => {
          counts.scanned++;
          if (row.legacy_password_hash !== null && !all) {
            counts.leftToTrigger++;
            return;
          }
          if (run.dryRun) {
            counts.migrated++;
            return;
          }
          try {
            links.push({ row, ...(await createOrFind(cognito, row, create)) });
          } catch (error) {
            const code = isUsersyncError(error) ? error.code : 'INTERNAL';
            if (code === 'CONFLICT') counts.conflicts++;
            else counts.failed++;
            failures.push({ userId: row.id, code, reason: (error as Error).message });
            logger.warn({ err: error, userId: row.id }, 'guest not migrated');
          }
        }),
      );
      const linked = await linkRows(db, links);
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
      await saveJobProgress(db, run.id, { counts, checkpoint: { afterId } });
      done += page.length;
      onProgress?.(done, Math.max(total, done));
    }
  });
  return { ...result, failures };
}

/** Guest and legacy rows with no `sub`, after `afterId`. */
function candidateRows(db: Db, afterId: string | undefined) {
  const rows = db
    .selectFrom('users')
    .where('cognito_sub', 'is', null)
    .where('email', 'is not', null)
    .where('status', 'in', ['guest', 'active']);
  return afterId === undefined ? rows : rows.where('id', '>', afterId);
}

/** A page of {@link candidateRows}, in id order. */
function candidates(db: Db, afterId: string | undefined, limit: number): Promise<Candidate[]> {
  return candidateRows(db, afterId)
    .select([
      'id',
      'email',
      'name',
      'phone',
      'developer_id',
      'user_type',
      'company_name',
      'legacy_password_hash',
    ])
    .orderBy('id')
    .limit(limit)
    .$narrowType<{ email: string }>()
    .execute();
}

async function countCandidates(db: Db, afterId: string | undefined): Promise<number> {
  const { n } = await candidateRows(db, afterId)
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Creates the row's Cognito user, or, when the email is taken (`USER_EXISTS`), finds the
 * one user with that email. Throws `CONFLICT` when the pool has several.
 */
async function createOrFind(
  cognito: { gateway: CognitoGateway; userPoolId: string },
  row: Candidate,
  throttled: ThrottledCall,
): Promise<{ sub: string; existing: boolean }> {
  let user: CognitoUser;
  let existing = false;
  try {
    user = await throttled(() =>
      cognito.gateway.adminCreateUser(cognito.userPoolId, row.email, attributesForRow(row)),
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

/**
 * Links rows to their Cognito users in one statement, set-based, with a `user.linked`
 * event each. A row linked meanwhile, or a `sub` another row already holds, is left alone.
 * Returns the ids of the rows linked.
 */
async function linkRows(
  db: Db,
  links: readonly { row: Candidate; sub: string }[],
): Promise<Set<string>> {
  if (links.length === 0) return new Set();
  const linked = await withUserEvents(sql`
    update users set
      cognito_sub = c.sub,
      email_verified = true,
      status = case when users.status = 'guest' then 'active' else users.status end,
      legacy_password_hash = null,
      updated_at = now()
    from unnest(${links.map((link) => link.row.id)}::uuid[], ${links.map((link) => link.sub)}::text[])
      as c(id, sub)
    where users.id = c.id and users.cognito_sub is null
      and not exists (select 1 from users other where other.cognito_sub = c.sub)
    returning ${USER_EVENT_COLUMNS}, 'user.linked' as event_type,
      jsonb_build_object('oldSub', null, 'newSub', c.sub) as changes
  `).execute(db);
  return new Set(linked.rows.map((row) => row.id));
}
