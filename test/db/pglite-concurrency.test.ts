import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { openPglitePool } from '../../src/db/embedded.ts';
import { startPgliteServer } from '../../src/db/pglite-server.ts';
import { connectRaw, serialize } from '../support/raw-protocol.ts';
import { fromPool } from '../../src/db/connection.ts';

/**
 * PGlite is a single Postgres session. Two transactions that interleave inside it would
 * see each other's uncommitted writes and commit or roll back each other's work. These
 * tests run many concurrent read-modify-write transactions, a seventh of which roll back,
 * and check that the counters come out exactly as if they had run one by one.
 */
const TRANSACTIONS = 140;
const COUNTERS = 7;

async function hammer(handle: DatabaseHandle): Promise<{ total: number; expected: number }> {
  await sql`create table if not exists counters (id int primary key, n int not null)`.execute(
    handle.db,
  );
  await sql`truncate counters`.execute(handle.db);
  await sql`insert into counters select g, 0 from generate_series(1, ${COUNTERS}::int) g`.execute(
    handle.db,
  );
  const outcomes = await Promise.allSettled(
    Array.from({ length: TRANSACTIONS }, (_, i) =>
      handle.db.transaction().execute(async (trx) => {
        const id = (i % COUNTERS) + 1;
        const row = await sql<{
          n: number;
        }>`select n from counters where id = ${id} for update`.execute(trx);
        await new Promise((resolve) => setImmediate(resolve));
        await sql`update counters set n = ${row.rows[0]!.n + 1} where id = ${id}`.execute(trx);
        if (i % COUNTERS === 0) throw new Error('roll back on purpose');
      }),
    ),
  );
  const rolledBack = outcomes.filter((outcome) => outcome.status === 'rejected').length;
  const { rows } = await sql<{ total: number }>`select sum(n)::int as total from counters`.execute(
    handle.db,
  );
  return { total: rows[0]!.total, expected: TRANSACTIONS - rolledBack };
}

describe('concurrent transactions on PGlite', () => {
  it('are serialised by the in-process pool of one', async () => {
    const { pglite, pool } = await openPglitePool('memory://');
    const handle = fromPool('pglite', pool, () => pglite.close());
    try {
      const { total, expected } = await hammer(handle);
      expect(expected).toBe(TRANSACTIONS - TRANSACTIONS / COUNTERS);
      expect(total).toBe(expected);
    } finally {
      await handle.close();
    }
  });

  describe('through the socket server, from a pool of many connections', () => {
    let close: () => Promise<void>;
    let url: string;
    beforeAll(async () => {
      const { pglite, pool } = await openPglitePool('memory://');
      await pool.end();
      const server = await startPgliteServer(pglite, { host: '127.0.0.1', port: 0 });
      url = server.url;
      close = async () => {
        await server.stop();
        await pglite.close();
      };
    });
    afterAll(async () => {
      await close?.();
    });

    it('keep each transaction on its own connection', async () => {
      const handle = connectPostgres(url, { max: 12 });
      try {
        const { total, expected } = await hammer(handle);
        expect(total).toBe(expected);
        expect(handle.pool.totalCount).toBeGreaterThan(1);
      } finally {
        await handle.close();
      }
    });

    it("keep one connection's extended-protocol query whole while another runs", async () => {
      // Outside a transaction a query is Parse, Bind, Execute, Sync. Were another
      // connection's query to run between this Parse and its Bind, its Parse would replace
      // the unnamed statement and this Bind would fail.
      const { hostname, port } = new URL(url);
      const held = await connectRaw(hostname, Number(port));
      const other = connectPostgres(url, { max: 1 });
      try {
        held.send(serialize.parse({ text: 'select $1::int + 1 as n', types: [] }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const racing = sql<{
          s: string;
        }>`select ${'a'}::text || ${'b'}::text || ${'c'}::text as s`.execute(other.db);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const answer = held.untilReady();
        held.send(
          Buffer.concat([
            serialize.bind({ values: ['41'] }),
            serialize.execute(),
            serialize.sync(),
          ]),
        );
        expect(await answer).not.toContain('E');
        expect((await racing).rows).toEqual([{ s: 'abc' }]);
      } finally {
        held.close();
        await other.close();
      }
    });
  });
});
