import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { DEFAULT_SCHEMA, OwnSchemaPlugin } from './own-schema.ts';
import type { Database, Db } from './schema.ts';

/** Where a {@link DatabaseHandle} points: a PostgreSQL server or the embedded PGlite. */
export type DatabaseKind = 'postgres' | 'pglite';

/** An open database: the pool everything shares, Kysely over it, and how to close both. */
export interface DatabaseHandle {
  kind: DatabaseKind;
  pool: pg.Pool;
  /** Kysely over the pool, every table of usersync's qualified with {@link DatabaseHandle.schema}. */
  db: Kysely<Database>;
  /** The PostgreSQL schema usersync's own tables and functions live in. */
  schema: string;
  /** Closes the pool (and, for the embedded database, PGlite and its lock). */
  close(): Promise<void>;
}

/** Who a pool serves, which sets its server-side timeouts ({@link DATABASE_TIMEOUTS}). */
export type DatabaseRole = 'trigger' | 'api' | 'job';

/**
 * Each role's `statement_timeout` and `idle_in_transaction_session_timeout`, set on every
 * connection of its pool: the server cancels a statement that runs past it (a query a
 * trigger's budget gave up on does not keep holding one of its two connections), and ends
 * a session left idle inside a transaction (its locks with it).
 * - `trigger`: under Cognito's 5 s for the whole trigger;
 * - `api`: a request's statements;
 * - `job`: a reconcile's set-based chunk of 1,000 users, a migration.
 */
export const DATABASE_TIMEOUTS: Record<
  DatabaseRole,
  { statementMs: number; idleInTransactionMs: number }
> = {
  trigger: { statementMs: 3_000, idleInTransactionMs: 5_000 },
  api: { statementMs: 10_000, idleInTransactionMs: 15_000 },
  job: { statementMs: 600_000, idleInTransactionMs: 120_000 },
};

/** Options for {@link connectPostgres}. */
export interface PostgresOptions {
  /** The schema usersync's own tables live in (`DATABASE_SCHEMA`). @default `usersync` */
  schema?: string;
  /** Whom the pool serves: its timeouts. @default `job` */
  role?: DatabaseRole;
  /** @default 10 */
  max?: number;
  /** Idle connections are closed after this long. @default 30_000 */
  idleTimeoutMillis?: number;
  /** Give up connecting after this long. @default 5_000 */
  connectionTimeoutMillis?: number;
  /**
   * Hears of a connection lost outside a query (the server restarted): the pool drops it and
   * the next query reconnects. @default a process warning
   */
  onConnectionError?: (error: Error) => void;
}

/** Where a PostgreSQL server is: a connection URL, or its parts (with TLS options). */
export type PostgresTarget =
  | string
  | Pick<
      pg.PoolConfig,
      'host' | 'port' | 'user' | 'password' | 'database' | 'ssl' | 'connectionString'
    >;

/** Opens a pool on a PostgreSQL server (or anything speaking its protocol). */
export function connectPostgres(
  target: PostgresTarget,
  options: PostgresOptions = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    ...(typeof target === 'string' ? { connectionString: target } : target),
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 30_000,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    statement_timeout: DATABASE_TIMEOUTS[options.role ?? 'job'].statementMs,
    idle_in_transaction_session_timeout:
      DATABASE_TIMEOUTS[options.role ?? 'job'].idleInTransactionMs,
  });
  const reported =
    options.onConnectionError ??
    ((error: Error) =>
      process.emitWarning(`usersync: a database connection was lost: ${error.message}`));
  // An idle client's error (the server restarted) must not crash the process; the pool
  // drops that client and the next query reconnects. It is reported.
  pool.on('error', reported);
  // A client in use when its connection is cut: the query in flight rejects with the error,
  // which is where callers handle it; the event itself must not crash the process.
  pool.on('connect', (client) => client.on('error', reported));
  return fromPool('postgres', pool, undefined, options.schema);
}

/**
 * Wraps a pool in Kysely, usersync's tables in `schema`. `close` ends the pool (through
 * Kysely), then runs `afterClose` (closing PGlite, releasing a lock), once however often it
 * is called.
 */
export function fromPool(
  kind: DatabaseKind,
  pool: pg.Pool,
  afterClose: () => Promise<void> = () => Promise.resolve(),
  schema: string = DEFAULT_SCHEMA,
): DatabaseHandle {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new OwnSchemaPlugin(schema)],
  });
  let closing: Promise<void> | undefined;
  return {
    kind,
    pool,
    db,
    schema,
    close: () => (closing ??= db.destroy().finally(afterClose)),
  };
}

/** Resolves when the database answers a query; throws what the driver throws otherwise. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
