import type { CognitoUser } from '../../cognito/gateway.ts';
import { readUserBySub } from '../../cognito/read-user.ts';
import { fromCognitoAttributes } from '../../domain/attributes.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { JobDeps, JobFailure } from './job.ts';
import { applyRecorded, listedUser } from './reconcile.ts';
import {
  planReconcile,
  type ListedUser,
  type PlanCounts,
  type PlanDetail,
} from './reconcile-plan.ts';

/**
 * Whom a one-user sync re-reads: a `sub` (with the username, when the caller knows it), or
 * an email. `gone`: the change being applied deleted the user, so a user AdminGetUser does
 * not find is not looked for again.
 */
export type SyncUserOptions = (
  { sub: string; username?: string | undefined; gone?: boolean } | { email: string }
) & { dryRun: boolean };

/** What a one-user sync found and did (the reconcile's counts and details, for one user). */
export interface SyncUserReport {
  /** The user's `sub`, when it is known. */
  sub: string | null;
  /** Whether Cognito has the user now. */
  inCognito: boolean;
  dryRun: boolean;
  counts: PlanCounts;
  details: PlanDetail[];
  failures: JobFailure[];
  durationMs: number;
}

/**
 * One user's sync: re-reads that user from Cognito (now, whatever a notification said) and
 * applies the full reconcile's rules to that user alone, with the same events: gone from
 * Cognito → `deleted`; disabled → `disabled`; enabled again → `active`; email,
 * verification, name and phone copied; a row with the user's email and a `sub` Cognito no
 * longer has → linked; no row → created (a missed PostConfirmation heals here). Rows with
 * the user's email whose `sub` Cognito still has are read with their users, so no living
 * user's row is taken. Idempotent: a second run finds nothing to do.
 */
export async function syncUser(deps: JobDeps, options: SyncUserOptions): Promise<SyncUserReport> {
  const started = Date.now();
  const { store, cognito } = deps;
  const { gateway, userPoolId } = cognito;

  let user: CognitoUser | undefined;
  let sub: string | null;
  if ('sub' in options) {
    user = await readUserBySub(gateway, userPoolId, options.sub, options);
    sub = options.sub;
  } else {
    const email = normalizeEmail(options.email);
    const found = await gateway.findUsersByEmail(userPoolId, email);
    if (found.length > 1) {
      throw new UsersyncError('CONFLICT', `The pool has ${found.length} users with this email.`);
    }
    user = found[0];
    if (user === undefined) {
      // Not in Cognito by that email: follow the row that has it, by its sub.
      const rows = await store.jobs.identitiesFor({ sub: null, email });
      const [only] = rows.filter((row) => row.sub !== null);
      if (only?.sub != null) return syncUser(deps, { sub: only.sub, dryRun: options.dryRun });
    }
    sub = user?.attributes['sub'] ?? null;
  }

  const fields = user && fromCognitoAttributes(user.attributes);
  const listed: ListedUser[] = user && fields ? [listedUser(fields, user, store.jobs.holds)] : [];
  const rows = await store.jobs.identitiesFor({ sub, email: fields?.email ?? null });
  // A row with this email and another sub: if Cognito has that sub, its user is read too.
  for (const row of rows) {
    if (row.sub === null || row.sub === sub) continue;
    const other = await readUserBySub(gateway, userPoolId, row.sub);
    const otherFields = other && fromCognitoAttributes(other.attributes);
    if (other && otherFields) listed.push(listedUser(otherFields, other, store.jobs.holds));
  }

  const plan = planReconcile(listed, rows, {
    createMissing: true,
    // A mapped table with no column for a deleted user keeps the row as it is.
    markDeleted: store.jobs.holds?.deleted ?? true,
    // The question asked of Cognito was about exactly these users and rows.
    listingComplete: true,
  });
  const failures: JobFailure[] = options.dryRun ? [] : await applyRecorded(deps, plan);
  return {
    sub,
    inCognito: user !== undefined,
    dryRun: options.dryRun,
    counts: plan.counts,
    details: plan.details,
    failures,
    durationMs: Date.now() - started,
  };
}
