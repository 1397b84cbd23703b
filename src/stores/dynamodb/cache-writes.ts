import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
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
      const { Items = [] } = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: LOG_INDEX,
          KeyConditionExpression: '#log = :log',
          ExpressionAttributeNames: { '#log': 'log' },
          ExpressionAttributeValues: { ':log': CACHE_WRITE },
          ScanIndexForward: true,
          Limit: limit,
        }),
      );
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
    async count() {
      let count = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: LOG_INDEX,
            KeyConditionExpression: '#log = :log',
            ExpressionAttributeNames: { '#log': 'log' },
            ExpressionAttributeValues: { ':log': CACHE_WRITE },
            Select: 'COUNT',
            ...(start !== undefined && { ExclusiveStartKey: start }),
          }),
        );
        count += page.Count ?? 0;
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      return count;
    },
  };
}
