import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { MAP_USERS_TABLE } from '../../src/db/mapped-users.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { userIdentitiesFor } from '../../src/db/users.ts';
import { updateUsersFromCognito } from '../../src/db/users-bulk.ts';
import { applyAdopt, planAdopt } from '../../src/services/adopt/adopt-sql.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { runMigrateGuests } from '../../src/services/jobs/migrate-guests.ts';
import { runSync } from '../../src/services/jobs/reconcile.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { fakePool } from '../support/fake-pool.ts';
import {
  AURORA,
  STAGING,
  SUB_KEYED,
  TEAM_TABLES,
  type TeamTable,
} from '../../support/team-tables.ts';

const logger = createLogger({ level: 'silent' });
const sub = (i: number) =>
  `${(i % 16).toString(16)}b7b7b7b-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** The database's own rows of a table, as plain objects. */
async function rows(handle: DatabaseHandle, query: string): Promise<Record<string, unknown>[]> {
  const result = await sql.raw<Record<string, unknown>>(query).execute(handle.db);
  return result.rows;
}

/** The events written, oldest first (type and data). */
async function events(
  handle: DatabaseHandle,
): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const { rows: outbox } = await sql<{ payload: { type: string; data: Record<string, unknown> } }>`
    select payload from usersync.outbox order by created_at, id`.execute(handle.db);
  await sql`delete from usersync.outbox`.execute(handle.db);
  return outbox.map(({ payload }) => ({ type: payload.type, data: payload.data }));
}

/**
 * Everything of the catalog outside usersync's schema: relations, columns (type, null,
 * default), constraints, indexes, triggers and functions.
 */
async function catalogOutside(handle: DatabaseHandle): Promise<string[]> {
  const { rows: entries } = await sql<{ entry: string }>`
    with outside as (
      select c.oid, n.nspname || '.' || c.relname as name, c.relkind
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname not in ('usersync', 'pg_catalog', 'information_schema', 'pg_toast'))
    select 'relation ' || name || ' ' || relkind::text as entry from outside
    union all
    select 'column ' || o.name || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
           || case when a.attnotnull then ' not null' else '' end
           || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
      from outside o join pg_attribute a on a.attrelid = o.oid and a.attnum > 0 and not a.attisdropped
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    union all
    select 'constraint ' || o.name || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
      from outside o join pg_constraint k on k.conrelid = o.oid
    union all
    select 'trigger ' || o.name || ' ' || t.tgname
      from outside o join pg_trigger t on t.tgrelid = o.oid and not t.tgisinternal
    union all
    select 'function ' || n.nspname || '.' || p.proname
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname not in ('usersync', 'pg_catalog', 'information_schema')
    order by 1`.execute(handle.db);
  return entries.map(({ entry }) => entry);
}

async function mapped(database: (typeof TEST_DATABASES)[number], table: TeamTable) {
  const handle = await database.openEmpty();
  await sql.raw(table.ddl).execute(handle.db);
  const before = await catalogOutside(handle);
  const outcomes = await migrateToLatest(handle, { users: table.mapping, claims: table.claims });
  return { handle, outcomes, before, store: postgresStore(handle, table.mapping, table.claims) };
}

describe.each(TEST_DATABASES)("a team's own users table on $name", (database) => {
  describe.each(TEAM_TABLES)('$name', (table) => {
    let handle: DatabaseHandle;
    let store: StoreHandle;
    let before: string[];
    beforeAll(async () => {
      const opened = await mapped(database, table);
      handle = opened.handle;
      store = opened.store;
      before = opened.before;
      expect(opened.outcomes.at(-1)).toEqual({ name: MAP_USERS_TABLE, status: 'Success' });
      // Again with the same file: nothing to do.
      expect(await migrateToLatest(handle, { users: table.mapping, claims: table.claims })).toEqual(
        [],
      );
    });
    afterAll(async () => {
      await store?.close();
    });

    it('makes a row in their table at sign-up, once, with its event; a second sign-in finds it', async () => {
      const fields = {
        sub: sub(1),
        email: 'ada@example.com',
        emailVerified: true,
        name: 'Ada',
        phone: null,
      };
      const [first, second] = await Promise.all([
        store.users.linkOrCreate(fields),
        store.users.linkOrCreate(fields),
      ]);
      expect([first.outcome, second.outcome].sort()).toEqual(['created', 'existing']);
      expect(second.user.id).toBe(first.user.id);
      const user = await store.users.userBySub(sub(1));
      expect(user).toMatchObject({
        sub: sub(1),
        email: 'ada@example.com',
        status: 'active',
        version: 1,
      });
      const [row] = await rows(
        handle,
        `select * from ${table.mapping.table} where ${table.mapping.columns.email} = 'ada@example.com'`,
      );
      expect(row?.[table.mapping.columns.sub]).toBe(sub(1));
      expect(String(row?.[table.mapping.columns.key])).toBe(user?.id);
      expect((await events(handle)).map((event) => [event.type, event.data['userId']])).toEqual([
        ['user.registered', user?.id],
      ]);
      expect(await store.users.recordLogin(sub(1))).toBe(true);
      expect((await store.users.userBySub(sub(1)))?.lastLoginAt).toBeInstanceOf(Date);
    });

    it("reads and writes the team's claims in their columns, typed", async () => {
      const user = (await store.users.userBySub(sub(1)))!;
      const values = Object.fromEntries(
        table.claims.map((claim) => [
          claim.name,
          { string: 'v-1', number: 12, boolean: true, 'string[]': ['ops', 'billing'] }[claim.type],
        ]),
      );
      const set = await store.users.setClaims(user.id, values);
      expect(set?.claims).toEqual(values);
      expect((await store.users.userBySub(sub(1)))?.claims).toEqual(values);
      if (table === AURORA) {
        const [row] = await rows(
          handle,
          `select tenant_id, seats, beta, groups from users where cognito_id = '${sub(1)}'`,
        );
        expect(row).toEqual({
          tenant_id: 'v-1',
          seats: 12,
          beta: true,
          groups: ['ops', 'billing'],
        });
        const cleared = await store.users.setClaims(user.id, { seats: null, groups: [] });
        expect(cleared?.claims).toEqual({ tenant_id: 'v-1', plan: 'v-1', beta: true });
      }
      const [event] = await events(handle);
      expect(event?.data['claims']).toEqual(values);
    });

    it('refuses a row the table refuses (DATA_REFUSED) and a status it has no column for (STORE_UNSUPPORTED)', async () => {
      const phoneOnly = {
        sub: sub(2),
        email: null,
        emailVerified: false,
        name: null,
        phone: '+15555550100',
      };
      if (table !== AURORA) {
        // Their table takes a user with no email.
        expect((await store.users.linkOrCreate(phoneOnly)).outcome).toBe('created');
      } else {
        await expect(store.users.linkOrCreate(phoneOnly)).rejects.toSatisfy((error) =>
          isUsersyncError(error, 'DATA_REFUSED'),
        );
        expect(await store.users.userBySub(sub(2))).toBeUndefined();
      }
      const user = (await store.users.userBySub(sub(1)))!;
      if (table === SUB_KEYED) {
        expect(await store.users.markDeleted(user.id)).toMatchObject({
          status: 'deleted',
          email: null,
        });
      } else {
        await expect(store.users.markDeleted(user.id)).rejects.toSatisfy((error) =>
          isUsersyncError(error, 'STORE_UNSUPPORTED'),
        );
        expect((await store.users.userBySub(sub(1)))?.status).toBe('active');
      }
      await events(handle);
    });

    it('reconciles: remaps a stale sub by email, creates, and leaves the app rows intact', async () => {
      const pool = fakePool(3, { sub: (i) => sub(10 + i) });
      // A user who signed up with a phone number: no email, which one table refuses.
      pool.users.push({
        Username: 'phone-user',
        Attributes: [
          { Name: 'sub', Value: sub(13) },
          { Name: 'phone_number', Value: '+15555550113' },
        ],
      });
      // A copied row: user 0's email, another sub. And an app row pointing at it.
      const { user } = await store.users.linkOrCreate({
        sub: sub(99),
        email: pool.emails[0]!,
        emailVerified: false,
        name: null,
        phone: null,
      });
      const appValue =
        table.appTable.name === 'orders'
          ? '(user_id, total) values ($key, 10)'
          : table.appTable.name === 'projects'
            ? "(owner_id, name) values ($key, 'p')"
            : "(owner_sub, title) values ($key, 'doc')";
      const key = table === STAGING ? user.id : `'${user.id}'`;
      await sql
        .raw(`insert into ${table.appTable.name} ${appValue.replace('$key', key)}`)
        .execute(handle.db);
      const reconcile = () =>
        runSync(
          {
            store,
            cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
            logger,
            claims: table.claims,
          },
          { dryRun: false, createMissing: true, markDeleted: false, segments: 16, rps: 1_000 },
        );
      const report = await reconcile();
      // One user's row refused is that user's failure: the job goes on with the others.
      const refused = table === AURORA ? 1 : 0;
      expect(report.counts, JSON.stringify(report.details)).toMatchObject({
        linked: 1,
        created: 3 - refused,
        failed: refused,
      });
      expect(report.failures).toEqual(
        table === AURORA
          ? [{ sub: sub(13), code: 'DATA_REFUSED', reason: expect.stringContaining('"email"') }]
          : [],
      );
      const linked = await store.users.userBySub(sub(10));
      expect(linked?.email).toBe(pool.emails[0]);
      const [app] = await rows(
        handle,
        `select count(*)::int as n from ${table.appTable.name} a join ${table.mapping.table} u on u.${table.mapping.columns.key} = a.${table.appTable.column} where u.${table.mapping.columns.sub} = '${sub(10)}'`,
      );
      expect(app).toEqual({ n: 1 });
      const again = await reconcile();
      expect(again.counts).toMatchObject({ linked: 0, created: 0, updated: 0, failed: refused });
    });

    it('leaves a row written after the plan read it: the apply at the old version changes nothing', async () => {
      const user = (await store.users.userBySub(sub(10)))!;
      const [read] = await userIdentitiesFor(handle.db, { sub: sub(10), email: null });
      // Between the plan's read and its apply, the user signs in and their row is written.
      await store.users.recordLogin(sub(10));
      const written = await handle.db.transaction().execute((trx) =>
        updateUsersFromCognito(trx, [
          {
            kind: 'update',
            rowId: user.id,
            version: read!.version,
            changes: { email: 'stale-plan@example.com' },
          },
        ]),
      );
      expect(written.size).toBe(0);
      const after = await store.users.userBySub(sub(10));
      expect(after?.email).toBe(user.email);
      expect(after?.version).toBe(user.version + 1);
      expect(after?.lastLoginAt).toBeInstanceOf(Date);
    });

    it('pages /admin/users over their key, whatever its type, with a cursor that carries it', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.users.listUsers({
          limit: 2,
          ...(cursor !== undefined && { cursor }),
        });
        seen.push(...page.items.map((user) => user.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const all = await store.users.listUsers({ limit: 500 });
      expect(seen).toEqual(all.items.map((user) => user.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(4);
      const byPrefix = await store.users.listUsers({ emailPrefix: 'USER0@' });
      expect(byPrefix.items.map((user) => user.email)).toEqual(['user0@example.com']);
    });

    it('changed nothing outside its schema but rows, through every path above', async () => {
      expect(before.length).toBeGreaterThan(5);
      expect(await catalogOutside(handle)).toEqual(before);
    });

    it('erases: clears the mapped personal columns, keeps the row', async () => {
      const user = (await store.users.userBySub(sub(11)))!;
      if (table === AURORA) {
        // Its email is NOT NULL: the team's table refuses the erase, and nothing changes.
        await expect(store.users.erase(user.id)).rejects.toSatisfy((error) =>
          isUsersyncError(error, 'DATA_REFUSED'),
        );
        expect((await store.users.userBySub(sub(11)))?.email).toBe(user.email);
        return;
      }
      const erased = await store.users.erase(user.id);
      expect(erased).toMatchObject({ erased: true, user: { email: null, name: null } });
      // What the erasure does not know of the row, it says.
      expect(erased?.columnsKept).toEqual(table === SUB_KEYED ? ['postal_address'] : []);
      expect((await store.users.userBySub(sub(11)))?.status).toBe(
        table === SUB_KEYED ? 'deleted' : 'active',
      );
    });
  });

  it("writes events for the team's own writes once db adopt --events has made its trigger, and one per usersync write", async () => {
    const { handle, store } = await mapped(database, AURORA);
    try {
      const plan = await planAdopt(handle.db, 'usersync', AURORA.mapping, {
        events: true,
        concurrently: false,
      });
      // Aurora's table has its unique indexes: only the trigger is missing.
      expect(plan.statements.map((statement) => statement.why)).toEqual([
        'one person is one row: emails compare case-insensitively, so lower(email) wants a unique index',
        "an event for each insert and update the team's own code makes to the table",
        'the trigger that calls it',
      ]);
      await applyAdopt(handle.db, plan);
      const { user } = await store.users.linkOrCreate({
        sub: sub(50),
        email: 'own@example.com',
        emailVerified: true,
        name: null,
        phone: null,
      });
      await store.users.setClaims(user.id, { plan: 'pro' });
      // The team's own code writes the table.
      await sql`update users set name = 'Own Code', plan = 'team' where id = ${user.id}`.execute(
        handle.db,
      );
      await sql`insert into users (id, cognito_id, email) values ('team-2', 'team-sub-2', 'two@example.com')`.execute(
        handle.db,
      );
      const written = await events(handle);
      expect(
        written.map((event) => [event.type, event.data['userId'], event.data['version']]),
      ).toEqual([
        ['user.registered', user.id, 1],
        ['user.updated', user.id, 2],
        ['user.updated', user.id, 3],
        ['user.registered', 'team-2', 1],
      ]);
      expect(written[2]?.data).toMatchObject({
        changes: { fields: ['name'] },
        claims: { plan: 'team' },
      });
      expect((await store.users.userBySub(sub(50)))?.version).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('migrates a guest row of a table keyed by the sub: the key becomes the sub, the app rows follow', async () => {
    const { handle, store } = await mapped(database, SUB_KEYED);
    try {
      await sql`insert into app.accounts (sub, email, is_guest) values ('guest-1', 'guest@example.com', true);
        insert into app.documents (owner_sub, title) values ('guest-1', 'draft')`.execute(
        handle.db,
      );
      const pool = fakePool(0);
      const report = await runMigrateGuests(
        {
          store,
          cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
          logger,
          claims: SUB_KEYED.claims,
        },
        { dryRun: false, all: true, rps: 1_000 },
      );
      expect(report.counts, JSON.stringify(report.failures)).toMatchObject({
        migrated: 1,
        failed: 0,
      });
      const [account] = await rows(
        handle,
        `select sub, is_guest from app.accounts where email = 'guest@example.com'`,
      );
      expect(account?.['is_guest']).toBe(false);
      expect(account?.['sub']).not.toBe('guest-1');
      expect(await rows(handle, 'select owner_sub from app.documents')).toEqual([
        { owner_sub: account?.['sub'] },
      ]);
    } finally {
      await store.close();
    }
  });
});
