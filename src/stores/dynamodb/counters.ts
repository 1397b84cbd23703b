import {
  DeleteItemCommand,
  GetItemCommand,
  UpdateItemCommand,
  type DeleteItemCommandInput,
  type DynamoDBClient,
  type GetItemCommandInput,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { RateLimiterDynamo } from 'rate-limiter-flexible';
import type { SharedCounters } from '../store.ts';

/**
 * Counters in the limits table (`<users table>-usersync-limits`, keyed by `key`, with
 * `expire` in epoch seconds as its time to live), shared by every process on the table.
 * The library calls the aggregated client's methods; these send the same commands, and
 * read consistently, so a count just written is the count read.
 */
export function dynamoCounters(client: DynamoDBClient, tableName: string): SharedCounters {
  const storeClient = {
    updateItem: (input: UpdateItemCommandInput) => client.send(new UpdateItemCommand(input)),
    getItem: (input: GetItemCommandInput) =>
      client.send(new GetItemCommand({ ...input, ConsistentRead: true })),
    deleteItem: (input: DeleteItemCommandInput) => client.send(new DeleteItemCommand(input)),
  };
  return {
    limiter: (options) =>
      new RateLimiterDynamo({
        ...options,
        storeClient,
        tableName,
        tableCreated: true,
        ttlSet: true,
      }),
  };
}
