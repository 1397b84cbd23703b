import { createEvent, type EventEnvelope, type EventType } from '../domain/events.ts';
import type { User } from '../domain/user.ts';

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
  developerId: string | null;
  userType: string | null;
  companyName: string | null;
  version: number;
  /** What changed, for `user.updated` and `user.linked`. */
  changes?: Record<string, unknown>;
}

/** Builds a user event from the user as it now is. */
export function userEvent(
  type: EventType,
  user: User,
  changes?: Record<string, unknown>,
): EventEnvelope<EventType, UserEventData> {
  return createEvent(type, {
    userId: user.id,
    sub: user.sub,
    email: user.email,
    status: user.status,
    developerId: user.developerId,
    userType: user.userType,
    companyName: user.companyName,
    version: user.version,
    ...(changes !== undefined && { changes }),
  });
}
