import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Db } from '../db/schema.ts';
import { claimsToAttributes, differingClaims, readClaims } from '../domain/attributes.ts';
import { isUsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { rowsBySub, runPoolJob } from './pool-job.ts';
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
  onProgress?: (done: number, total: number) => void,
): Promise<BackfillReport> {
  const failures: { sub: string; code: string }[] = [];
  const update = throttledCalls({ rps: options.rps });
  const result = await runPoolJob(
    db,
    cognito,
    {
      kind: 'backfill-claims',
      dryRun: options.dryRun,
      options: { dryRun: options.dryRun },
      resume: options.resume,
      counts: { scanned: 0, upToDate: 0, updated: 0, noDbUser: 0, failed: 0 },
      onProgress,
    },
    async (users, counts, { dryRun }) => {
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
          if (dryRun) {
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
    },
  );
  return { ...result, failures };
}
