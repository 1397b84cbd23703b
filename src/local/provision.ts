import { cacheAttributes, type ClaimSet } from '../domain/claims.ts';
import { TRIGGERS } from '../triggers/index.ts';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  type ExplicitAuthFlowsType,
  type SignInPolicyType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { mapCognitoError } from '../cognito/errors.ts';
import { clientReadableAttributes, USER_WRITABLE_ATTRIBUTES } from '../domain/attributes.ts';
import { ADMIN_GROUP } from '../domain/user.ts';

/** The first factors of choice-based sign-in the local pool allows: all of Cognito's. */
const FIRST_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;
const SIGN_IN_POLICY: SignInPolicyType = { AllowedFirstAuthFactors: [...FIRST_FACTORS] };

/** The local app client's flows: a password, choice-based sign-in (USER_AUTH), refresh. */
const AUTH_FLOWS: readonly ExplicitAuthFlowsType[] = [
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
];

/** How long a rotated-out refresh token stays good on the local client (0 to 60 on AWS). */
const REFRESH_GRACE_SECONDS = 10;

/** What {@link ensureUserPool} makes or finds. */
export interface PoolAndClient {
  userPoolId: string;
  clientId: string;
}

/**
 * The local stack's pool and app client: found by name, or created on the first run. Email
 * is the username, the custom claim attributes are declared, MFA is optional, every first
 * factor is allowed, the app client signs in with USER_PASSWORD_AUTH and USER_AUTH and
 * refreshes, and the `admin` group exists. Provisioning a real pool
 * is the CDK app's work, not this.
 */
export async function ensureUserPool(
  client: CognitoIdentityProviderClient,
  poolName: string,
  clientName: string,
  claims: ClaimSet,
  options: { refreshTokenRotation: boolean } = { refreshTokenRotation: false },
): Promise<PoolAndClient> {
  // Rotation as the API is configured for it (REFRESH_TOKEN_ROTATION), stated either way.
  const rotation = {
    Feature: options.refreshTokenRotation ? 'ENABLED' : 'DISABLED',
    ...(options.refreshTokenRotation && { RetryGracePeriodSeconds: REFRESH_GRACE_SECONDS }),
  } as const;
  const call = async <T>(operation: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw mapCognitoError(error, operation);
    }
  };
  const found = await findPool(client, poolName, call);
  const userPoolId = found ?? (await createPool());
  if (found !== undefined) await bringPoolUpToDate(userPoolId);
  const foundClient = await findClient(userPoolId);
  const clientId = foundClient ?? (await createClient(userPoolId));
  if (foundClient !== undefined) await bringClientUpToDate(userPoolId, foundClient);
  return { userPoolId, clientId };

  /**
   * A pool made by an earlier version of the stack (a data directory kept across
   * upgrades) gets today's MFA and sign-in settings, and keeps the rest: UpdateUserPool
   * resets what it is not given, so it is given what DescribeUserPool reads.
   */
  async function bringPoolUpToDate(poolId: string): Promise<void> {
    const { UserPool: pool } = await call('DescribeUserPool', () =>
      client.send(new DescribeUserPoolCommand({ UserPoolId: poolId })),
    );
    const factors = pool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [];
    if (pool === undefined) return;
    if (pool.MfaConfiguration === 'OPTIONAL' && FIRST_FACTORS.every((f) => factors.includes(f))) {
      return;
    }
    await call('UpdateUserPool', () =>
      client.send(
        new UpdateUserPoolCommand({
          UserPoolId: poolId,
          AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
          LambdaConfig: pool.LambdaConfig,
          UserAttributeUpdateSettings: pool.UserAttributeUpdateSettings,
          MfaConfiguration: 'OPTIONAL',
          Policies: { ...pool.Policies, SignInPolicy: SIGN_IN_POLICY },
        }),
      ),
    );
  }

  /** A client made by an earlier version of the stack gets today's auth flows. */
  async function bringClientUpToDate(poolId: string, appClientId: string): Promise<void> {
    const { UserPoolClient: appClient } = await call('DescribeUserPoolClient', () =>
      client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: appClientId })),
    );
    const flows = appClient?.ExplicitAuthFlows ?? [];
    if (
      appClient === undefined ||
      (AUTH_FLOWS.every((flow) => flows.includes(flow)) &&
        (appClient.RefreshTokenRotation?.Feature ?? 'DISABLED') === rotation.Feature)
    ) {
      return;
    }
    await call('UpdateUserPoolClient', () =>
      client.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientId: appClientId,
          ClientName: appClient.ClientName,
          ExplicitAuthFlows: [...AUTH_FLOWS],
          WriteAttributes: appClient.WriteAttributes,
          ReadAttributes: appClient.ReadAttributes,
          RefreshTokenRotation: rotation,
        }),
      ),
    );
  }

  async function createPool(): Promise<string> {
    const created = await call('CreateUserPool', () =>
      client.send(
        new CreateUserPoolCommand({
          PoolName: poolName,
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
          // As Cognito's recommended setting: an email change waits for its code.
          UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
          // As the CDK app's pool: a user may turn on a second factor, and sign in by choice.
          MfaConfiguration: 'OPTIONAL',
          Policies: { SignInPolicy: SIGN_IN_POLICY },
          // The claim set's caches, as the CDK app declares them.
          Schema: cacheAttributes(claims).map(({ name, maxLength }) => ({
            Name: name,
            AttributeDataType: 'String',
            Mutable: true,
            StringAttributeConstraints: { MaxLength: String(maxLength) },
          })),
          // The functions the emulator calls (its own configuration wires them), declared as
          // a pool declares its triggers, so that DescribeUserPool answers as AWS's would.
          LambdaConfig: Object.fromEntries(
            TRIGGERS.map(({ trigger, functionName }) => [
              trigger,
              `arn:aws:lambda:local:000000000000:function:${functionName}`,
            ]),
          ),
        }),
      ),
    );
    const id = created.UserPool?.Id;
    if (id === undefined) throw mapCognitoError(new Error('no pool id'), 'CreateUserPool');
    await call('CreateGroup', () =>
      client.send(new CreateGroupCommand({ UserPoolId: id, GroupName: ADMIN_GROUP })),
    );
    return id;
  }

  async function findClient(poolId: string): Promise<string | undefined> {
    const page = await call('ListUserPoolClients', () =>
      client.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 })),
    );
    return page.UserPoolClients?.find((appClient) => appClient.ClientName === clientName)?.ClientId;
  }

  async function createClient(poolId: string): Promise<string> {
    const created = await call('CreateUserPoolClient', () =>
      client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: clientName,
          ExplicitAuthFlows: [...AUTH_FLOWS],
          RefreshTokenRotation: rotation,
          // As the CDK app's client. cognito-local does not enforce them (docs/local-stack.md).
          WriteAttributes: [...USER_WRITABLE_ATTRIBUTES],
          ReadAttributes: clientReadableAttributes(claims),
        }),
      ),
    );
    const id = created.UserPoolClient?.ClientId;
    if (id === undefined) throw mapCognitoError(new Error('no client id'), 'CreateUserPoolClient');
    return id;
  }
}

async function findPool(
  client: CognitoIdentityProviderClient,
  name: string,
  call: <T>(operation: string, send: () => Promise<T>) => Promise<T>,
): Promise<string | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await call('ListUserPools', () =>
      client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken: nextToken })),
    );
    const found = page.UserPools?.find((pool) => pool.Name === name);
    if (found?.Id) return found.Id;
    nextToken = page.NextToken;
  } while (nextToken);
  return undefined;
}

/**
 * The local stack's own admin: made at the stack's first start, with its password set and
 * in the `admin` group, so that a new user of the stack signs in to the console at once. A
 * pool that has the user already (a later start, or the developer's own) is left as it is.
 * Its row is made at its first sign-in, as an admin-made user's is.
 */
export async function ensureLocalAdmin(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  admin: { email: string; password: string },
): Promise<'created' | 'existing'> {
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: admin.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: admin.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name === 'UsernameExistsException') return 'existing';
    throw mapCognitoError(error, 'AdminCreateUser');
  }
  try {
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: admin.email,
        Password: admin.password,
        Permanent: true,
      }),
    );
    await client.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: userPoolId,
        Username: admin.email,
        GroupName: ADMIN_GROUP,
      }),
    );
  } catch (error) {
    throw mapCognitoError(error, 'AdminSetUserPassword');
  }
  return 'created';
}
