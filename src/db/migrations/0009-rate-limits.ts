import { sql, type Kysely } from 'kysely';

/**
 * `rate_limits`: the API's rate-limit counters, shared by every process on the database
 * (rate-limiter-flexible's PostgreSQL store, in the shape it reads and writes). Keys are
 * hashes, never an email or an address. `expire` is in epoch milliseconds; a counter past
 * it starts again, and the relay's retention pass removes the expired ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limits (
      key varchar(255) primary key,
      points integer not null default 0,
      expire bigint
    );
    create index rate_limits_expire_idx on rate_limits (expire);
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limits`.execute(db);
}
