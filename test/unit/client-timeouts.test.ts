import { describe, expect, it } from 'vitest';
import { CLIENT_TIMEOUTS } from '../../src/aws/client-options.ts';
import { createCognitoClient } from '../../src/cognito/client.ts';
import { createDynamoClient } from '../../src/stores/dynamodb/client.ts';

/** The timeouts a client's HTTP handler resolved (the SDK sets none by default). */
async function timeoutsOf(client: { config: { requestHandler: unknown } }) {
  const handler = client.config.requestHandler as {
    configProvider: Promise<Record<string, unknown>>;
  };
  const { connectionTimeout, requestTimeout } = await handler.configProvider;
  return { connectionTimeout, requestTimeout };
}

describe('AWS SDK clients', () => {
  it('are built with a connection and a request timeout', async () => {
    const region = { cognito: { region: 'us-east-1', endpoint: undefined } };
    const clients = [
      createCognitoClient(region),
      createDynamoClient({ ...region, dynamodb: { endpoint: undefined } }),
    ];
    for (const client of clients) {
      expect(await timeoutsOf(client)).toEqual(CLIENT_TIMEOUTS.requestHandler);
      client.destroy();
    }
    expect(CLIENT_TIMEOUTS.requestHandler.requestTimeout).toBeLessThanOrEqual(10_000);
  });
});
