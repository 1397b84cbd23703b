import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createEvent, type EventEnvelope } from '../../src/domain/events.ts';
import { enqueueEvent } from '../../src/db/outbox.ts';
import type { Publisher, PublishResult } from '../../src/events/publisher.ts';
import { createRelay, retryDelayMs } from '../../src/events/relay.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { postgresOutbox } from '../../src/stores/postgres/outbox.ts';

/**
 * A publisher that records what it is given, as a bus would deliver it. It can fail the
 * next N publishes, or die after publishing (as a relay process killed between publish
 * and commit).
 */
class RecordingPublisher implements Publisher {
  readonly delivered: string[] = [];
  failNext = 0;
  dieAfterPublish = false;

  publish(events: readonly EventEnvelope[]): Promise<PublishResult[]> {
    if (this.failNext > 0) {
      this.failNext--;
      return Promise.resolve(
        events.map((event) => ({ id: event.id, ok: false as const, error: 'Throttled' })),
      );
    }
    this.delivered.push(...events.map((event) => event.id));
    if (this.dieAfterPublish) {
      this.dieAfterPublish = false;
      return Promise.reject(new Error('relay killed'));
    }
    return Promise.resolve(events.map((event) => ({ id: event.id, ok: true as const })));
  }
}

const logger = createLogger({ level: 'silent' });

describe('retry delays', () => {
  it('double per attempt up to the cap, with at most 20 % jitter', () => {
    expect(retryDelayMs(1, 1_000, 60_000, () => 0)).toBe(1_000);
    expect(retryDelayMs(3, 1_000, 60_000, () => 0)).toBe(4_000);
    expect(retryDelayMs(30, 1_000, 60_000, () => 0)).toBe(60_000);
    expect(retryDelayMs(1, 1_000, 60_000, () => 1)).toBe(1_200);
  });
});

describe.each(TEST_DATABASES)('outbox relay on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate usersync.outbox`.execute(handle.db);
  });

  async function enqueue(count: number): Promise<string[]> {
    const ids: string[] = [];
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < count; i++) {
        const event = createEvent('user.updated', { n: i });
        ids.push(event.id);
        await enqueueEvent(trx, event, null);
      }
    });
    return ids;
  }

  it('publishes every pending event once and marks it', async () => {
    const ids = await enqueue(25);
    const publisher = new RecordingPublisher();
    const counts = await createRelay({
      outbox: postgresOutbox(handle.db),
      publisher,
      logger,
      batchSize: 10,
    }).drain();
    expect(counts).toEqual({ published: 25, failed: 0, parked: 0, batches: 3 });
    expect(publisher.delivered.sort()).toEqual([...ids].sort());
    const pending = await handle.db
      .selectFrom('outbox')
      .select('id')
      .where('published_at', 'is', null)
      .execute();
    expect(pending).toEqual([]);
    expect(
      (await createRelay({ outbox: postgresOutbox(handle.db), publisher, logger }).drain())
        .published,
    ).toBe(0);
  });

  it("publishes an event under its row's id and marks it, whatever id its payload has, or none", async () => {
    const [kept] = await enqueue(1);
    const rowIds = ['0193a1b2-0000-7000-8000-000000000001', '0193a1b2-0000-7000-8000-000000000002'];
    const { id: _dropped, ...noId } = createEvent('user.updated', { n: 'no id' });
    const otherId = { ...createEvent('user.updated', { n: 'other id' }), id: 'not-the-row' };
    for (const [id, payload] of [
      [rowIds[0], noId],
      [rowIds[1], otherId],
    ] as const) {
      await sql`insert into usersync.outbox (id, type, payload, occurred_at)
        values (${id}::uuid, 'user.updated', ${JSON.stringify(payload)}::jsonb, now())`.execute(
        handle.db,
      );
    }
    const publisher = new RecordingPublisher();
    const counts = await createRelay({
      outbox: postgresOutbox(handle.db),
      publisher,
      logger,
    }).drain();
    expect(counts).toMatchObject({ published: 3, failed: 0 });
    expect(publisher.delivered.sort()).toEqual([kept, ...rowIds].sort());
    const pending = await handle.db
      .selectFrom('outbox')
      .select('id')
      .where('published_at', 'is', null)
      .execute();
    expect(pending).toEqual([]);
  });

  it('keeps failed events with their attempt count and error, and delivers them when the publisher recovers', async () => {
    const ids = await enqueue(5);
    const publisher = new RecordingPublisher();
    publisher.failNext = 2;
    const relay = createRelay({
      outbox: postgresOutbox(handle.db),
      publisher,
      logger,
      retryBaseMs: 1,
      retryMaxMs: 5,
    });
    expect(await relay.drain()).toMatchObject({ published: 0, failed: 5 });
    const failed = await handle.db
      .selectFrom('outbox')
      .select(['attempts', 'last_error'])
      .execute();
    expect(failed.every((row) => row.attempts === 1 && row.last_error === 'Throttled')).toBe(true);
    for (let round = 0; round < 10 && publisher.delivered.length < 5; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await relay.drain();
    }
    expect(publisher.delivered.sort()).toEqual([...ids].sort());
    const rows = await handle.db
      .selectFrom('outbox')
      .select(['attempts', 'published_at'])
      .execute();
    expect(rows.every((row) => row.published_at !== null && row.attempts === 2)).toBe(true);
  });

  it('publishes again what a relay killed between publish and commit had sent: at least once', async () => {
    const ids = await enqueue(3);
    const publisher = new RecordingPublisher();
    publisher.dieAfterPublish = true;
    const relay = createRelay({ outbox: postgresOutbox(handle.db), publisher, logger });
    await expect(relay.drain()).rejects.toThrow('relay killed');
    await relay.drain();
    expect(publisher.delivered.sort()).toEqual([...ids, ...ids].sort());
    const pending = await handle.db
      .selectFrom('outbox')
      .select('id')
      .where('published_at', 'is', null)
      .execute();
    expect(pending).toEqual([]);
  });

  it('lets relays run side by side without losing or doubling events', async () => {
    const ids = await enqueue(300);
    const publishers = [
      new RecordingPublisher(),
      new RecordingPublisher(),
      new RecordingPublisher(),
    ];
    await Promise.all(
      publishers.map((publisher) =>
        createRelay({ outbox: postgresOutbox(handle.db), publisher, logger, batchSize: 7 }).drain(),
      ),
    );
    const delivered = publishers.flatMap((publisher) => publisher.delivered);
    expect(new Set(delivered).size).toBe(300);
    expect(delivered.length - new Set(delivered).size).toBe(0);
    expect([...new Set(delivered)].sort()).toEqual([...ids].sort());
  });
});
