import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { isLoopbackUrl } from '../../cognito/client.ts';
import type { Config } from '../../config/config.ts';
import { CLIENT_TIMEOUTS } from '../../aws/client-options.ts';

/**
 * The DynamoDB client of the configured region, or of `DYNAMODB_ENDPOINT` (a local
 * emulator on loopback takes any credentials, so it gets placeholders).
 */
export function createDynamoClient(config: {
  cognito: Pick<Config['cognito'], 'region'>;
  dynamodb: Pick<Config['dynamodb'], 'endpoint'>;
}): DynamoDBClient {
  const { endpoint } = config.dynamodb;
  const local = endpoint !== undefined && isLoopbackUrl(endpoint);
  return new DynamoDBClient({
    region: config.cognito.region,
    ...(endpoint !== undefined && { endpoint }),
    ...(local && { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    maxAttempts: 3,
    ...CLIENT_TIMEOUTS,
  });
}
