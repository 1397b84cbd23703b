import { sql } from 'kysely';
import type { DeferredCacheWrite } from '../domain/quotas.ts';
import type { Db } from './schema.ts';

/** Keeps a deferred claim-cache write: one row per user, at the latest deferral. */
export async function deferCacheWrite(db: Db, sub: string, username: string): Promise<void> {
  await db
    .insertInto('cache_writes')
    .values({ sub, username })
    .onConflict((conflict) =>
      conflict.column('sub').doUpdateSet({
        username,
        deferred_at: sql<Date>`clock_timestamp()`,
      }),
    )
    .execute();
}

/** The oldest deferred writes. */
export async function dueCacheWrites(db: Db, limit: number): Promise<DeferredCacheWrite[]> {
  const rows = await db
    .selectFrom('cache_writes')
    .selectAll()
    .orderBy('deferred_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ sub: row.sub, username: row.username, deferredAt: row.deferred_at }));
}

/** Removes a write once made, unless it was deferred again after it was read. */
export async function cacheWriteDone(db: Db, write: DeferredCacheWrite): Promise<void> {
  await db
    .deleteFrom('cache_writes')
    .where('sub', '=', write.sub)
    // The time as read, to the millisecond (a JavaScript Date's precision, not PostgreSQL's).
    .where(sql<Date>`date_trunc('milliseconds', deferred_at)`, '<=', write.deferredAt)
    .execute();
}

/** How many writes are waiting. */
export async function countCacheWrites(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cache_writes')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
