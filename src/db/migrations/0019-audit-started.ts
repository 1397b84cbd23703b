import { sql, type Kysely } from 'kysely';

/**
 * `audit_log.outcome` takes `started`: an operator's action is recorded before it is done,
 * so that one whose outcome could not be written still has its entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_log drop constraint audit_log_outcome_check;
    alter table audit_log add constraint audit_log_outcome_check
      check (outcome in ('started', 'done', 'failed'));
  `.execute(db);
}

/** Puts back the check of 0017 (a `started` entry is then gone). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from audit_log where outcome = 'started';
    alter table audit_log drop constraint audit_log_outcome_check;
    alter table audit_log add constraint audit_log_outcome_check
      check (outcome in ('done', 'failed'));
  `.execute(db);
}
