import { sql, type Kysely } from 'kysely';

/** The core tables of DESIGN.md. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Time-ordered UUIDs (version 7, RFC 9562) for row ids: the primary key index grows at
    -- its right edge instead of splitting pages at random, and ids sort by creation, so
    -- keyset pagination needs no second index. PostgreSQL 18 has uuidv7(); 14 to 17 do not.
    create function usersync_uuid_v7() returns uuid
    language sql volatile parallel safe as $fn$
      select encode(
        set_bit(set_bit(
          overlay(uuid_send(gen_random_uuid())
            placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
            from 1 for 6),
          52, 1), 53, 1),
        'hex')::uuid
    $fn$;

    create table users (
      id uuid primary key default usersync_uuid_v7(),
      cognito_sub text unique,
      email text not null,
      email_verified boolean not null default false,
      name text,
      phone text,
      user_type text,
      developer_id text unique,
      company_name text,
      profile jsonb not null default '{}'::jsonb check (jsonb_typeof(profile) = 'object'),
      status text not null default 'active'
        check (status in ('active', 'disabled', 'deleted', 'guest')),
      legacy_password_hash text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_login_at timestamptz,
      deleted_at timestamptz
    );
    create unique index users_email_lower_key on users (lower(email));

    create table outbox (
      id uuid primary key,
      type text not null,
      aggregate_id uuid,
      payload jsonb not null,
      occurred_at timestamptz not null,
      created_at timestamptz not null default now(),
      available_at timestamptz not null default now(),
      published_at timestamptz,
      attempts integer not null default 0,
      last_error text
    );
    create index outbox_pending_idx on outbox (available_at, created_at) where published_at is null;

    create table processed_events (
      consumer text not null,
      event_id uuid not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, event_id)
    );

    create table sync_runs (
      id uuid primary key default usersync_uuid_v7(),
      kind text not null,
      status text not null default 'running' check (status in ('running', 'completed', 'failed')),
      dry_run boolean not null,
      options jsonb not null default '{}'::jsonb,
      counts jsonb not null default '{}'::jsonb,
      checkpoint jsonb not null default '{}'::jsonb,
      error text,
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz
    );
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table sync_runs; drop table processed_events; drop table outbox; drop table users;
    drop function usersync_uuid_v7();`.execute(db);
}
