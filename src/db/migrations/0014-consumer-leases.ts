import { sql, type Kysely } from 'kysely';

/**
 * A consumer's claim on an event while its sink runs outside the database: `lease_until`
 * on the event's `processed_events` row, null once the event is done (every row before
 * this migration is done).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table processed_events add column lease_until timestamptz`.execute(db);
}

/** Drops what {@link up} made, and the claims not done. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from processed_events where lease_until is not null;
    alter table processed_events drop column lease_until;
  `.execute(db);
}
