import { sql } from 'kysely';
import { isDbUnavailable } from './errors.ts';
import type { Db } from './schema.ts';

/** An item a set-based write could not take, with why. */
export interface ItemFailure<T> {
  item: T;
  error: unknown;
}

/**
 * One user's bad data never stops a job for everyone: runs a set-based write over all
 * `items` at once and, if that statement fails, again item by item, each under its own
 * savepoint, returning the items that fail on their own (the others are written). Call it
 * inside a transaction. A database that is down is no item's fault: that error is thrown.
 * With `wholeFirst: false` (the caller tried the whole set already) it goes item by item
 * at once.
 */
export async function eachOrAll<T>(
  trx: Db,
  items: readonly T[],
  write: (items: readonly T[]) => Promise<void>,
  options: { wholeFirst?: boolean } = {},
): Promise<ItemFailure<T>[]> {
  if (items.length === 0) return [];
  if (options.wholeFirst ?? true) {
    const whole = await underSavepoint(trx, () => write(items));
    if (whole === undefined) return [];
  }
  const failures: ItemFailure<T>[] = [];
  for (const item of items) {
    const error = await underSavepoint(trx, () => write([item]));
    if (error !== undefined) failures.push({ item, error });
  }
  return failures;
}

/** Runs `work` under a savepoint; rolls back to it and returns the error when it fails. */
async function underSavepoint(trx: Db, work: () => Promise<void>): Promise<unknown> {
  await sql`savepoint usersync_items`.execute(trx);
  try {
    await work();
    await sql`release savepoint usersync_items`.execute(trx);
    return undefined;
  } catch (error) {
    if (isDbUnavailable(error)) throw error;
    await sql`rollback to savepoint usersync_items`.execute(trx);
    return error;
  }
}
