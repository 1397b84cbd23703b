import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  AUDIT_RETAIN_DAYS,
  DELIVERY_RETAIN_DAYS,
  type WebhookDelivery,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
} from '../../domain/audit.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { AuditLog } from '../store.ts';
import { LOG_INDEX } from './tables.ts';

/** The {@link LOG_INDEX} partition of the audit log. */
const AUDIT = 'audit';
/** The {@link LOG_INDEX} partition of the webhook deliveries. */
const DELIVERY = 'delivery';
/** The sort key a cursor names: `<ISO time>#<uuid>`. */
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9a-f-]{36}$/;

/**
 * The audit log as items of the outbox table (`audit#<id>`), in the sparse
 * {@link LOG_INDEX} under the partition `audit`, sorted by time: the newest page is one
 * Query. Webhook deliveries are kept the same way, under `delivery`, for
 * {@link DELIVERY_RETAIN_DAYS}. A user's entries are filtered from it: the log is an operator's, written a few
 * times a minute at most, so one partition holds it. Items expire after
 * {@link AUDIT_RETAIN_DAYS} by the table's time to live.
 */
export function dynamoAuditLog(client: DynamoDBClient, table: string): AuditLog {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    async record(record) {
      const id = randomUUID();
      const at = new Date();
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            id: `audit#${id}`,
            log: AUDIT,
            logAt: `${at.toISOString()}#${id}`,
            ...record,
            detail: JSON.stringify(record.detail),
            expiresAt: Math.floor(at.getTime() / 1000) + AUDIT_RETAIN_DAYS * 24 * 3600,
          },
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      );
      return { ...record, id, at };
    },
    async recordDelivery(delivery) {
      const id = randomUUID();
      const at = new Date();
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            id: `delivery#${id}`,
            log: DELIVERY,
            logAt: `${at.toISOString()}#${id}`,
            ...delivery,
            ms: Math.round(delivery.ms),
            expiresAt: Math.floor(at.getTime() / 1000) + DELIVERY_RETAIN_DAYS * 24 * 3600,
          },
        }),
      );
    },
    async deliveries(query) {
      const items = await newestInLog(doc, table, DELIVERY, {
        want: query.limit,
        ...(query.consumer !== undefined && {
          filter: { attribute: 'consumer', value: query.consumer },
        }),
      });
      const found = items.map((item): WebhookDelivery => ({
        id: String(item['id']).slice('delivery#'.length),
        at: new Date(String(item['logAt']).slice(0, 24)),
        consumer: String(item['consumer']),
        eventId: String(item['eventId']),
        eventType: String(item['eventType']),
        status: typeof item['status'] === 'number' ? item['status'] : null,
        ms: Number(item['ms'] ?? 0),
        error: typeof item['error'] === 'string' ? item['error'] : null,
      }));
      return found.slice(0, query.limit);
    },
    async list(query: AuditQuery): Promise<AuditPage> {
      if (query.cursor !== undefined && !CURSOR.test(query.cursor)) {
        throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not one this log gave out.');
      }
      // One more than the page: whether there is a next page.
      const items = (
        await newestInLog(doc, table, AUDIT, {
          want: query.limit + 1,
          ...(query.target !== undefined && {
            filter: { attribute: 'target', value: query.target },
          }),
          ...(query.cursor !== undefined && {
            start: { id: `audit#${query.cursor.slice(25)}`, log: AUDIT, logAt: query.cursor },
          }),
        })
      ).map(entryOf);
      const shown = items.slice(0, query.limit);
      const last = shown.at(-1);
      return {
        items: shown,
        nextCursor:
          items.length > query.limit && last !== undefined
            ? `${last.at.toISOString()}#${last.id}`
            : null,
      };
    },
  };
}

/**
 * Up to `want` items of a partition of {@link LOG_INDEX}, newest first, after `start`, and
 * only those whose `filter` attribute has its value. A filter (and a Query page's 1 MB)
 * reads past items it does not return: it pages on until it has `want` or the log ends.
 */
export async function newestInLog(
  doc: DynamoDBDocumentClient,
  table: string,
  partition: string,
  options: {
    want: number;
    filter?: { attribute: string; value: string };
    start?: Record<string, unknown>;
  },
): Promise<Record<string, unknown>[]> {
  const { want, filter } = options;
  const items: Record<string, unknown>[] = [];
  let start = options.start;
  do {
    const page = await doc.send(
      new QueryCommand({
        TableName: table,
        IndexName: LOG_INDEX,
        KeyConditionExpression: '#log = :log',
        ...(filter !== undefined && { FilterExpression: '#filter = :filter' }),
        ExpressionAttributeNames: {
          '#log': 'log',
          ...(filter !== undefined && { '#filter': filter.attribute }),
        },
        ExpressionAttributeValues: {
          ':log': partition,
          ...(filter !== undefined && { ':filter': filter.value }),
        },
        ScanIndexForward: false,
        Limit: want - items.length,
        ...(start !== undefined && { ExclusiveStartKey: start }),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (items.length < want && start !== undefined);
  return items.slice(0, want);
}

function entryOf(item: Record<string, unknown>): AuditEntry {
  return {
    id: String(item['id']).slice('audit#'.length),
    at: new Date(String(item['logAt']).slice(0, 24)),
    actor: String(item['actor']),
    action: item['action'] as AuditEntry['action'],
    target: String(item['target']),
    outcome: outcomeOf(item['outcome']),
    detail: JSON.parse(String(item['detail'])) as Record<string, unknown>,
  };
}

/** An entry's outcome as kept; anything else read is `failed`. */
function outcomeOf(value: unknown): AuditEntry['outcome'] {
  return value === 'done' || value === 'started' ? value : 'failed';
}
