import { NETWORK_ERROR_CODES, UsersyncError, type ErrorCode } from '../domain/errors.ts';

/**
 * What a PostgreSQL error means to usersync, by SQLSTATE: the one place that reads them.
 * - class 08 (connection exception), 57P01–57P03 (the server is shutting down or starting),
 *   53300 (too many connections), 57014 (a statement cancelled by its role's
 *   `statement_timeout`) and 55P03 (a lock not obtained in time): `DB_UNAVAILABLE`;
 * - 42P01 (undefined_table): `DB_NOT_MIGRATED`;
 * - 23505 (unique_violation): `CONFLICT`;
 * - {@link UNMAPPED_FIELD}: `STORE_UNSUPPORTED` (a write a mapped table has no column for);
 * - class 22 (data exception) and the other integrity violations of class 23 (a check, a
 *   not-null, a foreign key): `DATA_REFUSED`, one item's bad data.
 */
/**
 * The SQLSTATE usersync's mapped users table raises for a write it has no column for (a
 * status the team's table cannot hold): its own class, `UA`, which PostgreSQL leaves free.
 */
export const UNMAPPED_FIELD = 'UA001';

function codeFor(sqlState: string): ErrorCode | undefined {
  if (
    sqlState.startsWith('08') ||
    ['57P01', '57P02', '57P03', '53300', '57014', '55P03'].includes(sqlState)
  ) {
    return 'DB_UNAVAILABLE';
  }
  if (sqlState === '42P01') return 'DB_NOT_MIGRATED';
  if (sqlState === UNMAPPED_FIELD) return 'STORE_UNSUPPORTED';
  if (sqlState === '23505') return 'CONFLICT';
  if (sqlState.startsWith('22') || sqlState.startsWith('23')) return 'DATA_REFUSED';
  return undefined;
}

/** True when `error` says the database could not be reached or is going away. */
export function isDbUnavailable(error: unknown): boolean {
  return (error instanceof UsersyncError ? error : toDbError(error))?.code === 'DB_UNAVAILABLE';
}

/**
 * The {@link UsersyncError} a raw database failure stands for, or `undefined` when it is
 * already a {@link UsersyncError} or not a failure usersync names (a bug: callers report it as `INTERNAL`). Connection failures include
 * node-postgres's own: a refused or cut connection, a connect timeout, a pool that ended.
 */
export function toDbError(error: unknown): UsersyncError | undefined {
  if (error instanceof UsersyncError) return undefined;
  const { code, message, constraint } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    constraint?: unknown;
  };
  const text = typeof message === 'string' ? message : '';
  let mapped: ErrorCode | undefined;
  if (typeof code === 'string')
    mapped = NETWORK_ERROR_CODES.has(code) ? 'DB_UNAVAILABLE' : codeFor(code);
  // node-postgres's own connection failures carry no SQLSTATE and no code: their message is
  // all there is to read.
  if (
    mapped === undefined &&
    /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client has encountered a connection error|Query read timeout/i.test(
      text,
    )
  ) {
    mapped = 'DB_UNAVAILABLE';
  }
  if (mapped === undefined) return undefined;
  return new UsersyncError(
    mapped,
    mapped === 'CONFLICT' && typeof constraint === 'string'
      ? `The change conflicts with an existing user (${constraint}).`
      : mapped === 'DATA_REFUSED'
        ? `The database refused the data: ${text}`
        : mapped === 'STORE_UNSUPPORTED'
          ? text
          : undefined,
    { cause: error, ...(typeof constraint === 'string' && { context: { constraint } }) },
  );
}
