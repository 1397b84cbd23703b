import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../config/config.ts';
import { openConfiguredDatabase } from '../db/configured.ts';
import { connectPostgres, fromPool, type DatabaseHandle } from '../db/connection.ts';
import { currentLockOwner, lockDataDir } from './data-dir.ts';
import { readLocalFile } from './local-file.ts';
import { loadLocal } from './optional.ts';
import { createDynamoClient } from '../stores/dynamodb/client.ts';
import { postgresStore, type StoreHandle } from '../stores/configured.ts';
import { dynamoStore } from '../stores/dynamodb/handle.ts';

/**
 * Opens the embedded database of a data directory for this process alone, under the data
 * directory's lock (`DATA_DIR_LOCKED` when another process has it).
 */
export async function connectEmbedded(
  dataDir: string,
  purpose: string,
  schema: string,
): Promise<DatabaseHandle> {
  const release = await lockDataDir(dataDir, purpose);
  try {
    const { openPglitePool } = await loadLocal(() => import('../db/embedded.ts'));
    const { pglite, pool } = await openPglitePool(dataDir);
    return fromPool(
      'pglite',
      pool,
      async () => {
        await pglite.close();
        await release();
      },
      schema,
    );
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Opens the database a CLI command works on:
 * - `DATABASE_URL` or `DATABASE_SECRET_ARN` set: a pool on that PostgreSQL server (TLS as
 *   `DATABASE_TLS` says);
 * - unset, while the local stack runs on the data directory: its embedded database,
 *   through the PostgreSQL endpoint it serves (the stack holds the directory's lock);
 * - unset otherwise: the embedded PGlite database, locked to this process.
 */
export async function openDatabase(config: Config, purpose: string): Promise<DatabaseHandle> {
  if (config.databaseUrl !== undefined || config.databaseSecretArn !== undefined) {
    return openConfiguredDatabase(config, { max: config.databasePoolMax });
  }
  if ((await currentLockOwner(config.dataDir)) !== undefined) {
    const running = await readLocalFile(config.dataDir);
    if (running !== undefined) {
      return connectPostgres(running.databaseUrl, { max: 4, schema: config.databaseSchema });
    }
  }
  return connectEmbedded(config.dataDir, purpose, config.databaseSchema);
}

/**
 * Opens the store a CLI command works on (`USER_STORE`): the PostgreSQL database of
 * {@link openDatabase}, or the DynamoDB table `DYNAMODB_USERS_TABLE` at `DYNAMODB_ENDPOINT`,
 * else at the running local stack's dynalite, else on AWS.
 */
export async function openStore(config: Config, purpose: string): Promise<StoreHandle> {
  if (config.userStore !== 'dynamodb')
    return postgresStore(await openDatabase(config, purpose), config.users, config.claims);
  return dynamoStore(await openDynamoClient(config), config.dynamodb, config.claims);
}

/** A DynamoDB client at `DYNAMODB_ENDPOINT`, else the running local stack's dynalite, else AWS. */
export async function openDynamoClient(config: Config): Promise<DynamoDBClient> {
  const running =
    config.dynamodb.endpoint === undefined ? await readLocalFile(config.dataDir) : undefined;
  const endpoint = config.dynamodb.endpoint ?? running?.dynamodbEndpoint;
  return createDynamoClient({ ...config, dynamodb: { ...config.dynamodb, endpoint } });
}
