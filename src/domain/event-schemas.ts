import { z } from 'zod';
import { EVENT_SOURCE, EVENT_TYPES, type EventType } from './events.ts';
import { USER_STATUSES } from './user.ts';

// The events as a schema: one zod definition per type, from which the TypeScript types of
// `usersync/events` are inferred and the JSON Schemas under schema/events/ are written
// (`npm run docs:config`). A test validates every event the stores write against them.

const status = z.enum(USER_STATUSES);

/** The `data` every user event carries (`UserEventData`). */
const userData = z.object({
  /** The stored user's id. */
  userId: z.string().min(1),
  /** The Cognito `sub`; null for a guest or legacy user. */
  sub: z.string().nullable(),
  /** Lower case; null once released (deleted) or erased. */
  email: z.string().nullable(),
  status,
  /** The user's claims by claim name, only those with a value. */
  claims: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
  /** The row's write counter: ignore an event older than one applied. */
  version: z.number().int().nonnegative(),
  /** Set when the event was slimmed to fit EventBridge: re-read the user. */
  slimmed: z.literal(true).optional(),
});

/** What `user.updated`, `user.disabled` and `user.enabled` carry: the fields the write changed. */
const updatedData = userData
  .extend({
    changes: z
      .object({ fields: z.array(z.string()) })
      .strict()
      .optional(),
  })
  .strict();

const dataByType = {
  'user.registered': userData.strict(),
  'user.updated': updatedData,
  'user.deleted': userData.strict(),
  'user.linked': userData
    .extend({
      changes: z
        .object({
          oldSub: z.string().nullable(),
          newSub: z.string(),
          previousStatus: status.optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  'user.disabled': updatedData.extend({ status: z.literal('disabled') }),
  'user.enabled': updatedData.extend({ status: z.literal('active') }),
  'user.erased': userData.strict(),
} as const satisfies Record<EventType, z.ZodType>;

function envelope<T extends EventType>(type: T) {
  return z
    .object({
      id: z.uuid(),
      type: z.literal(type),
      occurredAt: z.iso.datetime(),
      source: z.literal(EVENT_SOURCE),
      data: dataByType[type],
    })
    .strict();
}

/** Each event type's schema: the envelope with that type's `data`. */
export const EVENT_SCHEMAS = {
  'user.registered': envelope('user.registered'),
  'user.updated': envelope('user.updated'),
  'user.deleted': envelope('user.deleted'),
  'user.linked': envelope('user.linked'),
  'user.disabled': envelope('user.disabled'),
  'user.enabled': envelope('user.enabled'),
  'user.erased': envelope('user.erased'),
} as const satisfies Record<EventType, z.ZodType>;

/** Any usersync event, by its `type`. */
export const EVENT_SCHEMA = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map((type) => EVENT_SCHEMAS[type]) as unknown as [
    (typeof EVENT_SCHEMAS)['user.registered'],
    ...(typeof EVENT_SCHEMAS)[EventType][],
  ],
);

/** A `user.registered` event. */
export type UserRegisteredEvent = z.infer<(typeof EVENT_SCHEMAS)['user.registered']>;
/** A `user.updated` event. */
export type UserUpdatedEvent = z.infer<(typeof EVENT_SCHEMAS)['user.updated']>;
/** A `user.deleted` event. */
export type UserDeletedEvent = z.infer<(typeof EVENT_SCHEMAS)['user.deleted']>;
/** A `user.linked` event. */
export type UserLinkedEvent = z.infer<(typeof EVENT_SCHEMAS)['user.linked']>;
/** A `user.disabled` event. */
export type UserDisabledEvent = z.infer<(typeof EVENT_SCHEMAS)['user.disabled']>;
/** A `user.enabled` event. */
export type UserEnabledEvent = z.infer<(typeof EVENT_SCHEMAS)['user.enabled']>;
/** A `user.erased` event. */
export type UserErasedEvent = z.infer<(typeof EVENT_SCHEMAS)['user.erased']>;

/** Any usersync event; switch on `type` to narrow it. */
export type UsersyncEvent =
  | UserRegisteredEvent
  | UserUpdatedEvent
  | UserDeletedEvent
  | UserLinkedEvent
  | UserDisabledEvent
  | UserEnabledEvent
  | UserErasedEvent;

/** The JSON Schema (draft 2020-12) of one event type, as shipped in schema/events/. */
export function eventJsonSchema(type: EventType): Record<string, unknown> {
  return { title: type, ...z.toJSONSchema(EVENT_SCHEMAS[type], { io: 'output' }) };
}
