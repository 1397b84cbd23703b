import type {
  ApplyOutcome,
  GuestCandidate,
  ListedUser,
  MissingFields,
  PlanAction,
  RefusedItem,
} from '../domain/reconcile.ts';
import type { PatchOutcome, ProfilePatch } from '../domain/profile.ts';
import type { LegacyCredentials, ListUsersOptions, UserPage } from '../domain/user.ts';
import type { BatchOutcome, ClaimedEvent, OutboxEntry, ParkedEvent } from '../domain/outbox.ts';
import type { CognitoUserFields } from '../domain/attributes.ts';
import type { Claims } from '../domain/claims.ts';
import type {
  AuditEntry,
  AuditPage,
  AuditQuery,
  AuditRecord,
  WebhookDelivery,
} from '../domain/audit.ts';
import type { User, VersionedIdentity } from '../domain/user.ts';
import type { HeldFields } from '../domain/users-table.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { DeferredCacheWrite } from '../domain/quotas.ts';

export type { DeferredCacheWrite } from '../domain/quotas.ts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** Where users are kept (`USER_STORE`). */
export type StoreKind = 'postgres' | 'dynamodb';

/** What {@link UserStore.linkOrCreate} did. */
export type LinkOutcome = 'existing' | 'linked' | 'created';

/** A claims change by claim name: only the claims given; `null` clears one. */
export type ClaimsChange = Claims;

/**
 * The user store the services use: PostgreSQL (`stores/postgres`) or a DynamoDB table
 * (`stores/dynamodb`). Every write that changes a user writes its event with it, atomically
 * (one transaction; one TransactWriteItems), so no event is lost and none is made up. Every
 * write is idempotent under Cognito's retries.
 */
export interface UserStore {
  readonly kind: StoreKind;
  /** Resolves when the store answers (readiness). */
  ping(): Promise<void>;
  /** The user linked to this Cognito `sub`, if any. */
  userBySub(sub: string): Promise<User | undefined>;
  /**
   * The user with this email, compared case-insensitively. A deleted user's email is
   * released (see {@link markDeleted}): no deleted user has one.
   */
  userByEmail(email: string): Promise<User | undefined>;
  /** The most recently deleted user who had this email (an operator's erasure finds it). */
  deletedUserByEmail(email: string): Promise<User | undefined>;
  /**
   * Finds the local user of a Cognito user, or makes one, with its event:
   * - a user with this `sub`: returned as it is (`existing`);
   * - else one with this email and no `sub` (a guest or legacy user; PostgreSQL only):
   *   linked to the `sub` and made active, with `user.linked` (`linked`);
   * - else a new user, with `user.registered` (`created`).
   * Two calls for one new `sub` yield one user and one event. A user with this email and
   * another `sub` is a `CONFLICT`: the reconcile decides those, not a sign-in.
   */
  linkOrCreate(fields: CognitoUserFields): Promise<{ user: User; outcome: LinkOutcome }>;
  /** Records a sign-in on the user with this `sub`; false when there is none. */
  recordLogin(sub: string): Promise<boolean>;
  /**
   * Sets claims and roles with a `user.updated` event; `undefined` when no user has this
   * id. A developer id another user holds is a `CONFLICT` where the store enforces it.
   */
  setClaims(userId: string, claims: ClaimsChange): Promise<User | undefined>;
  /**
   * Applies a user's change to their own fields atomically against the user as they are
   * now (two concurrent merges both land), with a `user.updated` event naming the fields.
   * `beforeCommit` runs once the change is known and before it is kept: when it throws,
   * nothing is written. Nothing is written when nothing would change, or when the merged
   * profile would exceed `maxProfileBytes` as JSON.
   */
  updateProfile(
    userId: string,
    patch: ProfilePatch,
    options: {
      maxProfileBytes: number;
      beforeCommit: (outcome: Extract<PatchOutcome, { kind: 'changed' }>) => Promise<void>;
    },
  ): Promise<PatchOutcome>;
  /**
   * Sets the user's email and its verification (a verified change made in Cognito), with
   * `user.updated` naming them; `undefined` when no user has this id. An email another
   * user has is a `CONFLICT` where the store enforces it.
   */
  setEmail(userId: string, email: string, emailVerified: boolean): Promise<User | undefined>;
  /**
   * Marks the user `deleted` (with `deletedAt` where the store keeps it), with
   * `user.deleted`; the user stays, as a record. Their email is released: the record keeps
   * only its hash, so the address can sign up again (and the event carries no email).
   * Nothing is written for one already deleted. `undefined` when no user has this id.
   */
  markDeleted(userId: string): Promise<User | undefined>;
  /**
   * Erases the user's personal data (GDPR article 17): email, name, phone, profile and any
   * legacy password hash are cleared, the user is `deleted`, and only the id and `sub` stay,
   * as a tombstone that events and references still resolve to. The user's earlier events
   * still in the outbox lose their email and their changes; any staged listing of them is
   * dropped; then `user.erased` is written. Idempotent: an erased user is left as it is
   * (`erased: false`). `undefined` when no user has this id.
   */
  erase(userId: string): Promise<
    | {
        user: User;
        erased: boolean;
        eventsScrubbed: number;
        /**
         * The columns of a team's mapped table that usersync does not know (mapped to no
         * field nor claim): the erasure left them as they were, and they may hold personal
         * data the team erases itself. Absent on a store of usersync's own.
         */
        columnsKept?: string[];
      }
    | undefined
  >;
  /** Adds profile fields the user does not have yet (the user's own values win). */
  addMissingProfileFields(userId: string, defaults: Record<string, unknown>): Promise<void>;
  /**
   * The not-yet-linked user (no `sub`) with this email and their legacy password hash: the
   * user a UserMigration trigger may move to Cognito. A store whose users all have a `sub`
   * (DynamoDB) has none.
   */
  legacyCredentials(email: string): Promise<LegacyCredentials | undefined>;
  /** A page of users, in a stable order, with the cursor of the next. */
  listUsers(options?: ListUsersOptions): Promise<UserPage>;
}

/** The outbox as the relay sees it, whichever store holds it. */
export interface EventOutbox {
  /**
   * Claims up to `limit` due events (unpublished, retry time passed) oldest first, so that
   * relays side by side take different ones; hands them to `publish`, and records what it
   * returns: published events are done, failed ones get an attempt, their error and a later
   * retry time. A relay that dies between publishing and recording publishes them again
   * later (at least once). `publish` is not called when none is due.
   */
  relayBatch(
    limit: number,
    publish: (events: ClaimedEvent[]) => Promise<BatchOutcome>,
  ): Promise<number>;
  /** How long the oldest unpublished event not parked has waited, in seconds (0 when none). */
  oldestUnpublishedAgeSeconds(): Promise<number>;
  /** How many events are parked (alarmed). */
  parkedCount(): Promise<number>;
  /** Up to `limit` parked events, oldest first. */
  listParked(limit: number): Promise<ParkedEvent[]>;
  /**
   * Up to `limit` of the newest events (of `type`, when given), without their payloads.
   * PostgreSQL lists every event it keeps; DynamoDB lists those not yet published (its
   * published events leave the index it reads, and expire).
   */
  recent(query: { limit: number; type?: string }): Promise<OutboxEntry[]>;
  /**
   * Gives parked events (these ids, or all) to the relay again, with fresh attempts, due
   * now; returns how many.
   */
  redrive(ids: readonly string[] | 'all'): Promise<number>;
}

/** A job run as recorded: its kind, state, options, counts and checkpoint. */
export interface JobRunRecord {
  id: string;
  kind: string;
  status: 'running' | 'completed' | 'failed';
  dryRun: boolean;
  options: Record<string, unknown>;
  counts: Record<string, unknown>;
  checkpoint: Record<string, unknown>;
  /** The error a `failed` run stopped with. */
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** A page of job runs, newest first, and the cursor of the next (`null` at the end). */
export interface JobRunPage {
  items: JobRunRecord[];
  nextCursor: string | null;
}

/** Where job runs are recorded (PostgreSQL's `sync_runs`; items of the DynamoDB outbox table). */
export interface JobRuns {
  /** Records a new run of `kind`, `running`; returns its id. */
  insert(run: { kind: string; dryRun: boolean; options: Record<string, unknown> }): Promise<string>;
  /** The run with this id (and this kind, when given), if any. */
  find(id: string, kind?: string): Promise<JobRunRecord | undefined>;
  /** Runs of every kind, newest first, a page at a time. */
  list(page: { limit: number; cursor?: string }): Promise<JobRunPage>;
  /** A finished run's details as {@link finish} kept them (none: an empty list). */
  details(id: string): Promise<unknown[]>;
  /** Marks an interrupted run `running` again (`resume`). */
  reopen(id: string): Promise<void>;
  /** Saves the counts and merges checkpoint entries into the saved checkpoint. */
  saveProgress(id: string, progress: { counts: object; checkpoint?: object }): Promise<void>;
  /**
   * Ends a run `completed`, or `failed` with its error (it stays resumable), keeping its
   * details when given (a reconcile's decisions, for review).
   */
  finish(
    id: string,
    outcome: {
      counts: object;
      status: 'completed' | 'failed';
      error: string | null;
      details?: readonly unknown[];
    },
  ): Promise<void>;
}

/**
 * What the jobs ask of a store: the one engine of each job (services/jobs) runs on these,
 * whichever store holds the users. Every write here carries its users' events, as
 * {@link UserStore}'s do, and checks the version it was planned at.
 */
export interface JobStore {
  /**
   * The Cognito-owned fields and statuses the store can hold (a mapped table holds those it
   * has columns for); absent: every one.
   */
  holds?: HeldFields;
  /**
   * Runs `body` while this process holds the store's lock `name` (one reconcile at a time
   * per store); `CONFLICT` when another holds it. A holder that dies loses it.
   */
  exclusive<T>(name: string, body: (scope: JobScope) => Promise<T>): Promise<T>;
  /** Stages a page of run `runId`'s listing; a user staged already is left as it is. */
  stageListing(runId: string, users: readonly ListedUser[]): Promise<void>;
  /** How many distinct users run `runId` has staged. */
  countStaged(runId: string): Promise<number>;
  /** A staged `sub` that is not a lower-case hex UUID, if there is one. */
  stagedSubNotHex(runId: string): Promise<string | undefined>;
  /**
   * What the planner plans run `runId` against: the staged users the store did not find in
   * step (settled: each would be `matched`, and none can change another's decision), the
   * rows those settled users do not hold (each flagged `changedDuringRun` when it was
   * written after the run began), and how many it settled.
   */
  planInputs(
    runId: string,
  ): Promise<{ users: ListedUser[]; rows: VersionedIdentity[]; settled: number }>;
  /** Drops run `runId`'s staged listing. */
  clearStaged(runId: string): Promise<void>;
  /** The rows holding this `sub` or this email (lower-cased): what a one-user sync plans against. */
  identitiesFor(who: { sub: string | null; email: string | null }): Promise<VersionedIdentity[]>;
  /**
   * Applies a plan's actions, each only to a row still at the version the plan read (one
   * changed since is reported under `changed`), each with its event; a user the store
   * refuses is a failure, the others are applied. Never deletes a user.
   */
  applyPlan(actions: readonly PlanAction[]): Promise<ApplyOutcome>;
  /** The users linked to these `sub`s, by `sub` (a `sub` no user has is not in it). */
  usersBySub(subs: readonly string[]): Promise<Map<string, User>>;
  /**
   * Fills the fields users lack, with `user.updated` each: a value the user has, written
   * meanwhile by anyone, is kept. Returns the users the store refused (the others are written).
   */
  fillMissing(fills: readonly MissingFields[]): Promise<RefusedItem[]>;
  /** A page of guest and legacy users (no `sub`, an email) after `afterId`, in id order. */
  guestsPage(afterId: string | undefined, limit: number): Promise<GuestCandidate[]>;
  /** How many guest and legacy users there are after `afterId`. */
  countGuests(afterId: string | undefined): Promise<number>;
  /**
   * Links guests to their new Cognito users, with `user.linked` each: the email is verified,
   * a guest becomes `active`, the legacy hash goes. One linked meanwhile, or whose `sub`
   * another user holds, is left. Returns the ids linked.
   */
  linkGuests(links: readonly { userId: string; sub: string }[]): Promise<Set<string>>;
}

/**
 * What an event consumer records: the events it has processed, and how far it has got per
 * user (for consumers that ignore stale events).
 */
export interface ConsumerLedger {
  /** Whether `consumer` has recorded this event as done. */
  processed(consumer: string, eventId: string): Promise<boolean>;
  /**
   * Claims the event for `consumer` for `leaseMs`, atomically (a conditional in-progress
   * record, as Powertools' idempotency utility keeps): `claimed` when it is new or an
   * earlier claim ran out (its holder died), `done` when it was recorded, `busy` while
   * another claim holds it.
   */
  claim(consumer: string, eventId: string, leaseMs: number): Promise<'claimed' | 'done' | 'busy'>;
  /** Records the event as done by `consumer`, ending its claim. */
  record(consumer: string, eventId: string): Promise<void>;
  /** Gives up a claim whose sink failed, so that a redelivery may claim it at once. */
  release(consumer: string, eventId: string): Promise<void>;
  /** The newest version `consumer` applied for this user (0 for none). */
  position(consumer: string, userId: string): Promise<number>;
  /** Moves the user's position up to `version` (never down). */
  advance(consumer: string, userId: string, version: number): Promise<void>;
}

/**
 * The part of a store a job runs on: its capabilities and its job runs. Inside
 * {@link JobStore.exclusive}, the scope the lock's holder works through.
 */
export interface JobScope {
  jobs: JobStore;
  jobRuns: JobRuns;
}

/**
 * What operators did through the admin API: each action's entry, kept beside the users
 * (PostgreSQL's `audit_log`; items of the DynamoDB outbox table).
 */
export interface AuditLog {
  /** Writes an entry; returns it as kept. */
  record(entry: AuditRecord): Promise<AuditEntry>;
  /** A page of entries, newest first. */
  list(query: AuditQuery): Promise<AuditPage>;
  /** Records a delivery to a webhook receiver (kept {@link DELIVERY_RETAIN_DAYS}). */
  recordDelivery(delivery: Omit<WebhookDelivery, 'id' | 'at'>): Promise<void>;
  /** The newest deliveries (to one consumer, when given), newest first. */
  deliveries(query: { limit: number; consumer?: string }): Promise<WebhookDelivery[]>;
}

/** An open store: its users, its outbox, and how to close it. */
export interface StoreHandle {
  kind: StoreKind;
  users: UserStore;
  outbox: EventOutbox;
  /** Where job runs are recorded. */
  jobRuns: JobRuns;
  /** What the jobs ask of the store. */
  jobs: JobStore;
  /** The consumers' records. */
  ledger: ConsumerLedger;
  /** What operators did through the admin API. */
  audit: AuditLog;
  /**
   * The PostgreSQL database behind the store, for what is PostgreSQL's own (its migrations,
   * the relay's LISTEN); `undefined` on DynamoDB.
   */
  database: DatabaseHandle | undefined;
  /** Counters every process on the store shares (the API's rate limits, the Cognito budget). */
  counters: SharedCounters;
  /** Claim-cache writes to Cognito that waited for budget. */
  cacheWrites: DeferredCacheWrites;
  /**
   * Removes what is past its retention (`RETENTION_DAYS`): published events, consumers'
   * records, expired counters; returns how many of each. On DynamoDB the tables' time to
   * live does it, and this removes nothing.
   */
  prune(days: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * The Cognito claim-cache writes PreTokenGeneration deferred when usersync's share of the
 * UserUpdate quota had no room within its wait: kept in the store (PostgreSQL's
 * `cache_writes`; items of the DynamoDB outbox table) until the relay's pass makes them.
 */
export interface DeferredCacheWrites {
  /** Keeps the write (one per user: a later deferral moves its time). */
  defer(sub: string, username: string): Promise<void>;
  /** The oldest deferred writes, up to `limit`. */
  due(limit: number): Promise<DeferredCacheWrite[]>;
  /** Forgets a write once made, unless it was deferred again since it was read. */
  done(write: DeferredCacheWrite): Promise<void>;
  /** How many are waiting. */
  count(): Promise<number>;
}

/** What a {@link SharedCounters} limiter counts: `points` per `duration` seconds per key. */
export interface CounterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * Short-lived records kept in the store, so that every API process and Lambda container
 * sees the same: the rate-limit counters (rate-limiter-flexible's PostgreSQL or DynamoDB
 * store), and, beside them in the same table, the users' sign-outs.
 */
export interface SharedCounters {
  limiter(options: CounterOptions): RateLimiterAbstract;
  signOuts: SignOuts;
}

/**
 * When each user last signed out: the API refuses the tokens issued to them before it.
 * Kept {@link SIGN_OUT_RETAIN_MS}, longer than a token lives, then gone with the counters.
 */
export interface SignOuts {
  /** Records a sign-out at `at` (a later one is kept over an earlier one). */
  record(sub: string, at: Date): Promise<void>;
  /** The user's last sign-out still kept, if any. */
  since(sub: string): Promise<Date | undefined>;
}

/** How long a sign-out is kept: Cognito's id and access tokens live a day at most. */
export const SIGN_OUT_RETAIN_MS = 25 * 60 * 60 * 1000;

/** The counter key of a user's sign-out. */
export function signOutKey(sub: string): string {
  return `sign-out:${sub}`;
}
