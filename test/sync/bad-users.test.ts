import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { runSync, type SyncOptions } from '../../src/sync/run-sync.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { fakePool } from '../support/fake-pool.ts';

// A pool whose users carry what Cognito accepts and PostgreSQL refuses, on
// aws-sdk-client-mock (fakePool): cognito-local is not what is under test here.

const logger = createLogger({ level: 'silent' });
const options: SyncOptions = {
  dryRun: false,
  createMissing: true,
  markDeleted: false,
  segments: 16,
  rps: 1_000,
};

describe.each(TEST_DATABASES)("one user's bad data never stops a sync, on $name", (database) => {
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
  const cognito = (pool: ReturnType<typeof fakePool>) => ({
    gateway: pool.gateway,
    userPoolId: 'us-east-1_Pool',
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
    const dry = await runSync(handle.db, cognito(pool), { ...options, dryRun: true }, { logger });
    expect(dry.counts.created).toBe(30);
    const real = await runSync(handle.db, cognito(pool), options, { logger });
    expect(real.counts).toMatchObject({ created: 30, failed: 0 });
    const names = (await handle.db.selectFrom('users').select('name').execute())
      .map((row) => row.name)
      .filter((name) => name !== null)
      .sort();
    expect(names).toEqual(['Lone \ufffd', 'NulByte']);
  });

  it('reports a user the database refuses as that one failure, and writes the others', async () => {
    // Two Cognito users caching one developer id: the column is unique.
    const pool = fakePool(10, {
      attributes: (i) =>
        i === 3 || i === 4 ? [{ Name: 'custom:developer_id', Value: 'dev-shared' }] : [],
    });
    const report = await runSync(handle.db, cognito(pool), options, { logger });
    expect(report.counts).toMatchObject({ created: 9, failed: 1 });
    const failed = report.details.filter((detail) => detail.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toContain('developer_id');
    expect(pool.subs).toContain(failed[0]?.sub);
    const rows = await handle.db.selectFrom('users').select('cognito_sub').execute();
    expect(rows).toHaveLength(9);
    const events = await handle.db.selectFrom('outbox').select('type').execute();
    expect(events).toHaveLength(9);
  });
});
