import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { freePort } from '../../src/local/ports.ts';
import { FAKE_TOKENS, fakeApp } from '../support/fake-app.ts';

/**
 * The API on fakes (a verifier that trusts one token, an in-memory Cognito) and a database
 * that refuses connections: what a caller sees during an outage.
 */
describe('a database outage', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    // A port nobody listens on: every connection is refused.
    database = connectPostgres(`postgres://postgres@127.0.0.1:${await freePort()}/none`, {
      connectionTimeoutMillis: 1_000,
    });
    app = (await fakeApp({ database })).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 503 DB_UNAVAILABLE on every route that reads the DB, never 500', async () => {
    for (const [method, url, payload] of [
      ['GET', '/me', undefined],
      ['GET', '/me/claims', undefined],
      ['PATCH', '/me', { name: 'Ada' }],
      ['GET', '/admin/users', undefined],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${FAKE_TOKENS.admin}` },
        ...(payload !== undefined && { payload }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(503);
      expect(response.json()).toEqual({
        error: { code: 'DB_UNAVAILABLE', message: 'The database is unavailable.' },
      });
    }
  });

  it('fails a migration with DB_UNAVAILABLE when the database cannot be reached', async () => {
    const failure = await migrateToLatest(database).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'DB_UNAVAILABLE')).toBe(true);
  });

  it('names a migration that fails on a reachable database MIGRATION_FAILED', async () => {
    const memory = await connectMemory();
    try {
      await sql`create schema usersync; create table usersync.outbox (id int)`.execute(memory.db);
      const failure = await migrateToLatest(memory).catch((error: unknown) => error);
      expect(isUsersyncError(failure, 'MIGRATION_FAILED')).toBe(true);
      expect((failure as Error).message).toContain('0001-initial');
    } finally {
      await memory.close();
    }
  });
});
