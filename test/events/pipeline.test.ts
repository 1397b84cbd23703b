import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createEvent, type EventEnvelope } from '../../src/domain/events.ts';
import { createConsumer, type EventSink } from '../../src/events/consumer.ts';
import { postgresLedger } from '../../src/stores/postgres/ledger.ts';
import { createLocalBus } from '../../src/events/local-bus.ts';
import { enqueueEvent } from '../../src/db/outbox.ts';
import type { Publisher } from '../../src/events/publisher.ts';
import { createRelay } from '../../src/events/relay.ts';
import { listDeadLetters, redriveDeadLetters } from '../../src/events/dead-letters.ts';
import { toBusMessage } from '../../src/events/sqs-message.ts';
import { runSqsPoller } from '../../src/events/sqs-poller.ts';
import { ensureQueue, startLocalSqs, type LocalSqs } from '../../src/local/local-sqs.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { postgresOutbox } from '../../src/stores/postgres/outbox.ts';

const logger = createLogger({ level: 'silent' });

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(TEST_DATABASES)(
  'outbox → relay → local bus (fauxqs) → consumer on $name',
  (database) => {
    let handle: DatabaseHandle;
    let sqs: LocalSqs;
    let queue = 0;

    beforeAll(async () => {
      handle = await database.open();
      await sql`create table effects (event_id uuid not null)`.execute(handle.db);
      sqs = await startLocalSqs();
    });
    afterAll(async () => {
      await sqs?.stop();
      await handle?.close();
    });
    beforeEach(async () => {
      await sql`truncate usersync.outbox, usersync.processed_events, effects`.execute(handle.db);
    });

    /** The effect under test: one row per application, so a doubled effect shows. */
    const recordEffect: EventSink = async (event) => {
      await sql`insert into effects (event_id) values (${event.id}::uuid)`.execute(handle.db);
    };

    async function enqueue(count: number): Promise<string[]> {
      const ids: string[] = [];
      await handle.db.transaction().execute(async (trx) => {
        for (let i = 0; i < count; i++) {
          const event = createEvent('user.registered', {
            userId: '00000000-0000-7000-8000-000000000000',
            n: i,
          });
          ids.push(event.id);
          await enqueueEvent(trx, event, null);
        }
      });
      return ids;
    }

    async function pipeline(publisherWrapper: (bus: Publisher) => Publisher) {
      const pair = await ensureQueue(sqs.client, `pipeline-${database.name}-${queue++}`, {
        maxReceiveCount: 3,
        visibilityTimeoutSeconds: 1,
      });
      const bus = publisherWrapper(
        createLocalBus(sqs.client, [{ name: 'all', eventTypes: '*', queueUrl: pair.queueUrl }]),
      );
      const relay = createRelay({
        outbox: postgresOutbox(handle.db),
        publisher: bus,
        logger,
        retryBaseMs: 1,
        retryMaxMs: 10,
      });
      const controller = new AbortController();
      const poller = runSqsPoller({
        sqs: sqs.client,
        queueUrl: pair.queueUrl,
        handler: createConsumer({
          name: 'test-effect',
          ledger: postgresLedger(handle.db),
          sink: recordEffect,
          logger,
        }),
        logger,
        signal: controller.signal,
      });
      return { pair, relay, stop: async () => (controller.abort(), await poller) };
    }

    const effectCounts = async () =>
      (
        await sql<{
          event_id: string;
          n: number;
        }>`select event_id, count(*)::int as n from effects group by event_id`.execute(handle.db)
      ).rows;

    it('delivers every event once when the bus fails a few times, then recovers', async () => {
      let failures = 3;
      const { relay, stop } = await pipeline((bus) => ({
        publish: (events: readonly EventEnvelope[]) =>
          failures-- > 0
            ? Promise.resolve(
                events.map((event) => ({ id: event.id, ok: false as const, error: 'bus down' })),
              )
            : bus.publish(events),
      }));
      const ids = await enqueue(30);
      try {
        await until(async () => {
          await relay.drain();
          return (await effectCounts()).length === 30;
        }, 15_000);
        const counts = await effectCounts();
        expect(counts.map((row) => row.event_id).sort()).toEqual([...ids].sort());
        expect(counts.every((row) => row.n === 1)).toBe(true);
      } finally {
        await stop();
      }
    });

    it('applies the effect once when a relay killed between publish and mark publishes again', async () => {
      let die = true;
      const { relay, stop } = await pipeline((bus) => ({
        publish: async (events: readonly EventEnvelope[]) => {
          const results = await bus.publish(events);
          if (die) {
            die = false;
            throw new Error('relay killed');
          }
          return results;
        },
      }));
      const ids = await enqueue(10);
      try {
        await expect(relay.drain()).rejects.toThrow('relay killed');
        await relay.drain();
        await until(async () => (await effectCounts()).length === 10, 10_000);
        // Both copies of every message are consumed before the check.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const counts = await effectCounts();
        expect(counts.map((row) => row.event_id).sort()).toEqual([...ids].sort());
        expect(counts.every((row) => row.n === 1)).toBe(true);
        const processed = await handle.db
          .selectFrom('processed_events')
          .select('event_id')
          .execute();
        expect(processed).toHaveLength(10);
      } finally {
        await stop();
      }
    });

    it('reports only the failing message of a batch', async () => {
      const bad = createEvent('user.updated', { n: 'bad' });
      const good = [createEvent('user.updated', { n: 1 }), createEvent('user.updated', { n: 2 })];
      const consumer = createConsumer({
        name: 'partial',
        ledger: postgresLedger(handle.db),
        logger,
        sink: async (event) => {
          if (event.id === bad.id) throw new Error('sink failed');
          await recordEffect(event);
        },
      });
      const response = await consumer({
        Records: [good[0]!, bad, good[1]!].map((event, i) => ({
          messageId: `m${i}`,
          body: JSON.stringify(toBusMessage(event)),
        })),
      });
      expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
      expect((await effectCounts()).map((row) => row.event_id).sort()).toEqual(
        good.map((event) => event.id).sort(),
      );
      // The failed event left no processed mark: its retry will run the effect.
      const marks = await handle.db
        .selectFrom('processed_events')
        .select('event_id')
        .where('consumer', '=', 'partial')
        .execute();
      expect(marks.map((row) => row.event_id).sort()).toEqual(good.map((event) => event.id).sort());
    });

    it('applies an event once when one batch carries it twice, or carries an event already applied', async () => {
      const consumer = createConsumer({
        name: 'twice',
        ledger: postgresLedger(handle.db),
        logger,
        sink: recordEffect,
      });
      const [first, second] = [
        createEvent('user.updated', { n: 1 }),
        createEvent('user.updated', { n: 2 }),
      ];
      const record = (event: EventEnvelope, i: number) => ({
        messageId: `m${i}`,
        body: JSON.stringify(toBusMessage(event)),
      });
      expect(await consumer({ Records: [first, first].map(record) })).toEqual({
        batchItemFailures: [],
      });
      expect(await consumer({ Records: [second, first, second].map(record) })).toEqual({
        batchItemFailures: [],
      });
      const counts = await effectCounts();
      expect(counts.map((row) => row.event_id).sort()).toEqual([first.id, second.id].sort());
      expect(counts.every((row) => row.n === 1)).toBe(true);
    });

    it('sends a poison message to the dead-letter queue after maxReceiveCount', async () => {
      const { pair, stop } = await pipeline((bus) => bus);
      try {
        await sqs.client.send(
          new SendMessageCommand({ QueueUrl: pair.queueUrl, MessageBody: '{"not": "an event"}' }),
        );
        let dead: string | undefined;
        await until(async () => {
          const answer = await sqs.client.send(
            new ReceiveMessageCommand({ QueueUrl: pair.deadLetterUrl, WaitTimeSeconds: 0 }),
          );
          dead = answer.Messages?.[0]?.Body;
          return dead !== undefined;
        }, 15_000);
        expect(dead).toBe('{"not": "an event"}');
      } finally {
        await stop();
      }
    });

    it('lists dead letters in place, and redrives them to be consumed again', async () => {
      const { pair, stop } = await pipeline((bus) => bus);
      try {
        const event = createEvent('user.registered', {
          userId: '00000000-0000-7000-8000-000000000001',
        });
        await sqs.client.send(
          new SendMessageCommand({
            QueueUrl: pair.deadLetterUrl,
            MessageBody: JSON.stringify(toBusMessage(event)),
          }),
        );
        const letters = await listDeadLetters(sqs.client, pair.deadLetterUrl);
        expect(letters).toMatchObject([{ eventType: 'user.registered', eventId: event.id }]);
        expect(await listDeadLetters(sqs.client, pair.deadLetterUrl)).toHaveLength(1);
        expect(await redriveDeadLetters(sqs.client, pair.deadLetterUrl, pair.queueUrl)).toBe(1);
        await until(
          async () => (await effectCounts()).some((row) => row.event_id === event.id),
          10_000,
        );
        expect(await listDeadLetters(sqs.client, pair.deadLetterUrl)).toEqual([]);
      } finally {
        await stop();
      }
    });

    it('lets a sink that keeps state ignore an event older than one it applied', async () => {
      const userId = '00000000-0000-7000-8000-00000000000a';
      const applied: number[] = [];
      const consumer = createConsumer({
        name: 'ordered',
        ledger: postgresLedger(handle.db),
        logger,
        ignoreStale: true,
        sink: (event) => {
          applied.push(event.data['version'] as number);
          return Promise.resolve();
        },
      });
      const at = (version: number) => createEvent('user.updated', { userId, version });
      const deliver = (...events: EventEnvelope[]) =>
        consumer({
          Records: events.map((event, i) => ({
            messageId: `m${i}`,
            body: JSON.stringify(toBusMessage(event)),
          })),
        });
      expect(await deliver(at(200), at(100))).toEqual({ batchItemFailures: [] });
      await deliver(at(300));
      await deliver(at(250));
      expect(applied).toEqual([200, 300]);
      // Another user's events are ordered on their own.
      const other = createEvent('user.updated', {
        userId: '00000000-0000-7000-8000-00000000000b',
        version: 1,
      });
      await deliver(other);
      expect(applied).toEqual([200, 300, 1]);
    });
  },
);
