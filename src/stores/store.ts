import type { PatchOutcome, ProfilePatch } from '../domain/profile.ts';
import type { LegacyCredentials, ListUsersOptions, UserPage } from '../domain/user.ts';
import type { BatchOutcome, ClaimedEvent, ParkedEvent } from '../domain/outbox.ts';
import type { CognitoUserFields } from '../domain/attributes.ts';
import type { User, UserClaims } from '../domain/user.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** Where users are kept (`USER_STORE`). */
export type StoreKind = 'postgres' | 'dynamodb';

/** What {@link UserStore.linkOrCreate} did. */
export type LinkOutcome = 'existing' | 'linked' | 'created';

/** A claims change: only the keys given; `null` clears a claim, `[]` the roles. */
export type ClaimsChange = Partial<UserClaims> & { roles?: string[] };

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
  erase(
    userId: string,
  ): Promise<{ user: User; erased: boolean; eventsScrubbed: number } | undefined>;
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
}

/** Where job runs are recorded (PostgreSQL's `sync_runs`; items of the DynamoDB outbox table). */
export interface JobRuns {
  /** Records a new run of `kind`, `running`; returns its id. */
  insert(run: { kind: string; dryRun: boolean; options: Record<string, unknown> }): Promise<string>;
  /** The run with this id and kind, if any. */
  find(id: string, kind: string): Promise<JobRunRecord | undefined>;
  /** Marks an interrupted run `running` again (`resume`). */
  reopen(id: string): Promise<void>;
  /** Saves the counts and merges checkpoint entries into the saved checkpoint. */
  saveProgress(id: string, progress: { counts: object; checkpoint?: object }): Promise<void>;
  /** Ends a run `completed`, or `failed` with its error (it stays resumable). */
  finish(
    id: string,
    outcome: { counts: object; status: 'completed' | 'failed'; error: string | null },
  ): Promise<void>;
}

/** One page of a table scan's segment: its users, and where the segment goes on (`null`: done). */
export interface ScanPage {
  users: User[];
  next: string | null;
}

/** What only a keyed table offers the jobs (the DynamoDB store). */
export interface TableJobs {
  /** One page of `segment` of `segments` parallel scan segments, from `cursor` (a page's `next`). */
  scanSegment(segment: number, segments: number, cursor: string | null): Promise<ScanPage>;
  /**
   * Fills fields the user lacks (profile keys absent, name or phone unset) with a
   * `user.updated` event, in one transaction whose conditions keep every value the item
   * has, whoever wrote it meanwhile. Returns the fields filled (none when the item has them
   * all, or has gone).
   */
  fillMissing(
    userId: string,
    fields: { profile: Record<string, string>; name: string | null; phone: string | null },
  ): Promise<string[]>;
  /**
   * Moves the user keyed by `fromSub` (a `sub` Cognito no longer has: a copied table) to
   * the Cognito user `fields` names, in one transaction: the item under the new key with
   * Cognito's email and verification, the old item deleted, and `user.linked` with
   * `{ oldSub, newSub }`. `undefined` when the old item is gone or changed meanwhile, or
   * the new key is taken (nothing is written).
   */
  relink(fromSub: string, fields: CognitoUserFields): Promise<User | undefined>;
  /**
   * Copies what Cognito says of a user into their item: changed email, verification, name
   * or phone, and `active` or `disabled` (`user.updated` naming them under `changes`), or
   * `deleted` (`user.deleted`; the item is kept). Nothing is written when nothing differs.
   * `undefined` when the user has no item.
   */
  applyCognito(
    sub: string,
    change: CognitoChange,
  ): Promise<{ user: User; changed: boolean } | undefined>;
}

/** What a one-user sync copies from Cognito (absent: unchanged). */
export interface CognitoChange {
  email?: string | null;
  emailVerified?: boolean;
  name?: string | null;
  phone?: string | null;
  status?: 'active' | 'disabled' | 'deleted';
}

/**
 * What an event consumer records where there is no PostgreSQL (the DynamoDB store): the
 * events it has processed, and how far it has got per user (for consumers that ignore
 * stale events).
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

/** An open store: its users, its outbox, and how to close it. */
export interface StoreHandle {
  kind: StoreKind;
  users: UserStore;
  outbox: EventOutbox;
  /** Where job runs are recorded. */
  jobRuns: JobRuns;
  /** What only the DynamoDB store offers jobs (its table scanned by segments). */
  table: TableJobs | undefined;
  /** The DynamoDB store's consumers' records (PostgreSQL's are `processed_events`). */
  ledger: ConsumerLedger | undefined;
  /**
   * The PostgreSQL database behind the store, which jobs, consumers and migrations use;
   * `undefined` on DynamoDB (see {@link postgresOnly}).
   */
  database: DatabaseHandle | undefined;
  /** Counters every process on the store shares (the API's rate limits). */
  counters: SharedCounters;
  /**
   * Removes what is past its retention (`RETENTION_DAYS`): published events, consumers'
   * records, expired counters; returns how many of each. On DynamoDB the tables' time to
   * live does it, and this removes nothing.
   */
  prune(days: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** What a {@link SharedCounters} limiter counts: `points` per `duration` seconds per key. */
export interface CounterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * Rate-limit counters kept in the store, so that every API process and Lambda container
 * spends one budget (rate-limiter-flexible's PostgreSQL or DynamoDB store).
 */
export interface SharedCounters {
  limiter(options: CounterOptions): RateLimiterAbstract;
}
