import { sql, type Kysely } from 'kysely';

/**
 * What the admin console reads:
 * - `audit_log`: what operators did through the admin API (src/domain/audit.ts). Ids are
 *   time-ordered, so the newest page is the end of the primary key index; a user's or a
 *   run's entries are found by `target`.
 * - `sync_runs.details`: a finished run's details (a reconcile's decisions, at most its
 *   report's 1,000), for an operator to review a dry run before applying it.
 * - `webhook_deliveries`: each delivery of an event to a webhook receiver and its answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_log (
      id uuid primary key default usersync_uuid_v7(),
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      target text not null,
      outcome text not null check (outcome in ('done', 'failed')),
      detail jsonb not null default '{}'::jsonb check (jsonb_typeof(detail) = 'object')
    );
    create index audit_log_target_idx on audit_log (target, id);
    alter table sync_runs add column details jsonb;
    create table webhook_deliveries (
      id uuid primary key default usersync_uuid_v7(),
      at timestamptz not null default now(),
      consumer text not null,
      event_id text not null,
      event_type text not null,
      status integer,
      ms integer not null,
      error text
    );
    create index webhook_deliveries_consumer_idx on webhook_deliveries (consumer, id);
  `.execute(db);
}

/** Drops what {@link up} made. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table webhook_deliveries;
    alter table sync_runs drop column details;
    drop table audit_log;
  `.execute(db);
}
