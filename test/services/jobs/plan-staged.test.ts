import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { stageListedUsers } from '../../../src/db/sync-listed.ts';
import { normalizeEmail } from '../../../src/domain/email.ts';
import { planStaged } from '../../../src/services/jobs/reconcile.ts';
import { planReconcile, type ListedUser } from '../../../src/services/jobs/reconcile-plan.ts';
import { listUserIdentities } from '../../../src/db/users.ts';
import { settleListing } from '../../../src/domain/reconcile.ts';
import { postgresJobStore } from '../../../src/stores/postgres/jobs.ts';
import { cognitoUser, flags, pools, tables } from '../../support/plan-arbitraries.ts';
import { TEST_DATABASES } from '../../support/databases.ts';

// The reconcile plans from its staged listing, settling in the database the users in step
// and holding in memory only the rest. That must be the plan the whole listing gives, and
// the in-memory settling of the DynamoDB store must settle the same users.

const [pglite] = TEST_DATABASES;

describe('planning from the staged listing', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await (pglite ?? TEST_DATABASES[0])!.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** Stages `pool`, stores `rows`, and holds the staged plan equal to the whole one; returns how many settled. */
  async function check(
    pool: { sub: string; email: string | null; name: string | null; enabled: boolean }[],
    rows: {
      sub: string | null;
      email: string | null;
      name: string | null;
      emailVerified: boolean;
      status: 'active' | 'guest' | 'deleted' | 'disabled';
    }[],
    options: { createMissing?: boolean; markDeleted?: boolean; listingComplete: boolean },
  ): Promise<number> {
    const { db } = handle;
    await sql`truncate usersync.users, usersync.sync_runs cascade`.execute(db);
    for (const row of rows) {
      await db
        .insertInto('users')
        .values({
          cognito_sub: row.sub,
          email: row.email,
          email_verified: row.emailVerified,
          name: row.name,
          status: row.status,
        })
        .execute();
    }
    const users: ListedUser[] = pool
      .map((user) => ({
        ...cognitoUser(
          user.sub,
          user.email === null ? null : normalizeEmail(user.email),
          user.name,
        ),
        enabled: user.enabled,
      }))
      .sort((a, b) => (a.sub < b.sub ? -1 : 1));
    const run = await db
      .insertInto('sync_runs')
      .values({ kind: 'sync', dry_run: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await stageListedUsers(db, run.id, users);

    const stored = (await listUserIdentities(db)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const whole = planReconcile(users, stored, options);
    const { plan, settled } = await planStaged(postgresJobStore(db), run.id, options);
    const settledSubs = new Set(
      (
        await db
          .selectFrom('sync_listed')
          .select('sub')
          .where('run_id', '=', run.id)
          .where('settled', '=', true)
          .execute()
      ).map((row) => row.sub),
    );
    expect(settledSubs.size).toBe(settled);
    // The DynamoDB store settles in memory by the same rules: the same users, the same rows.
    const inMemory = settleListing(users, stored);
    expect(inMemory.settled).toBe(settled);
    const sqlInputs = await postgresJobStore(db).planInputs(run.id);
    expect(inMemory.users).toEqual(sqlInputs.users);
    expect(inMemory.rows.map((row) => row.id)).toEqual(sqlInputs.rows.map((row) => row.id));
    expect(plan.actions).toEqual(whole.actions);
    expect(plan.counts).toEqual(whole.counts);
    expect(plan.details).toEqual(
      whole.details.filter(
        (detail) => !(detail.status === 'matched' && settledSubs.has(detail.sub ?? '')),
      ),
    );
    return settled;
  }

  it('settles the users in step and alone with their emails, and plans the rest alike', async () => {
    const settled = await check(
      [
        { sub: 's1', email: 'ann@example.com', name: null, enabled: true },
        { sub: 's2', email: 'bob@example.com', name: 'Bob', enabled: true },
        // In step, but another Cognito user has its email (in another case): not settled.
        { sub: 's3', email: 'cy@example.com', name: null, enabled: true },
        { sub: 's6', email: 'CY@example.com', name: null, enabled: true },
        // Disabled in Cognito: its row changes.
        { sub: 's4', email: 'dee@example.com', name: null, enabled: false },
        // No row by sub: linked by email to the row of a sub Cognito no longer has.
        { sub: 's5', email: 'eve@example.com', name: null, enabled: true },
      ],
      [
        { sub: 's1', email: 'ann@example.com', name: null, emailVerified: true, status: 'active' },
        { sub: 's2', email: 'bob@example.com', name: 'Bob', emailVerified: true, status: 'active' },
        { sub: 's3', email: 'cy@example.com', name: null, emailVerified: true, status: 'active' },
        { sub: 's4', email: 'dee@example.com', name: null, emailVerified: true, status: 'active' },
        {
          sub: 'gone',
          email: 'eve@example.com',
          name: null,
          emailVerified: true,
          status: 'active',
        },
      ],
      { createMissing: true, markDeleted: true, listingComplete: true },
    );
    expect(settled).toBe(2);
  });

  it('gives the whole listing’s plan, less the matched details of the users it settled', async () => {
    await fc.assert(
      fc.asyncProperty(pools, tables, flags, async (pool, rows, options) => {
        await check(pool, rows, options);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
