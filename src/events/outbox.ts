import { sql } from 'kysely';
import type { Db } from '../db/users.ts';
import type { EventEnvelope } from '../domain/events.ts';
import { OUTBOX_CHANNEL } from './relay.ts';

/**
 * Writes an event to the outbox. Call it with the transaction that makes the change, so
 * the event exists exactly when the change does; the relay publishes it later, at least once,
 * woken by a NOTIFY on {@link OUTBOX_CHANNEL} where the database delivers them.
 */
export async function enqueueEvent(
  trx: Db,
  event: EventEnvelope,
  aggregateId: string | null,
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({
      id: event.id,
      type: event.type,
      aggregate_id: aggregateId,
      payload: event as unknown as Record<string, unknown>,
      occurred_at: new Date(event.occurredAt),
    })
    .execute();
  // Delivered when the transaction commits; a relay listening wakes at once.
  await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
}
