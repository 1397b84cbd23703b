import { readUserBySub } from '../../cognito/read-user.ts';
import type { CognitoUser } from '../../cognito/gateway.ts';
import type { AuditAction, AuditEntry } from '../../domain/audit.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { Logger } from '../../logging/logger.ts';
import type { AuditLog, ClaimsChange, JobScope, SignOuts, UserStore } from '../../stores/store.ts';
import type { PoolRef } from '../jobs/job.ts';
import { audited } from '../audited.ts';
import { syncUser, type SyncUserReport } from '../jobs/sync-user.ts';
import { checkClaimsChange, setUserClaims } from './claims.ts';
import { eraseUser } from './erase.ts';

/** What an operator's action on a user is built from. */
export interface AdminDeps {
  store: UserStore;
  /** The one-user sync's store capabilities. */
  jobs: JobScope;
  audit: AuditLog;
  /** Where a sign-out is recorded, so that the API refuses the user's earlier tokens. */
  signOuts: SignOuts;
  cognito: PoolRef;
  claims: ClaimSet;
  logger: Logger;
}

/** An operator's action on one user, as the admin API takes it. */
export type UserAction =
  | { action: 'sync' }
  | { action: 'set-claims'; claims: ClaimsChange }
  | { action: 'add-group'; group: string }
  | { action: 'remove-group'; group: string }
  | { action: 'disable' }
  | { action: 'enable' }
  | { action: 'sign-out' }
  | { action: 'reset-mfa' }
  /** `confirm` is the user's `sub`, typed again: these cannot be undone. */
  | { action: 'delete'; confirm: string }
  | { action: 'erase'; confirm: string };

/** The audit log's name for each action. */
const AUDITED_AS: Record<UserAction['action'], AuditAction> = {
  sync: 'user.sync',
  'set-claims': 'user.claims',
  'add-group': 'user.groups.add',
  'remove-group': 'user.groups.remove',
  disable: 'user.disable',
  enable: 'user.enable',
  'sign-out': 'user.sign-out',
  'reset-mfa': 'user.reset-mfa',
  delete: 'user.delete',
  erase: 'user.erase',
};

/** What an action did: how it ended, what it changed (names and counts only), its audit entry. */
export interface ActionOutcome {
  outcome: 'done' | 'failed';
  detail: Record<string, unknown>;
  audit: AuditEntry;
}

/** What one action did, before it is audited. */
interface Performed {
  outcome: 'done' | 'failed';
  detail: Record<string, unknown>;
}

/**
 * Does an operator's action on the user with this `sub` and writes its audit entry, saying
 * who did what and how it ended. Each action that changes the stored user writes its event
 * with the change (the store's own writes); Cognito-only actions (groups, sign-out, MFA)
 * change no stored user and write no event. Input that cannot be acted on (an unknown claim,
 * a confirmation that does not match) is refused before anything is done or audited; an
 * action that fails once started is audited as `failed` with its code, and the error
 * is thrown on.
 */
export async function actOnUser(
  deps: AdminDeps,
  actor: string,
  sub: string,
  request: UserAction,
): Promise<ActionOutcome> {
  checkRequest(deps, sub, request);
  const entry = { actor, action: AUDITED_AS[request.action], target: sub, detail: {} };
  const { outcome, detail, audit } = await audited(deps.audit, deps.logger, entry, async () => ({
    result: undefined,
    ...(await perform(deps, sub, request)),
  }));
  deps.logger.info({ action: entry.action, sub, actor, outcome }, 'admin action');
  return { outcome, detail, audit };
}

/** Refuses what cannot be acted on, before anything is done. */
function checkRequest(deps: AdminDeps, sub: string, request: UserAction): void {
  if (request.action === 'set-claims') checkClaimsChange(deps.claims, request.claims);
  if ((request.action === 'delete' || request.action === 'erase') && request.confirm !== sub) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      `To ${request.action} this user, confirm with their sub.`,
    );
  }
}

async function perform(deps: AdminDeps, sub: string, request: UserAction): Promise<Performed> {
  const { gateway, userPoolId } = deps.cognito;
  switch (request.action) {
    case 'sync':
      return synced(deps, sub, {});
    case 'set-claims': {
      const user = await deps.store.userBySub(sub);
      if (user === undefined)
        throw new UsersyncError('NOT_FOUND', 'The store has no user with this sub.');
      await setUserClaims(deps.store, user, request.claims);
      return { outcome: 'done', detail: { claims: Object.keys(request.claims) } };
    }
    case 'add-group':
      await gateway.adminAddUserToGroup(
        userPoolId,
        (await inCognito(deps, sub)).username,
        request.group,
      );
      return { outcome: 'done', detail: { group: request.group } };
    case 'remove-group': {
      // Tokens already issued carry the group until they expire: the user is signed out,
      // so that the next token, without it, is the only one the API takes.
      const { username } = await inCognito(deps, sub);
      await gateway.adminRemoveUserFromGroup(userPoolId, username, request.group);
      await signOut(deps, sub, username);
      return { outcome: 'done', detail: { group: request.group, signedOut: true } };
    }
    case 'disable': {
      const { username } = await inCognito(deps, sub);
      await gateway.adminDisableUser(userPoolId, username);
      await signOut(deps, sub, username);
      return synced(deps, sub, { signedOut: true });
    }
    case 'enable':
      await gateway.adminEnableUser(userPoolId, (await inCognito(deps, sub)).username);
      return synced(deps, sub, {});
    case 'sign-out':
      await signOut(deps, sub, (await inCognito(deps, sub)).username);
      return { outcome: 'done', detail: {} };
    case 'reset-mfa': {
      const methods = await gateway.adminTurnOffMfa(
        userPoolId,
        (await inCognito(deps, sub)).username,
      );
      return { outcome: 'done', detail: { methodsTurnedOff: methods } };
    }
    case 'delete':
      return deleted(deps, sub);
    case 'erase': {
      await deps.signOuts.record(sub, new Date());
      const report = await eraseUser(deps, { sub });
      return {
        outcome: 'done',
        detail: {
          erased: report.erased,
          cognitoDeleted: report.cognitoDeleted,
          eventsScrubbed: report.eventsScrubbed,
          ...(report.columnsKept !== undefined && { columnsKept: report.columnsKept }),
        },
      };
    }
  }
}

/** The user as Cognito has them now; `NOT_FOUND` when the pool has no user with this sub. */
async function inCognito(deps: AdminDeps, sub: string): Promise<CognitoUser> {
  const user = await readUserBySub(deps.cognito.gateway, deps.cognito.userPoolId, sub);
  if (user === undefined)
    throw new UsersyncError('NOT_FOUND', 'The pool has no user with this sub.');
  return user;
}

/** Revokes the user's refresh tokens, and has the API refuse the tokens issued before now. */
async function signOut(deps: AdminDeps, sub: string, username: string): Promise<void> {
  await deps.cognito.gateway.adminUserGlobalSignOut(deps.cognito.userPoolId, username);
  await deps.signOuts.record(sub, new Date());
}

/** The one-user sync, applied: the stored user follows Cognito now, with its events. */
async function synced(
  deps: AdminDeps,
  sub: string,
  detail: Record<string, unknown>,
): Promise<Performed> {
  const report: SyncUserReport = await syncUser(
    { store: deps.jobs, cognito: deps.cognito, logger: deps.logger, claims: deps.claims },
    { sub, dryRun: false },
  );
  return {
    outcome: report.failures.length === 0 ? 'done' : 'failed',
    detail: {
      ...detail,
      decisions: report.details.map((decision) => decision.status),
      ...(report.failures.length > 0 && {
        failures: report.failures.map((failure) => failure.code),
      }),
    },
  };
}

/**
 * The account deleted, its record kept: the Cognito user first (their refresh tokens die
 * with it), then the stored user marked `deleted` with `user.deleted`, as a user's own
 * deletion does.
 */
async function deleted(deps: AdminDeps, sub: string): Promise<Performed> {
  const { gateway, userPoolId } = deps.cognito;
  const [stored, cognitoUser] = await Promise.all([
    deps.store.userBySub(sub),
    readUserBySub(gateway, userPoolId, sub),
  ]);
  if (stored === undefined && cognitoUser === undefined) {
    throw new UsersyncError('NOT_FOUND', 'Neither the store nor the pool has this sub.');
  }
  await deps.signOuts.record(sub, new Date());
  const cognitoDeleted =
    cognitoUser !== undefined && (await gateway.adminDeleteUser(userPoolId, cognitoUser.username));
  const marked = stored !== undefined && (await deps.store.markDeleted(stored.id)) !== undefined;
  return { outcome: 'done', detail: { cognitoDeleted, markedDeleted: marked } };
}
