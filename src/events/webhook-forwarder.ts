import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { UsersyncError } from '../domain/errors.ts';
import type { EventSink } from './consumer.ts';

/** Options for {@link webhookForwarder}. */
export interface WebhookForwarderOptions {
  url: string;
  /** The signing secret, in Standard Webhooks' `whsec_<base64>` form. */
  secret: string;
  /** @default 5_000 */
  timeoutMs?: number;
  /** The clock (tests). @default now */
  now?: () => Date;
}

/**
 * The consumer name of the forwarder to `url`: the host, to read, and a digest of the whole
 * URL, so two URLs on one host are two consumers (each records what it delivered) and no
 * secret a URL may carry is stored.
 */
export function webhookConsumerName(url: string): string {
  const digest = createHash('sha256').update(url).digest('hex').slice(0, 16);
  return `webhook:${new URL(url).host}:${digest}`;
}

/**
 * The webhook forwarder: POSTs each event's envelope to a URL, signed as the Standard
 * Webhooks specification says (`webhook-id` = the event id, `webhook-timestamp`,
 * `webhook-signature` = `v1,<base64 HMAC-SHA256>` over `id.timestamp.body`), so a receiver
 * verifies it with any Standard Webhooks library in its own language. A failure or a
 * non-2xx answer throws, so the message is retried after its visibility timeout and, in the
 * end, dead-lettered. One consumer (and queue) per URL, so one slow receiver holds back no
 * other. Receivers deduplicate by `webhook-id`: delivery is at least once.
 */
export function webhookSink(options: WebhookForwarderOptions): EventSink {
  const signer = new Webhook(options.secret);
  const now = options.now ?? (() => new Date());
  return async (event) => {
    const body = JSON.stringify(event);
    const timestamp = now();
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': event.id,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signer.sign(event.id, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    await response.body?.cancel();
    if (!response.ok) {
      throw new UsersyncError(
        'UPSTREAM_UNAVAILABLE',
        `Webhook ${new URL(options.url).host} answered ${response.status}`,
        { context: { status: response.status } },
      );
    }
  };
}
