import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminLinkProviderForUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUsersCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { attributeListToRecord, type CognitoAttribute } from '../domain/attributes.ts';
import { isUsersyncError, UsersyncError } from '../domain/errors.ts';
import { mapCognitoError } from './errors.ts';
import { OPERATION_CATEGORIES, type CallPriority } from '../domain/quotas.ts';
import type { CognitoBudget } from './quota.ts';

/** A Cognito user as usersync reads it: attributes as a record. */
export interface CognitoUser {
  username: string;
  attributes: Record<string, string>;
  enabled: boolean;
  status: string | undefined;
  createdAt: Date | undefined;
}

/** An app client of a pool, and which attributes its users may write. */
export interface AppClientAccess {
  clientId: string;
  clientName: string;
  /**
   * The attributes its users may write (SignUp, UpdateUserAttributes); `null` when the
   * client sets none, which Cognito answers by leaving `WriteAttributes` out: on such a
   * client, every attribute may be writable, depending on when it was made.
   */
  writeAttributes: string[] | null;
  /** Its explicit auth flows (`ALLOW_USER_PASSWORD_AUTH`, …), as DescribeUserPoolClient gives them. */
  authFlows: string[];
  /** Whether it rotates refresh tokens (RefreshTokenRotation.Feature `ENABLED`). */
  rotatesRefreshTokens: boolean;
}

/** One page of ListUsers. */
export interface CognitoUserPage {
  users: CognitoUser[];
  nextToken: string | undefined;
}

/**
 * The Cognito calls usersync makes, typed, with errors mapped to stable codes. Built over
 * an injected SDK client; core code depends on this interface, not on the SDK.
 */
export interface CognitoGateway {
  describeUserPool(
    userPoolId: string,
  ): Promise<{ id: string; name: string; estimatedUsers: number }>;
  /** Every setting of the pool, as DescribeUserPool returns it (for {@link updateUserPool}). */
  describeUserPoolSettings(userPoolId: string): Promise<UserPoolType>;
  /**
   * UpdateUserPool. It resets every setting it is not given: build the request with
   * `updateRequestFor` (./pool-settings.ts), which sends them all back.
   */
  updateUserPool(request: UpdateUserPoolCommandInput): Promise<void>;
  /** Every app client of the pool, with its write attributes (ListUserPoolClients, DescribeUserPoolClient). */
  appClientAccess(userPoolId: string): Promise<AppClientAccess[]>;
  adminGetUser(userPoolId: string, username: string): Promise<CognitoUser>;
  listUsersPage(
    userPoolId: string,
    options?: { limit?: number; paginationToken?: string; filter?: string },
  ): Promise<CognitoUserPage>;
  /** Users whose `email` attribute equals `email` exactly (Cognito's filter is case-sensitive). */
  findUsersByEmail(userPoolId: string, email: string): Promise<CognitoUser[]>;
  /** The user with this `sub`, if the pool has one (ListUsers with a `sub` filter). */
  findUserBySub(userPoolId: string, sub: string): Promise<CognitoUser | undefined>;
  adminUpdateUserAttributes(
    userPoolId: string,
    username: string,
    attributes: CognitoAttribute[],
  ): Promise<void>;
  /**
   * Creates a user with no invitation sent (`MessageAction: SUPPRESS`) and no password: the
   * user sets one through the forgot-password flow. Returns the created user (with `sub`).
   */
  adminCreateUser(
    userPoolId: string,
    username: string,
    attributes: CognitoAttribute[],
  ): Promise<CognitoUser>;
  adminAddUserToGroup(userPoolId: string, username: string, group: string): Promise<void>;
  adminRemoveUserFromGroup(userPoolId: string, username: string, group: string): Promise<void>;
  /** The groups the user is in, by name, every page of them. */
  adminListGroupsForUser(userPoolId: string, username: string): Promise<string[]>;
  /** Deletes a user; false when the pool has no such user (already gone). */
  adminDeleteUser(userPoolId: string, username: string): Promise<boolean>;
  /** Stops the user signing in (AdminDisableUser); their tokens live on until they expire. */
  adminDisableUser(userPoolId: string, username: string): Promise<void>;
  adminEnableUser(userPoolId: string, username: string): Promise<void>;
  /** Revokes every refresh token of the user (AdminUserGlobalSignOut). */
  adminUserGlobalSignOut(userPoolId: string, username: string): Promise<void>;
  /**
   * Turns off every second factor the user has (AdminSetUserMFAPreference, for the methods
   * AdminGetUser lists), so that they set one up again; returns the methods turned off.
   */
  adminTurnOffMfa(userPoolId: string, username: string): Promise<string[]>;
  /** Links a federated identity to a native user (`Cognito_Subject` = the provider's user id). */
  adminLinkProviderForUser(
    userPoolId: string,
    destinationUsername: string,
    providerName: string,
    providerUserId: string,
  ): Promise<void>;
}

/** How a gateway's calls spend the shared Cognito budget. */
export interface GatewayBudget {
  budget: CognitoBudget;
  /** Whose calls these are: the API and triggers, the change feed, or jobs. */
  priority: CallPriority;
  /**
   * The longest a call waits for budget before it fails `RATE_LIMITED` without reaching
   * Cognito. @default no limit (jobs and the change feed wait)
   */
  maxWaitMs?: number;
}

/**
 * Builds the {@link CognitoGateway} over an SDK client. With a budget, every user-level call
 * first takes its place in its quota category's shared budget
 * ({@link OPERATION_CATEGORIES}), and a throttle answer shrinks that budget.
 */
export function createCognitoGateway(
  client: CognitoIdentityProviderClient,
  spending?: GatewayBudget,
): CognitoGateway {
  async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    const category = OPERATION_CATEGORIES[operation];
    if (spending !== undefined && category !== undefined) {
      await spending.budget.take(category, spending.priority, {
        ...(spending.maxWaitMs !== undefined && { maxWaitMs: spending.maxWaitMs }),
      });
    }
    try {
      return await send();
    } catch (error) {
      const mapped = mapCognitoError(error, operation);
      if (spending !== undefined && category !== undefined && mapped.code === 'RATE_LIMITED') {
        await spending.budget.throttled(category);
      }
      throw mapped;
    }
  }

  return {
    async describeUserPool(userPoolId) {
      const { UserPool } = await call('DescribeUserPool', () =>
        client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })),
      );
      return {
        id: UserPool?.Id ?? userPoolId,
        name: UserPool?.Name ?? '',
        estimatedUsers: UserPool?.EstimatedNumberOfUsers ?? 0,
      };
    },

    async describeUserPoolSettings(userPoolId) {
      const { UserPool } = await call('DescribeUserPool', () =>
        client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })),
      );
      if (UserPool === undefined)
        throw new UsersyncError('NOT_FOUND', `No user pool ${userPoolId}.`);
      return UserPool;
    },

    async updateUserPool(request) {
      await call('UpdateUserPool', () => client.send(new UpdateUserPoolCommand(request)));
    },

    async appClientAccess(userPoolId) {
      const ids: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await call('ListUserPoolClients', () =>
          client.send(
            new ListUserPoolClientsCommand({
              UserPoolId: userPoolId,
              MaxResults: 60,
              NextToken: nextToken,
            }),
          ),
        );
        for (const one of page.UserPoolClients ?? []) if (one.ClientId) ids.push(one.ClientId);
        nextToken = page.NextToken;
      } while (nextToken !== undefined);
      return Promise.all(
        ids.map(async (clientId) => {
          const { UserPoolClient } = await call('DescribeUserPoolClient', () =>
            client.send(
              new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }),
            ),
          );
          const written = UserPoolClient?.WriteAttributes;
          return {
            clientId,
            clientName: UserPoolClient?.ClientName ?? '',
            writeAttributes: written === undefined || written.length === 0 ? null : written,
            authFlows: UserPoolClient?.ExplicitAuthFlows ?? [],
            rotatesRefreshTokens: UserPoolClient?.RefreshTokenRotation?.Feature === 'ENABLED',
          };
        }),
      );
    },

    async adminGetUser(userPoolId, username) {
      const answer = await call('AdminGetUser', () =>
        client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })),
      );
      return {
        username: answer.Username ?? username,
        attributes: attributeListToRecord(answer.UserAttributes ?? []),
        enabled: answer.Enabled ?? true,
        status: answer.UserStatus,
        createdAt: answer.UserCreateDate,
      };
    },

    async listUsersPage(userPoolId, options = {}) {
      const answer = await call('ListUsers', () =>
        client.send(
          new ListUsersCommand({
            UserPoolId: userPoolId,
            Limit: options.limit ?? 60,
            PaginationToken: options.paginationToken,
            Filter: options.filter,
          }),
        ),
      );
      return { users: (answer.Users ?? []).map(toCognitoUser), nextToken: answer.PaginationToken };
    },

    async findUsersByEmail(userPoolId, email) {
      const filter = `email = "${email.replace(/["\\]/g, (char) => `\\${char}`)}"`;
      const answer = await call('ListUsers', () =>
        client.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: filter, Limit: 60 })),
      );
      return (answer.Users ?? []).map(toCognitoUser);
    },

    async findUserBySub(userPoolId, sub) {
      const filter = `sub = "${sub.replace(/["\\]/g, (char) => `\\${char}`)}"`;
      const answer = await call('ListUsers', () =>
        client.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: filter, Limit: 1 })),
      );
      const [user] = answer.Users ?? [];
      return user && toCognitoUser(user);
    },

    async adminUpdateUserAttributes(userPoolId, username, attributes) {
      await call('AdminUpdateUserAttributes', () =>
        client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: username,
            UserAttributes: attributes.map(({ Name, Value }) => ({ Name, Value })),
          }),
        ),
      );
    },

    async adminCreateUser(userPoolId, username, attributes) {
      const answer = await call('AdminCreateUser', () =>
        client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: username,
            MessageAction: 'SUPPRESS',
            UserAttributes: attributes.map(({ Name, Value }) => ({ Name, Value })),
          }),
        ),
      );
      return toCognitoUser(answer.User ?? { Username: username, Attributes: [] });
    },

    async adminDeleteUser(userPoolId, username) {
      try {
        await call('AdminDeleteUser', () =>
          client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username })),
        );
        return true;
      } catch (error) {
        if (isUsersyncError(error) && error.code === 'NOT_FOUND') return false;
        throw error;
      }
    },

    async adminAddUserToGroup(userPoolId, username, group) {
      await call('AdminAddUserToGroup', () =>
        client.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: userPoolId,
            Username: username,
            GroupName: group,
          }),
        ),
      );
    },

    async adminRemoveUserFromGroup(userPoolId, username, group) {
      await call('AdminRemoveUserFromGroup', () =>
        client.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId: userPoolId,
            Username: username,
            GroupName: group,
          }),
        ),
      );
    },

    async adminListGroupsForUser(userPoolId, username) {
      const groups: string[] = [];
      let token: string | undefined;
      do {
        const page = await call('AdminListGroupsForUser', () =>
          client.send(
            new AdminListGroupsForUserCommand({
              UserPoolId: userPoolId,
              Username: username,
              Limit: 60,
              ...(token !== undefined && { NextToken: token }),
            }),
          ),
        );
        groups.push(...(page.Groups ?? []).flatMap((group) => group.GroupName ?? []));
        token = page.NextToken;
      } while (token !== undefined);
      return groups;
    },

    async adminDisableUser(userPoolId, username) {
      await call('AdminDisableUser', () =>
        client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username })),
      );
    },

    async adminEnableUser(userPoolId, username) {
      await call('AdminEnableUser', () =>
        client.send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username })),
      );
    },

    async adminUserGlobalSignOut(userPoolId, username) {
      await call('AdminUserGlobalSignOut', () =>
        client.send(
          new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }),
        ),
      );
    },

    async adminTurnOffMfa(userPoolId, username) {
      const user = await call('AdminGetUser', () =>
        client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })),
      );
      const methods = user.UserMFASettingList ?? [];
      if (methods.length === 0) return [];
      const off = { Enabled: false, PreferredMfa: false };
      await call('AdminSetUserMFAPreference', () =>
        client.send(
          new AdminSetUserMFAPreferenceCommand({
            UserPoolId: userPoolId,
            Username: username,
            ...(methods.includes('SMS_MFA') && { SMSMfaSettings: off }),
            ...(methods.includes('SOFTWARE_TOKEN_MFA') && { SoftwareTokenMfaSettings: off }),
            ...(methods.includes('EMAIL_OTP') && { EmailMfaSettings: off }),
          }),
        ),
      );
      return methods;
    },

    async adminLinkProviderForUser(userPoolId, destinationUsername, providerName, providerUserId) {
      await call('AdminLinkProviderForUser', () =>
        client.send(
          new AdminLinkProviderForUserCommand({
            UserPoolId: userPoolId,
            DestinationUser: {
              ProviderName: 'Cognito',
              ProviderAttributeValue: destinationUsername,
            },
            SourceUser: {
              ProviderName: providerName,
              ProviderAttributeName: 'Cognito_Subject',
              ProviderAttributeValue: providerUserId,
            },
          }),
        ),
      );
    },
  };
}

function toCognitoUser(user: UserType): CognitoUser {
  return {
    username: user.Username ?? '',
    attributes: attributeListToRecord(user.Attributes ?? []),
    enabled: user.Enabled ?? true,
    status: user.UserStatus,
    createdAt: user.UserCreateDate,
  };
}
