import pg from 'pg';
import { toDbError } from '../../db/errors.ts';
import RateLimiterPostgres from 'rate-limiter-flexible/lib/RateLimiterPostgres.js';
import { SIGN_OUT_RETAIN_MS, signOutKey, type SharedCounters, type SignOuts } from '../store.ts';

/** The table of migration 0009, which the limiters use as it is (they never create it). */
export const RATE_LIMITS_TABLE = 'rate_limits';

/**
 * The pool, taking the library's queries as unnamed statements. A named prepared statement
 * lives in one server session: the embedded database serves every connection from one,
 * where a second `prepare` of the name fails, and RDS Proxy pins a session that prepares.
 */
function unnamed(pool: pg.Pool): Pick<pg.Pool, 'query'> {
  return {
    query: ((query: pg.QueryConfig) =>
      pool.query({
        text: query.text,
        values: query.values,
        // The API waits less than this (it then counts in memory); the pool gets its
        // connection back when the answer never comes. pg takes it; its types omit it.
        query_timeout: COUNTER_QUERY_TIMEOUT_MS,
      } as pg.QueryConfig)) as pg.Pool['query'],
  };
}

/** How long a counter's query may take before its connection is given back. */
const COUNTER_QUERY_TIMEOUT_MS = 2_000;

/**
 * Counters in usersync's `rate_limits` table (in its `schema`), one row per key, shared by
 * every process on the database.
 */
export function postgresCounters(pool: pg.Pool, schema: string): SharedCounters {
  return {
    limiter: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: unnamed(pool),
        storeType: 'pool',
        tableName: RATE_LIMITS_TABLE,
        schemaName: schema,
        tableCreated: true,
        // No timer of its own (a Lambda container would freeze it); the relay prunes.
        clearExpiredByTimeout: false,
      }),
    signOuts: postgresSignOuts(unnamed(pool), schema),
  };
}

/**
 * Sign-outs as rows of the counters' table: `sign-out:<sub>`, expiring
 * {@link SIGN_OUT_RETAIN_MS} after the sign-out (the relay's pruning removes them with the
 * counters), so that the sign-out is the expiry less that.
 */
function postgresSignOuts(pool: Pick<pg.Pool, 'query'>, schema: string): SignOuts {
  const table = `${pg.escapeIdentifier(schema)}.${RATE_LIMITS_TABLE}`;
  // Failures named as the store's others are (DB_UNAVAILABLE), not as a bug.
  const db = {
    query: async <R extends pg.QueryResultRow>(query: pg.QueryConfig) => {
      try {
        return await pool.query<R>(query);
      } catch (error) {
        throw toDbError(error) ?? error;
      }
    },
  };
  return {
    async record(sub, at) {
      await db.query({
        text: `insert into ${table} (key, points, expire) values ($1, 0, $2)
               on conflict (key) do update set expire = greatest(${RATE_LIMITS_TABLE}.expire, excluded.expire)`,
        values: [signOutKey(sub), at.getTime() + SIGN_OUT_RETAIN_MS],
      });
    },
    async since(sub) {
      const { rows } = await db.query<{ expire: string }>({
        text: `select expire from ${table} where key = $1 and expire > $2`,
        values: [signOutKey(sub), Date.now()],
      });
      const expire = rows[0]?.expire;
      return expire === undefined ? undefined : new Date(Number(expire) - SIGN_OUT_RETAIN_MS);
    },
  };
}
