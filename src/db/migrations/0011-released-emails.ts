import { sql, type Kysely } from 'kysely';

/**
 * A deleted user's email is released: the row keeps `email_hash` (the SHA-256 of the
 * lower-cased email, hex) and no email, so the address can sign up again while an operator
 * still finds the tombstone by it (`usersync user erase EMAIL`). Rows deleted before this
 * migration are released here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function usersync_email_hash(email text) returns text
    language sql immutable strict parallel safe as $fn$
      select encode(sha256(convert_to(lower(email), 'UTF8')), 'hex')
    $fn$;
    alter table users add column email_hash text;
    create index users_email_hash_idx on users (email_hash) where email_hash is not null;
    update users set email_hash = usersync_email_hash(email), email = null
      where status = 'deleted' and email is not null;
  `.execute(db);
}

/** Drops what {@link up} made (released emails stay released). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users drop column email_hash;
    drop function usersync_email_hash(text);
  `.execute(db);
}
