import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import type { AuditRecord } from '../../src/domain/audit.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

const ADMIN = 'a0000000-0000-4000-8000-00000000000a';

function entry(target: string, action: AuditRecord['action'] = 'user.sync'): AuditRecord {
  return { actor: ADMIN, action, target, outcome: 'done', detail: { claims: ['tenant_id'] } };
}

describe.each(TEST_STORES)('the audit log in the $name store', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps each entry as written and pages through them newest first, by target too', async () => {
    const { audit } = store.handle;
    const written = [];
    for (const target of ['u1', 'u2', 'u1', 'u3', 'u1']) {
      written.push(await audit.record(entry(target)));
      // Distinct milliseconds: newest first is then one order on every store.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const first = await audit.list({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([written[4]?.id, written[3]?.id]);
    expect(first.items[0]).toEqual({
      ...entry('u1'),
      id: written[4]?.id,
      at: expect.any(Date),
    });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await audit.list({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((item) => item.id)).toEqual([written[2]?.id, written[1]?.id]);
    const last = await audit.list({ limit: 2, cursor: second.nextCursor ?? '' });
    expect(last.items.map((item) => item.id)).toEqual([written[0]?.id]);
    expect(last.nextCursor).toBeNull();

    // One user's entries: the filter pages too.
    const mine = await audit.list({ limit: 2, target: 'u1' });
    expect(mine.items.map((item) => item.id)).toEqual([written[4]?.id, written[2]?.id]);
    const rest = await audit.list({ limit: 2, target: 'u1', cursor: mine.nextCursor ?? '' });
    expect(rest.items.map((item) => item.id)).toEqual([written[0]?.id]);
    expect(rest.nextCursor).toBeNull();
    expect((await audit.list({ limit: 5, target: 'nobody' })).items).toEqual([]);
  });

  it('refuses a cursor it did not give out, and writes nothing', async () => {
    const { audit } = store.handle;
    const before = await audit.list({ limit: 100 });
    for (const cursor of ["' or 1=1 --", 'x'.repeat(300), '\u0000']) {
      const failure = await audit.list({ limit: 5, cursor }).catch((error: unknown) => error);
      expect(isUsersyncError(failure, 'VALIDATION_FAILED')).toBe(true);
    }
    expect((await audit.list({ limit: 100 })).items).toEqual(before.items);
  });

  it('keeps webhook deliveries newest first, filtered by receiver', async () => {
    const { audit } = store.handle;
    const base = { eventId: 'e1', eventType: 'user.updated', ms: 7.4, error: null };
    await audit.recordDelivery({ ...base, consumer: 'webhook:a:1', status: 200 });
    await new Promise((resolve) => setTimeout(resolve, 3));
    await audit.recordDelivery({
      ...base,
      consumer: 'webhook:b:2',
      status: null,
      error: 'TimeoutError',
    });
    await new Promise((resolve) => setTimeout(resolve, 3));
    await audit.recordDelivery({
      ...base,
      consumer: 'webhook:a:1',
      status: 502,
      error: 'HTTP 502',
    });
    const all = await audit.deliveries({ limit: 10 });
    expect(all.map((delivery) => [delivery.consumer, delivery.status])).toEqual([
      ['webhook:a:1', 502],
      ['webhook:b:2', null],
      ['webhook:a:1', 200],
    ]);
    expect(all[2]).toEqual({
      ...base,
      ms: 7,
      consumer: 'webhook:a:1',
      status: 200,
      id: expect.any(String),
      at: expect.any(Date),
    });
    const mine = await audit.deliveries({ limit: 1, consumer: 'webhook:a:1' });
    expect(mine.map((delivery) => delivery.status)).toEqual([502]);
    // The audit log holds none of them: only the five entries the first test wrote.
    expect((await audit.list({ limit: 100 })).items).toHaveLength(5);
  });

  it('keeps each outcome as written: started, done and failed', async () => {
    const { audit } = store.handle;
    for (const outcome of ['started', 'done', 'failed'] as const) {
      await audit.record({ ...entry('outcomes'), outcome });
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const kept = await audit.list({ limit: 5, target: 'outcomes' });
    expect(kept.items.map((item) => item.outcome)).toEqual(['failed', 'done', 'started']);
  });
});
