import { sql } from 'kysely';
import type { Db } from '../db/users.ts';
import type { EventEnvelope, EventType } from '../domain/events.ts';
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

/**
 * Writes many user events to the outbox, set-based, in the caller's transaction, as
 * {@link enqueueEvent} does for one. Each chunk of 5,000 goes as one JSON array parameter,
 * split server-side (`jsonb_array_elements`): a JSON text costs the client far less than
 * five escaped array literals. The aggregate of each is its `data.userId`.
 */
export async function enqueueUserEvents(
  trx: Db,
  events: readonly EventEnvelope<EventType, { userId: string }>[],
): Promise<void> {
  if (events.length === 0) return;
  for (let start = 0; start < events.length; start += 5_000) {
    const chunk = JSON.stringify(events.slice(start, start + 5_000));
    await sql`
      insert into outbox (id, type, aggregate_id, payload, occurred_at)
      select (e->>'id')::uuid, e->>'type', (e->'data'->>'userId')::uuid, e,
             (e->>'occurredAt')::timestamptz
      from jsonb_array_elements(${chunk}::jsonb) as e
    `.execute(trx);
  }
  await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
}
