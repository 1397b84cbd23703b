import type { EventEnvelope } from '../domain/events.ts';

/** What happened to one event handed to a {@link Publisher}. */
export type PublishResult = { id: string; ok: true } | { id: string; ok: false; error: string };

/**
 * Where the relay sends events: EventBridge on AWS, the local bus on one machine. A
 * publisher reports a result per event (never throws for one bad event); the relay
 * retries only the failed ones.
 */
export interface Publisher {
  publish(events: readonly EventEnvelope[]): Promise<PublishResult[]>;
}
