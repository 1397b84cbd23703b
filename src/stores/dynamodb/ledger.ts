import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ConsumerLedger } from '../store.ts';

/** How long a processed event is remembered (SQS keeps a message 14 days at most). */
const REMEMBER_S = 15 * 24 * 3600;

/**
 * The consumers' ledger as items of the outbox table: `processed#<consumer>#<event id>`
 * (expiring after 15 days, longer than SQS keeps a message) and
 * `position#<consumer>#<user id>` with the newest version applied, moved only upwards by a
 * conditional update.
 */
export function dynamoLedger(client: DynamoDBClient, table: string): ConsumerLedger {
  const doc = DynamoDBDocumentClient.from(client);
  const processedKey = (consumer: string, eventId: string) => ({
    id: `processed#${consumer}#${eventId}`,
  });
  const positionKey = (consumer: string, userId: string) => ({
    id: `position#${consumer}#${userId}`,
  });
  return {
    async processed(consumer, eventId) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: processedKey(consumer, eventId),
          ConsistentRead: true,
        }),
      );
      return Item !== undefined && Item['leaseUntil'] === undefined;
    },
    async claim(consumer, eventId, leaseMs) {
      const now = Date.now();
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...processedKey(consumer, eventId),
              leaseUntil: now + leaseMs,
              expiresAt: Math.floor(now / 1000) + REMEMBER_S,
            },
            // New, or claimed by a holder whose lease ran out; never over a done record.
            ConditionExpression: 'attribute_not_exists(#id) OR #lease < :now',
            ExpressionAttributeNames: { '#id': 'id', '#lease': 'leaseUntil' },
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        return 'claimed';
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return (await this.processed(consumer, eventId)) ? 'done' : 'busy';
      }
    },
    async record(consumer, eventId) {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...processedKey(consumer, eventId),
            expiresAt: Math.floor(Date.now() / 1000) + REMEMBER_S,
          },
        }),
      );
    },
    async release(consumer, eventId) {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: table,
            Key: processedKey(consumer, eventId),
            ConditionExpression: 'attribute_exists(#lease)',
            ExpressionAttributeNames: { '#lease': 'leaseUntil' },
          }),
        );
      } catch (error) {
        // Done meanwhile (or gone): nothing to release.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
    async position(consumer, userId) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: positionKey(consumer, userId),
          ConsistentRead: true,
        }),
      );
      return typeof Item?.['version'] === 'number' ? Item['version'] : 0;
    },
    async advance(consumer, userId, version) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: positionKey(consumer, userId),
            UpdateExpression: 'SET #version = :version',
            ConditionExpression: 'attribute_not_exists(#version) OR #version < :version',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':version': version },
          }),
        );
      } catch (error) {
        // A newer version is there already: the position stays.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
