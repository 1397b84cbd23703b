import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { requiredSetting, type Config } from '../../config/config.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import type { StoreHandle } from '../store.ts';
import { dynamoJobRuns } from './job-runs.ts';
import { dynamoLedger } from './ledger.ts';
import { dynamoOutbox } from './outbox.ts';
import { dynamoCounters } from './counters.ts';
import { limitsTableName, outboxTableName } from './tables.ts';
import { dynamoUserStore } from './users.ts';
import { itemsContext } from './items.ts';
import { dynamoJobStore } from './jobs.ts';
import { dynamoAuditLog } from './audit.ts';
import { dynamoCacheWrites } from './cache-writes.ts';

export { createDynamoClient } from './client.ts';

/** The DynamoDB store on the configured table, over a client (closing the store destroys it). */
export function dynamoStore(
  client: DynamoDBClient,
  config: Pick<Config['dynamodb'], 'usersTable' | 'keyAttribute' | 'profileAttribute'>,
  claims: ClaimSet,
  options: { writeBudgetMs?: number } = {},
): StoreHandle {
  const usersTable = requiredSetting(config.usersTable, 'DYNAMODB_USERS_TABLE');
  const names = {
    usersTable,
    keyAttribute: config.keyAttribute,
    profileAttribute: config.profileAttribute,
    claims,
    ...options,
  };
  const users = dynamoUserStore(client, names);
  const jobRuns = dynamoJobRuns(client, outboxTableName(usersTable));
  return {
    kind: 'dynamodb',
    users,
    outbox: dynamoOutbox(client, outboxTableName(usersTable)),
    jobRuns,
    jobs: dynamoJobStore(itemsContext(client, names), jobRuns),
    ledger: dynamoLedger(client, outboxTableName(usersTable)),
    audit: dynamoAuditLog(client, outboxTableName(usersTable)),
    database: undefined,
    counters: dynamoCounters(client, limitsTableName(usersTable)),
    cacheWrites: dynamoCacheWrites(client, outboxTableName(usersTable)),
    // Published events, the ledger's records and the counters expire by the tables' TTL.
    prune: () => Promise.resolve({}),
    close: () => {
      client.destroy();
      return Promise.resolve();
    },
  };
}
