import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { applyPlan } from '../../src/sync/apply.ts';
import { emptyCounts, type Plan } from '../../src/sync/plan.ts';
import { TEST_DATABASES } from '../support/databases.ts';

describe.each(TEST_DATABASES)('applying a reconcile plan on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('applies more links than one statement takes parameters (a whole copied database)', async () => {
    const count = 66_000;
    await sql`
      insert into users (email, cognito_sub)
      select 'user' || g || '@example.com', 'prod-' || g from generate_series(1, ${count}::int) g
    `.execute(handle.db);
    const rows = await handle.db.selectFrom('users').select(['id', 'cognito_sub']).execute();
    const plan: Plan = {
      actions: rows.map((row) => ({
        kind: 'link' as const,
        rowId: row.id,
        oldSub: row.cognito_sub,
        newSub: `staging-${row.cognito_sub}`,
        changes: {},
      })),
      details: [],
      counts: { ...emptyCounts(), linked: count },
    };
    await applyPlan(handle.db, plan);
    const { rows: linked } = await sql<{ n: number }>`
      select count(*)::int as n from users where cognito_sub like 'staging-prod-%'
    `.execute(handle.db);
    expect(linked[0]?.n).toBe(count);
    const { rows: events } = await sql<{ n: number }>`
      select count(*)::int as n from outbox where type = 'user.linked'
    `.execute(handle.db);
    expect(events[0]?.n).toBe(count);
  }, 120_000);
});
