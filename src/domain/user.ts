import { withValues, type ClaimValues } from './claims.ts';

/** The lifecycle states of a local user row. */
export const USER_STATUSES = ['active', 'disabled', 'deleted', 'guest'] as const;

/** A local user's status: `guest` rows have no Cognito user yet. */
export type UserStatus = (typeof USER_STATUSES)[number];

/** A user as the rest of usersync sees it (the row, in camelCase). */
export interface User {
  id: string;
  sub: string | null;
  /** Lower case; `null` for a user who signs in with a phone number and has no email. */
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  phone: string | null;
  /**
   * The user's claims by claim name (the claim set's, `src/domain/claims.ts`): only those
   * with a value; an absent claim has none.
   */
  claims: ClaimValues;
  profile: Record<string, unknown>;
  status: UserStatus;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
  deletedAt: Date | null;
  /** The row's write counter: every write increments it, and it orders the user's events. */
  version: number;
}

/** Who a row is, and the fields Cognito owns: what the reconcile reads of every row. */
export type UserIdentity = Pick<
  User,
  'id' | 'sub' | 'email' | 'emailVerified' | 'name' | 'phone' | 'status'
>;

/**
 * A row as a reconcile plans against it: its identity, the `version` it was read at (the
 * apply writes only a row still at it), and whether it changed after the run began
 * (`changedDuringRun`: the listing may be older than the row, so it is left alone).
 */
export type VersionedIdentity = UserIdentity & { version: string; changedDuringRun?: boolean };

/** The Cognito-owned fields a reconcile copies into a row (absent: unchanged). */
export interface RowChanges {
  email?: string;
  emailVerified?: boolean;
  name?: string;
  phone?: string;
  /** A user disabled in Cognito is `disabled` here; enabled again, `active`. */
  status?: 'active' | 'disabled';
}

/**
 * The user JSON of the HTTP API (CONTRACT.md): never the legacy password hash, dates as
 * ISO strings.
 */
export interface UserJson {
  id: string;
  sub: string | null;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  phone: string | null;
  /** The user's claims by claim name, each with a value (an absent claim has none). */
  claims: ClaimValues;
  profile: Record<string, unknown>;
  status: UserStatus;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

/** Renders a user as the API's user JSON. */
export function toUserJson(user: User): UserJson {
  return {
    id: user.id,
    sub: user.sub,
    email: user.email,
    emailVerified: user.emailVerified,
    name: user.name,
    phone: user.phone,
    claims: withValues(user.claims),
    profile: user.profile,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** What a role name may be: letters, digits and `_ . : -`, up to 64, so never a comma. */
export const ROLE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** The Cognito group whose members may call the admin routes. */
export const ADMIN_GROUP = 'admin';

/** Whether a user's personal data is gone already (an erased tombstone). */
export function isErased(user: User): boolean {
  return (
    user.status === 'deleted' &&
    user.email === null &&
    user.name === null &&
    user.phone === null &&
    Object.keys(user.profile).length === 0
  );
}

/** A guest or legacy user that can still move to Cognito, with its password hash. */
export interface LegacyCredentials {
  user: User;
  passwordHash: string | null;
}

/** Options for {@link UserStore.listUsers}. */
export interface ListUsersOptions {
  /** Page size, 1 to 500. @default 50 */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** Only users whose email starts with this, case-insensitively. */
  emailPrefix?: string;
  /**
   * Only users whose claim `name` has this value: a value of the claim's type, or, for a
   * list claim, a one-item list (users whose list holds it).
   */
  claim?: { name: string; value: string | number | boolean | [string] };
}

/** A page of users and the cursor of the next page (`null` on the last page). */
export interface UserPage {
  items: User[];
  nextCursor: string | null;
}
