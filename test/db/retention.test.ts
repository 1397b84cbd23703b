import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createRelay } from '../../src/events/relay.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { AUDIT_RETAIN_DAYS } from '../../src/domain/audit.ts';

describe.each(TEST_DATABASES)('retention on $name', (database) => {
  let handle: DatabaseHandle;
  let store: StoreHandle;
  beforeAll(async () => {
    handle = await database.open();
    store = postgresStore(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** One outbox row, `daysAgo` old, published then, unpublished, or parked. */
  const event = (daysAgo: number, state: 'published' | 'pending' | 'parked') => {
    const id = randomUUID();
    const payload = JSON.stringify({
      id,
      type: 'user.registered',
      data: { email: 'old@example.com' },
    });
    return sql`
    insert into usersync.outbox (id, type, payload, occurred_at, created_at, published_at, parked_at)
    values (${id}, 'user.registered', ${payload}::jsonb,
      now() - ${daysAgo} * interval '1 day', now() - ${daysAgo} * interval '1 day',
      ${state === 'published' ? sql`now() - ${daysAgo} * interval '1 day'` : sql`null`},
      ${state === 'parked' ? sql`now() - ${daysAgo} * interval '1 day'` : sql`null`})`;
  };

  it('prunes published events, records and positions past it, and expired counters; keeps what waits', async () => {
    const { db } = handle;
    for (const row of [
      event(8, 'published'),
      event(8, 'published'),
      event(1, 'published'),
      event(30, 'pending'),
      event(30, 'parked'),
    ]) {
      await row.execute(db);
    }
    await sql`
      insert into usersync.processed_events (consumer, event_id, processed_at) values
        ('c', gen_random_uuid(), now() - interval '9 days'),
        ('c', gen_random_uuid(), now() - interval '2 days');
      insert into usersync.consumer_positions (consumer, aggregate_id, version, updated_at) values
        ('c', gen_random_uuid(), 3, now() - interval '9 days'),
        ('c', gen_random_uuid(), 4, now());
    `.execute(db);
    // One statement: parameters take no second command.
    await sql`
      insert into usersync.rate_limits (key, points, expire) values
        ('auth-ip:old', 3, ${Date.now() - 1_000}), ('auth-ip:live', 1, ${Date.now() + 60_000})
    `.execute(db);
    // Audit entries outlive the events: only those past their own retention go.
    await sql`
      insert into usersync.audit_log (actor, action, target, outcome, at) values
        ('admin', 'user.sync', 'a', 'done', now() - ${AUDIT_RETAIN_DAYS + 1} * interval '1 day'),
        ('admin', 'user.sync', 'b', 'done', now() - interval '30 days')
    `.execute(db);

    expect(await store.prune(7)).toEqual({
      outbox: 2,
      processedEvents: 1,
      consumerPositions: 1,
      rateLimits: 1,
      auditLog: 1,
      webhookDeliveries: 0,
    });
    const left = await sql<{ published: boolean; parked: boolean }>`
      select published_at is not null as published, parked_at is not null as parked
      from usersync.outbox order by created_at`.execute(db);
    // The pending and parked events stay, however old; so does the recent published one.
    expect(left.rows).toEqual([
      { published: false, parked: false },
      { published: false, parked: true },
      { published: true, parked: false },
    ]);
    expect(await store.prune(7)).toEqual({
      outbox: 0,
      processedEvents: 0,
      consumerPositions: 0,
      rateLimits: 0,
      auditLog: 0,
      webhookDeliveries: 0,
    });
  });

  it('is run by the relay after a drain, at most once per interval', async () => {
    let passes = 0;
    const relay = createRelay({
      outbox: store.outbox,
      publisher: {
        publish: (events) => Promise.resolve(events.map((e) => ({ id: e.id, ok: true as const }))),
      },
      logger: createLogger({ level: 'silent' }),
      retention: {
        prune: () => {
          passes += 1;
          return store.prune(7);
        },
        everyMs: 60_000,
      },
    });
    await relay.drain();
    await relay.drain();
    expect(passes).toBe(1);
  });
});
