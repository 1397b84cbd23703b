import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { getUserById, updateUserClaims } from '../../src/db/users.ts';
import { userEvent } from '../../src/domain/events.ts';
import { TEST_DATABASES } from '../support/databases.ts';

/** `data.version` orders a user's events: a counter every write increments. */
describe.each(TEST_DATABASES)('the per-row version on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  const newUser = async (email: string): Promise<string> =>
    (
      await handle.db
        .insertInto('users')
        .values({ email })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  it('grows with every write, even two writes in one transaction', async () => {
    const id = await newUser('twice@example.com');
    const versions = await handle.db.transaction().execute(async (trx) => {
      const first = await updateUserClaims(trx, id, { 'custom:user_type': 'a' });
      const second = await updateUserClaims(trx, id, { 'custom:user_type': 'b' });
      return [first, second].map((user) => user && userEvent('user.updated', user).data.version);
    });
    expect(versions[0]).toBeDefined();
    expect(versions[1]).toBeGreaterThan(versions[0] ?? Infinity);
    // Set-based writes (a raw update) count too.
    await sql`update usersync.users set name = 'Ada' where id = ${id}`.execute(handle.db);
    expect((await getUserById(handle.db, id))?.version).toBeGreaterThan(versions[1] ?? Infinity);
  });

  // Two sessions are needed to commit in the other order than they started: PGlite has one.
  if (database.name === 'postgres') {
    it('gives the last committed write the newest version, whenever its transaction began (PostgreSQL: two sessions)', async () => {
      const id = await newUser('race@example.com');
      const url = (handle.pool as unknown as { options: { connectionString: string } }).options
        .connectionString;
      const early = new pg.Client({ connectionString: url });
      await early.connect();
      try {
        // The early transaction starts first (its now() is older) but writes last.
        await early.query('begin');
        await early.query('select now()');
        await new Promise((resolve) => setTimeout(resolve, 20));
        const late = await updateUserClaims(handle.db, id, { 'custom:user_type': 'late' });
        await early.query(
          `update usersync.users set claims = '{"custom:user_type": "early"}' where id = $1`,
          [id],
        );
        await early.query('commit');
        const final = await getUserById(handle.db, id);
        expect(final?.claims['custom:user_type']).toBe('early');
        const lateVersion = late && userEvent('user.updated', late).data.version;
        expect(final && userEvent('user.updated', final).data.version).toBeGreaterThan(
          lateVersion ?? Infinity,
        );
      } finally {
        await early.end();
      }
    });
  }
});
