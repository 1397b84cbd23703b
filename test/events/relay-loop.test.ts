import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createEvent, type EventEnvelope } from '../../src/domain/events.ts';
import { enqueueEvent } from '../../src/db/outbox.ts';
import type { Publisher } from '../../src/events/publisher.ts';
import { createRelay } from '../../src/events/relay.ts';
import { runRelayLoop } from '../../src/events/relay-loop.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TEST_DATABASES, createPostgresDatabase } from '../support/databases.ts';
import { postgresOutbox } from '../../src/stores/postgres/outbox.ts';

const logger = createLogger({ level: 'silent' });

class Collecting implements Publisher {
  readonly delivered: { id: string; at: number }[] = [];
  publish(events: readonly EventEnvelope[]) {
    this.delivered.push(...events.map((event) => ({ id: event.id, at: Date.now() })));
    return Promise.resolve(events.map((event) => ({ id: event.id, ok: true as const })));
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(TEST_DATABASES)('relay loop on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('publishes new events while it runs, and stops on abort', async () => {
    const publisher = new Collecting();
    const controller = new AbortController();
    const loop = runRelayLoop({
      relay: createRelay({ outbox: postgresOutbox(handle.db), publisher, logger }),
      pool: handle.pool,
      logger,
      signal: controller.signal,
      // Long enough that only a NOTIFY explains a quick delivery on PostgreSQL.
      pollMs: database.name === 'postgres' ? 5_000 : 100,
      listen: handle.kind !== 'pglite',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const event = createEvent('user.registered', { n: 1 });
    const committed = Date.now();
    await handle.db.transaction().execute((trx) => enqueueEvent(trx, event, null));
    await until(() => publisher.delivered.some((delivery) => delivery.id === event.id), 4_000);
    if (database.name === 'postgres') {
      expect(publisher.delivered[0]!.at - committed).toBeLessThan(1_000);
    }
    controller.abort();
    await loop;
  });
});

describe.runIf(process.env['TEST_DATABASE_URL'])(
  'relay loop while PostgreSQL refuses connections (needs TEST_DATABASE_URL: PGlite cannot refuse)',
  () => {
    it('resumes by itself when the database returns', async () => {
      const scratch = await createPostgresDatabase();
      const name = new URL(scratch.url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
      await admin.connect();
      const handle = connectPostgres(scratch.url, { max: 2, connectionTimeoutMillis: 500 });
      const publisher = new Collecting();
      const controller = new AbortController();
      try {
        await migrateToLatest(handle);
        const loop = runRelayLoop({
          relay: createRelay({ outbox: postgresOutbox(handle.db), publisher, logger }),
          pool: handle.pool,
          logger,
          signal: controller.signal,
          pollMs: 100,
        });
        // The database goes away: no new connections, and the open ones are cut.
        await admin.query(`alter database ${name} connection limit 0`);
        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`,
          [name],
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        // It comes back, and an event is written.
        await admin.query(`alter database ${name} connection limit -1`);
        const event = createEvent('user.updated', { n: 2 });
        const writer = connectPostgres(scratch.url, { max: 1 });
        await writer.db.transaction().execute((trx) => enqueueEvent(trx, event, null));
        await writer.close();
        await until(() => publisher.delivered.some((delivery) => delivery.id === event.id), 5_000);
        controller.abort();
        await loop;
      } finally {
        controller.abort();
        await handle.close();
        await admin.query(`alter database ${name} connection limit -1`).catch(() => undefined);
        await admin.end();
        await scratch.drop();
      }
    });
  },
);
