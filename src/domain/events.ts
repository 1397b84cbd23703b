import { randomUUID } from 'node:crypto';
import type { Claims } from './claims.ts';
import type { User } from './user.ts';

/** The event types of CONTRACT.md; EventBridge's `DetailType` is the type. */
export const EVENT_TYPES = [
  'user.registered',
  'user.updated',
  'user.deleted',
  'user.linked',
  'user.disabled',
  'user.enabled',
  'user.erased',
] as const;

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The type of the event of a write that changes a user's fields: `user.disabled` when it
 * disables them, `user.enabled` when it enables a disabled user again, else `user.updated`.
 * All three carry the same data (the state after, and the fields changed).
 */
export function updateEventType(
  status: { from: string; to: string } | undefined,
): 'user.updated' | 'user.disabled' | 'user.enabled' {
  if (status === undefined || status.from === status.to) return 'user.updated';
  if (status.to === 'disabled') return 'user.disabled';
  if (status.from === 'disabled' && status.to === 'active') return 'user.enabled';
  return 'user.updated';
}

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

/**
 * The `data` of every user event: who, and the user's state after the change. `version`
 * (the row's write counter, `users.version`) lets a consumer ignore an event older than one
 * it applied.
 */
export interface UserEventData extends Record<string, unknown> {
  userId: string;
  sub: string | null;
  email: string | null;
  status: User['status'];
  /** The user's claims by claim name, each with a value (the claim set's, as the store holds them). */
  claims: Claims;
  version: number;
  /**
   * What changed: for `user.updated`, `{fields}`, the names of the fields the write changed
   * (never their values: the event already carries the state after, and a consumer that
   * needs a name or a phone reads the user); for `user.linked`, `{oldSub, newSub}` (`oldSub`
   * null for a row that had no `sub`, with its `previousStatus`, e.g. `guest`).
   */
  changes?: UpdatedFields | LinkedSubs;
  /**
   * Set on an event that would have been larger than EventBridge takes: its `changes` (and,
   * if that was not enough, its email and claims) were left out. Re-read the user by
   * `userId`; `version` says which state the event was about.
   */
  slimmed?: true;
}

/**
 * The largest event usersync writes, as JSON: EventBridge takes 256 KiB per entry, with its
 * source and detail type; 1 KiB is left for those.
 */
export const EVENT_MAX_BYTES = 255 * 1024;

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * The event as written: as it is when it fits {@link EVENT_MAX_BYTES}; else slimmed, so that
 * the outbox never holds an event EventBridge refuses (it would never be published).
 */
function fitted(
  event: EventEnvelope<EventType, UserEventData>,
): EventEnvelope<EventType, UserEventData> {
  if (jsonBytes(event) <= EVENT_MAX_BYTES) return event;
  const { changes: _changes, ...rest } = event.data;
  const withoutChanges = { ...event, data: { ...rest, slimmed: true as const } };
  if (jsonBytes(withoutChanges) <= EVENT_MAX_BYTES) return withoutChanges;
  return {
    ...event,
    data: {
      ...withoutChanges.data,
      email: null,
      claims: {},
    },
  };
}

/** The `changes` of every `user.linked`: the row's `sub` before and after. */
export interface LinkedSubs extends Record<string, unknown> {
  oldSub: string | null;
  newSub: string;
  previousStatus?: User['status'];
}

/** The `changes` of every `user.updated`, from whichever path wrote it. */
export interface UpdatedFields extends Record<string, unknown> {
  fields: string[];
}

/** The one shape of a `user.updated` event's `changes`: the changed fields' names, sorted. */
export function changedFields(fields: readonly string[]): UpdatedFields {
  return { fields: [...new Set(fields)].sort() };
}

/** The names of the claims a claims write sets or clears. */
export function claimFields(claims: Record<string, unknown>): string[] {
  return Object.keys(claims).filter((claim) => claims[claim] !== undefined);
}

/** Builds a user event from the user as it now is (slimmed if too large: see `slimmed`). */
export function userEvent(
  type: EventType,
  user: User,
  changes?: UserEventData['changes'],
): EventEnvelope<EventType, UserEventData> {
  return fitted(
    createEvent(type, {
      userId: user.id,
      sub: user.sub,
      email: user.email,
      status: user.status,
      claims: user.claims,
      version: user.version,
      ...(changes !== undefined && { changes }),
    }),
  );
}
