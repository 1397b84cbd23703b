/**
 * What an operator did through the admin API, as the audit log keeps it. An entry names the
 * admin by `sub` and the user or run acted on by its id, and carries no personal data (no
 * email, no name, no claim value): an erased user's entries stay true without undoing the
 * erasure.
 */

/** Every action the admin API records. */
export const AUDIT_ACTIONS = [
  'user.sync',
  'user.claims',
  'user.groups.add',
  'user.groups.remove',
  'user.disable',
  'user.enable',
  'user.sign-out',
  'user.reset-mfa',
  'user.delete',
  'user.erase',
  'run.start',
  'run.apply',
  'outbox.redrive',
  'dead-letters.redrive',
] as const;

/** One of {@link AUDIT_ACTIONS}. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * How the action stands: `started` is written before anything is done; `done` (it did what
 * it was asked) or `failed` (refused or failed) follows it as a second entry.
 */
export type AuditOutcome = 'started' | 'done' | 'failed';

/** An entry as it is written: who did what to whom, and how it ended. */
export interface AuditRecord {
  /** The admin's `sub`. */
  actor: string;
  action: AuditAction;
  /** The `sub` of the user acted on, or the run's or queue's id. */
  target: string;
  outcome: AuditOutcome;
  /**
   * What the action changed, by name only (claim names, a group, counts), and the error
   * code of a failure. Never a value a user wrote.
   */
  detail: Record<string, unknown>;
}

/** An entry as it is kept: the record, its id and when it was written. */
export interface AuditEntry extends AuditRecord {
  id: string;
  at: Date;
}

/** What {@link AuditEntry} listings filter by; newest first. */
export interface AuditQuery {
  limit: number;
  /** The cursor of the previous page. */
  cursor?: string;
  /** Only the entries about this user, run or queue. */
  target?: string;
}

/** A page of the audit log, newest first, and the cursor of the next (`null` at the end). */
export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/**
 * How long an entry is kept: a year and a month, so that a yearly review finds the whole
 * year. Retention removes older ones (PostgreSQL's prune; DynamoDB's time to live).
 */
export const AUDIT_RETAIN_DAYS = 400;

/** One delivery of an event to a webhook receiver, as the console lists it. */
export interface WebhookDelivery {
  id: string;
  at: Date;
  /** The forwarder's consumer name (`webhook:<host>:<digest>`: no secret a URL carries). */
  consumer: string;
  eventId: string;
  eventType: string;
  /** The receiver's HTTP status; `null` when it did not answer (a timeout, a refused connection). */
  status: number | null;
  /** How long the receiver took, in milliseconds. */
  ms: number;
  /** Why it failed, when it did: the error's code or name, never the receiver's body. */
  error: string | null;
}

/** How long a delivery is kept: as long as the outbox keeps its published events by default. */
export const DELIVERY_RETAIN_DAYS = 7;
