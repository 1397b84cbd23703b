import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { createEvent } from '../../src/domain/events.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { webhookConsumerName, webhookSink } from '../../src/events/webhook-forwarder.ts';

const SECRET = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;

/**
 * The webhook forwarder signs per Standard Webhooks: receivers verify with that
 * specification's own library (`standardwebhooks`), not with code of usersync's.
 */
describe('webhook forwarder', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const received: { headers: Record<string, string>; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers as Record<string, string>, body });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('POSTs the envelope with webhook-id, webhook-timestamp and webhook-signature that the library verifies', async () => {
    const event = createEvent('user.updated', { userId: 'u1' });
    await webhookSink({ url, secret: SECRET })(event);
    const [delivery] = received.splice(0);
    expect(JSON.parse(delivery!.body)).toEqual(event);
    expect(delivery!.headers['webhook-id']).toBe(event.id);
    expect(delivery!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(SECRET).verify(delivery!.body, delivery!.headers)).toEqual(event);
  });

  it('is refused by the library when tampered with, under another secret, or old', async () => {
    const event = createEvent('user.updated', { n: 1 });
    await webhookSink({ url, secret: SECRET })(event);
    const [delivery] = received.splice(0);
    const { body, headers } = delivery!;
    const verifier = new Webhook(SECRET);
    expect(() => verifier.verify(body.replace('"n":1', '"n":2'), headers)).toThrow(
      WebhookVerificationError,
    );
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 2).toString('base64')}`).verify(body, headers),
    ).toThrow(WebhookVerificationError);
    await webhookSink({ url, secret: SECRET, now: () => new Date(Date.now() - 3_600_000) })(event);
    const [old] = received.splice(0);
    expect(() => verifier.verify(old!.body, old!.headers)).toThrow(/too old/);
  });

  it('throws on a non-2xx answer, so the queue retries the message', async () => {
    status = 500;
    try {
      const failure = await webhookSink({ url, secret: SECRET })(
        createEvent('user.deleted', {}),
      ).catch((error: unknown) => error);
      expect(isUsersyncError(failure, 'UPSTREAM_UNAVAILABLE')).toBe(true);
      expect((failure as Error).message).toContain('answered 500');
    } finally {
      status = 200;
      received.splice(0);
    }
  });

  it('tells of each delivery and its answer: a 2xx, a 500, and a receiver that never answered', async () => {
    const deliveries: unknown[] = [];
    const onDelivery = (delivery: unknown) => {
      deliveries.push(delivery);
      return Promise.resolve();
    };
    const event = createEvent('user.updated', { userId: 'u1' });
    await webhookSink({ url, secret: SECRET, onDelivery })(event);
    status = 500;
    try {
      await webhookSink({ url, secret: SECRET, onDelivery })(event).catch(() => undefined);
    } finally {
      status = 200;
      received.splice(0);
    }
    const closed = new URL(url);
    closed.port = '1';
    await webhookSink({ url: closed.toString(), secret: SECRET, onDelivery })(event).catch(
      () => undefined,
    );
    const common = {
      consumer: webhookConsumerName(url),
      eventId: event.id,
      eventType: 'user.updated',
      ms: expect.any(Number),
    };
    expect(deliveries).toEqual([
      { ...common, status: 200, error: null },
      { ...common, status: 500, error: 'HTTP 500' },
      {
        ...common,
        consumer: webhookConsumerName(closed.toString()),
        status: null,
        error: 'TypeError',
      },
    ]);
  });

  it('names two receivers on one host as two consumers, without storing the URL', () => {
    const first = webhookConsumerName('https://hooks.example.com/a?token=secret');
    const second = webhookConsumerName('https://hooks.example.com/b');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^webhook:hooks\.example\.com:[0-9a-f]{16}$/);
    expect(first).not.toContain('secret');
  });
});
