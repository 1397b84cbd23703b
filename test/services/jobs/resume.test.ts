import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { isUsersyncError } from '../../../src/domain/errors.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { runBackfillClaims } from '../../../src/services/jobs/backfill-claims.ts';
import { createSyncHandler } from '../../../src/lambdas/sync-handler.ts';
import { runSync, type SyncOptions } from '../../../src/services/jobs/reconcile.ts';
import { TEST_DATABASES } from '../../support/databases.ts';
import { fakePool } from '../../support/fake-pool.ts';
import { postgresJobScope } from '../../../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// cognito-local ignores paging, so an interrupted listing is staged on aws-sdk-client-mock
// (see fakePool): after some ListUsers calls, Cognito starts refusing, and the job fails.

const USERS = 2_000;
const logger = createLogger({ level: 'silent' });
const syncOptions: SyncOptions = {
  dryRun: false,
  createMissing: false,
  markDeleted: false,
  segments: 16,
  rps: 1_000,
};

describe.each(TEST_DATABASES)('resuming interrupted jobs on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('sync --resume continues the listing where it stopped and applies the whole plan once', async () => {
    const pool = fakePool(USERS);
    const cognito = { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' };
    // The staging-copy case: every row carries a sub of another pool.
    await sql`
      insert into usersync.users (email, cognito_sub)
      select 'user' || g || '@example.com', 'prod-' || g from generate_series(0, ${USERS - 1}::int) g
    `.execute(handle.db);

    pool.state.failListingAfter = 20;
    const deps = { store: postgresJobScope(handle.db), cognito, logger, claims: DEFAULT_CLAIM_SET };
    const failure = await runSync(deps, syncOptions).catch((error: unknown) => error);
    expect(isUsersyncError(failure)).toBe(true);
    const failed = await handle.db.selectFrom('sync_runs').selectAll().executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/ListUsers/);
    const staged = await handle.db
      .selectFrom('sync_listed')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(staged.n)).toBe(Number((failed.counts as { listed: number }).listed));
    expect(Number(staged.n)).toBeGreaterThan(0);
    // Nothing is applied after a failed listing.
    const stale = await sql<{ n: number }>`
      select count(*)::int as n from usersync.users where cognito_sub like 'prod-%'`.execute(
      handle.db,
    );
    expect(stale.rows[0]?.n).toBe(USERS);

    pool.state.failListingAfter = Infinity;
    const callsBefore = pool.calls.length;
    const report = await runSync(deps, { ...syncOptions, rps: 500, resume: failed.id });
    expect(report.runId).toBe(failed.id);
    expect(report.counts.scanned).toBe(USERS);
    expect(report.counts.linked).toBe(USERS);
    expect(report.listingComplete).toBe(true);
    const resumedCalls = pool.calls.length - callsBefore;
    const linked = await sql<{ n: number }>`
      select count(*)::int as n from usersync.users where cognito_sub = any(${pool.subs}::text[])`.execute(
      handle.db,
    );
    expect(linked.rows[0]?.n).toBe(USERS);
    const events = await sql<{ n: number }>`
      select count(*)::int as n from usersync.outbox where type = 'user.linked'`.execute(handle.db);
    expect(events.rows[0]?.n).toBe(USERS);
    const run = await handle.db
      .selectFrom('sync_runs')
      .selectAll()
      .where('id', '=', failed.id)
      .executeTakeFirstOrThrow();
    expect(run.status).toBe('completed');
    expect(run.error).toBeNull();
    const left = await handle.db.selectFrom('sync_listed').select('sub').execute();
    expect(left).toEqual([]);

    const again = await runSync(deps, { ...syncOptions, resume: failed.id }).catch(
      (error: unknown) => error,
    );
    expect(isUsersyncError(again, 'CONFLICT')).toBe(true);
    const unknown = await runSync(deps, {
      ...syncOptions,
      resume: '00000000-0000-7000-8000-000000000000',
    }).catch((error: unknown) => error);
    expect(isUsersyncError(unknown, 'NOT_FOUND')).toBe(true);

    // The pages done before the interruption were not listed again.
    const callsBeforeFull = pool.calls.length;
    const full = await runSync(deps, { ...syncOptions, dryRun: true });
    expect(full.counts.matched).toBe(USERS);
    expect(resumedCalls).toBeLessThan(pool.calls.length - callsBeforeFull);
    pool.mock.restore();
  });

  it('backfill-claims --resume writes each user once across the interrupted and resumed runs', async () => {
    const pool = fakePool(USERS);
    const cognito = { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' };
    await sql`delete from usersync.outbox; delete from usersync.users`.execute(handle.db);
    await sql`
      insert into usersync.users (email, cognito_sub, claims)
      select email, sub, jsonb_build_object('custom:developer_id', 'dev-' || ord)
      from unnest(${pool.emails}::text[], ${pool.subs}::text[]) with ordinality as u (email, sub, ord)
    `.execute(handle.db);

    pool.state.failListingAfter = 20;
    const deps = { store: postgresJobScope(handle.db), cognito, logger, claims: DEFAULT_CLAIM_SET };
    const failure = await runBackfillClaims(deps, { dryRun: false, rps: 1_000 }).catch(
      (error: unknown) => error,
    );
    expect(isUsersyncError(failure)).toBe(true);
    const failed = await handle.db
      .selectFrom('sync_runs')
      .selectAll()
      .where('kind', '=', 'backfill-claims')
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    const writtenBefore = pool.updates.length;
    expect(writtenBefore).toBe((failed.counts as { updated: number }).updated);
    expect(writtenBefore).toBeGreaterThan(0);

    pool.state.failListingAfter = Infinity;
    const report = await runBackfillClaims(deps, { dryRun: false, rps: 1_000, resume: failed.id });
    expect(report.runId).toBe(failed.id);
    expect(report.counts).toEqual({
      scanned: USERS,
      upToDate: 0,
      updated: USERS,
      noDbUser: 0,
      failed: 0,
    });
    const written = pool.updates.map((update) => update.Username);
    expect(written).toHaveLength(USERS);
    expect(new Set(written).size).toBe(USERS);

    const check = await runBackfillClaims(deps, { dryRun: true, rps: 1_000 });
    expect(check.counts.upToDate).toBe(USERS);
    expect(check.counts.updated).toBe(0);
    pool.mock.restore();
  });

  it('the Lambda handler stops before its time limit, and its answer resumes the run', async () => {
    const pool = fakePool(USERS);
    await sql`delete from usersync.outbox; delete from usersync.users`.execute(handle.db);
    await sql`
      insert into usersync.users (email, cognito_sub)
      select 'user' || g || '@example.com', 'prod-' || g from generate_series(0, ${USERS - 1}::int) g
    `.execute(handle.db);
    const handler = createSyncHandler(
      () => ({
        store: postgresJobScope(handle.db),
        cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
        logger,
        claims: DEFAULT_CLAIM_SET,
      }),
      { stopMarginMs: 0 },
    );
    // 20 ListUsers calls a second against about 45 needed: the 1-second "time limit" falls
    // in the middle of the listing.
    const first = await handler(
      { sync_cognito: true, rps: 20 },
      { getRemainingTimeInMillis: () => 1_000 },
    );
    if (!('stopped' in first)) throw new Error('the sync was not stopped');
    expect(first.resumeWith).toEqual({ sync_cognito: true, resume: first.runId });
    const stopped = await handle.db
      .selectFrom('sync_runs')
      .selectAll()
      .where('id', '=', first.runId)
      .executeTakeFirstOrThrow();
    expect(stopped.status).toBe('failed');
    // The advisory lock was released: the next invocation runs.
    const second = await handler({ ...first.resumeWith, rps: 100 });
    if (!('counts' in second)) throw new Error('the resumed sync stopped');
    expect(second.runId).toBe(first.runId);
    expect(second.counts.linked).toBe(USERS);
    pool.mock.restore();
  });
});
