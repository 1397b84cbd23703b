import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { SharedCounters } from '../store.ts';

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
  };
}
