import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { isUsersyncError } from '../../../src/domain/errors.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { runSync, type SyncOptions } from '../../../src/services/jobs/reconcile.ts';
import { TEST_DATABASES } from '../../support/databases.ts';
import { fakePool } from '../../support/fake-pool.ts';
import { postgresJobScope } from '../../../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// Paging and prefix filters as Cognito does them are only on aws-sdk-client-mock (fakePool):
// cognito-local answers ListUsers with one page. So are users that carry what Cognito
// accepts and PostgreSQL refuses.

const logger = createLogger({ level: 'silent' });
const options: SyncOptions = {
  dryRun: false,
  createMissing: false,
  markDeleted: true,
  segments: 16,
  rps: 1_000,
};
const creating: SyncOptions = { ...options, markDeleted: false, createMissing: true };

describe.each(TEST_DATABASES)('sync on a paged pool, on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate usersync.users, usersync.outbox, usersync.sync_runs, usersync.sync_listed`.execute(
      handle.db,
    );
  });

  const cognito = (pool: ReturnType<typeof fakePool>) => ({
    gateway: pool.gateway,
    userPoolId: 'us-east-1_Pool',
  });

  it("marks a user gone from the pool deleted, whatever the pool's estimate says", async () => {
    const pool = fakePool(150);
    // DescribeUserPool's count is an estimate: here it is off by a few.
    pool.mock.on(DescribeUserPoolCommand).resolves({
      UserPool: { Id: 'us-east-1_Pool', Name: 'fake', EstimatedNumberOfUsers: 147 },
    });
    await sql`insert into usersync.users (email, cognito_sub) values ('gone@example.com', 'b0000000-0000-4000-8000-000000000000')`.execute(
      handle.db,
    );
    const report = await runSync(
      {
        store: postgresJobScope(handle.db),
        cognito: cognito(pool),
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      options,
    );
    expect(report.listingComplete).toBe(true);
    expect(report.estimatedUsers).toBe(147);
    expect(report.counts.markedDeleted).toBe(1);
    // The drift: every pool user the DB lacks (none has a row here), and the row gone.
    expect(report.counts.skippedNoDbUser).toBe(150);
    expect(report.drift).toBe(151);
    const gone = await handle.db.selectFrom('users').select('status').executeTakeFirstOrThrow();
    expect(gone.status).toBe('deleted');
  });

  it('refuses (exit 1) when a listed sub is not a hex UUID, and marks nothing', async () => {
    const pool = fakePool(20, { sub: (i) => (i === 3 ? 'a-legacy-sub' : crypto.randomUUID()) });
    await sql`insert into usersync.users (email, cognito_sub) values ('gone@example.com', 'b0000000-0000-4000-8000-000000000000')`.execute(
      handle.db,
    );
    const failure = await runSync(
      {
        store: postgresJobScope(handle.db),
        cognito: cognito(pool),
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      options,
    ).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'LISTING_INCOMPLETE')).toBe(true);
    expect((failure as { exitCode: number }).exitCode).toBe(1);
    expect((failure as Error).message).toContain('a-legacy-sub');
    const row = await handle.db.selectFrom('users').select('status').executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
  });

  it('syncs a pool whose names hold NUL bytes and lone surrogates, dry run and real', async () => {
    const pool = fakePool(30, {
      attributes: (i) =>
        i === 7
          ? [{ Name: 'name', Value: 'Nul\u0000Byte' }]
          : i === 8
            ? [{ Name: 'name', Value: 'Lone \ud800' }]
            : [],
    });
    const dry = await runSync(
      {
        store: postgresJobScope(handle.db),
        cognito: cognito(pool),
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      { ...creating, dryRun: true },
    );
    expect(dry.counts.created).toBe(30);
    const real = await runSync(
      {
        store: postgresJobScope(handle.db),
        cognito: cognito(pool),
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      creating,
    );
    expect(real.counts).toMatchObject({ created: 30, failed: 0 });
    const names = (await handle.db.selectFrom('users').select('name').execute())
      .map((row) => row.name)
      .filter((name) => name !== null)
      .sort();
    expect(names).toEqual(['Lone \ufffd', 'NulByte']);
  });

  it('reports a user the database refuses as that one failure, and writes the others', async () => {
    // A rule of the team's own on the table refuses one user's name (this file's database
    // is its own: nothing else sees the constraint).
    await sql`alter table usersync.users add constraint refuse_one check (name is distinct from 'Refused')`.execute(
      handle.db,
    );
    onTestFinished(async () => {
      await sql`alter table usersync.users drop constraint refuse_one`.execute(handle.db);
    });
    const pool = fakePool(10, {
      attributes: (i) => (i === 3 ? [{ Name: 'name', Value: 'Refused' }] : []),
    });
    const report = await runSync(
      {
        store: postgresJobScope(handle.db),
        cognito: cognito(pool),
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      creating,
    );
    expect(report.counts).toMatchObject({ created: 9, failed: 1 });
    const failed = report.details.filter((detail) => detail.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toContain('refuse_one');
    expect(failed[0]?.sub).toBe(pool.subs[3]);
    expect(report.failures).toEqual([
      { sub: failed[0]?.sub, code: 'DATA_REFUSED', reason: failed[0]?.reason },
    ]);
    const rows = await handle.db.selectFrom('users').select('cognito_sub').execute();
    expect(rows).toHaveLength(9);
    const events = await handle.db.selectFrom('outbox').select('type').execute();
    expect(events).toHaveLength(9);
  });
});
