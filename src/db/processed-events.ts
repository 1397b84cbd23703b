import { sql } from 'kysely';
import type { Db } from './schema.ts';

/**
 * Records that `consumer` has these events, in one statement, and returns the ids recorded
 * now: an id the consumer had already (a redelivery) is not among them.
 */
export async function recordProcessed(
  trx: Db,
  consumer: string,
  eventIds: readonly string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const recorded = await trx
    .insertInto('processed_events')
    .values(eventIds.map((event_id) => ({ consumer, event_id })))
    .onConflict((oc) => oc.doNothing())
    .returning('event_id')
    .execute();
  return new Set(recorded.map((row) => row.event_id));
}

/**
 * Moves `consumer`'s position for one aggregate (a user) to `version`; false when it stood
 * at a newer version already, so the event is stale. `consumer_positions` is kept beside
 * `processed_events`, by the same consumers.
 */
export async function advanceConsumerPosition(
  trx: Db,
  consumer: string,
  aggregateId: string,
  version: number,
): Promise<boolean> {
  const moved = await sql`
    insert into consumer_positions (consumer, aggregate_id, version)
    values (${consumer}, ${aggregateId}, ${version})
    on conflict (consumer, aggregate_id) do update set version = excluded.version,
      updated_at = now()
    where consumer_positions.version <= excluded.version
  `.execute(trx);
  return (moved.numAffectedRows ?? 0n) > 0n;
}

/** Whether `consumer` has recorded this event already. */
export async function wasProcessed(db: Db, consumer: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('processed_events')
    .select('event_id')
    .where('consumer', '=', consumer)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}
