import { sql, type Kysely } from 'kysely';

/**
 * `users.version`: a per-row counter that every write increments (a trigger, so no write
 * can forget it), which orders a user's events. It replaces the row's `updated_at`, which
 * is the transaction's start: a transaction that commits after a concurrent one gave the
 * final state the older version. `usersync_user_event` now takes the version, and the
 * consumers' positions, kept in the old unit (milliseconds), start again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column version bigint not null default 1;

    create function usersync_bump_version() returns trigger
    language plpgsql as $fn$
    begin
      new.version := old.version + 1;
      return new;
    end
    $fn$;
    create trigger users_version before update on users
      for each row execute function usersync_bump_version();

    drop function usersync_user_event(text, uuid, text, text, text, text, text, text, timestamptz, jsonb);
    create function usersync_user_event(
      event_type text, user_id uuid, sub text, email text, status text,
      developer_id text, user_type text, company_name text, version bigint,
      changes jsonb
    ) returns jsonb
    language sql volatile parallel safe as $fn$
      select jsonb_build_object(
        'id', gen_random_uuid(),
        'type', event_type,
        'occurredAt', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'source', 'usersync',
        'data', jsonb_build_object(
          'userId', user_id,
          'sub', sub,
          'email', email,
          'status', status,
          'developerId', developer_id,
          'userType', user_type,
          'companyName', company_name,
          'version', version
        ) || case when changes is null then '{}'::jsonb else jsonb_build_object('changes', changes) end
      )
    $fn$;

    truncate consumer_positions;
  `.execute(db);
}

/** Drops what {@link up} made (the event function goes back to `updated_at` in ms). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger users_version on users;
    drop function usersync_bump_version();
    alter table users drop column version;
    drop function usersync_user_event(text, uuid, text, text, text, text, text, text, bigint, jsonb);
    create function usersync_user_event(
      event_type text, user_id uuid, sub text, email text, status text,
      developer_id text, user_type text, company_name text, updated_at timestamptz,
      changes jsonb
    ) returns jsonb
    language sql volatile parallel safe as $fn$
      select jsonb_build_object(
        'id', gen_random_uuid(), 'type', event_type,
        'occurredAt', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'source', 'usersync',
        'data', jsonb_build_object('userId', user_id, 'sub', sub, 'email', email, 'status', status,
          'developerId', developer_id, 'userType', user_type, 'companyName', company_name,
          'version', floor(extract(epoch from updated_at) * 1000)::bigint)
          || case when changes is null then '{}'::jsonb else jsonb_build_object('changes', changes) end)
    $fn$;
  `.execute(db);
}
