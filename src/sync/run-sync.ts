import { sql } from 'kysely';
import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Db } from '../db/users.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../domain/attributes.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { applyPlan } from './apply.ts';
import { listPool } from './list-users.ts';
import { planReconcile, type PlanCounts, type PlanDetail, type PlanRow } from './plan.ts';

/** Options of a reconcile run (CONTRACT.md `usersync sync`). */
export interface SyncOptions {
  dryRun: boolean;
  createMissing: boolean;
  markDeleted: boolean;
  /** @default 16 */
  segments: 1 | 16;
  /** @default 25 */
  rps: number;
  /** Details kept in the report; the rest are counted. @default 1_000 */
  maxDetails?: number;
}

/** The report of `usersync sync --json` (CONTRACT.md), with what the contract leaves open. */
export interface SyncReport {
  runId: string;
  dryRun: boolean;
  counts: PlanCounts;
  details: PlanDetail[];
  detailsOmitted: number;
  /** Whether every Cognito user was listed; without it nothing is marked deleted. */
  listingComplete: boolean;
  /** Users Cognito listed without a `sub` or an email (cannot be matched). */
  unmatchable: number;
  durationMs: number;
}

/** Every row, as the planner reads it. */
export async function loadPlanRows(db: Db): Promise<PlanRow[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'cognito_sub', 'email', 'email_verified', 'name', 'phone', 'status'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    sub: row.cognito_sub,
    email: row.email,
    emailVerified: row.email_verified,
    name: row.name,
    phone: row.phone,
    status: row.status,
  }));
}

/** A key of PostgreSQL's advisory locks: one sync at a time per database. */
const SYNC_LOCK = 'usersync:sync';

/**
 * Reconciles the pool with the DB: lists every Cognito user (segments, rate limit,
 * retries), plans (pure), and, unless it is a dry run, applies the plan in one transaction
 * with its events. The run is recorded in `sync_runs` with its options, counts and listing
 * checkpoint. A second sync on the same database while one runs fails with `CONFLICT`.
 */
export async function runSync(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  options: SyncOptions,
  logger: Logger,
): Promise<SyncReport> {
  const started = Date.now();
  // One connection for the whole run: the advisory lock belongs to its session.
  return db.connection().execute(async (conn) => {
    const locked = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(hashtext(${SYNC_LOCK})) as locked`.execute(conn);
    if (locked.rows[0]?.locked !== true) {
      throw new UsersyncError(
        'CONFLICT',
        'Another usersync sync is running on this database; try again when it ends.',
      );
    }
    const run = await conn
      .insertInto('sync_runs')
      .values({ kind: 'sync', dry_run: options.dryRun, options: { ...options } })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const users: CognitoUserFields[] = [];
      let unmatchable = 0;
      const listed = await listPool(cognito.gateway, cognito.userPoolId, {
        segments: options.segments,
        rps: options.rps,
        onPage: async (page, checkpoint) => {
          for (const user of page) {
            const fields = fromCognitoAttributes(user.attributes);
            if (fields === null) unmatchable++;
            else users.push(fields);
          }
          await conn
            .updateTable('sync_runs')
            .set({ checkpoint, updated_at: sql`now()` })
            .where('id', '=', run.id)
            .execute();
        },
      });
      const { estimatedUsers } = await cognito.gateway.describeUserPool(cognito.userPoolId);
      // Segments assume hex subs: only a count that agrees with the pool's proves them complete.
      const listingComplete = options.segments === 1 || listed === estimatedUsers;
      if (options.markDeleted && !listingComplete) {
        logger.warn(
          { listed, estimatedUsers },
          'listing not known complete: nothing will be marked deleted',
        );
      }
      const rows = await loadPlanRows(conn);
      const plan = planReconcile(users, rows, {
        createMissing: options.createMissing,
        markDeleted: options.markDeleted,
        listingComplete,
      });
      if (!options.dryRun) await applyPlan(conn, plan);
      const maxDetails = options.maxDetails ?? 1_000;
      await conn
        .updateTable('sync_runs')
        .set({
          status: 'completed',
          counts: { ...plan.counts },
          finished_at: new Date(),
          updated_at: sql`now()`,
        })
        .where('id', '=', run.id)
        .execute();
      return {
        runId: run.id,
        dryRun: options.dryRun,
        counts: plan.counts,
        details: plan.details.slice(0, maxDetails),
        detailsOmitted: Math.max(0, plan.details.length - maxDetails),
        listingComplete,
        unmatchable,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      await conn
        .updateTable('sync_runs')
        .set({
          status: 'failed',
          error: (error as Error).message,
          finished_at: new Date(),
          updated_at: sql`now()`,
        })
        .where('id', '=', run.id)
        .execute();
      throw error;
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${SYNC_LOCK}))`.execute(conn);
    }
  });
}
