import { sql, type Kysely } from 'kysely';

/**
 * `sync_listed`: the Cognito users a sync run has listed so far, page by page, so that
 * `usersync sync --resume RUN_ID` continues the listing from its checkpoint without losing
 * the users listed before the interruption. A run's rows go when it completes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sync_listed (
      run_id uuid not null references sync_runs (id) on delete cascade,
      sub text not null,
      fields jsonb not null,
      primary key (run_id, sub)
    );
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table sync_listed`.execute(db);
}
