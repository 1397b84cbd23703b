import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { requiredSetting, type Config } from '../../config/config.ts';
import { releasedEmailHash } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';

/** The users table's index on the lower-cased email (for matching by email). */
export const EMAIL_INDEX = 'usersync-email';
/** The attribute usersync writes the lower-cased email to, for {@link EMAIL_INDEX}. */
export const EMAIL_ATTRIBUTE = 'usersyncEmail';
/**
 * The email index's value for a deleted user: their released email's hash, which no
 * sign-up's email can equal.
 */
export function releasedEmailKey(email: string): string {
  return `deleted#${releasedEmailHash(email)}`;
}

/** The outbox table's sparse index of events not yet published. */
export const PENDING_INDEX = 'usersync-pending';

/** The outbox table's sparse index of a sync run's staged listing (by run, then `sub`). */
export const STAGED_INDEX = 'usersync-staged';

/**
 * The outbox table's sparse index of what is listed newest first: the audit log (partition
 * `audit`) and job runs (partition `run`), by `logAt` (`<ISO time>#<id>`).
 */
export const LOG_INDEX = 'usersync-log';

/** The outbox table that goes with a users table. */
export function outboxTableName(usersTable: string): string {
  return `${usersTable}-usersync-outbox`;
}

/** The rate-limit counters' table that goes with a users table (keyed by `key`). */
export function limitsTableName(usersTable: string): string {
  return `${usersTable}-usersync-limits`;
}

/** How long {@link indexesActive} waits for an index DynamoDB is building. */
const INDEX_BUILD_WAIT_MS = 15 * 60_000;

/**
 * Resolves once no index of the table is being built (DynamoDB builds one at a time);
 * `DB_UNAVAILABLE` after {@link INDEX_BUILD_WAIT_MS}.
 */
async function indexesActive(client: DynamoDBClient, name: string): Promise<void> {
  const deadline = Date.now() + INDEX_BUILD_WAIT_MS;
  for (;;) {
    const table = await describe(client, name);
    const building = (table?.GlobalSecondaryIndexes ?? []).some(
      (index) => index.IndexStatus !== undefined && index.IndexStatus !== 'ACTIVE',
    );
    if (!building) return;
    if (Date.now() > deadline) {
      throw new UsersyncError('DB_UNAVAILABLE', `An index of ${name} is still being built.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

/**
 * A sparse index of the outbox table on two text attributes (an item lacking them is not in
 * it), every attribute projected: the index and the attribute definitions it needs.
 */
function sparseIndex(name: string, hash: string, range: string) {
  return {
    index: {
      IndexName: name,
      KeySchema: [
        { AttributeName: hash, KeyType: 'HASH' as const },
        { AttributeName: range, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    },
    attributes: [
      { AttributeName: hash, AttributeType: 'S' as const },
      { AttributeName: range, AttributeType: 'S' as const },
    ],
  };
}

/** What {@link ensureTables} did to each table. */
export interface TablesReport {
  created: string[];
  indexesAdded: string[];
  untouched: string[];
}

async function describe(
  client: DynamoDBClient,
  name: string,
): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/**
 * Creates the DynamoDB tables and indexes usersync needs that are missing, and changes
 * nothing that exists (`usersync db migrate` on the DynamoDB store):
 * - the users table, keyed by the key attribute (the Cognito `sub`), if there is none; an
 *   existing one must have that key, and gets only the email index if it lacks it;
 * - the outbox table (`<users table>-usersync-outbox`, keyed by event id) with its sparse
 *   indexes of pending events and of a sync run's staged listing (added to one that lacks it);
 * - the limits table (`<users table>-usersync-limits`, keyed by `key`): the API's rate-limit
 *   counters. Its time to live on `expire` is the CDK app's to set; without one, expired
 *   counters stay until they are counted again (their keys are hashes).
 * On demand (pay per request). A users table keyed otherwise is `CONFIG_INVALID`.
 */
export async function ensureTables(
  client: DynamoDBClient,
  config: Pick<Config['dynamodb'], 'usersTable' | 'keyAttribute'>,
): Promise<TablesReport> {
  const usersTable = requiredSetting(config.usersTable, 'DYNAMODB_USERS_TABLE');
  const report: TablesReport = { created: [], indexesAdded: [], untouched: [] };
  const emailIndex = {
    IndexName: EMAIL_INDEX,
    KeySchema: [{ AttributeName: EMAIL_ATTRIBUTE, KeyType: 'HASH' as const }],
    Projection: { ProjectionType: 'KEYS_ONLY' as const },
  };
  const users = await describe(client, usersTable);
  if (users === undefined) {
    await client.send(
      new CreateTableCommand({
        TableName: usersTable,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: config.keyAttribute, KeyType: 'HASH' }],
        AttributeDefinitions: [
          { AttributeName: config.keyAttribute, AttributeType: 'S' },
          { AttributeName: EMAIL_ATTRIBUTE, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [emailIndex],
      }),
    );
    report.created.push(usersTable);
  } else {
    const hash = users.KeySchema?.find((key) => key.KeyType === 'HASH')?.AttributeName;
    if (hash !== config.keyAttribute || (users.KeySchema?.length ?? 0) !== 1) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        `Invalid configuration: the table ${usersTable} is keyed by ${hash ?? '?'}${(users.KeySchema?.length ?? 0) > 1 ? ' and a sort key' : ''}, not by DYNAMODB_KEY_ATTRIBUTE (${config.keyAttribute}) alone.`,
        { context: { variable: 'DYNAMODB_KEY_ATTRIBUTE' } },
      );
    }
    const hasIndex = (users.GlobalSecondaryIndexes ?? []).some(
      (index) => index.IndexName === EMAIL_INDEX,
    );
    if (hasIndex) report.untouched.push(usersTable);
    else {
      // A provisioned table's index needs its own capacity (the table's is a fair start);
      // an on-demand table's must have none.
      const onDemand = users.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST';
      const capacity = users.ProvisionedThroughput;
      await client.send(
        new UpdateTableCommand({
          TableName: usersTable,
          AttributeDefinitions: [{ AttributeName: EMAIL_ATTRIBUTE, AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                ...emailIndex,
                ...(!onDemand && {
                  ProvisionedThroughput: {
                    ReadCapacityUnits: capacity?.ReadCapacityUnits ?? 5,
                    WriteCapacityUnits: capacity?.WriteCapacityUnits ?? 5,
                  },
                }),
              },
            },
          ],
        }),
      );
      report.indexesAdded.push(`${usersTable}/${EMAIL_INDEX}`);
    }
  }
  const outboxTable = outboxTableName(usersTable);
  const staged = sparseIndex(STAGED_INDEX, 'stagedRun', 'stagedSub');
  const log = sparseIndex(LOG_INDEX, 'log', 'logAt');
  const outbox = await describe(client, outboxTable);
  if (outbox === undefined) {
    await client.send(
      new CreateTableCommand({
        TableName: outboxTable,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [
          { AttributeName: 'id', AttributeType: 'S' },
          { AttributeName: 'pending', AttributeType: 'S' },
          { AttributeName: 'createdAt', AttributeType: 'S' },
          ...staged.attributes,
          ...log.attributes,
        ],
        // Sparse: only unpublished events carry `pending`; publishing removes it.
        GlobalSecondaryIndexes: [
          {
            IndexName: PENDING_INDEX,
            KeySchema: [
              { AttributeName: 'pending', KeyType: 'HASH' },
              { AttributeName: 'createdAt', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
          staged.index,
          log.index,
        ],
      }),
    );
    report.created.push(outboxTable);
  } else {
    // An outbox table from an earlier version: the indexes it lacks are added (on demand,
    // as usersync makes them), one at a time as DynamoDB allows.
    const missing = [staged, log].filter(
      ({ index }) =>
        !(outbox.GlobalSecondaryIndexes ?? []).some((i) => i.IndexName === index.IndexName),
    );
    for (const { index, attributes } of missing) {
      await indexesActive(client, outboxTable);
      await client.send(
        new UpdateTableCommand({
          TableName: outboxTable,
          AttributeDefinitions: attributes,
          GlobalSecondaryIndexUpdates: [{ Create: index }],
        }),
      );
      report.indexesAdded.push(`${outboxTable}/${index.IndexName}`);
    }
    if (missing.length === 0) report.untouched.push(outboxTable);
  }
  const limitsTable = limitsTableName(usersTable);
  if ((await describe(client, limitsTable)) === undefined) {
    await client.send(
      new CreateTableCommand({
        TableName: limitsTable,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'key', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'key', AttributeType: 'S' }],
      }),
    );
    report.created.push(limitsTable);
  } else report.untouched.push(limitsTable);
  return report;
}
