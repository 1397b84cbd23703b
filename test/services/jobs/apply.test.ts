import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { getUserById } from '../../../src/db/users.ts';
import type { EventEnvelope, UserEventData } from '../../../src/domain/events.ts';
import { applyPlan } from '../../../src/stores/postgres/apply-plan.ts';
import { userEvent } from '../../../src/domain/events.ts';
import { emptyCounts, type Plan } from '../../../src/services/jobs/reconcile-plan.ts';
import { TEST_DATABASES } from '../../support/databases.ts';

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
      insert into usersync.users (email, cognito_sub)
      select 'user' || g || '@example.com', 'prod-' || g from generate_series(1, ${count}::int) g
    `.execute(handle.db);
    const rows = await handle.db
      .selectFrom('users')
      .select(['id', 'cognito_sub', 'email', 'version'])
      .execute();
    const plan: Plan = {
      actions: rows.map((row) => ({
        kind: 'link' as const,
        rowId: row.id,
        version: row.version,
        fromEmail: row.email,
        oldSub: row.cognito_sub,
        newSub: `staging-${row.cognito_sub}`,
        changes: {},
      })),
      details: [],
      counts: { ...emptyCounts(), linked: count },
    };
    await applyPlan(handle.db, plan.actions);
    const { rows: linked } = await sql<{ n: number }>`
      select count(*)::int as n from usersync.users where cognito_sub like 'staging-prod-%'
    `.execute(handle.db);
    expect(linked[0]?.n).toBe(count);
    const { rows: events } = await sql<{ n: number }>`
      select count(*)::int as n from usersync.outbox where type = 'user.linked'
    `.execute(handle.db);
    expect(events[0]?.n).toBe(count);
  }, 120_000);

  it('writes the same event envelopes as userEvent(), built in the database', async () => {
    await sql`delete from usersync.outbox; delete from usersync.users`.execute(handle.db);
    await sql`
      insert into usersync.users (email, cognito_sub, claims, status)
      values ('link@example.com', 'old-sub',
              '{"custom:developer_id": "dev-1", "custom:user_type": "pro", "custom:company_name": "Acme"}',
              'guest'),
             ('update@example.com', 'sub-2', '{}', 'active'),
             ('gone@example.com', 'sub-3', '{}', 'active')
    `.execute(handle.db);
    const id = async (email: string) =>
      (
        await handle.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      ).id;
    await applyPlan(handle.db, [
      {
        kind: 'link',
        rowId: await id('link@example.com'),
        version: '1',
        fromEmail: 'link@example.com',
        oldSub: 'old-sub',
        newSub: 'new-sub',
        changes: { emailVerified: true },
      },
      {
        kind: 'update',
        rowId: await id('update@example.com'),
        version: '1',
        fromEmail: 'update@example.com',
        sub: 'sub-2',
        changes: { name: 'Grace', phone: '+15550100' },
      },
      {
        kind: 'create',
        user: {
          sub: 'sub-4',
          email: 'new@example.com',
          emailVerified: true,
          name: null,
          phone: null,
        },
      },
      {
        kind: 'markDeleted',
        rowId: await id('gone@example.com'),
        version: '1',
        sub: 'sub-3',
      },
    ]);
    const written = await handle.db.selectFrom('outbox').selectAll().execute();
    // One shape per type: names of the changed fields, never their values.
    const changes: Record<string, UserEventData['changes']> = {
      'link@example.com': { oldSub: 'old-sub', newSub: 'new-sub' },
      'update@example.com': { fields: ['name', 'phone'] },
    };
    expect(written.map((row) => row.type).sort()).toEqual([
      'user.deleted',
      'user.linked',
      'user.registered',
      'user.updated',
    ]);
    for (const row of written) {
      const payload = row.payload as unknown as EventEnvelope;
      const user = await getUserById(handle.db, row.aggregate_id ?? '');
      if (user === undefined) throw new Error('no user for the event');
      const expected = userEvent(payload.type, user, changes[user.email ?? '']);
      expect(payload).toEqual({ ...expected, id: row.id, occurredAt: payload.occurredAt });
      expect(payload.occurredAt).toBe(new Date(payload.occurredAt).toISOString());
      expect(row.occurred_at.toISOString()).toBe(payload.occurredAt);
    }
  });
});
