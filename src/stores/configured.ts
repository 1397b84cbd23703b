import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { requiredSetting, type Config } from '../config/config.ts';
import { openConfiguredDatabase } from '../db/configured.ts';
import type { DatabaseHandle, PostgresOptions } from '../db/connection.ts';
import { UsersyncError } from '../domain/errors.ts';
import { createDynamoClient } from './dynamodb/client.ts';
import { dynamoOutbox } from './dynamodb/outbox.ts';
import { outboxTableName } from './dynamodb/tables.ts';
import { dynamoUserStore } from './dynamodb/users.ts';
import { postgresOutbox } from './postgres/outbox.ts';
import { postgresUserStore } from './postgres/users.ts';
import type {
  ConsumerLedger,
  EventOutbox,
  JobRuns,
  StoreKind,
  TableJobs,
  UserStore,
} from './store.ts';
import { dynamoLedger } from './dynamodb/ledger.ts';
import { dynamoJobRuns } from './dynamodb/job-runs.ts';
import { postgresJobRuns } from './postgres/job-runs.ts';

/** An open store: its users, its outbox, and how to close it. */
export interface StoreHandle {
  kind: StoreKind;
  users: UserStore;
  outbox: EventOutbox;
  /** Where job runs are recorded. */
  jobRuns: JobRuns;
  /** What only the DynamoDB store offers jobs (its table scanned by segments). */
  table: TableJobs | undefined;
  /** The DynamoDB store's consumers' records (PostgreSQL's are `processed_events`). */
  ledger: ConsumerLedger | undefined;
  /**
   * The PostgreSQL database behind the store, which jobs, consumers and migrations use;
   * `undefined` on DynamoDB (see {@link postgresOnly}).
   */
  database: DatabaseHandle | undefined;
  close(): Promise<void>;
}

/** The PostgreSQL store over an open database (closing the store closes it). */
export function postgresStore(database: DatabaseHandle): StoreHandle {
  return {
    kind: 'postgres',
    users: postgresUserStore(database.db),
    outbox: postgresOutbox(database.db),
    jobRuns: postgresJobRuns(database.db),
    table: undefined,
    ledger: undefined,
    database,
    close: () => database.close(),
  };
}

/** The DynamoDB store on the configured table, over a client (closing the store destroys it). */
export function dynamoStore(
  client: DynamoDBClient,
  config: Pick<
    Config['dynamodb'],
    'usersTable' | 'keyAttribute' | 'claimAttributes' | 'profileAttribute'
  >,
): StoreHandle {
  const usersTable = requiredSetting(config.usersTable, 'DYNAMODB_USERS_TABLE');
  const users = dynamoUserStore(client, { ...config, usersTable });
  return {
    kind: 'dynamodb',
    users,
    outbox: dynamoOutbox(client, outboxTableName(usersTable)),
    jobRuns: dynamoJobRuns(client, outboxTableName(usersTable)),
    table: users.table,
    ledger: dynamoLedger(client, outboxTableName(usersTable)),
    database: undefined,
    close: () => {
      client.destroy();
      return Promise.resolve();
    },
  };
}

/**
 * Opens the configured store (`USER_STORE`): a PostgreSQL pool (`DATABASE_URL` or the RDS
 * secret), or a DynamoDB client on `DYNAMODB_USERS_TABLE` (and `DYNAMODB_ENDPOINT`).
 */
export async function openConfiguredStore(
  config: Pick<
    Config,
    | 'userStore'
    | 'dynamodb'
    | 'cognito'
    | 'databaseUrl'
    | 'databaseSecretArn'
    | 'databaseHost'
    | 'databaseTls'
  >,
  options: PostgresOptions,
): Promise<StoreHandle> {
  if (config.userStore === 'dynamodb') {
    return dynamoStore(createDynamoClient(config), config.dynamodb);
  }
  return postgresStore(await openConfiguredDatabase(config, options));
}

/**
 * The store's PostgreSQL database, for what only PostgreSQL has (the full reconcile, job
 * runs, consumers' idempotency, guests and legacy passwords); on DynamoDB a
 * `STORE_UNSUPPORTED` error that names what asked.
 */
export function postgresOnly(store: Pick<StoreHandle, 'database'>, what: string): DatabaseHandle {
  if (store.database !== undefined) return store.database;
  throw unsupported(what);
}

/** Refuses, with `STORE_UNSUPPORTED` naming `what`, anything PostgreSQL-only on another store. */
export function requirePostgresStore(kind: StoreKind, what: string): void {
  if (kind !== 'postgres') throw unsupported(what);
}

function unsupported(what: string): UsersyncError {
  return new UsersyncError(
    'STORE_UNSUPPORTED',
    `${what} needs the PostgreSQL store (USER_STORE=postgres); the DynamoDB store does not have it.`,
    { context: { feature: what } },
  );
}
