import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../local/open-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Output } from '../output.ts';

/** `usersync db migrate`: applies pending migrations to the configured database. */
export async function migrateCommand(output: Output, options: { json: boolean }): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config, 'usersync db migrate');
  try {
    const outcomes = await migrateToLatest(database.db);
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
