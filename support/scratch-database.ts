import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own on a PostgreSQL server; `drop` removes it. */
export interface ScratchDatabaseUrl {
  url: string;
  drop: () => Promise<void>;
}

/**
 * Creates an empty database on the server `adminUrl` points at (a role that may create
 * databases), so test files and benchmarks side by side never see each other's rows.
 */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabaseUrl> {
  const name = `usersync_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
