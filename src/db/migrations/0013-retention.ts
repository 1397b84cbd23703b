import { sql, type Kysely } from 'kysely';

/**
 * What retention prunes, found by index: published outbox events by `published_at`,
 * consumers' records by `processed_at`, and consumers' positions by `updated_at` (new here:
 * the last time a position moved).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index outbox_published_idx on outbox (published_at) where published_at is not null;
    create index processed_events_processed_idx on processed_events (processed_at);
    alter table consumer_positions add column updated_at timestamptz not null default now();
    create index consumer_positions_updated_idx on consumer_positions (updated_at);
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index consumer_positions_updated_idx;
    alter table consumer_positions drop column updated_at;
    drop index processed_events_processed_idx;
    drop index outbox_published_idx;
  `.execute(db);
}
