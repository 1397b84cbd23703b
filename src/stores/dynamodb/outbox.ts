import { countMatching } from './count.ts';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../../domain/events.ts';
import type { EventOutbox } from '../store.ts';
import type { BatchOutcome, ClaimedEvent, OutboxEntry } from '../../domain/outbox.ts';
import { PENDING_INDEX } from './tables.ts';

/**
 * The input with `ExpressionAttributeNames` for every `#name` its expressions use: every
 * attribute is named through a placeholder, so none can clash with a reserved word.
 */
function named<T extends object>(
  input: T,
): T & { ExpressionAttributeNames: Record<string, string> } {
  const expressions = Object.entries(input)
    .filter(([field]) => field.endsWith('Expression'))
    .map(([, value]) => String(value))
    .join(' ');
  const names = [...expressions.matchAll(/#(\w+)/g)].map((match) => match[1] ?? '');
  return {
    ...input,
    ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
  };
}

/** The value of `pending` on every unpublished event (the sparse index's partition). */
const PENDING = 'pending';
/**
 * The value of `pending` on a parked event: the same index, another partition, so the
 * relay (which reads {@link PENDING}) skips it and the parked are listed and counted by key.
 */
const PARKED = 'parked';
/** How long a relay holds the events it claimed before another may take them. */
const LEASE_MS = 60_000;
/** How long a published event is kept (its `expiresAt`, for the table's TTL). */
const KEEP_PUBLISHED_S = 7 * 24 * 3600;

/**
 * The outbox item of an event, for a TransactWriteItems `Put` beside the change it records:
 * keyed by the event id (a retried write cannot put it twice), `pending` (the sparse
 * index's key, removed once published) and `createdAt` (its order).
 */
export function outboxPut(table: string, event: EventEnvelope) {
  const data = event.data as { userId?: unknown };
  return {
    TableName: table,
    Item: {
      id: event.id,
      type: event.type,
      aggregateId: typeof data.userId === 'string' ? data.userId : null,
      payload: JSON.stringify(event),
      pending: PENDING,
      createdAt: `${event.occurredAt}#${event.id}`,
      availableAt: Date.now(),
      attempts: 0,
    },
    ConditionExpression: 'attribute_not_exists(#id)',
    ExpressionAttributeNames: { '#id': 'id' },
  };
}

/**
 * A Query of one partition of the pending index, oldest first: `pending` (what the relay
 * publishes) or `parked`. `input` adds a filter, a limit, a page's start.
 */
function partitionQuery(
  table: string,
  partition: string,
  input: Omit<QueryCommandInput, 'TableName' | 'IndexName' | 'KeyConditionExpression'> = {},
): QueryCommand {
  return new QueryCommand(
    named({
      TableName: table,
      IndexName: PENDING_INDEX,
      KeyConditionExpression: '#pending = :p',
      ...input,
      ExpressionAttributeValues: { ':p': partition, ...input.ExpressionAttributeValues },
    }),
  );
}

/** An outbox item as the console lists it: no payload. */
function entryOf(item: Record<string, unknown>, partition: string): OutboxEntry {
  return {
    id: String(item['id']),
    type: String(item['type']),
    userId: typeof item['aggregateId'] === 'string' ? item['aggregateId'] : null,
    createdAt: String(item['createdAt']).split('#')[0] ?? '',
    state: partition === PARKED ? 'parked' : 'pending',
    attempts: Number(item['attempts'] ?? 0),
    error: typeof item['lastError'] === 'string' ? item['lastError'] : null,
  };
}

/**
 * The DynamoDB outbox, read through its sparse `usersync-pending` index: only unpublished
 * events are in it, oldest first. A relay claims each due event with a conditional lease
 * (relays side by side take different events; a relay that dies leaves its lease to
 * expire), publishes, then removes `pending` from the published ones (they leave the index
 * and expire after 7 days) and gives the failed ones an attempt, their error and a later
 * `availableAt`. At least once, as on PostgreSQL.
 */
export function dynamoOutbox(client: DynamoDBClient, table: string): EventOutbox {
  const doc = DynamoDBDocumentClient.from(client);
  const steps = relaySteps(doc, table);
  return {
    async relayBatch(limit, publish) {
      const now = Date.now();
      const due = await steps.due(limit, now);
      const claimed = await Promise.all(
        due.map(async (event) => ((await steps.claim(event.id, now)) ? event : null)),
      );
      const events = claimed.filter((event) => event !== null);
      if (events.length === 0) return 0;
      await steps.record(await publish(events));
      return events.length;
    },
    async oldestUnpublishedAgeSeconds() {
      const { Items = [] } = await doc.send(partitionQuery(table, PENDING, { Limit: 1 }));
      const oldest: unknown = Items[0]?.['createdAt'];
      if (typeof oldest !== 'string') return 0;
      return Math.max(0, (Date.now() - new Date(oldest.split('#')[0] ?? '').getTime()) / 1000);
    },
    parkedCount() {
      return countMatching(doc, (start) =>
        partitionQuery(table, PARKED, {
          Select: 'COUNT',
          ...(start !== undefined && { ExclusiveStartKey: start }),
        }),
      );
    },
    async listParked(limit) {
      const { Items = [] } = await doc.send(partitionQuery(table, PARKED, { Limit: limit }));
      return Items.map((item) => ({
        id: String(item['id']),
        type: String(item['type']),
        attempts: Number(item['attempts'] ?? 0),
        error: typeof item['lastError'] === 'string' ? item['lastError'] : null,
        createdAt: String(item['createdAt']).split('#')[0] ?? '',
        parkedAt: String(item['parkedAt'] ?? ''),
      }));
    },
    async recent(query) {
      const entries = await Promise.all(
        [PENDING, PARKED].map(async (partition) => {
          const found: OutboxEntry[] = [];
          let start: Record<string, unknown> | undefined;
          // A type filter reads past the events it drops: page on until the list is full.
          do {
            const page = await doc.send(
              partitionQuery(table, partition, {
                ScanIndexForward: false,
                Limit: query.limit,
                ...(start !== undefined && { ExclusiveStartKey: start }),
                ...(query.type !== undefined && {
                  FilterExpression: '#type = :type',
                  ExpressionAttributeValues: { ':type': query.type },
                }),
              }),
            );
            for (const item of page.Items ?? []) found.push(entryOf(item, partition));
            start = page.LastEvaluatedKey;
          } while (found.length < query.limit && start !== undefined);
          return found;
        }),
      );
      return entries
        .flat()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, query.limit);
    },
    async redrive(ids) {
      const chosen =
        ids === 'all' ? (await this.listParked(10_000)).map((event) => event.id) : [...ids];
      let moved = 0;
      for (const id of chosen) {
        try {
          await doc.send(
            new UpdateCommand(
              named({
                TableName: table,
                Key: { id },
                UpdateExpression:
                  'SET #pending = :p, #attempts = :zero, #availableAt = :now REMOVE #parkedAt',
                ConditionExpression: '#pending = :parked',
                ExpressionAttributeValues: {
                  ':p': PENDING,
                  ':parked': PARKED,
                  ':zero': 0,
                  ':now': Date.now(),
                },
              }),
            ),
          );
          moved += 1;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      return moved;
    },
  };
}

/** The relay's three steps on the outbox table: find what is due, claim it, record the outcome. */
function relaySteps(doc: DynamoDBDocumentClient, table: string) {
  return {
    /** Up to `limit` due events (unpublished, retry time passed, no live lease), oldest first. */
    async due(limit: number, now: number): Promise<ClaimedEvent[]> {
      const due: ClaimedEvent[] = [];
      let start: QueryCommandInput['ExclusiveStartKey'];
      do {
        const page = await doc.send(
          partitionQuery(table, PENDING, {
            FilterExpression:
              '#availableAt <= :now AND (attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)',
            ExpressionAttributeValues: { ':now': now },
            Limit: limit,
            ...(start !== undefined && { ExclusiveStartKey: start }),
          }),
        );
        for (const item of (page.Items ?? []).slice(0, limit - due.length)) {
          due.push({
            id: String(item['id']),
            payload: JSON.parse(String(item['payload'])) as EventEnvelope,
            attempts: Number(item['attempts'] ?? 0),
          });
        }
        start = page.LastEvaluatedKey;
      } while (due.length < limit && start !== undefined);
      return due;
    },

    /** Takes the event's lease; false when another relay holds it or it is no longer due. */
    async claim(id: string, now: number): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand(
            named({
              TableName: table,
              Key: { id },
              UpdateExpression: 'SET #leaseUntil = :lease',
              ConditionExpression:
                '#pending = :p AND #availableAt <= :now AND (attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)',
              ExpressionAttributeValues: { ':lease': now + LEASE_MS, ':now': now, ':p': PENDING },
            }),
          ),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    /**
     * Published events leave the pending index and expire after 7 days; failed ones get an
     * attempt, their error and a later retry time, their lease given back.
     */
    async record({ published, failures }: BatchOutcome): Promise<void> {
      const done = Date.now();
      await Promise.all([
        ...published.map((id) =>
          doc.send(
            new UpdateCommand(
              named({
                TableName: table,
                Key: { id },
                UpdateExpression:
                  'SET #publishedAt = :at, #expiresAt = :expires REMOVE #pending, #leaseUntil',
                ExpressionAttributeValues: {
                  ':at': new Date(done).toISOString(),
                  ':expires': Math.floor(done / 1000) + KEEP_PUBLISHED_S,
                },
              }),
            ),
          ),
        ),
        ...failures.map((failure) =>
          doc.send(
            new UpdateCommand(
              named({
                TableName: table,
                Key: { id: failure.id },
                UpdateExpression: failure.park
                  ? 'SET #attempts = #attempts + :one, #lastError = :error, #availableAt = :at, #pending = :parked, #parkedAt = :parkedAt REMOVE #leaseUntil'
                  : 'SET #attempts = #attempts + :one, #lastError = :error, #availableAt = :at REMOVE #leaseUntil',
                ExpressionAttributeValues: {
                  ':one': 1,
                  ':error': failure.error,
                  ':at': done + failure.delayMs,
                  ...(failure.park === true && {
                    ':parked': PARKED,
                    ':parkedAt': new Date(done).toISOString(),
                  }),
                },
              }),
            ),
          ),
        ),
      ]);
    },
  };
}
