import { migrateToLatest } from '../db/migrate.ts';
import { createDynamoClient } from '../stores/dynamodb/client.ts';
import { ensureTables } from '../stores/dynamodb/tables.ts';
import { lazyHandler } from './bootstrap.ts';

/** The part of a CloudFormation custom resource event this handler reads. */
interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
}

/**
 * `usersync db migrate` as the custom resource a deploy runs (through the CDK's provider
 * framework): Create and Update apply the migrations not yet applied, Delete changes
 * nothing (a stack removed never drops the users). A failed migration fails the deploy,
 * which CloudFormation then rolls back.
 */
export const handler = lazyHandler(({ config, store, logger }) => {
  return async (event: CustomResourceEvent) => {
    if (event.RequestType === 'Delete') {
      return { PhysicalResourceId: event.PhysicalResourceId ?? 'usersync-schema' };
    }
    if (store.database === undefined) {
      const client = createDynamoClient(config);
      try {
        const tables = await ensureTables(client, config.dynamodb);
        logger.info(tables, 'DynamoDB tables ensured');
        return { PhysicalResourceId: 'usersync-schema', Data: { applied: tables.created.length } };
      } finally {
        client.destroy();
      }
    }
    const applied = await migrateToLatest(store.database, config);
    logger.info({ applied }, 'migrations applied');
    return { PhysicalResourceId: 'usersync-schema', Data: { applied: applied.length } };
  };
});
