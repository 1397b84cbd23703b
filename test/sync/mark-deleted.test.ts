import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { runSync, type SyncOptions } from '../../src/sync/run-sync.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { fakePool } from '../support/fake-pool.ts';

// Paging and prefix filters as Cognito does them are only on aws-sdk-client-mock (fakePool):
// cognito-local answers ListUsers with one page.

const logger = createLogger({ level: 'silent' });
const options: SyncOptions = {
  dryRun: false,
  createMissing: false,
  markDeleted: true,
  segments: 16,
  rps: 1_000,
};

describe.each(TEST_DATABASES)('sync --mark-deleted with 16 segments, on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate users, outbox, sync_runs, sync_listed`.execute(handle.db);
  });

  it("marks a user gone from the pool deleted, whatever the pool's estimate says", async () => {
    const pool = fakePool(150);
    // DescribeUserPool's count is an estimate: here it is off by a few.
    pool.mock.on(DescribeUserPoolCommand).resolves({
      UserPool: { Id: 'us-east-1_Pool', Name: 'fake', EstimatedNumberOfUsers: 147 },
    });
    await sql`insert into users (email, cognito_sub) values ('gone@example.com', 'b0000000-0000-4000-8000-000000000000')`.execute(
      handle.db,
    );
    const report = await runSync(
      handle.db,
      { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
      options,
      { logger },
    );
    expect(report.listingComplete).toBe(true);
    expect(report.estimatedUsers).toBe(147);
    expect(report.counts.markedDeleted).toBe(1);
    const gone = await handle.db.selectFrom('users').select('status').executeTakeFirstOrThrow();
    expect(gone.status).toBe('deleted');
  });

  it('refuses (exit 1) when a listed sub is not a hex UUID, and marks nothing', async () => {
    const pool = fakePool(20, { sub: (i) => (i === 3 ? 'a-legacy-sub' : crypto.randomUUID()) });
    await sql`insert into users (email, cognito_sub) values ('gone@example.com', 'b0000000-0000-4000-8000-000000000000')`.execute(
      handle.db,
    );
    const failure = await runSync(
      handle.db,
      { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
      options,
      { logger },
    ).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'LISTING_INCOMPLETE')).toBe(true);
    expect((failure as { exitCode: number }).exitCode).toBe(1);
    expect((failure as Error).message).toContain('a-legacy-sub');
    const row = await handle.db.selectFrom('users').select('status').executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
  });
});
