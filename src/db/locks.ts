import { sql } from 'kysely';
import type { Db } from './schema.ts';

/**
 * Takes a session-level advisory lock named `name`, without waiting: false when another
 * session holds it. Call it on one connection (`db.connection()`): the lock belongs to the
 * session, and {@link releaseAdvisoryLock} must run on the same one.
 */
export async function tryAdvisoryLock(conn: Db, name: string): Promise<boolean> {
  const { rows } = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_lock(hashtext(${name})) as locked`.execute(conn);
  return rows[0]?.locked === true;
}

/** Releases a lock taken by {@link tryAdvisoryLock} on this connection. */
export async function releaseAdvisoryLock(conn: Db, name: string): Promise<void> {
  await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
}
