import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { EVENT_SCHEMA, EVENT_SCHEMAS, type UsersyncEvent } from '../domain/event-schemas.ts';
import { UsersyncError } from '../domain/errors.ts';
import { EVENT_TYPES, type EventEnvelope, type EventType } from '../domain/events.ts';
import { createConsumer, type SqsBatchResponse, type SqsEvent } from '../events/consumer.ts';
import type { Usersync } from './usersync.ts';

// `usersync/events`: the events as types and JSON Schemas, a Standard Webhooks receiver's
// check, and an SQS batch handler with per-item failures and idempotency over the store.

export { EVENT_TYPES, EVENT_SCHEMAS, type EventType };
export type {
  UserDeletedEvent,
  UserDisabledEvent,
  UserEnabledEvent,
  UserErasedEvent,
  UserLinkedEvent,
  UserRegisteredEvent,
  UserUpdatedEvent,
  UsersyncEvent,
} from '../domain/event-schemas.ts';
export type { SqsBatchResponse, SqsEvent } from '../events/consumer.ts';

/**
 * The path of the shipped JSON Schema (draft 2020-12) of an event type (also importable as
 * `usersync/schema/events/<type>.json`).
 */
export function eventSchemaPath(type: EventType): string {
  return fileURLToPath(new URL(`../../schema/events/${type}.json`, import.meta.url));
}

/**
 * Reads an event: a JSON text or a parsed value, checked against its type's schema
 * (`EVENT_INVALID` naming the first problem). A type usersync does not write is refused.
 */
export function parseEvent(input: unknown): UsersyncEvent {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new UsersyncError('EVENT_INVALID', 'The event is not JSON.', { cause: error });
    }
  }
  const parsed = EVENT_SCHEMA.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsersyncError(
      'EVENT_INVALID',
      `The event does not match its schema: ${issue?.path.join('.') || 'event'}: ${issue?.message}.`,
    );
  }
  return parsed.data;
}

/** The request headers a webhook receiver passes: a plain object or a `Headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * Verifies a webhook delivery by the Standard Webhooks specification (`webhook-id`,
 * `webhook-timestamp` within five minutes, `webhook-signature` under the `whsec_…`
 * secret), then reads its event ({@link parseEvent}). `SIGNATURE_INVALID` when the
 * signature, id or timestamp does not hold; pass the raw body, byte for byte.
 */
export function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string,
): UsersyncEvent {
  try {
    new Webhook(secret).verify(rawBody, plainHeaders(headers));
  } catch (error) {
    throw new UsersyncError('SIGNATURE_INVALID', undefined, { cause: error });
  }
  return parseEvent(rawBody);
}

function plainHeaders(headers: WebhookHeaders): Record<string, string> {
  const plain: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) plain[name.toLowerCase()] = first;
  }
  return plain;
}

/** Options for {@link sqsHandler}. */
export interface SqsHandlerOptions {
  usersync: Usersync;
  /** The consumer's name: the store keeps which events it has handled, per name. */
  consumer: string;
  /** Skip an event older than one already handled for the same user. @default true */
  ignoreStale?: boolean;
}

/**
 * The handler of an SQS queue subscribed to usersync's events (Lambda, with
 * `ReportBatchItemFailures`): each message's event is checked against its schema, handled
 * once per consumer (a redelivery does nothing: the store records it), and fails alone,
 * so only failed messages come back.
 */
export function sqsHandler(
  options: SqsHandlerOptions,
  handle: (event: UsersyncEvent) => Promise<void>,
): (event: SqsEvent) => Promise<SqsBatchResponse> {
  let consumer: ((event: SqsEvent) => Promise<SqsBatchResponse>) | undefined;
  return async (event) => {
    if (consumer === undefined) {
      const handleOpen = await options.usersync.open();
      consumer = createConsumer({
        name: options.consumer,
        ledger: handleOpen.ledger,
        logger: options.usersync.logger.child({ consumer: options.consumer }),
        ignoreStale: options.ignoreStale ?? true,
        sink: (envelope: EventEnvelope) => handle(parseEvent(envelope)),
      });
    }
    return consumer(event);
  };
}
