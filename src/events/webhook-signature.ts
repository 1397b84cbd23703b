import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers a usersync webhook carries. */
export const WEBHOOK_HEADERS = {
  eventId: 'usersync-event-id',
  timestamp: 'usersync-timestamp',
  signature: 'usersync-signature',
} as const;

/** `v1=` + hex HMAC-SHA256(secret, `<timestamp>.<body>`): the timestamp is signed with the body. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Why a webhook was refused. */
export type WebhookRejection = 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE';

/** Options for {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  secret: string;
  /** The raw request body, exactly as received. */
  body: string;
  /** The `usersync-timestamp` header. */
  timestamp: string | undefined;
  /** The `usersync-signature` header. */
  signature: string | undefined;
  /** How old (or how far ahead) a timestamp may be. @default 300 */
  toleranceSeconds?: number;
  /** The receiver's clock, in seconds since the epoch. @default now */
  now?: number;
}

/**
 * For receivers: checks a usersync webhook. The signature must match the body and the
 * timestamp (compared in constant time), and the timestamp must be recent, so a captured
 * request cannot be replayed later. Receivers should still deduplicate by event id
 * (`usersync-event-id`): delivery is at least once.
 */
export function verifyWebhook(
  options: VerifyWebhookOptions,
): { ok: true } | { ok: false; reason: WebhookRejection } {
  const { timestamp, signature } = options;
  if (timestamp === undefined || signature === undefined || !/^\d+$/.test(timestamp)) {
    return { ok: false, reason: 'MISSING_HEADERS' };
  }
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300))
    return { ok: false, reason: 'STALE_TIMESTAMP' };
  const expected = Buffer.from(signWebhook(options.secret, Number(timestamp), options.body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'BAD_SIGNATURE' };
  return { ok: true };
}
