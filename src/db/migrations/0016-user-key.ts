import { sql, type Kysely } from 'kysely';

/**
 * What lets one set of statements run on usersync's own users table and on a team's mapped
 * one (src/db/mapped-users.ts):
 * - `usersync_user_key(text)`: a user id, as the text the events and the jobs carry it, in
 *   the users table's key type (here a UUID; an integer or text on a team's table), so
 *   that `users.id = usersync_user_key(c.id)` uses the key's index whatever its type;
 * - `user_state`: per user, what usersync keeps that a team's table has no column for: the
 *   version that orders the events, the released email's hash, and the times. usersync's
 *   own table keeps these in its own columns, and leaves this table empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function usersync_user_key(id text) returns uuid
    language sql immutable parallel safe as $fn$ select id::uuid $fn$;

    create table user_state (
      key text primary key,
      version bigint not null default 0,
      created_at timestamptz,
      updated_at timestamptz,
      last_login_at timestamptz,
      deleted_at timestamptz,
      email_hash text
    );
    create index user_state_email_hash_idx on user_state (email_hash) where email_hash is not null;
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table user_state;
    drop function usersync_user_key(text);
  `.execute(db);
}
