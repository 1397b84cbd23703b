import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

describe.each(TEST_STORES)("the outbox's newest events in the $name store", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('lists the newest first, by type, without payloads', async () => {
    const { users, outbox } = store.handle;
    const made = [];
    for (const n of [1, 2]) {
      made.push(
        await users.linkOrCreate({
          sub: `e0e0e0e0-0000-4000-8000-00000000000${n}`,
          email: `recent${n}@example.com`,
          emailVerified: true,
          name: null,
          phone: null,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await users.setClaims(made[0]?.user.id ?? '', { 'custom:user_type': 'pro' });
    const recent = await outbox.recent({ limit: 10 });
    expect(recent.map((entry) => entry.type)).toEqual([
      'user.updated',
      'user.registered',
      'user.registered',
    ]);
    expect(recent[1]).toEqual({
      id: expect.any(String),
      type: 'user.registered',
      userId: made[1]?.user.id,
      createdAt: expect.any(String),
      state: 'pending',
      attempts: 0,
      error: null,
    });
    expect(JSON.stringify(recent)).not.toContain('@example.com');
    const registered = await outbox.recent({ limit: 1, type: 'user.registered' });
    expect(registered.map((entry) => entry.userId)).toEqual([made[1]?.user.id]);
    // Published, it is listed as such where the store keeps it, and gone where it does not.
    await store.takeEvents();
    const after = await outbox.recent({ limit: 10 });
    if (kind.name === 'dynalite') expect(after).toEqual([]);
    else expect(after.map((entry) => entry.state)).toEqual(['published', 'published', 'published']);
  });
});
