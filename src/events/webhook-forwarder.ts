import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { UsersyncError } from '../domain/errors.ts';
import type { EventSink } from './consumer.ts';
import type { WebhookDelivery } from '../domain/audit.ts';
import type { AuditLog } from '../stores/store.ts';
import type { Logger } from '../logging/logger.ts';

/** Options for {@link webhookForwarder}. */
export interface WebhookForwarderOptions {
  url: string;
  /** The signing secret, in Standard Webhooks' `whsec_<base64>` form. */
  secret: string;
  /** @default 5_000 */
  timeoutMs?: number;
  /** The clock (tests). @default now */
  now?: () => Date;
  /**
   * Hears of each delivery and the receiver's answer, once it is known and before the sink
   * returns (the console's list of deliveries: {@link deliveryRecorder}). @default none
   */
  onDelivery?: (delivery: Omit<WebhookDelivery, 'id' | 'at'>) => Promise<void>;
}

/**
 * Keeps each delivery in the store's log for the console. A delivery the store cannot
 * record is logged and counts for nothing: the event was delivered (or not) all the same.
 */
export function deliveryRecorder(
  audit: Pick<AuditLog, 'recordDelivery'>,
  logger: Logger,
): NonNullable<WebhookForwarderOptions['onDelivery']> {
  return (delivery) =>
    audit.recordDelivery(delivery).catch((error: unknown) => {
      logger.warn(
        { err: error, consumer: delivery.consumer, eventId: delivery.eventId },
        'a webhook delivery could not be recorded',
      );
    });
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
  const consumer = webhookConsumerName(options.url);
  return async (event) => {
    const body = JSON.stringify(event);
    const timestamp = now();
    const started = performance.now();
    const record = (status: number | null, error: string | null) =>
      options.onDelivery?.({
        consumer,
        eventId: event.id,
        eventType: event.type,
        status,
        ms: performance.now() - started,
        error,
      });
    let response: Response;
    try {
      response = await fetch(options.url, {
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
    } catch (error) {
      await record(null, error instanceof Error ? error.name : 'Error');
      throw error;
    }
    await response.body?.cancel();
    await record(response.status, response.ok ? null : `HTTP ${response.status}`);
    if (!response.ok) {
      throw new UsersyncError(
        'UPSTREAM_UNAVAILABLE',
        `Webhook ${new URL(options.url).host} answered ${response.status}`,
        { context: { status: response.status } },
      );
    }
  };
}
