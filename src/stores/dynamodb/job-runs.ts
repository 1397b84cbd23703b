import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { JobRunRecord, JobRuns } from '../store.ts';

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
        new GetCommand({ TableName: table, Key: runKey(id), ConsistentRead: true }),
      );
      if (Item === undefined || Item['kind'] !== kind) return undefined;
      return {
        id,
        kind,
        status: Item['status'] as JobRunRecord['status'],
        dryRun: Item['dryRun'] === true,
        options: JSON.parse(String(Item['options'])) as Record<string, unknown>,
        counts: JSON.parse(String(Item['counts'])) as Record<string, unknown>,
        checkpoint: (Item['checkpoint'] ?? {}) as Record<string, unknown>,
      };
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
