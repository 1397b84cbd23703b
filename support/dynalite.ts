import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynalite as startLocalDynalite } from '../src/local/dynalite.ts';

/** A dynalite (DynamoDB emulator) in memory on 127.0.0.1, and a client for it. */
export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  stop: () => Promise<void>;
}

/**
 * Starts dynalite on a free port behind the local stack's transactions front (dynalite has
 * no TransactWriteItems), tables made at once (no CREATING delay).
 */
export async function startDynalite(): Promise<LocalDynamo> {
  const server = await startLocalDynalite();
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint: server.endpoint,
    client,
    stop: async () => {
      client.destroy();
      await server.stop();
    },
  };
}
