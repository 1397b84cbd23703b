import { readFile } from 'node:fs/promises';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { eventJsonSchema } from '../../src/domain/event-schemas.ts';
import { EVENT_TYPES, userEvent, type EventEnvelope } from '../../src/domain/events.ts';
import { toBusMessage } from '../../src/events/sqs-message.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { parseEvent, sqsHandler, verifyWebhook } from '../../src/sdk/events.ts';
import { createUsersync } from '../../src/sdk/usersync.ts';
import { linkOrCreateUser } from '../../src/services/users/link.ts';
import { assertValidEvent } from '../support/event-schemas.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

const SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes').toString('base64')}`;

describe('the events JSON Schemas', () => {
  it('are the files schema/events/<type>.json, as the zod definitions write them', async () => {
    for (const type of EVENT_TYPES) {
      const shipped = JSON.parse(
        await readFile(new URL(`../../schema/events/${type}.json`, import.meta.url), 'utf8'),
      ) as unknown;
      expect(shipped, `${type}: run npm run docs:config`).toEqual(eventJsonSchema(type));
    }
  });
});

describe.each(TEST_STORES)('every event type written on $name', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('matches its schema, and a changed one does not', async () => {
    await store.takeEvents();
    const users = store.handle.users;
    const fields = {
      sub: '7f1e9a40-0000-4000-8000-000000000001',
      email: 'schema.user@example.com',
      emailVerified: true,
      name: 'Schema User',
      phone: null,
    };
    const { user } = await linkOrCreateUser(users, fields);
    await users.setClaims(user.id, { 'custom:developer_id': 'dev-7', roles: ['a', 'b'] });
    await users.markDeleted(user.id);
    await users.erase(user.id);
    // takeEvents checks each one against its schema.
    const events = await store.takeEvents();
    expect(events.map((event) => event.type)).toEqual([
      'user.registered',
      'user.updated',
      'user.deleted',
      'user.erased',
    ]);
    const linked = userEvent('user.linked', user, {
      oldSub: null,
      newSub: fields.sub,
      previousStatus: 'guest',
    });
    assertValidEvent(linked);
    expect(parseEvent(JSON.stringify(linked))).toEqual(linked);
    const changed = { ...events[1]!, data: { ...events[1]!.data, version: 'one' } };
    expect(() => assertValidEvent(changed)).toThrow(/version/);
    expect(() => parseEvent(changed)).toThrow(expect.objectContaining({ code: 'EVENT_INVALID' }));
    // Hostile input: deep nesting, NUL and lone surrogates, broken JSON: each EVENT_INVALID.
    const deep = `{"id":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
    for (const hostile of [deep, '{"type":"user.registered\u0000"}', '"\ud800"', '{"id":']) {
      expect(() => parseEvent(hostile)).toThrow(expect.objectContaining({ code: 'EVENT_INVALID' }));
    }
    expect(() => parseEvent({ ...linked, type: 'user.renamed' })).toThrow(
      expect.objectContaining({ code: 'EVENT_INVALID' }),
    );
  });
});

describe('usersync/events', () => {
  const event = userEvent('user.registered', {
    id: 'u-1',
    sub: '7f1e9a40-0000-4000-8000-000000000002',
    email: 'hook@example.com',
    emailVerified: true,
    name: null,
    phone: null,
    claims: {},
    profile: {},
    status: 'active',
    createdAt: new Date(),
    updatedAt: new Date(),
    lastLoginAt: null,
    deletedAt: null,
    version: 1,
  });

  it('verifyWebhook takes a delivery signed as the forwarder signs it, and refuses a changed one', () => {
    const body = JSON.stringify(event);
    const now = new Date();
    const headers = {
      'webhook-id': event.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRET).sign(event.id, now, body),
    };
    expect(verifyWebhook(SECRET, new Headers(headers), body)).toEqual(event);
    expect(() => verifyWebhook(SECRET, headers, body.replace('hook@', 'hack@'))).toThrow(
      expect.objectContaining({ code: 'SIGNATURE_INVALID' }),
    );
    const old = new Date(now.getTime() - 600_000);
    const stale = {
      ...headers,
      'webhook-timestamp': String(Math.floor(old.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRET).sign(event.id, old, body),
    };
    expect(() => verifyWebhook(SECRET, stale, body)).toThrow(
      expect.objectContaining({ code: 'SIGNATURE_INVALID' }),
    );
  });

  it('sqsHandler handles an event once per consumer, and fails a bad message alone', async () => {
    const kind = TEST_STORES[0]!;
    const store = await kind.open();
    const usersync = createUsersync({
      config: loadConfig({ COGNITO_USER_POOL_ID: 'us-east-1_Events', COGNITO_CLIENT_ID: 'client' }),
      store: store.handle,
      logger: createLogger({ level: 'silent' }),
    });
    try {
      const seen: string[] = [];
      const handler = sqsHandler({ usersync, consumer: 'billing' }, async (received) => {
        seen.push(`${received.type} ${received.data.email}`);
      });
      const message = (envelope: EventEnvelope | object, messageId: string) => ({
        messageId,
        body: JSON.stringify(toBusMessage(envelope as EventEnvelope)),
      });
      const bad = {
        ...event,
        id: '7f1e9a40-0000-4000-8000-0000000000ff',
        data: { ...event.data, userId: 'u-2', email: 42 },
      };
      const first = await handler({ Records: [message(event, 'm1'), message(bad, 'm2')] });
      expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }] });
      const again = await handler({ Records: [message(event, 'm3')] });
      expect(again).toEqual({ batchItemFailures: [] });
      expect(seen).toEqual(['user.registered hook@example.com']);
    } finally {
      await usersync.close();
      await store.close();
    }
  });
});
