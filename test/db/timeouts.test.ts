import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, DATABASE_TIMEOUTS, type DatabaseRole } from '../../src/db/connection.ts';
import { toDbError } from '../../src/db/errors.ts';
import type { ScratchDatabaseUrl } from '../../support/scratch-database.ts';
import { createPostgresDatabase } from '../support/databases.ts';

/**
 * Each role's pool carries its server-side timeouts: a statement past its role's
 * `statement_timeout` is cancelled by the server (SQLSTATE 57014), not left running. On a
 * PostgreSQL server (CI sets TEST_DATABASE_URL); the embedded database has no timers.
 */
describe.runIf(process.env['TEST_DATABASE_URL'])('database timeouts per role', () => {
  let target: ScratchDatabaseUrl;
  beforeAll(async () => {
    target = await createPostgresDatabase();
  });
  afterAll(async () => {
    await target?.drop();
  });

  it.each(['trigger', 'api', 'job'] as DatabaseRole[])(
    'sets them on every %s connection',
    async (role) => {
      const handle = connectPostgres(target.url, { role, max: 1 });
      try {
        const { rows } = await handle.pool.query<{ statement: number; idle: number }>(
          `select extract(epoch from current_setting('statement_timeout')::interval) * 1000 as statement,
                  extract(epoch from current_setting('idle_in_transaction_session_timeout')::interval) * 1000 as idle`,
        );
        const { statementMs, idleInTransactionMs } = DATABASE_TIMEOUTS[role];
        expect(rows.map((row) => [Number(row.statement), Number(row.idle)])).toEqual([
          [statementMs, idleInTransactionMs],
        ]);
      } finally {
        await handle.close();
      }
    },
  );

  it("cancels a trigger's statement that runs past its timeout", async () => {
    const handle = connectPostgres(target.url, { role: 'trigger', max: 1 });
    try {
      const error = await handle.pool
        .query(`select pg_sleep(${DATABASE_TIMEOUTS.trigger.statementMs / 1000 + 2})`)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: '57014' });
      // To a caller: the database did not answer in time.
      expect(toDbError(error)?.code).toBe('DB_UNAVAILABLE');
    } finally {
      await handle.close();
    }
  }, 20_000);
});
