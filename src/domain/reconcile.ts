import type { CognitoUserFields } from './attributes.ts';
import type { Claims } from './claims.ts';
import type { RowChanges, VersionedIdentity } from './user.ts';

// What the jobs and the store port share: the planner's input and output, and the other
// jobs' items. The planner itself is pure and lives with the jobs (services/jobs); the
// stores apply its actions.

/**
 * A Cognito user as the planner sees it: `unconfirmed` when it has signed up but not
 * confirmed (status `UNCONFIRMED`): it has not passed PostConfirmation, so it gets no row;
 * `enabled: false` when an administrator disabled it (absent: not known, left alone).
 */
export type ListedUser = CognitoUserFields & { unconfirmed?: boolean; enabled?: boolean };

/** A DB row as the planner sees it, with the version it was read at. */
export type PlanRow = VersionedIdentity;

/**
 * What the reconcile does (or, dry, would do) to one row or user. An action on a row names
 * the `version` the plan read it at, and its email then (`fromEmail`): the apply changes
 * only a row still at that version.
 */
export type PlanAction =
  | {
      kind: 'update';
      rowId: string;
      version: string;
      fromEmail: string | null;
      sub: string;
      changes: RowChanges;
    }
  | {
      kind: 'link';
      rowId: string;
      version: string;
      fromEmail: string | null;
      oldSub: string | null;
      newSub: string;
      changes: RowChanges;
    }
  | { kind: 'create'; user: ListedUser }
  | { kind: 'markDeleted'; rowId: string; version: string; sub: string };

/** What a store's apply of a plan came to: the actions refused, and those whose row had changed. */
export interface ApplyOutcome {
  failures: ApplyFailure[];
  /** Actions not taken because their row changed after the plan read it. */
  changed: { sub: string; action: PlanAction['kind'] }[];
}

/** An action the apply could not take: its user's `sub`, and why. */
export interface ApplyFailure {
  sub: string;
  action: PlanAction['kind'];
  error: unknown;
}

/** The `sub` of the user an action is about. */
export function actionSub(action: PlanAction): string {
  switch (action.kind) {
    case 'update':
    case 'markDeleted':
      return action.sub;
    case 'link':
      return action.newSub;
    case 'create':
      return action.user.sub;
  }
}

/** Fields a user lacks, to fill in: profile keys, and `name`, `phone` (null: none). */
export interface MissingFields {
  rowId: string;
  profile: Record<string, string>;
  name: string | null;
  phone: string | null;
}

/** One item a store refused in a batch write: its user's id, and why. */
export interface RefusedItem {
  userId: string;
  error: unknown;
}

/**
 * A guest or legacy user who can move to Cognito: one with an email (the username there)
 * and no `sub` yet, with the claims its Cognito user gets.
 */
export interface GuestCandidate {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  claims: Claims;
  /** Whether a legacy password hash waits for the UserMigration trigger. */
  hasLegacyPassword: boolean;
}

/**
 * Settles a staged listing against the rows in memory, by the rules PostgreSQL's
 * `settleStagedUsers` applies in SQL: a listed user is settled when the row holding their
 * `sub` already has Cognito's email, verification, name and phone (where Cognito has them)
 * and the status Cognito's enabled flag asks for, and nothing else in the run can touch it:
 * no other listed user has the row's email, and no other row has it either. Returns the
 * users left to plan, the rows the settled users do not hold, and how many it settled.
 */
export function settleListing(
  users: readonly ListedUser[],
  rows: readonly VersionedIdentity[],
): { users: ListedUser[]; rows: VersionedIdentity[]; settled: number } {
  const lower = (email: string | null) => (email === null ? null : email.toLowerCase());
  const count = (emails: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const email of emails) if (email !== null) counts.set(email, (counts.get(email) ?? 0) + 1);
    return counts;
  };
  const rowEmails = count(rows.map((row) => lower(row.email)));
  const listedEmails = count(users.map((user) => user.email));
  const rowBySub = new Map(rows.flatMap((row) => (row.sub === null ? [] : [[row.sub, row]])));
  const settledSubs = new Set<string>();
  const unsettled: ListedUser[] = [];
  for (const user of users) {
    const row = rowBySub.get(user.sub);
    if (row !== undefined && inStep(user, row, rowEmails, listedEmails)) settledSubs.add(user.sub);
    else unsettled.push(user);
  }
  return {
    users: unsettled,
    rows: rows.filter((row) => row.sub === null || !settledSubs.has(row.sub)),
    settled: settledSubs.size,
  };
}

/** Whether `row` is `user`'s and in step, with an email no other row or listed user has. */
function inStep(
  user: ListedUser,
  row: VersionedIdentity,
  rowEmails: Map<string, number>,
  listedEmails: Map<string, number>,
): boolean {
  if (user.email !== null && row.email !== user.email) return false;
  if (row.emailVerified !== user.emailVerified) return false;
  if (user.name !== null && row.name !== user.name) return false;
  if (user.phone !== null && row.phone !== user.phone) return false;
  if (user.enabled === false && (row.status === 'active' || row.status === 'guest')) return false;
  if (user.enabled === true && row.status === 'disabled') return false;
  if (row.email === null) return true;
  const email = row.email.toLowerCase();
  // The user's own listing has this email when it is theirs: any other is another user.
  const listedOthers = (listedEmails.get(email) ?? 0) - (user.email === email ? 1 : 0);
  return (rowEmails.get(email) ?? 0) <= 1 && listedOthers === 0;
}
