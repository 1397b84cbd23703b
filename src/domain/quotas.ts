/** Cognito's request-rate quotas, as usersync counts its calls against them. */

/**
 * The Cognito quota categories of the user-level calls usersync makes. Each is a rate per
 * account and Region, shared by every caller: usersync's processes and the team's own code.
 */
export const QUOTA_CATEGORIES = ['UserList', 'UserRead', 'UserUpdate', 'UserCreation'] as const;
export type QuotaCategory = (typeof QUOTA_CATEGORIES)[number];

/**
 * Cognito's default quotas, requests a second (the "Quotas in Amazon Cognito" page).
 * UserList and UserUpdate cannot be raised.
 */
export const COGNITO_QUOTAS: Readonly<Record<QuotaCategory, number>> = {
  UserList: 30,
  UserRead: 120,
  UserUpdate: 25,
  UserCreation: 50,
};

/**
 * What usersync may spend of each category by default: 90% of the quota, leaving a tenth to
 * the team's own code. The budget's windows (src/cognito/quota.ts) let a sliding second see
 * at most one window (a tenth of the share) more than the share, which is then still within
 * the quota.
 */
export const DEFAULT_SHARES: Readonly<Record<QuotaCategory, number>> = {
  UserList: 27,
  UserRead: 108,
  UserUpdate: 22,
  UserCreation: 45,
};

/** Which category each Cognito operation usersync calls is counted in. */
export const OPERATION_CATEGORIES: Readonly<Record<string, QuotaCategory>> = {
  ListUsers: 'UserList',
  ListUsersInGroup: 'UserList',
  AdminGetUser: 'UserRead',
  AdminListGroupsForUser: 'UserRead',
  AdminUpdateUserAttributes: 'UserUpdate',
  AdminDeleteUser: 'UserUpdate',
  AdminDeleteUserAttributes: 'UserUpdate',
  AdminDisableUser: 'UserUpdate',
  AdminEnableUser: 'UserUpdate',
  AdminAddUserToGroup: 'UserUpdate',
  AdminRemoveUserFromGroup: 'UserUpdate',
  AdminLinkProviderForUser: 'UserUpdate',
  AdminUserGlobalSignOut: 'UserUpdate',
  AdminSetUserMFAPreference: 'UserUpdate',
  AdminCreateUser: 'UserCreation',
};

/**
 * Who is calling, highest first: the API and the triggers (a person waits), the change
 * feed, then jobs (a reconcile, a backfill). A lower priority may fill only its part of each
 * window, so the rest is kept for those above it.
 */
export type CallPriority = 'interactive' | 'feed' | 'jobs';

/** The part of the share each priority may fill, in percent. */
export const DEFAULT_PRIORITY_PERCENT: Readonly<Record<CallPriority, number>> = {
  interactive: 100,
  feed: 95,
  jobs: 60,
};

/** A user's claims to write to Cognito's cache, deferred at `deferredAt` for want of budget. */
export interface DeferredCacheWrite {
  sub: string;
  username: string;
  deferredAt: Date;
}
