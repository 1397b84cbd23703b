import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { countMatching } from './count.ts';
import type { DeferredCacheWrites } from '../store.ts';
import { LOG_INDEX } from './tables.ts';

/** The {@link LOG_INDEX} partition of the deferred claim-cache writes. */
const CACHE_WRITE = 'cache-write';
/** How long a deferred write is kept when no pass makes it (the relay runs every minute). */
const KEEP_DAYS = 7;

/**
 * Deferred claim-cache writes as items of the outbox table (`cache-write#<sub>`, one per
 * user), in the sparse {@link LOG_INDEX} under `cache-write`, oldest first: the relay's
 * pass reads them with one Query.
 */
export function dynamoCacheWrites(client: DynamoDBClient, table: string): DeferredCacheWrites {
  const doc = DynamoDBDocumentClient.from(client);
  /** The partition's items, oldest first; `input` adds a limit, a count, a page's start. */
  const oldestFirst = (input: Partial<QueryCommandInput>) =>
    new QueryCommand({
      TableName: table,
      IndexName: LOG_INDEX,
      KeyConditionExpression: '#log = :log',
      ExpressionAttributeNames: { '#log': 'log' },
      ExpressionAttributeValues: { ':log': CACHE_WRITE },
      ScanIndexForward: true,
      ...input,
    });
  return {
    async defer(sub, username) {
      const at = Date.now();
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            id: `cache-write#${sub}`,
            log: CACHE_WRITE,
            logAt: `${new Date(at).toISOString()}#${sub}`,
            sub,
            username,
            deferredAt: at,
            expiresAt: Math.floor(at / 1000) + KEEP_DAYS * 24 * 3600,
          },
        }),
      );
    },
    async due(limit) {
      const { Items = [] } = await doc.send(oldestFirst({ Limit: limit }));
      return Items.map((item) => ({
        sub: String(item['sub']),
        username: String(item['username']),
        deferredAt: new Date(Number(item['deferredAt'])),
      }));
    },
    async done(write) {
      await doc
        .send(
          new DeleteCommand({
            TableName: table,
            Key: { id: `cache-write#${write.sub}` },
            // Deferred again since it was read: kept for the next pass.
            ConditionExpression: 'deferredAt <= :at',
            ExpressionAttributeValues: { ':at': write.deferredAt.getTime() },
          }),
        )
        .catch((error: unknown) => {
          if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        });
    },
    count() {
      return countMatching(doc, (start) =>
        oldestFirst({ Select: 'COUNT', ...(start !== undefined && { ExclusiveStartKey: start }) }),
      );
    },
  };
}
