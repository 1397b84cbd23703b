import { sql, type Kysely } from 'kysely';

/**
 * `users.roles`: the user's application roles (names such as `billing` or `editor`), which
 * PreTokenGeneration puts in every token as the `roles` claim. They are the app's own, set
 * with `usersync user set --roles`, apart from Cognito groups (`cognito:groups`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column roles text[] not null default '{}'
      check (array_position(roles, null) is null);
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column roles`.execute(db);
}
