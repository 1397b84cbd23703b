import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, type EventEnvelope } from '../../src/domain/events.ts';
import { createConsumer } from '../../src/events/consumer.ts';
import { toBusMessage } from '../../src/events/sqs-message.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';
import { postgresLedger } from '../../src/stores/postgres/ledger.ts';

const message = (event: EventEnvelope, messageId = event.id) => ({
  messageId,
  body: JSON.stringify(toBusMessage(event)),
});

/**
 * The consumers whose sink works outside the store (the webhook forwarder on every store,
 * every consumer on DynamoDB): idempotent by event id, stale versions skipped, failures
 * alone, each success recorded at once.
 */
describe.each(TEST_STORES)('a consumer on the ledger of $name', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  const consumer = (sink: (event: EventEnvelope) => Promise<void>, ignoreStale = false) =>
    createConsumer({
      name: 'test-sink',
      ledger: store.handle.ledger ?? postgresLedger(store.handle.database!.db),
      sink,
      ignoreStale,
      logger: createLogger({ level: 'silent' }),
    });

  it('runs the sink once for an event delivered twice, in one batch or two', async () => {
    const seen: string[] = [];
    const handle = consumer((event) => {
      seen.push(event.id);
      return Promise.resolve();
    });
    const event = createEvent('user.updated', { userId: 'u-1', version: 1 });
    expect(await handle({ Records: [message(event, 'a'), message(event, 'b')] })).toEqual({
      batchItemFailures: [],
    });
    expect(await handle({ Records: [message(event, 'c')] })).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual([event.id]);
  });

  it('skips an event older than one applied for the same user', async () => {
    const seen: number[] = [];
    const handle = consumer((event) => {
      seen.push(event.data['version'] as number);
      return Promise.resolve();
    }, true);
    const newer = createEvent('user.updated', { userId: 'u-2', version: 5 });
    const older = createEvent('user.updated', { userId: 'u-2', version: 4 });
    await handle({ Records: [message(newer), message(older)] });
    expect(seen).toEqual([5]);
  });

  it('fails a message whose sink throws, holding no other back, and records nothing for it', async () => {
    let fail = true;
    const seen: string[] = [];
    const handle = consumer((event) => {
      if (event.data['userId'] === 'u-bad' && fail)
        return Promise.reject(new Error('receiver down'));
      seen.push(String(event.data['userId']));
      return Promise.resolve();
    });
    const bad = createEvent('user.updated', { userId: 'u-bad', version: 1 });
    const good = createEvent('user.updated', { userId: 'u-good', version: 1 });
    const result = await handle({
      Records: [message(bad), { messageId: 'junk', body: '{not json' }, message(good)],
    });
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(
      [bad.id, 'junk'].sort(),
    );
    expect(seen).toEqual(['u-good']);
    fail = false;
    expect(await handle({ Records: [message(bad)] })).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(['u-good', 'u-bad']);
  });

  it('runs the sink once for one event delivered to two consumers at once; the other comes back', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const posts: string[] = [];
    const handle = consumer(async (event) => {
      posts.push(event.id);
      await gate;
    });
    const event = createEvent('user.updated', { userId: 'u-twice', version: 1 });
    const first = handle({ Records: [message(event, 'one')] });
    // The first holds its claim while its POST is in flight: the second finds it busy.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await handle({ Records: [message(event, 'two')] });
    expect(second.batchItemFailures).toEqual([{ itemIdentifier: 'two' }]);
    release();
    expect(await first).toEqual({ batchItemFailures: [] });
    // Redelivered once the first is done: nothing runs again.
    expect(await handle({ Records: [message(event, 'two')] })).toEqual({ batchItemFailures: [] });
    expect(posts).toEqual([event.id]);
  });

  it('takes over a claim whose holder died once its lease ran out', async () => {
    const ledger = store.handle.ledger ?? postgresLedger(store.handle.database!.db);
    const event = createEvent('user.updated', { userId: 'u-orphan', version: 1 });
    // A consumer claimed it and died before recording it.
    expect(await ledger.claim('test-sink', event.id, 1)).toBe('claimed');
    expect(await ledger.processed('test-sink', event.id)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const posts: string[] = [];
    const handle = consumer((delivered) => {
      posts.push(delivered.id);
      return Promise.resolve();
    });
    expect(await handle({ Records: [message(event)] })).toEqual({ batchItemFailures: [] });
    expect(posts).toEqual([event.id]);
    expect(await ledger.claim('test-sink', event.id, 60_000)).toBe('done');
  });

  it('runs no sink again that succeeded when its batch comes back for one failure', async () => {
    let failing = true;
    const posts: string[] = [];
    const handle = consumer((event) => {
      const who = String(event.data['userId']);
      if (who === 'u-flaky' && failing) return Promise.reject(new Error('receiver 503'));
      posts.push(who);
      return Promise.resolve();
    });
    const batch = ['u-first', 'u-flaky', 'u-last'].map((userId) =>
      message(createEvent('user.updated', { userId, version: 1 })),
    );
    const first = await handle({ Records: batch });
    expect(first.batchItemFailures).toHaveLength(1);
    failing = false;
    // SQS may send the whole batch again (a visibility timeout that ran out): only the
    // failed one is POSTed again.
    expect(await handle({ Records: batch })).toEqual({ batchItemFailures: [] });
    expect(posts).toEqual(['u-first', 'u-last', 'u-flaky']);
  });
});
