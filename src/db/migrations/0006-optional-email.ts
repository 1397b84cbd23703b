import { sql, type Kysely } from 'kysely';

/**
 * Users without an email: in a pool where people sign in with a phone number, the `sub` is
 * the identity and email may be absent. Email stays unique, case-insensitively, where present.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users alter column email drop not null`.execute(db);
}

/** Puts the constraint back (fails while a user has no email). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users alter column email set not null`.execute(db);
}
