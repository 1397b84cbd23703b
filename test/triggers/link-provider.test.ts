import { postgresStore } from '../../src/stores/configured.ts';
import { describe, expect, it } from 'vitest';
import {
  AdminLinkProviderForUserCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { createCognitoGateway } from '../../src/cognito/gateway.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createPreSignUpHandler } from '../../src/triggers/pre-sign-up.ts';
import { triggerEvent } from '../../support/trigger-events.ts';
import { postgresUserStore } from '../../src/stores/postgres/users.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/**
 * cognito-local does not implement AdminLinkProviderForUser, so this test runs the real
 * gateway over an SDK client mocked with aws-sdk-client-mock, and checks the request
 * Cognito would receive.
 */
describe('PreSignUp_ExternalProvider links identities through the real gateway', () => {
  it('sends AdminLinkProviderForUser for the native user with the same email', async () => {
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    mock.on(ListUsersCommand).resolves({
      Users: [
        {
          Username: 'native-sub',
          UserStatus: 'CONFIRMED',
          Attributes: [{ Name: 'email', Value: 'fed@example.com' }],
        },
        {
          Username: 'Facebook_555',
          UserStatus: 'EXTERNAL_PROVIDER',
          Attributes: [{ Name: 'email', Value: 'fed@example.com' }],
        },
      ],
    });
    mock.on(AdminLinkProviderForUserCommand).resolves({});
    const database = await connectMemory();
    await migrateToLatest(database);
    try {
      const handler = createPreSignUpHandler({
        store: postgresUserStore(database.db),
        cacheWrites: postgresStore(database).cacheWrites,
        logger: createLogger({ level: 'silent' }),
        cognito: createCognitoGateway(client),
        preTokenBudgetMs: 1_000,
        claimsFallback: 'none',
        claims: DEFAULT_CLAIM_SET,
      });
      const event = triggerEvent(
        'PreSignUp_ExternalProvider',
        { email: 'Fed@Example.com' },
        { userName: 'google_10987654321' },
      );
      expect(await handler(event)).toEqual(event);
      expect(mock.commandCalls(ListUsersCommand)[0]?.args[0].input).toMatchObject({
        Filter: 'email = "fed@example.com"',
      });
      const links = mock.commandCalls(AdminLinkProviderForUserCommand);
      expect(links).toHaveLength(1);
      expect(links[0]?.args[0].input).toEqual({
        UserPoolId: 'us-east-1_Test',
        DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'native-sub' },
        SourceUser: {
          ProviderName: 'Google',
          ProviderAttributeName: 'Cognito_Subject',
          ProviderAttributeValue: '10987654321',
        },
      });
    } finally {
      mock.restore();
      await database.close();
    }
  });
});
