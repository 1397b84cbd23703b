import { sql, type Kysely } from 'kysely';

/**
 * `consumer_positions`: per consumer and user, the newest event version applied, so a sink
 * that keeps state can ignore a stale event (EventBridge and standard SQS keep no order).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consumer_positions (
      consumer text not null,
      aggregate_id text not null,
      version bigint not null,
      primary key (consumer, aggregate_id)
    );
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table consumer_positions`.execute(db);
}
