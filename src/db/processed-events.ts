import { sql } from 'kysely';
import type { Db } from './schema.ts';
import { table } from './own-schema.ts';

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
    insert into ${table('consumer_positions')} (consumer, aggregate_id, version)
    values (${consumer}, ${aggregateId}, ${version})
    on conflict (consumer, aggregate_id) do update set version = excluded.version,
      updated_at = now()
    where consumer_positions.version <= excluded.version
  `.execute(trx);
  return (moved.numAffectedRows ?? 0n) > 0n;
}

/** Whether `consumer` has recorded this event as done already (not merely claimed it). */
export async function wasProcessed(db: Db, consumer: string, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('processed_events')
    .select('event_id')
    .where('consumer', '=', consumer)
    .where('event_id', '=', eventId)
    .where('lease_until', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Claims the event for `consumer` for `leaseMs` (see `ConsumerLedger.claim`): `claimed` when
 * it was new or its last claim ran out, `done` when it was recorded, `busy` while another
 * claim holds it. One statement: two consumers cannot both claim it.
 */
export async function claimEvent(
  db: Db,
  consumer: string,
  eventId: string,
  leaseMs: number,
): Promise<'claimed' | 'done' | 'busy'> {
  const claimed = await sql<{ event_id: string }>`
    insert into ${table('processed_events')} (consumer, event_id, lease_until)
    values (${consumer}, ${eventId}, now() + ${leaseMs} * interval '1 millisecond')
    on conflict (consumer, event_id) do update
      set lease_until = excluded.lease_until, processed_at = now()
      where processed_events.lease_until is not null and processed_events.lease_until < now()
    returning event_id
  `.execute(db);
  if (claimed.rows.length > 0) return 'claimed';
  return (await wasProcessed(db, consumer, eventId)) ? 'done' : 'busy';
}

/** Records the event as done by `consumer` (ending its claim, if it had one). */
export async function recordDone(db: Db, consumer: string, eventId: string): Promise<void> {
  await db
    .insertInto('processed_events')
    .values({ consumer, event_id: eventId, lease_until: null })
    .onConflict((oc) => oc.columns(['consumer', 'event_id']).doUpdateSet({ lease_until: null }))
    .execute();
}

/** Gives up a claim that is not done (its sink failed), so a redelivery may claim it at once. */
export async function releaseClaim(db: Db, consumer: string, eventId: string): Promise<void> {
  await db
    .deleteFrom('processed_events')
    .where('consumer', '=', consumer)
    .where('event_id', '=', eventId)
    .where('lease_until', 'is not', null)
    .execute();
}
