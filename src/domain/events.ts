import { randomUUID } from 'node:crypto';

/** The event types of CONTRACT.md; EventBridge's `DetailType` is the type. */
export const EVENT_TYPES = [
  'user.registered',
  'user.updated',
  'user.deleted',
  'user.linked',
] as const;

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Every event's envelope (CONTRACT.md). */
export interface EventEnvelope<T extends EventType = EventType, D = Record<string, unknown>> {
  id: string;
  type: T;
  occurredAt: string;
  source: 'usersync';
  data: D;
}

/** The event source, also EventBridge's `Source`. */
export const EVENT_SOURCE = 'usersync';

/**
 * Builds an envelope with a fresh id. The clock and id generator are parameters so that
 * tests can freeze them.
 */
export function createEvent<T extends EventType, D extends Record<string, unknown>>(
  type: T,
  data: D,
  options: { now?: Date; id?: string } = {},
): EventEnvelope<T, D> {
  return {
    id: options.id ?? randomUUID(),
    type,
    occurredAt: (options.now ?? new Date()).toISOString(),
    source: EVENT_SOURCE,
    data,
  };
}
