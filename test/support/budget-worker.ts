/**
 * One process spending a Cognito budget, for the two-process test
 * (test/stores/cognito-budget.test.ts): it takes `CALLS` points of `CATEGORY` at
 * `PRIORITY` from the budget on the store named by its environment, all queued at once, and
 * prints the time of each grant (epoch milliseconds) as one JSON line.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { cognitoBudget, type CallPriority, type QuotaCategory } from '../../src/cognito/quota.ts';
import { connectPostgres } from '../../src/db/connection.ts';
import { postgresCounters } from '../../src/stores/postgres/counters.ts';
import { dynamoCounters } from '../../src/stores/dynamodb/counters.ts';
import { limitsTableName } from '../../src/stores/dynamodb/tables.ts';
import type { SharedCounters } from '../../src/stores/store.ts';

const env = process.env;
const category = env['CATEGORY'] as QuotaCategory;
const priority = (env['PRIORITY'] ?? 'jobs') as CallPriority;
const calls = Number(env['CALLS']);
const share = Number(env['SHARE']);

let counters: SharedCounters;
let close: () => Promise<void>;
if (env['DATABASE_URL'] !== undefined) {
  const database = connectPostgres(env['DATABASE_URL'], { max: 4 });
  counters = postgresCounters(database.pool, database.schema);
  // Kysely ends the pool only once it has used it; the counters use the pool alone.
  close = () => database.pool.end();
} else {
  const client = new DynamoDBClient({
    endpoint: env['DYNAMODB_ENDPOINT'] ?? '',
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  counters = dynamoCounters(client, limitsTableName(env['DYNAMODB_USERS_TABLE'] ?? ''));
  close = () => Promise.resolve(client.destroy());
}

const errors: string[] = [];
const budget = cognitoBudget({
  counters,
  shares: { [category]: share },
  onStoreError: (error) => errors.push(String(error)),
});
// Both processes start on the same whole second, so that they overlap.
await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000)));
const grants = await Promise.all(
  Array.from({ length: calls }, async () => {
    await budget.take(category, priority);
    return Date.now();
  }),
);
process.stdout.write(`${JSON.stringify({ grants, errors })}\n`);
await close();
