import { cacheAttributes, type ClaimSet } from '../domain/claims.ts';
import { TRIGGERS } from '../triggers/index.ts';
import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { mapCognitoError } from '../cognito/errors.ts';
import { clientReadableAttributes, USER_WRITABLE_ATTRIBUTES } from '../domain/attributes.ts';
import { ADMIN_GROUP } from '../domain/user.ts';

/** What {@link ensureUserPool} makes or finds. */
export interface PoolAndClient {
  userPoolId: string;
  clientId: string;
}

/**
 * The local stack's pool and app client: found by name, or created on the first run. Email
 * is the username, the custom claim attributes are declared, the app client signs in with
 * USER_PASSWORD_AUTH and refreshes, and the `admin` group exists. Provisioning a real pool
 * is the CDK app's work, not this.
 */
export async function ensureUserPool(
  client: CognitoIdentityProviderClient,
  poolName: string,
  clientName: string,
  claims: ClaimSet,
): Promise<PoolAndClient> {
  const call = async <T>(operation: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw mapCognitoError(error, operation);
    }
  };
  const userPoolId = (await findPool(client, poolName, call)) ?? (await createPool());
  const clientId = (await findClient(userPoolId)) ?? (await createClient(userPoolId));
  return { userPoolId, clientId };

  async function createPool(): Promise<string> {
    const created = await call('CreateUserPool', () =>
      client.send(
        new CreateUserPoolCommand({
          PoolName: poolName,
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
          // As Cognito's recommended setting: an email change waits for its code.
          UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
          // As the CDK app's pool: a user may turn on a second factor.
          MfaConfiguration: 'OPTIONAL',
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
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
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
