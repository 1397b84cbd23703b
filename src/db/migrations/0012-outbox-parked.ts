import { sql, type Kysely } from 'kysely';

/**
 * `outbox.parked_at`: an event the relay gave up on after its last attempt (EventBridge
 * refused it every time). The relay skips it, the outbox's age ignores it, and
 * `usersync outbox list|redrive` shows and retries it. A partial index finds the parked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table outbox add column parked_at timestamptz;
    create index outbox_parked_idx on outbox (created_at) where parked_at is not null;
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index outbox_parked_idx;
    alter table outbox drop column parked_at;
  `.execute(db);
}
