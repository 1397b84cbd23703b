import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { runMigrateGuests } from '../../../src/services/jobs/migrate-guests.ts';
import { TEST_DATABASES } from '../../support/databases.ts';
import { FakeGateway } from '../../support/fake-gateway.ts';
import { postgresJobScope } from '../../../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// The end-to-end test runs migrate-guests against cognito-local; this one stops a run half
// way (its progress callback throws after the first page, as a killed process would stop)
// on an in-memory gateway, to prove that --resume neither repeats nor skips a row.

const logger = createLogger({ level: 'silent' });

describe.each(TEST_DATABASES)('migrate-guests resume on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('continues after the last finished page, creating each user once', async () => {
    const emails = Array.from({ length: 7 }, (_, i) => `guest${i}@example.com`);
    await handle.db
      .insertInto('users')
      .values(emails.map((email) => ({ email, status: 'guest' })))
      .execute();
    const gateway = new FakeGateway();
    const cognito = { gateway, userPoolId: 'fake_pool' };
    const options = { dryRun: false, all: false, rps: 1_000, pageSize: 3 };

    let pages = 0;
    const deps = { store: postgresJobScope(handle.db), cognito, logger, claims: DEFAULT_CLAIM_SET };
    const stopped = await runMigrateGuests(deps, options, {
      onProgress: () => {
        if (++pages === 1) throw new Error('killed');
      },
    }).catch((error: unknown) => error);
    expect(stopped).toEqual(new Error('killed'));
    const failed = await handle.db
      .selectFrom('sync_runs')
      .selectAll()
      .where('kind', '=', 'migrate-guests')
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(failed.counts).toMatchObject({ scanned: 3, migrated: 3 });

    const report = await runMigrateGuests(deps, { ...options, resume: failed.id });
    expect(report.runId).toBe(failed.id);
    expect(report.counts).toMatchObject({ scanned: 7, migrated: 7, failed: 0, conflicts: 0 });
    const created = gateway.calls
      .filter((call) => call.method === 'adminCreateUser')
      .map((call) => call.args[1]);
    expect(created.sort()).toEqual([...emails].sort());

    const rows = await handle.db.selectFrom('users').select(['cognito_sub', 'status']).execute();
    expect(rows.every((row) => row.cognito_sub !== null && row.status === 'active')).toBe(true);
    const subs = new Set(rows.map((row) => row.cognito_sub));
    expect(subs.size).toBe(emails.length);
  });
});
