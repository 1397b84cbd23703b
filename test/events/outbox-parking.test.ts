import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../src/domain/events.ts';
import type { Publisher, PublishResult } from '../../src/events/publisher.ts';
import { createRelay } from '../../src/events/relay.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { linkOrCreateUser } from '../../src/services/users/link.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

/** A bus that refuses, every time, the events of the email it is told to, and takes the rest. */
class RefusingPublisher implements Publisher {
  refusing: string | undefined;
  readonly offered: string[] = [];

  publish(events: readonly EventEnvelope[]): Promise<PublishResult[]> {
    this.offered.push(...events.map((event) => event.id));
    return Promise.resolve(
      events.map((event) =>
        event.data['email'] === this.refusing
          ? { id: event.id, ok: false as const, error: 'EventBridge: entry size exceeds 256 KB' }
          : { id: event.id, ok: true as const },
      ),
    );
  }
}

describe.each(TEST_STORES)('a poison event in the $name outbox', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('is parked after its last attempt, skipped by the relay, alarmed, listed, and re-driven', async () => {
    const { outbox, users } = store.handle;
    await store.takeEvents();
    const sub = (n: number) => `5e0b5b3e-0000-4000-8000-0000000000a${n}`;
    await linkOrCreateUser(users, {
      sub: sub(1),
      email: 'poison@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await linkOrCreateUser(users, {
      sub: sub(2),
      email: 'healthy@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    const publisher = new RefusingPublisher();
    publisher.refusing = 'poison@example.com';
    const relay = createRelay({
      outbox,
      publisher,
      logger: createLogger({ level: 'silent' }),
      retryBaseMs: 0,
      retryMaxMs: 0,
      maxAttempts: 3,
    });
    // Attempts one and two: the healthy event goes, the poison one is retried.
    expect(await relay.runBatch()).toMatchObject({ published: 1, failed: 1, parked: 0 });
    expect(await relay.runBatch()).toMatchObject({ published: 0, failed: 1, parked: 0 });
    expect(await outbox.parkedCount()).toBe(0);
    const retried = publisher.offered.at(-1) ?? '';

    // Attempt three is its last: parked, with its error; the outbox's age no longer counts it.
    expect(await relay.runBatch()).toMatchObject({ failed: 1, parked: 1 });
    expect(await outbox.parkedCount()).toBe(1);
    expect(await outbox.listParked(10)).toEqual([
      expect.objectContaining({
        id: retried,
        type: 'user.registered',
        attempts: 3,
        error: 'EventBridge: entry size exceeds 256 KB',
      }),
    ]);
    expect(await outbox.oldestUnpublishedAgeSeconds()).toBe(0);
    publisher.offered.length = 0;
    expect(await relay.drain()).toMatchObject({ published: 0, failed: 0, batches: 0 });
    expect(publisher.offered).toEqual([]);

    // Mended (the bus takes it now): re-driven, with fresh attempts, and published once.
    publisher.refusing = undefined;
    expect(await outbox.redrive(['5e0b5b3e-0000-4000-8000-00000000ffff'])).toBe(0);
    expect(await outbox.redrive([retried])).toBe(1);
    expect(await outbox.parkedCount()).toBe(0);
    expect(await relay.drain()).toMatchObject({ published: 1, failed: 0 });
    expect(publisher.offered).toEqual([retried]);
    expect(await outbox.redrive('all')).toBe(0);
  });
});
