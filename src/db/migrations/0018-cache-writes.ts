import { sql, type Kysely } from 'kysely';

/**
 * `cache_writes`: the Cognito claim-cache writes PreTokenGeneration could not make in time
 * (usersync's share of Cognito's UserUpdate quota was spent), one row per user, kept until
 * the relay's pass makes them. A user deferred again keeps one row, with the later time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cache_writes (
      sub text primary key,
      username text not null,
      deferred_at timestamptz not null default clock_timestamp()
    );
    create index cache_writes_deferred_at_idx on cache_writes (deferred_at);
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table cache_writes;`.execute(db);
}
