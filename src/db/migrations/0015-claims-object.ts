import { sql, type Kysely } from 'kysely';

/**
 * `users.claims`: the user's claims in one `jsonb` object by claim name, typed as the claim
 * set defines them (a number stays a number), in place of the three text columns and
 * `roles`. The claim set is the team's (`usersync.config.json`), so usersync's own table
 * holds any set without a migration of its own; a developer id stays unique, by an index on
 * its claim. User ids become text in the outbox and the events, since a team's own table
 * may be keyed by an integer or by the `sub` itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column claims jsonb not null default '{}'::jsonb
      check (jsonb_typeof(claims) = 'object');
    alter table users disable trigger users_version;
    update users set claims = jsonb_strip_nulls(jsonb_build_object(
      'custom:developer_id', developer_id,
      'custom:user_type', user_type,
      'custom:company_name', company_name,
      'roles', case when cardinality(roles) > 0 then to_jsonb(roles) end));
    alter table users enable trigger users_version;
    alter table users drop column developer_id, drop column user_type,
      drop column company_name, drop column roles;
    create unique index users_developer_id_key on users ((claims->>'custom:developer_id'));

    alter table outbox alter column aggregate_id type text;

    drop function usersync_user_event(text, uuid, text, text, text, text, text, text, bigint, jsonb);
    create function usersync_user_event(
      event_type text, user_id text, sub text, email text, status text, claims jsonb,
      version bigint, changes jsonb
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
          'claims', coalesce(claims, '{}'::jsonb),
          'version', version
        ) || case when changes is null then '{}'::jsonb else jsonb_build_object('changes', changes) end
      )
    $fn$;
  `.execute(db);
}

/** Puts back the three claim columns and `roles` (claims outside them are lost). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index users_developer_id_key;
    alter table users add column user_type text, add column developer_id text unique,
      add column company_name text,
      add column roles text[] not null default '{}' check (array_position(roles, null) is null);
    alter table users disable trigger users_version;
    update users set developer_id = claims->>'custom:developer_id',
      user_type = claims->>'custom:user_type', company_name = claims->>'custom:company_name',
      roles = coalesce(array(select jsonb_array_elements_text(claims->'roles')), '{}');
    alter table users enable trigger users_version;
    alter table users drop column claims;
    alter table outbox alter column aggregate_id type uuid using aggregate_id::uuid;
    drop function usersync_user_event(text, text, text, text, text, jsonb, bigint, jsonb);
    create function usersync_user_event(
      event_type text, user_id uuid, sub text, email text, status text,
      developer_id text, user_type text, company_name text, version bigint,
      changes jsonb
    ) returns jsonb
    language sql volatile parallel safe as $fn$
      select jsonb_build_object(
        'id', gen_random_uuid(), 'type', event_type,
        'occurredAt', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'source', 'usersync',
        'data', jsonb_build_object('userId', user_id, 'sub', sub, 'email', email, 'status', status,
          'developerId', developer_id, 'userType', user_type, 'companyName', company_name,
          'version', version)
          || case when changes is null then '{}'::jsonb else jsonb_build_object('changes', changes) end)
    $fn$;
  `.execute(db);
}
