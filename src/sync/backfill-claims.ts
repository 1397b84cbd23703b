import { sql } from 'kysely';
import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Db } from '../db/users.ts';
import { claimsToAttributes, differingClaims, readClaims } from '../domain/attributes.ts';
import { UsersyncError, isUsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { listPool, type ListingCheckpoint } from './list-users.ts';
import { throttledCalls } from './throttle.ts';

/** Options of `usersync backfill-claims`. */
export interface BackfillOptions {
  dryRun: boolean;
  /** AdminUpdateUserAttributes calls per second. @default 20 (the quota is 25) */
  rps: number;
  /** The run to continue (its listing checkpoint), from `sync_runs`. */
  resume?: string;
}

/** What a backfill did, user by user. */
export interface BackfillReport {
  runId: string;
  dryRun: boolean;
  counts: { scanned: number; upToDate: number; updated: number; noDbUser: number; failed: number };
  /** The users that failed, with the error code. */
  failures: { sub: string; code: string }[];
  durationMs: number;
}

/**
 * Writes the DB's claims to the Cognito custom attributes that cache them, for every user
 * whose cache differs (AdminUpdateUserAttributes at `rps`, retried when throttled). This
 * is how existing users get `custom:developer_id` in their tokens when the DB is down.
 * Page by page, the listing checkpoint and the counts go to `sync_runs`, so `resume`
 * continues an interrupted run. A user that fails is reported; the run goes on.
 */
export async function runBackfillClaims(
  db: Db,
  cognito: { gateway: CognitoGateway; userPoolId: string },
  options: BackfillOptions,
  logger: Logger,
): Promise<BackfillReport> {
  const started = Date.now();
  const counts = { scanned: 0, upToDate: 0, updated: 0, noDbUser: 0, failed: 0 };
  const failures: { sub: string; code: string }[] = [];
  let resumeFrom: ListingCheckpoint | undefined;
  let runId: string;
  if (options.resume !== undefined) {
    const previous = await db
      .selectFrom('sync_runs')
      .selectAll()
      .where('id', '=', options.resume)
      .where('kind', '=', 'backfill-claims')
      .executeTakeFirst();
    if (previous === undefined)
      throw new UsersyncError('NOT_FOUND', `No backfill-claims run ${options.resume}.`);
    if (previous.status === 'completed')
      throw new UsersyncError('CONFLICT', `Run ${options.resume} is already complete.`);
    resumeFrom = previous.checkpoint as ListingCheckpoint;
    Object.assign(counts, previous.counts);
    runId = previous.id;
    await db
      .updateTable('sync_runs')
      .set({ status: 'running', error: null })
      .where('id', '=', runId)
      .execute();
  } else {
    runId = (
      await db
        .insertInto('sync_runs')
        .values({ kind: 'backfill-claims', dry_run: options.dryRun, options: { ...options } })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const update = throttledCalls({ rps: options.rps });
  try {
    await listPool(cognito.gateway, cognito.userPoolId, {
      segments: 16,
      ...(resumeFrom !== undefined && { resumeFrom }),
      onPage: async (users, checkpoint) => {
        const subs = users
          .map((user) => user.attributes['sub'])
          .filter((sub): sub is string => sub !== undefined);
        const rows =
          subs.length === 0
            ? []
            : await db
                .selectFrom('users')
                .select(['cognito_sub', 'developer_id', 'user_type', 'company_name'])
                .where('cognito_sub', 'in', subs)
                .execute();
        const bySub = new Map(rows.map((row) => [row.cognito_sub, row]));
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
            if (options.dryRun) {
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
              failures.push({
                sub: row.cognito_sub ?? '',
                code: isUsersyncError(error) ? error.code : 'INTERNAL',
              });
              logger.warn({ err: error, sub: row.cognito_sub }, 'claims not written to Cognito');
            }
          }),
        );
        await db
          .updateTable('sync_runs')
          .set({ checkpoint, counts: { ...counts }, updated_at: sql`now()` })
          .where('id', '=', runId)
          .execute();
      },
    });
  } catch (error) {
    await db
      .updateTable('sync_runs')
      .set({
        status: 'failed',
        error: (error as Error).message,
        counts: { ...counts },
        updated_at: sql`now()`,
      })
      .where('id', '=', runId)
      .execute();
    throw error;
  }
  await db
    .updateTable('sync_runs')
    .set({
      status: 'completed',
      counts: { ...counts },
      finished_at: new Date(),
      updated_at: sql`now()`,
    })
    .where('id', '=', runId)
    .execute();
  return { runId, dryRun: options.dryRun, counts, failures, durationMs: Date.now() - started };
}
