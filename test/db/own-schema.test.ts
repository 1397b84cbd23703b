import { Migrator, sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { MOVE_TO_SCHEMA, migrateToLatest } from '../../src/db/migrate.ts';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';
import { postgresStore } from '../../src/stores/configured.ts';
import { createPostgresDatabase } from '../support/databases.ts';

// usersync's own tables live in a schema of their own: a fresh database gets nothing
// outside it, and a database an earlier version migrated (everything in `public`) is moved
// into it with its rows, its functions and the team's foreign keys.

/** An empty database of each kind, unmigrated, closed (and dropped) when the test ends. */
const EMPTY_DATABASES: { name: string; open(): Promise<DatabaseHandle> }[] = [
  { name: 'pglite', open: connectMemory },
  ...(process.env['TEST_DATABASE_URL']
    ? [
        {
          name: 'postgres',
          open: async () => {
            const { url, drop } = await createPostgresDatabase();
            const handle = connectPostgres(url, { max: 4 });
            return { ...handle, close: () => handle.close().finally(drop) };
          },
        },
      ]
    : []),
];

/** Everything in `public` but its rows: relations, their columns, functions, triggers, constraints. */
async function publicCatalog(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ entry: string }>`
    select 'relation ' || c.relname || ' ' || c.relkind::text as entry
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'
    union all
    select 'column ' || table_name || '.' || column_name || ' ' || data_type
      from information_schema.columns where table_schema = 'public'
    union all
    select 'function ' || p.proname
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
    union all
    select 'trigger ' || t.tgname
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
    union all
    select 'constraint ' || conname || ' ' || pg_get_constraintdef(c.oid)
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public'
    order by 1`.execute(handle.db);
  return rows.map((row) => row.entry);
}

describe.each(EMPTY_DATABASES)('usersync’s own schema on $name', (kind) => {
  async function empty(): Promise<DatabaseHandle> {
    const handle = await kind.open();
    onTestFinished(() => handle.close());
    return handle;
  }

  it("makes nothing outside its schema beside a team's own users table", async () => {
    const handle = await empty();
    // The first team table, with an app table whose foreign key points at it.
    await sql`
      create table users (id serial primary key, email text, cognito_sub text, display_name text,
                          created_at timestamptz default now());
      create table orders (id serial primary key, user_id int not null references users (id));
      insert into users (email, cognito_sub) values ('ada@example.com', 'stale-sub');
      insert into orders (user_id) values (1)`.execute(handle.db);
    const before = await publicCatalog(handle);

    const outcomes = await migrateToLatest(handle);
    expect(outcomes.map((outcome) => outcome.name)).toEqual(Object.keys(MIGRATIONS));
    expect(outcomes.every((outcome) => outcome.status === 'Success')).toBe(true);

    expect(await publicCatalog(handle)).toEqual(before);
    const { rows } = await sql<{ n: number }>`
      select (select count(*)::int from public.users) + (select count(*)::int from public.orders) as n`.execute(
      handle.db,
    );
    expect(rows[0]?.n).toBe(2);
    // usersync's own users table, its bookkeeping and its functions are in its schema.
    const { rows: own } = await sql<{ name: string }>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'usersync' and c.relkind = 'r' order by 1`.execute(handle.db);
    expect(own.map((row) => row.name)).toEqual([
      'audit_log',
      'cache_writes',
      'consumer_positions',
      'kysely_migration',
      'kysely_migration_lock',
      'outbox',
      'processed_events',
      'rate_limits',
      'sync_listed',
      'sync_runs',
      'user_state',
      'users',
      'webhook_deliveries',
    ]);
    // The store works there: a sign-up and its event.
    const store = postgresStore(handle);
    const { user } = await store.users.linkOrCreate({
      sub: '6f1e7c2a-0000-4000-8000-000000000001',
      email: 'ada@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    expect(user.email).toBe('ada@example.com');
    expect(await migrateToLatest(handle)).toEqual([]);
  });

  it("moves an earlier version's database into the schema with its rows, functions and the team's foreign keys", async () => {
    const handle = await empty();
    // What the previous release did: its migrations (up to 0014) in `public`, its
    // bookkeeping there too.
    const released = Object.fromEntries(
      Object.entries(MIGRATIONS).filter(([name]) => name < '0015'),
    );
    const earlier = new Migrator({
      db: handle.db.withoutPlugins(),
      provider: { getMigrations: () => Promise.resolve(released) },
    });
    const built = await earlier.migrateToLatest();
    expect(built.error).toBeUndefined();
    await sql`
      insert into public.users (cognito_sub, email, developer_id)
        values ('7a1e7c2a-0000-4000-8000-000000000002', 'grace@example.com', 'dev-1');
      update public.users set name = 'Grace';
      insert into public.sync_runs (kind, dry_run) values ('sync', false);
      create table public.invoices (id serial primary key, user_id uuid references public.users (id));
      insert into public.invoices (user_id) select id from public.users`.execute(handle.db);

    const outcomes = await migrateToLatest(handle);
    // Moved first, then migrated on: the three claim columns become the claims object.
    expect(outcomes).toEqual([
      { name: MOVE_TO_SCHEMA, status: 'Success' },
      { name: '0015-claims-object', status: 'Success' },
      { name: '0016-user-key', status: 'Success' },
      { name: '0017-admin-records', status: 'Success' },
      { name: '0018-cache-writes', status: 'Success' },
      { name: '0019-audit-started', status: 'Success' },
    ]);

    // Nothing of usersync's is left in public; the team's table is, pointing at the moved one.
    const left = await publicCatalog(handle);
    expect(left.filter((entry) => /usersync|kysely|outbox|sync_|users/.test(entry))).toEqual([
      expect.stringMatching(
        /^constraint invoices_user_id_fkey FOREIGN KEY \(user_id\) REFERENCES usersync\.users\(id\)$/,
      ),
    ]);
    const store = postgresStore(handle);
    const moved = await store.users.userBySub('7a1e7c2a-0000-4000-8000-000000000002');
    expect(moved).toMatchObject({
      email: 'grace@example.com',
      name: 'Grace',
      claims: { 'custom:developer_id': 'dev-1' },
    });
    // The moved trigger still bumps the version; the moved functions write the event and
    // hash the released email.
    const deleted = await store.users.markDeleted(moved!.id);
    expect(deleted).toMatchObject({ status: 'deleted', email: null });
    expect(Number(deleted!.version)).toBeGreaterThan(Number(moved!.version));
    expect((await store.users.deletedUserByEmail('grace@example.com'))?.id).toBe(moved!.id);
    const { rows } = await sql<{ type: string }>`
      select type from usersync.outbox order by created_at`.execute(handle.db);
    expect(rows.map((row) => row.type)).toEqual(['user.deleted']);
    const { rows: runs } = await sql<{ n: number }>`
      select count(*)::int as n from usersync.sync_runs`.execute(handle.db);
    expect(runs[0]?.n).toBe(1);

    // Moved once: the next run has nothing to do, and later migrations apply in the schema.
    expect(await migrateToLatest(handle)).toEqual([]);
  });
});
