import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import type { ClaimValues } from '../domain/claims.ts';
import type { UserStatus } from '../domain/user.ts';

/** A JSON object stored in a `jsonb` column (node-postgres serialises objects itself). */
export type JsonObject = Record<string, unknown>;

/** `users`: one row per person; `cognito_sub` links it to the Cognito user. */
export interface UsersTable {
  id: Generated<string>;
  cognito_sub: string | null;
  email: string | null;
  email_verified: Generated<boolean>;
  name: string | null;
  phone: string | null;
  /** The user's claims by claim name, each with a value, typed (`0015-claims-object`). */
  claims: Generated<ClaimValues>;
  profile: Generated<JsonObject>;
  status: Generated<UserStatus>;
  legacy_password_hash: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  last_login_at: Date | null;
  deleted_at: Date | null;
  /** A deleted user's released email, hashed (`usersync_email_hash`); `null` otherwise. */
  email_hash: string | null;
  /** Incremented by a trigger on every update; orders the user's events (int8: a string). */
  version: ColumnType<string, never, never>;
}

/** `outbox`: events written in the transaction of the change, published by the relay. */
export interface OutboxTable {
  id: string;
  type: string;
  aggregate_id: string | null;
  payload: JsonObject;
  occurred_at: Date;
  created_at: Generated<Date>;
  available_at: Generated<Date>;
  published_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
  /** Set when the relay gave up on the event after its last attempt. */
  parked_at: Date | null;
}

/** `processed_events`: which consumer has applied which event (idempotency). */
export interface ProcessedEventsTable {
  consumer: string;
  event_id: string;
  processed_at: Generated<Date>;
  /** Set while a consumer's sink outside the database holds the event; null once done. */
  lease_until: Date | null;
}

/** `consumer_positions`: the newest event version each consumer applied, per user. */
export interface ConsumerPositionsTable {
  consumer: string;
  aggregate_id: string;
  version: string | number;
  /** When the position last moved (retention prunes the ones that have not for long). */
  updated_at: Generated<Date>;
}

/** `sync_runs`: reconcile and job runs, their counts and resumable checkpoints. */
export interface SyncRunsTable {
  id: Generated<string>;
  kind: string;
  status: Generated<'running' | 'completed' | 'failed'>;
  dry_run: boolean;
  options: Generated<JsonObject>;
  counts: Generated<JsonObject>;
  checkpoint: Generated<JsonObject>;
  error: string | null;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** A finished run's details (a reconcile's decisions), for review. */
  details: ColumnType<unknown[] | null, string | null | undefined, string | null>;
}

/** `sync_listed`: the Cognito users a sync run has listed so far (for `--resume`). */
export interface SyncListedTable {
  run_id: string;
  sub: string;
  fields: JsonObject;
  settled: Generated<boolean>;
}

/** The whole schema, for Kysely. */
export interface Database {
  users: UsersTable;
  outbox: OutboxTable;
  processed_events: ProcessedEventsTable;
  sync_runs: SyncRunsTable;
  sync_listed: SyncListedTable;
  consumer_positions: ConsumerPositionsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  webhook_deliveries: WebhookDeliveriesTable;
  cache_writes: CacheWritesTable;
}

/** `audit_log`: what operators did through the admin API (src/domain/audit.ts). */
export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor: string;
  action: string;
  target: string;
  outcome: 'started' | 'done' | 'failed';
  detail: JsonObject;
}

/** `webhook_deliveries`: each delivery of an event to a webhook receiver. */
export interface WebhookDeliveriesTable {
  id: Generated<string>;
  at: Generated<Date>;
  consumer: string;
  event_id: string;
  event_type: string;
  status: number | null;
  ms: number;
  error: string | null;
}

/** `cache_writes`: a deferred write of a user's claims to Cognito's cache. */
export interface CacheWritesTable {
  sub: string;
  username: string;
  deferred_at: Generated<Date>;
}

/** A rate-limit counter (written by rate-limiter-flexible; usersync only prunes it). */
export interface RateLimitsTable {
  key: string;
  points: number;
  /** Epoch milliseconds; `null` never expires. */
  expire: string | null;
}

/** A `users` row as selected. */
export type UserRow = Selectable<UsersTable>;

/** Repositories take `db` first: a Kysely instance or a transaction. */
export type Db = Kysely<Database>;
