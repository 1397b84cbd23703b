import { z } from 'zod';
import { EVENT_SOURCE, EVENT_TYPES, type EventEnvelope } from '../domain/events.ts';

/**
 * The message an EventBridge rule delivers to an SQS target: the EventBridge event, whose
 * `detail` is usersync's envelope. The local bus sends the same shape, so consumers read
 * both alike.
 */
export interface BusMessage {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  time: string;
  detail: EventEnvelope;
}

const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.enum(EVENT_TYPES),
  occurredAt: z.string(),
  source: z.literal(EVENT_SOURCE),
  data: z.record(z.string(), z.unknown()),
});

const busMessageSchema = z.looseObject({ detail: envelopeSchema });

/** Wraps an envelope as a bus message. */
export function toBusMessage(event: EventEnvelope): BusMessage {
  return {
    version: '0',
    id: event.id,
    'detail-type': event.type,
    source: event.source,
    time: event.occurredAt,
    detail: event,
  };
}

/** Reads the envelope from an SQS message body; throws on anything else (a poison message). */
export function envelopeFromBody(body: string): EventEnvelope {
  const parsed = busMessageSchema.parse(JSON.parse(body));
  return parsed.detail;
}
