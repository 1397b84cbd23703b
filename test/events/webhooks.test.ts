import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../src/domain/events.ts';
import { webhookForwarder } from '../../src/events/webhook-forwarder.ts';
import { WEBHOOK_HEADERS, signWebhook, verifyWebhook } from '../../src/events/webhook-signature.ts';

const SECRET = 'whsec_test';
const NOW = 1_795_000_000;

describe('webhook forwarder and verifier', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
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

  it('POSTs the envelope signed, and the shipped verifier accepts it', async () => {
    const event = createEvent('user.updated', { userId: 'u1' });
    await webhookForwarder({ url, secret: SECRET, now: () => NOW })(undefined as never, event);
    const [delivery] = received.splice(0);
    expect(JSON.parse(delivery!.body)).toEqual(event);
    expect(delivery!.headers[WEBHOOK_HEADERS.eventId]).toBe(event.id);
    const check = verifyWebhook({
      secret: SECRET,
      body: delivery!.body,
      timestamp: delivery!.headers[WEBHOOK_HEADERS.timestamp] as string,
      signature: delivery!.headers[WEBHOOK_HEADERS.signature] as string,
      now: NOW + 10,
    });
    expect(check).toEqual({ ok: true });
  });

  it('refuses a tampered body, a wrong secret, an old request and missing headers', () => {
    const body = JSON.stringify(createEvent('user.updated', { n: 1 }));
    const signature = signWebhook(SECRET, NOW, body);
    const base = { secret: SECRET, body, timestamp: String(NOW), signature, now: NOW };
    expect(verifyWebhook({ ...base, body: body.replace('1', '2') })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifyWebhook({ ...base, secret: 'other' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifyWebhook({ ...base, now: NOW + 301 })).toEqual({
      ok: false,
      reason: 'STALE_TIMESTAMP',
    });
    // A replay under a fresh timestamp does not carry a valid signature.
    expect(verifyWebhook({ ...base, timestamp: String(NOW + 600), now: NOW + 600 })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifyWebhook({ ...base, signature: undefined })).toEqual({
      ok: false,
      reason: 'MISSING_HEADERS',
    });
  });

  it('throws on a non-2xx answer, so the queue retries the message', async () => {
    status = 500;
    try {
      await expect(
        webhookForwarder({ url, secret: SECRET })(
          undefined as never,
          createEvent('user.deleted', {}),
        ),
      ).rejects.toThrow('answered 500');
    } finally {
      status = 200;
      received.splice(0);
    }
  });
});
