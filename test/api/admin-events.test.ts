import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersyncError } from '../../src/domain/errors.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { FAKE_TOKENS, fakeApp, inject, type FakeApp } from '../support/fake-app.ts';

/**
 * The events, dead-letter and health routes over fakes: what each shows, a redrive
 * audited, a check that fails shown as that check's code, and a non-admin refused.
 */
describe('admin events and health routes', () => {
  let fake: FakeApp;
  let store: StoreHandle;
  const redriven: string[] = [];
  beforeAll(async () => {
    fake = await fakeApp({
      dependencies: {
        deadLetters: {
          queues: () => Promise.resolve([{ consumer: 'profileProvisioner', messages: 2 }]),
          list: (consumer) =>
            consumer === 'profileProvisioner'
              ? Promise.resolve([
                  {
                    messageId: 'm1',
                    receiveCount: 5,
                    eventType: 'user.registered',
                    eventId: 'e1',
                    body: '{"detail":{"data":{"email":"ada@example.com"}}}',
                  },
                ])
              : Promise.reject(new UsersyncError('NOT_FOUND')),
          redrive: (consumer) => {
            redriven.push(consumer);
            return Promise.resolve(2);
          },
        },
      },
    });
    store = postgresStore(fake.database);
    await store.users.linkOrCreate({
      sub: 'd0d0d0d0-0000-4000-8000-000000000001',
      email: 'ada@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const send = (...args: Parameters<typeof inject> extends [unknown, ...infer R] ? R : never) =>
    inject(fake, ...args);

  it('shows the backlog, the newest events without their payloads, and the dead-letter queues', async () => {
    const answer = await send('GET', '/admin/events?type=user.registered');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      outbox: { oldestUnpublishedAgeSeconds: expect.any(Number), parked: 0 },
      recent: [{ type: 'user.registered', state: 'pending', attempts: 0 }],
      parked: [],
      deadLetters: [{ consumer: 'profileProvisioner', messages: 2 }],
    });
    expect(answer.body).not.toContain('ada@example.com');
  });

  it("lists a consumer's dead letters without their bodies, and redrives them, audited", async () => {
    const letters = await send('GET', '/admin/dead-letters/profileProvisioner');
    expect(letters.json()).toEqual({
      items: [{ messageId: 'm1', receiveCount: 5, eventType: 'user.registered', eventId: 'e1' }],
    });
    expect((await send('GET', '/admin/dead-letters/nobody')).statusCode).toBe(404);
    expect((await send('POST', '/admin/dead-letters/profileProvisioner/redrive')).json()).toEqual({
      moved: 2,
    });
    expect(redriven).toEqual(['profileProvisioner']);
    const [entry] = (await store.audit.list({ limit: 1 })).items;
    expect(entry).toMatchObject({
      action: 'dead-letters.redrive',
      target: 'profileProvisioner',
      outcome: 'done',
      detail: { moved: 2 },
    });
  });

  it('redrives parked events, audited; refuses ids that are not event ids', async () => {
    expect((await send('POST', '/admin/events/redrive', {})).json()).toEqual({ redriven: 0 });
    expect((await send('POST', '/admin/events/redrive', { ids: ["' or 1=1"] })).statusCode).toBe(
      400,
    );
    expect((await store.audit.list({ limit: 1 })).items[0]).toMatchObject({
      action: 'outbox.redrive',
      outcome: 'done',
    });
  });

  it('shows each part up or down with its code, the dead letters marking the queues unwell', async () => {
    const describe = fake.gateway.describeUserPool.bind(fake.gateway);
    fake.gateway.describeUserPool = () => Promise.reject(new UsersyncError('UPSTREAM_UNAVAILABLE'));
    try {
      const health = await send('GET', '/admin/health');
      expect(health.json()).toMatchObject({
        store: { ok: true, error: null },
        cognito: { ok: false, error: 'UPSTREAM_UNAVAILABLE' },
        outbox: { ok: true, parked: 0 },
        queues: { ok: false, deadLetters: 2 },
      });
    } finally {
      fake.gateway.describeUserPool = describe;
    }
  });

  it("lists webhook deliveries with the receiver's answers, newest first, by receiver", async () => {
    const delivery = {
      eventId: 'e1',
      eventType: 'user.registered',
      status: 204,
      ms: 12,
      error: null,
    };
    await store.audit.recordDelivery({ ...delivery, consumer: 'webhook:a.example:1' });
    await new Promise((resolve) => setTimeout(resolve, 3));
    await store.audit.recordDelivery({
      ...delivery,
      consumer: 'webhook:b.example:2',
      status: null,
      error: 'TimeoutError',
    });
    const all = await send('GET', '/admin/webhooks/deliveries');
    expect(all.json()).toMatchObject({
      items: [
        { consumer: 'webhook:b.example:2', status: null, error: 'TimeoutError' },
        { consumer: 'webhook:a.example:1', status: 204, ms: 12, eventType: 'user.registered' },
      ],
    });
    const one = await send('GET', '/admin/webhooks/deliveries?consumer=webhook:a.example:1');
    expect(one.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('refuses a non-admin on every route', async () => {
    for (const [method, url] of [
      ['GET', '/admin/events'],
      ['POST', '/admin/events/redrive'],
      ['GET', '/admin/dead-letters/profileProvisioner'],
      ['POST', '/admin/dead-letters/profileProvisioner/redrive'],
      ['GET', '/admin/health'],
      ['GET', '/admin/webhooks/deliveries'],
    ] as const) {
      const answer = await send(method, url, method === 'POST' ? {} : undefined, FAKE_TOKENS.user);
      expect(answer.statusCode, url).toBe(403);
    }
    expect(redriven).toEqual(['profileProvisioner']);
  });
});
