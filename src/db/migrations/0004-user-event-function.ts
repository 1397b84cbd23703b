import { sql, type Kysely } from 'kysely';

/**
 * `usersync_user_event(…)`: a user event's envelope built in the database, the same JSON
 * as `userEvent()` in `src/domain/events.ts` builds in the process (a test holds the two
 * equal). Set-based writes (the reconcile, import-profiles, migrate-guests) insert their
 * events with the change in one statement (`withUserEvents` in `src/db/outbox.ts`),
 * with no round trip of 100,000 rows through the client.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function usersync_user_event(
      event_type text, user_id uuid, sub text, email text, status text,
      developer_id text, user_type text, company_name text, updated_at timestamptz,
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
          'version', floor(extract(epoch from updated_at) * 1000)::bigint
        ) || case when changes is null then '{}'::jsonb else jsonb_build_object('changes', changes) end
      )
    $fn$;
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function usersync_user_event`.execute(db);
}
