import { sql, type RawBuilder } from 'kysely';
import type { EventEnvelope } from '../domain/events.ts';
import type { ClaimedEvent, OutboxEntry, ParkedEvent, PublishFailure } from '../domain/outbox.ts';
import type { Db } from './schema.ts';
import { ownFunction, table } from './own-schema.ts';

/** The channel the outbox notifies on commit, and the relay listens to. */
export const OUTBOX_CHANNEL = 'usersync_outbox';

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
 * What a change given to {@link withUserEvents} returns of each row it changed, besides
 * `event_type` and `changes` (jsonb, or null for none).
 */
export const USER_EVENT_COLUMNS = sql`users.id, users.cognito_sub, users.email, users.status,
  users.claims, users.version`;

/**
 * One statement for a set-based change and its events: `change` (an `insert` or `update`
 * on `users` returning {@link USER_EVENT_COLUMNS}, `event_type`, `changes`, and `row_id`:
 * the id the caller named the row by, as text, which a table keyed by the `sub` changes
 * when it links a row) runs as a
 * CTE, each row it returns gets its event in the outbox, built in the database by
 * `usersync_user_event` (the same envelope as `userEvent()`; a test holds them equal), and
 * the relay is notified. 100,000 events never travel through the client. Yields the ids
 * of the changed rows.
 */
export function withUserEvents(change: RawBuilder<unknown>): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`
    with changed as (${change}),
    events as (
      insert into ${table('outbox')} (id, type, aggregate_id, payload, occurred_at)
      select (e.payload->>'id')::uuid, e.payload->>'type', e.user_id, e.payload,
             (e.payload->>'occurredAt')::timestamptz
      from (
        select changed.id::text as user_id, ${ownFunction('usersync_user_event')}(
          changed.event_type, changed.id::text, changed.cognito_sub, changed.email, changed.status,
          changed.claims, changed.version, changed.changes) as payload
        from changed
      ) as e
      returning 1
    )
    -- One row per event means one per changed row; the notification goes once, when any.
    select changed.row_id as id
    from changed, (select pg_notify(${OUTBOX_CHANNEL}, '') from events limit 1) as notified
  `;
}

/**
 * Claims up to `limit` events that are due (unpublished, `available_at` passed), oldest
 * first, with `FOR UPDATE SKIP LOCKED`: relays side by side take different rows. Call it in
 * the transaction that records their outcome.
 */
export async function claimDueEvents(trx: Db, limit: number): Promise<ClaimedEvent[]> {
  const rows = await trx
    .selectFrom('outbox')
    .select(['id', 'payload', 'attempts'])
    .where('published_at', 'is', null)
    .where('parked_at', 'is', null)
    .where('available_at', '<=', sql<Date>`now()`)
    .orderBy('created_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((row) => ({
    id: row.id,
    payload: row.payload as unknown as EventEnvelope,
    attempts: row.attempts,
  }));
}

/** Marks events published. */
export async function markPublished(trx: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('outbox')
    .set({ published_at: sql`now()` })
    .where('id', 'in', ids)
    .execute();
}

/**
 * Gives each failed event one more attempt, its error, and a later `available_at`; one
 * whose last attempt this was is parked.
 */
export async function scheduleRetries(trx: Db, failures: readonly PublishFailure[]): Promise<void> {
  if (failures.length === 0) return;
  await sql`
    update ${table('outbox')} set
      attempts = attempts + 1,
      last_error = f.error,
      available_at = now() + f.delay_ms * interval '1 millisecond',
      parked_at = case when f.park then now() else null end
    from unnest(${failures.map((f) => f.id)}::uuid[], ${failures.map((f) => f.error)}::text[],
                ${failures.map((f) => f.delayMs)}::int[],
                ${failures.map((f) => f.park === true)}::boolean[]) as f(id, error, delay_ms, park)
    where outbox.id = f.id
  `.execute(trx);
}

/** How many events are parked. */
export async function countParkedEvents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('parked_at', 'is not', null)
    .where('published_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Up to `limit` parked events, oldest first. */
export async function listParkedEvents(db: Db, limit: number): Promise<ParkedEvent[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'type', 'attempts', 'last_error', 'created_at', 'parked_at'])
    .where('parked_at', 'is not', null)
    .where('published_at', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    attempts: row.attempts,
    error: row.last_error,
    createdAt: row.created_at.toISOString(),
    parkedAt: (row.parked_at ?? row.created_at).toISOString(),
  }));
}

/** Up to `limit` of the newest events (of `type`, when given), without their payloads. */
export async function recentEvents(
  db: Db,
  query: { limit: number; type?: string },
): Promise<OutboxEntry[]> {
  let select = db
    .selectFrom('outbox')
    .select([
      'id',
      'type',
      'aggregate_id',
      'created_at',
      'published_at',
      'parked_at',
      'attempts',
      'last_error',
    ])
    .orderBy('created_at', 'desc')
    .limit(query.limit);
  if (query.type !== undefined) select = select.where('type', '=', query.type);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    userId: row.aggregate_id,
    createdAt: row.created_at.toISOString(),
    state: row.published_at !== null ? 'published' : row.parked_at !== null ? 'parked' : 'pending',
    attempts: row.attempts,
    error: row.last_error,
  }));
}

/** Un-parks events (these ids, or all): fresh attempts, due now. Returns how many. */
export async function redriveParkedEvents(db: Db, ids: readonly string[] | 'all'): Promise<number> {
  let query = db
    .updateTable('outbox')
    .set({ parked_at: null, attempts: 0, available_at: sql`now()` })
    .where('parked_at', 'is not', null)
    .where('published_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where(sql<boolean>`id = any(${ids}::uuid[])`);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * How long the oldest unpublished event has waited, in seconds (0 when none waits): the
 * relay's health in one number. Served by the partial index on unpublished events.
 */
export async function oldestUnpublishedAgeSeconds(db: Db): Promise<number> {
  const { rows } = await sql<{ age: number | null }>`
    select extract(epoch from now() - min(created_at))::float8 as age
    from ${table('outbox')} where published_at is null and parked_at is null`.execute(db);
  return Math.max(0, rows[0]?.age ?? 0);
}

/**
 * Takes a user's personal data out of their events still in the outbox: each one's email
 * becomes null and its `changes` (which may hold old values) go. Returns how many.
 */
export async function scrubUserEvents(trx: Db, userId: string): Promise<number> {
  const result = await sql`
    update ${table('outbox')}
    set payload = jsonb_set(payload, '{data,email}', 'null'::jsonb) #- '{data,changes}'
    where aggregate_id = ${userId}
  `.execute(trx);
  return Number(result.numAffectedRows ?? 0n);
}
