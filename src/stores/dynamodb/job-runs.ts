import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { UsersyncError } from '../../domain/errors.ts';
import type { JobRunRecord, JobRuns } from '../store.ts';
import { newestInLog } from './audit.ts';

/** The partition of the job runs in the outbox table's `usersync-log` index. */
const RUN = 'run';
/** A cursor: the last run's `logAt` (`<ISO time>#<uuid>`). */
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9a-f-]{36}$/;
/**
 * The most of a run's details an item keeps, as JSON: an item holds 400 KB at most, and the
 * run's own attributes need room too.
 */
const MAX_DETAILS_BYTES = 300_000;

function recordOf(item: Record<string, unknown>): JobRunRecord {
  return {
    id: String(item['id']).slice('run#'.length),
    kind: String(item['kind']),
    status: item['status'] as JobRunRecord['status'],
    dryRun: item['dryRun'] === true,
    options: JSON.parse(String(item['options'])) as Record<string, unknown>,
    counts: JSON.parse(String(item['counts'])) as Record<string, unknown>,
    checkpoint: (item['checkpoint'] ?? {}) as Record<string, unknown>,
    error: typeof item['error'] === 'string' ? item['error'] : null,
    startedAt: new Date(String(item['startedAt'])),
    finishedAt: typeof item['finishedAt'] === 'string' ? new Date(item['finishedAt']) : null,
  };
}

/** Details as an item keeps them: JSON, the longest prefix of the list that fits. */
function keptDetails(details: readonly unknown[]): string {
  let kept = [...details];
  let text = JSON.stringify(kept);
  while (Buffer.byteLength(text) > MAX_DETAILS_BYTES && kept.length > 0) {
    kept = kept.slice(0, Math.floor(kept.length / 2));
    text = JSON.stringify(kept);
  }
  return text;
}

/** The key of a run's item: `run#` and the run id (never an event id, which has no `#`). */
function runKey(id: string): { id: string } {
  return { id: `run#${id}` };
}

/**
 * Job runs as items of the outbox table, beside the events and never in its pending index
 * (they have no `pending`): kind, status, options and counts, and the checkpoint as a map
 * whose entries are written one by one, so segments running side by side each save their
 * own without losing the others'.
 */
export function dynamoJobRuns(client: DynamoDBClient, table: string): JobRuns {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    async insert(run) {
      const id = randomUUID();
      const now = new Date().toISOString();
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...runKey(id),
            // In the log index, newest first (the console's list of runs).
            log: RUN,
            logAt: `${now}#${id}`,
            kind: run.kind,
            status: 'running',
            dryRun: run.dryRun,
            options: JSON.stringify(run.options),
            counts: '{}',
            checkpoint: {},
            startedAt: now,
            updatedAt: now,
          },
        }),
      );
      return id;
    },
    async find(id, kind) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: runKey(id),
          ConsistentRead: true,
          ProjectionExpression:
            'id, kind, #status, dryRun, options, counts, checkpoint, #error, startedAt, finishedAt',
          ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        }),
      );
      if (Item === undefined || (kind !== undefined && Item['kind'] !== kind)) return undefined;
      return recordOf(Item);
    },
    async list(page) {
      if (page.cursor !== undefined && !CURSOR.test(page.cursor)) {
        throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not one this list gave out.');
      }
      // One more than the page: whether there is a next page.
      const items = (
        await newestInLog(doc, table, RUN, {
          want: page.limit + 1,
          ...(page.cursor !== undefined && {
            start: { ...runKey(page.cursor.slice(25)), log: RUN, logAt: page.cursor },
          }),
        })
      ).map((item) => ({ record: recordOf(item), logAt: String(item['logAt']) }));
      const shown = items.slice(0, page.limit);
      return {
        items: shown.map((item) => item.record),
        nextCursor: items.length > page.limit ? (shown.at(-1)?.logAt ?? null) : null,
      };
    },
    async details(id) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: table,
          Key: runKey(id),
          ProjectionExpression: 'details',
          ConsistentRead: true,
        }),
      );
      return typeof Item?.['details'] === 'string'
        ? (JSON.parse(Item['details']) as unknown[])
        : [];
    },
    async reopen(id) {
      await update(id, { status: 'running', error: null });
    },
    async saveProgress(id, progress) {
      await update(id, { counts: JSON.stringify(progress.counts) }, progress.checkpoint);
    },
    async finish(id, outcome) {
      await update(id, {
        status: outcome.status,
        error: outcome.error,
        counts: JSON.stringify(outcome.counts),
        finishedAt: new Date().toISOString(),
        ...(outcome.details !== undefined && { details: keptDetails(outcome.details) }),
      });
    },
  };

  async function update(
    id: string,
    set: Record<string, unknown>,
    checkpoint?: object,
  ): Promise<void> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const parts: string[] = [];
    const entries = Object.entries({ ...set, updatedAt: new Date().toISOString() });
    for (const [index, [name, value]] of entries.entries()) {
      names[`#s${index}`] = name;
      values[`:s${index}`] = value;
      parts.push(`#s${index} = :s${index}`);
    }
    if (checkpoint !== undefined) {
      names['#checkpoint'] = 'checkpoint';
      for (const [index, [name, value]] of Object.entries(checkpoint).entries()) {
        names[`#c${index}`] = name;
        values[`:c${index}`] = value;
        parts.push(`#checkpoint.#c${index} = :c${index}`);
      }
    }
    await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: runKey(id),
        UpdateExpression: `SET ${parts.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }
}
