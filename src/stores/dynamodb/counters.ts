import {
  DeleteItemCommand,
  GetItemCommand,
  UpdateItemCommand,
  type DeleteItemCommandInput,
  type DynamoDBClient,
  type GetItemCommandInput,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import RateLimiterDynamo from 'rate-limiter-flexible/lib/RateLimiterDynamo.js';
import { SIGN_OUT_RETAIN_MS, signOutKey, type SharedCounters } from '../store.ts';

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
    signOuts: {
      // An item of the limits table beside the counters, gone by its time to live.
      async record(sub, at) {
        await client
          .send(
            new UpdateItemCommand({
              TableName: tableName,
              Key: { key: { S: signOutKey(sub) } },
              UpdateExpression: 'SET signedOutAt = :at, expire = :expire',
              ConditionExpression: 'attribute_not_exists(signedOutAt) OR signedOutAt < :at',
              ExpressionAttributeValues: {
                ':at': { N: String(at.getTime()) },
                ':expire': { N: String(Math.ceil((at.getTime() + SIGN_OUT_RETAIN_MS) / 1000)) },
              },
            }),
          )
          .catch((error: unknown) => {
            // A later sign-out is kept already.
            if ((error as { name?: string }).name !== 'ConditionalCheckFailedException')
              throw error;
          });
      },
      async since(sub) {
        const { Item } = await client.send(
          new GetItemCommand({
            TableName: tableName,
            Key: { key: { S: signOutKey(sub) } },
            ConsistentRead: true,
          }),
        );
        const at = Item?.['signedOutAt']?.N;
        if (at === undefined || Number(at) + SIGN_OUT_RETAIN_MS <= Date.now()) return undefined;
        return new Date(Number(at));
      },
    },
  };
}
