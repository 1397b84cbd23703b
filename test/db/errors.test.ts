import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { toDbError } from '../../src/db/errors.ts';
import { TEST_DATABASES } from '../support/databases.ts';

// What the database's own refusals mean to usersync, from real errors of each server.

describe.each(TEST_DATABASES)('database errors on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function refusal(statement: ReturnType<typeof sql>): Promise<unknown> {
    return statement.execute(handle.db).then(
      () => new Error('the statement was not refused'),
      (error: unknown) => error,
    );
  }

  it("names one item's bad data DATA_REFUSED, with what the database said", async () => {
    const nul = toDbError(
      await refusal(sql`insert into usersync.users (email) values (${'a\u0000b'})`),
    );
    expect(nul?.code).toBe('DATA_REFUSED');
    expect(nul?.message).toMatch(/^The database refused the data: /);
    await sql`insert into usersync.users (email) values ('one@example.com')`.execute(handle.db);
    expect(toDbError(await refusal(sql`update usersync.users set profile = null`))?.code).toBe(
      'DATA_REFUSED',
    );
  });

  it('names a unique violation CONFLICT with its constraint, and a missing table DB_NOT_MIGRATED', async () => {
    await sql`insert into usersync.users (email) values ('two@example.com')`.execute(handle.db);
    const taken = toDbError(
      await refusal(sql`insert into usersync.users (email) values ('TWO@example.com')`),
    );
    expect(taken?.code).toBe('CONFLICT');
    expect(taken?.message).toContain('email');
    expect(toDbError(await refusal(sql`select * from no_such_table`))?.code).toBe(
      'DB_NOT_MIGRATED',
    );
  });
});
