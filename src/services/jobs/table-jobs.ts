import {
  claimsToAttributes,
  fromCognitoAttributes,
  type CognitoUserFields,
} from '../../domain/attributes.ts';
import { isUsersyncError, UsersyncError } from '../../domain/errors.ts';
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
  type RunningJob,
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
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun, segments: options.segments ?? 4 },
    resume: options.resume,
    counts: { scanned: 0, updated: 0, noClaims: 0, noCognitoUser: 0, failed: 0 },
  };
  const write = claimsWriter(deps.cognito, throttledCalls({ rps: options.rps }));
  return runJobOn(deps.store.jobRuns, 'backfill-claims', start, hooks, async (job) => {
    const segments = Number(job.run.options['segments'] ?? 4);
    const backfillUser = async (user: User): Promise<void> => {
      const { counts } = job;
      counts.scanned++;
      if (user.developerId === null && user.userType === null && user.companyName === null) {
        counts.noClaims++;
        return;
      }
      try {
        if (!job.run.dryRun) await write(user);
        counts.updated++;
      } catch (error) {
        const failure = failureOf(error);
        if (failure.code === 'NOT_FOUND') {
          counts.noCognitoUser++;
          return;
        }
        counts.failed++;
        job.failures.push({ sub: user.id, ...failure });
        deps.logger.warn({ err: error, sub: user.id }, 'claims not written to Cognito');
      }
    };
    // Every segment stops (at its next page) before the run ends: none writes after it.
    const outcomes = await Promise.allSettled(
      Array.from({ length: segments }, (_, segment) =>
        scanSegmentPages(deps.store, job, { segment, segments }, hooks, backfillUser),
      ),
    );
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    return {};
  });
}

/**
 * Writes a user's claims to the Cognito attributes that cache them, at the job's rate; the
 * pool's username may be other than the `sub`, so a user not found by `sub` is looked up.
 */
function claimsWriter(
  cognito: TableJobDeps['cognito'],
  update: ReturnType<typeof throttledCalls>,
): (user: User) => Promise<void> {
  const { gateway, userPoolId } = cognito;
  return async (user) => {
    const attributes = claimsToAttributes(user);
    try {
      await update(() => gateway.adminUpdateUserAttributes(userPoolId, user.id, attributes));
    } catch (error) {
      if (!isUsersyncError(error) || error.code !== 'NOT_FOUND') throw error;
      const found = await gateway.findUserBySub(userPoolId, user.id);
      if (found === undefined) throw error;
      await update(() => gateway.adminUpdateUserAttributes(userPoolId, found.username, attributes));
    }
  };
}

/**
 * Reads one scan segment page by page from where the run's checkpoint left it, handing
 * each user to `handle`, and saves the segment's position (and the counts) after each
 * page; stops between pages when the run is stopped.
 */
async function scanSegmentPages<C extends object>(
  store: TableJobDeps['store'],
  job: RunningJob<C>,
  where: { segment: number; segments: number },
  hooks: JobHooks,
  handle: (user: User) => Promise<void>,
): Promise<void> {
  const key = `segment${where.segment}`;
  let cursor = (job.run.checkpoint as Record<string, string | null | undefined>)[key] ?? null;
  if (cursor === DONE) return;
  do {
    hooks.signal?.throwIfAborted();
    const page = await store.table.scanSegment(where.segment, where.segments, cursor);
    await Promise.all(page.users.map(handle));
    cursor = page.next;
    await store.jobRuns.saveProgress(job.run.id, {
      counts: job.counts,
      checkpoint: { [key]: cursor ?? DONE },
    });
    const done = (job.counts as { scanned?: number }).scanned ?? 0;
    hooks.onProgress?.({ phase: 'items', done, total: done });
  } while (cursor !== null);
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

/** Options of `usersync sync` on the DynamoDB store. */
export interface TableSyncOptions extends JobOptions {
  /** Make items for Cognito users the table lacks (with `user.registered`). */
  createMissing: boolean;
}

/**
 * What a sync of the table counts, by the names PostgreSQL's reconcile gives the same
 * things (CONTRACT.md's `counts`).
 */
export interface TableSyncCounts {
  /** Cognito users listed. */
  scanned: number;
  /** Cognito users whose item is keyed by their `sub`. */
  matched: number;
  /** Items moved from a `sub` Cognito no longer has to the user with their email. */
  linked: number;
  /** Items made for Cognito users the table lacked (`createMissing`). */
  created: number;
  /** Cognito users with no item, left so (no `createMissing`). */
  skippedNoDbUser: number;
  /** Items with a user's email keyed by another living user's `sub`: left for a person. */
  conflicts: number;
  failed: number;
}

/** One user the sync did something about, or could not. */
export interface TableSyncDetail {
  status: 'linked' | 'created' | 'skippedNoDbUser' | 'conflict';
  email: string | null;
  sub: string;
  /** For `linked` and `conflict`: the key the item had. */
  oldSub?: string;
  /** For `linked`: the key it has now (the user's `sub`). */
  newSub?: string;
}

/** The report of `usersync sync` on the DynamoDB store. */
export type TableSyncReport = JobReport<TableSyncCounts> & { details: TableSyncDetail[] };

/** The most details a report carries (the counts are whole). */
const MAX_DETAILS = 1_000;

/**
 * The reconcile of subs by email on the DynamoDB store: every Cognito user (the pool in 16
 * segments, resumable) is looked up by `sub`, the item's key; a user with no item is looked
 * up by email (the `usersync-email` index). An item found there whose key is a `sub` the
 * pool no longer has (a copied table) is moved to the user's `sub` with `user.linked`; one
 * keyed by a living user is a conflict, reported and left. Users with no item at all are
 * counted, and made with `createMissing`. Idempotent: a second run finds them matched.
 */
export async function runTableSync(
  deps: TableJobDeps,
  options: TableSyncOptions,
  hooks: JobHooks = {},
): Promise<TableSyncReport> {
  const { store, logger } = deps;
  const details: TableSyncDetail[] = [];
  const detail = (entry: TableSyncDetail) => {
    if (details.length < MAX_DETAILS) details.push(entry);
  };
  const start = {
    dryRun: options.dryRun,
    options: { dryRun: options.dryRun, createMissing: options.createMissing },
    resume: options.resume,
    counts: {
      scanned: 0,
      matched: 0,
      linked: 0,
      created: 0,
      skippedNoDbUser: 0,
      conflicts: 0,
      failed: 0,
    },
  };
  const report = await runPoolJob(deps, store.jobRuns, 'sync', start, hooks, async (users, job) => {
    const { counts, run } = job;
    const createMissing = run.options['createMissing'] === true;
    counts.scanned += users.length;
    const listed = users.flatMap((user) => fromCognitoAttributes(user.attributes) ?? []);
    // The page's reads side by side (most users are matched); the rest one by one.
    const lookups = await Promise.allSettled(
      listed.map((fields) => store.users.userBySub(fields.sub)),
    );
    for (const [index, fields] of listed.entries()) {
      const lookup = lookups[index];
      try {
        if (lookup?.status === 'rejected') throw lookup.reason;
        if (lookup?.value !== undefined) {
          counts.matched++;
          continue;
        }
        const placed = await placeUser(deps, fields, { dryRun: run.dryRun, createMissing });
        if (placed.outcome === 'conflict') counts.conflicts++;
        if (placed.outcome === 'linked') counts.linked++;
        if (placed.outcome === 'skippedNoDbUser') counts.skippedNoDbUser++;
        if (placed.outcome === 'created') counts.created++;
        detail({
          status: placed.outcome,
          email: fields.email,
          sub: fields.sub,
          ...(placed.oldSub !== undefined && { oldSub: placed.oldSub }),
          ...(placed.outcome === 'linked' && { newSub: fields.sub }),
        });
      } catch (error) {
        counts.failed++;
        job.failures.push({ sub: fields.sub, ...failureOf(error) });
        logger.warn({ err: error, sub: fields.sub }, 'one user not synced; the rest were');
      }
    }
  });
  return { ...report, details };
}

/** What became of a Cognito user the table has no item for. */
interface Placement {
  outcome: 'linked' | 'conflict' | 'created' | 'skippedNoDbUser';
  /** The key of the item found by the user's email. */
  oldSub?: string;
}

/**
 * A Cognito user with no item under their `sub`: the item with their email is moved to
 * their `sub` when its key is a `sub` the pool no longer has (`linked`), and left when a
 * living user has it (`conflict`); with no such item, one is made (`created`) or counted
 * (`missing`).
 */
async function placeUser(
  deps: TableJobDeps,
  fields: CognitoUserFields,
  options: { dryRun: boolean; createMissing: boolean },
): Promise<Placement> {
  const { store, cognito } = deps;
  const byEmail = fields.email === null ? undefined : await store.users.userByEmail(fields.email);
  const oldSub = byEmail?.sub ?? undefined;
  if (oldSub !== undefined) {
    if ((await cognito.gateway.findUserBySub(cognito.userPoolId, oldSub)) !== undefined) {
      return { outcome: 'conflict', oldSub };
    }
    if (!options.dryRun && (await store.table.relink(oldSub, fields)) === undefined) {
      throw new UsersyncError('CONFLICT', 'The item changed while it was being relinked.');
    }
    return { outcome: 'linked', oldSub };
  }
  if (!options.createMissing) return { outcome: 'skippedNoDbUser' };
  if (!options.dryRun) await store.users.linkOrCreate(fields);
  return { outcome: 'created' };
}

/** What a one-user sync on the table did. */
export interface TableUserSync {
  sub: string;
  inCognito: boolean;
  outcome: 'matched' | 'updated' | 'deleted' | 'absent' | Placement['outcome'];
  oldSub?: string;
}

/**
 * One user's sync on the DynamoDB store (the change feed's): re-reads the user from
 * Cognito now, whatever a notification said. Gone from Cognito: the item is marked
 * `deleted` (`user.deleted`; kept). Present: email, verification, name and phone Cognito
 * holds are copied, and `disabled` or `active` follows Cognito (`user.updated`); no item:
 * relinked by email or made (a missed PostConfirmation heals). Idempotent.
 */
export async function syncTableUser(deps: TableJobDeps, sub: string): Promise<TableUserSync> {
  const { store, cognito } = deps;
  const cognitoUser = await cognito.gateway.findUserBySub(cognito.userPoolId, sub);
  if (cognitoUser === undefined) {
    const applied = await store.table.applyCognito(sub, { status: 'deleted' });
    const outcome = applied === undefined ? 'absent' : applied.changed ? 'deleted' : 'matched';
    return { sub, inCognito: false, outcome };
  }
  const fields = fromCognitoAttributes(cognitoUser.attributes);
  if (fields === null || fields.sub !== sub) return { sub, inCognito: true, outcome: 'absent' };
  const applied = await store.table.applyCognito(sub, {
    ...(fields.email !== null && { email: fields.email }),
    emailVerified: fields.emailVerified,
    ...(fields.name !== null && { name: fields.name }),
    ...(fields.phone !== null && { phone: fields.phone }),
    status: cognitoUser.enabled ? 'active' : 'disabled',
  });
  if (applied !== undefined) {
    return { sub, inCognito: true, outcome: applied.changed ? 'updated' : 'matched' };
  }
  const placed = await placeUser(deps, fields, { dryRun: false, createMissing: true });
  return { sub, inCognito: true, ...placed };
}
