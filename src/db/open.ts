import type { Config } from '../config/config.ts';
import { currentLockOwner } from '../local/data-dir.ts';
import { readLocalFile } from '../local/local-file.ts';
import { connectPostgres, type DatabaseHandle } from './connection.ts';
import { connectEmbedded } from './embedded.ts';

/**
 * Opens the database the configuration names:
 * - `DATABASE_URL` set: a pool on that PostgreSQL server;
 * - unset, while the local stack runs on the data directory: its embedded database,
 *   through the PostgreSQL endpoint it serves (the stack holds the directory's lock);
 * - unset otherwise: the embedded PGlite database, locked to this process.
 */
export async function openDatabase(config: Config, purpose: string): Promise<DatabaseHandle> {
  if (config.databaseUrl !== undefined) {
    return connectPostgres(config.databaseUrl, { max: config.databasePoolMax });
  }
  if ((await currentLockOwner(config.dataDir)) !== undefined) {
    const running = await readLocalFile(config.dataDir);
    if (running !== undefined) return connectPostgres(running.databaseUrl, { max: 4 });
  }
  return connectEmbedded(config.dataDir, purpose);
}
