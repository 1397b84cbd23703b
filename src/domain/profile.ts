import type { User } from './user.ts';

/** A change a user makes to their own fields; `undefined` leaves a field as it is. */
export interface ProfilePatch {
  name?: string | null;
  phone?: string | null;
  /** Profile keys to set, merged into the stored profile (top level). */
  profileSet?: Record<string, unknown>;
  /** Profile keys to remove. */
  profileRemove?: string[];
}

/** What {@link UserStore.updateProfile} did. */
export type PatchOutcome =
  | { kind: 'changed'; user: User; before: User; fields: string[] }
  | { kind: 'unchanged'; user: User }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notFound' };
