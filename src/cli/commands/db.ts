import { loadConfig } from '../../config/config.ts';
import { openDatabase, openDynamoClient } from '../../local/open-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { ensureTables } from '../../stores/dynamodb/tables.ts';
import type { Output } from '../output.ts';

/**
 * `usersync db migrate`: applies pending migrations to the configured database; on the
 * DynamoDB store, creates the tables and indexes that are missing and touches nothing else.
 */
export async function migrateCommand(output: Output, options: { json: boolean }): Promise<number> {
  const config = loadConfig();
  if (config.userStore === 'dynamodb') {
    const client = await openDynamoClient(config);
    try {
      const report = await ensureTables(client, config.dynamodb);
      if (options.json) output.out(JSON.stringify({ store: 'dynamodb', ...report }));
      else {
        for (const table of report.created) output.out(`created    ${table}`);
        for (const index of report.indexesAdded) output.out(`indexed    ${index}`);
        for (const table of report.untouched) output.out(`untouched  ${table}`);
      }
      return 0;
    } finally {
      client.destroy();
    }
  }
  const database = await openDatabase(config, 'usersync db migrate');
  try {
    const outcomes = await migrateToLatest(database, config);
    if (options.json) {
      output.out(JSON.stringify({ database: database.kind, migrations: outcomes }));
    } else if (outcomes.length === 0) {
      output.out(`The ${database.kind} database is up to date.`);
    } else {
      for (const { name, status } of outcomes)
        output.out(`${status === 'Success' ? 'applied' : status}  ${name}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
