import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { fromPool, type DatabaseHandle } from './connection.ts';

/** Where the embedded database lives inside a data directory. */
export function pgdataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/**
 * Opens PGlite, file-backed under `dataDir` (or in memory for `memory://`), as a pg pool.
 * PGlite is one session: the pool holds exactly one client, so transactions queue behind
 * each other instead of interleaving inside that session.
 */
export async function openPglitePool(dataDir: string): Promise<{
  pglite: PGlite;
  pool: pg.Pool;
}> {
  const pglite = await PGlite.create(dataDir === 'memory://' ? undefined : pgdataPath(dataDir));
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  return { pglite, pool };
}

/** An in-memory embedded database (tests, benchmarks); nothing touches the disk. */
export async function connectMemory(): Promise<DatabaseHandle> {
  const { pglite, pool } = await openPglitePool('memory://');
  return fromPool('pglite', pool, () => pglite.close());
}
