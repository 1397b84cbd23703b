import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { enqueueEvent, markPublished, oldestUnpublishedAgeSeconds } from '../../src/db/outbox.ts';
import { createEvent } from '../../src/domain/events.ts';
import { TEST_DATABASES } from '../support/databases.ts';

describe.each(TEST_DATABASES)('the outbox repository on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('tells how long the oldest unpublished event has waited, and 0 when none waits', async () => {
    expect(await oldestUnpublishedAgeSeconds(handle.db)).toBe(0);
    const old = createEvent('user.updated', { n: 1 });
    const fresh = createEvent('user.updated', { n: 2 });
    await handle.db.transaction().execute(async (trx) => {
      await enqueueEvent(trx, old, null);
      await enqueueEvent(trx, fresh, null);
    });
    await sql`update usersync.outbox set created_at = now() - interval '90 seconds' where id = ${old.id}`.execute(
      handle.db,
    );
    const age = await oldestUnpublishedAgeSeconds(handle.db);
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(120);
    await markPublished(handle.db, [old.id]);
    expect(await oldestUnpublishedAgeSeconds(handle.db)).toBeLessThan(30);
    await markPublished(handle.db, [fresh.id]);
    expect(await oldestUnpublishedAgeSeconds(handle.db)).toBe(0);
  });
});
