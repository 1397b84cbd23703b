import type { Config } from '../config/config.ts';
import type { UsersMapping } from '../domain/users-table.ts';
import type { ClaimSet } from '../domain/claims.ts';
import { openConfiguredDatabase } from '../db/configured.ts';
import type { DatabaseHandle, PostgresOptions } from '../db/connection.ts';
import { pruneRetained } from '../db/retention.ts';
import { postgresCounters } from './postgres/counters.ts';
import { postgresOutbox } from './postgres/outbox.ts';
import { postgresUserStore } from './postgres/users.ts';
import type { StoreHandle } from './store.ts';

export type { StoreHandle } from './store.ts';
import { postgresJobRuns } from './postgres/job-runs.ts';
import { planWriters, postgresJobStore } from './postgres/jobs.ts';
import { postgresLedger } from './postgres/ledger.ts';
import {
  insertAuditEntry,
  insertDelivery,
  listAuditEntries,
  listDeliveries,
} from '../db/audit-log.ts';
import {
  cacheWriteDone,
  countCacheWrites,
  deferCacheWrite,
  dueCacheWrites,
} from '../db/cache-writes.ts';

/** The PostgreSQL store over an open database (closing the store closes it). */
export function postgresStore(
  database: DatabaseHandle,
  users?: UsersMapping,
  claims: ClaimSet = [],
): StoreHandle {
  return {
    kind: 'postgres',
    users: postgresUserStore(database.db, users, claims),
    outbox: postgresOutbox(database.db),
    jobRuns: postgresJobRuns(database.db),
    jobs: postgresJobStore(
      database.db,
      users,
      planWriters(database.db, database.pool.options.max ?? 1),
    ),
    ledger: postgresLedger(database.db),
    audit: {
      record: (entry) => insertAuditEntry(database.db, entry),
      list: (query) => listAuditEntries(database.db, query),
      recordDelivery: (delivery) => insertDelivery(database.db, delivery),
      deliveries: (query) => listDeliveries(database.db, query),
    },
    database,
    counters: postgresCounters(database.pool, database.schema),
    cacheWrites: {
      defer: (sub, username) => deferCacheWrite(database.db, sub, username),
      due: (limit) => dueCacheWrites(database.db, limit),
      done: (write) => cacheWriteDone(database.db, write),
      count: () => countCacheWrites(database.db),
    },
    prune: async (days) => ({ ...(await pruneRetained(database.db, days)) }),
    close: () => database.close(),
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
    | 'databaseSchema'
    | 'claims'
    | 'users'
  >,
  options: PostgresOptions,
): Promise<StoreHandle> {
  if (config.userStore === 'dynamodb') {
    // Loaded only here: a PostgreSQL deployment's functions never evaluate the DynamoDB SDK
    // at their cold start.
    const { createDynamoClient, dynamoStore } = await import('./dynamodb/handle.ts');
    return dynamoStore(createDynamoClient(config), config.dynamodb, config.claims);
  }
  return postgresStore(await openConfiguredDatabase(config, options), config.users, config.claims);
}
