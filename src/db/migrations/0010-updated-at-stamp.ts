import { sql, type Kysely } from 'kysely';

/**
 * Every write to a user stamps `updated_at` itself (the version trigger of 0007 does it),
 * with the time of the write rather than the transaction's start: no write can forget it,
 * and a reconcile can tell a row written after its run began (`changedDuringRun`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function usersync_bump_version() returns trigger
    language plpgsql as $fn$
    begin
      new.version := old.version + 1;
      new.updated_at := clock_timestamp();
      return new;
    end
    $fn$;
  `.execute(db);
}

/** Puts back the trigger function of 0007. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function usersync_bump_version() returns trigger
    language plpgsql as $fn$
    begin
      new.version := old.version + 1;
      return new;
    end
    $fn$;
  `.execute(db);
}
