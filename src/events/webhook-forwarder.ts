import type { EventEffect } from './consumer.ts';
import { WEBHOOK_HEADERS, signWebhook } from './webhook-signature.ts';

/** Options for {@link webhookForwarder}. */
export interface WebhookForwarderOptions {
  url: string;
  secret: string;
  /** @default 5_000 */
  timeoutMs?: number;
  /** The clock, in seconds since the epoch (tests). @default now */
  now?: () => number;
}

/**
 * The webhook forwarder: POSTs each event's envelope to a URL, signed (see
 * {@link signWebhook}) with a timestamp. A failure or a non-2xx answer throws, so the
 * message is retried after its visibility timeout and, in the end, dead-lettered. One
 * consumer (and queue) per URL, so one slow receiver holds back no other.
 */
export function webhookForwarder(options: WebhookForwarderOptions): EventEffect {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  return async (_trx, event) => {
    const body = JSON.stringify(event);
    const timestamp = now();
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.eventId]: event.id,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(options.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    await response.body?.cancel();
    if (!response.ok)
      throw new Error(`Webhook ${new URL(options.url).host} answered ${response.status}`);
  };
}
