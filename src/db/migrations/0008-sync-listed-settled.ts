import { sql, type Kysely } from 'kysely';

/**
 * `sync_listed.settled`: a listed user the reconcile found in step, and alone with its
 * email, in the database itself, so that it plans in memory only what drifted. An index
 * on the listed email serves the check that no other listed user has it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sync_listed add column settled boolean not null default false;
    create index sync_listed_email_idx on sync_listed (run_id, (fields->>'email'));
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index sync_listed_email_idx;
    alter table sync_listed drop column settled;
  `.execute(db);
}
