import { pino } from 'pino';
import { createLogger } from '../../logging/logger.ts';
import { loadConfig, type Config } from '../../config/config.ts';
import { openStore } from '../../local/open-database.ts';
import {
  claimAssignments,
  claimToText,
  claimValueProblem,
  type ClaimSet,
  type Claims,
} from '../../domain/claims.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { maskEmail } from '../../domain/email.ts';
import { ADMIN_GROUP, toUserJson } from '../../domain/user.ts';
import { findOrImportUser, setUserClaims } from '../../services/users/claims.ts';
import { eraseUser, type EraseTarget } from '../../services/users/erase.ts';
import { openCognito } from '../context.ts';
import type { Output } from '../output.ts';

/** The options of `usersync user set`. */
export interface UserSetOptions {
  developerId?: string;
  userType?: string;
  companyName?: string;
  /** Replaces the user's app roles (`[]` clears them). */
  roles?: string[];
  /** `NAME=VALUE` for any claim of the set (`Config.claims`); empty clears it. */
  claim?: string[];
  admin?: boolean;
  json: boolean;
}

/** The claims each shortcut option sets, by the default set's names. */
const SHORTCUTS = [
  ['developerId', '--developer-id', 'custom:developer_id'],
  ['userType', '--user-type', 'custom:user_type'],
  ['companyName', '--company-name', 'custom:company_name'],
  ['roles', '--roles', 'roles'],
] as const;

/**
 * The claims `--developer-id`, `--user-type`, `--company-name` and `--roles` set: each is
 * the default set's claim of that name, and a claim set without it refuses the option.
 */
function shortcutClaims(set: ClaimSet, options: UserSetOptions): Claims {
  const claims: Claims = {};
  for (const [key, flag, name] of SHORTCUTS) {
    const value = options[key];
    if (value === undefined) continue;
    const claim = set.find((candidate) => candidate.name === name);
    if (claim === undefined) {
      throw new UsersyncError(
        'VALIDATION_FAILED',
        `${flag} sets the claim ${name}, which the claim set does not define; use --claim NAME=VALUE.`,
      );
    }
    const problem = claimValueProblem(claim, value);
    if (problem !== undefined) {
      throw new UsersyncError('VALIDATION_FAILED', `${flag} ${problem}.`);
    }
    claims[name] = value;
  }
  return claims;
}

/**
 * `usersync user set EMAIL …`: sets claims in the DB (importing the user from Cognito
 * first when the DB has no row), and with `--admin` adds the user to the `admin` group.
 */
export async function userSetCommand(
  output: Output,
  email: string,
  options: UserSetOptions,
): Promise<number> {
  const config = loadConfig();
  // Checked before anything is opened: a bad claim changes nothing.
  const claims: Claims = {
    ...shortcutClaims(config.claims, options),
    ...claimAssignments(config.claims, options.claim ?? []),
  };
  const { store, cognito } = await openStoreAndPool(config, 'usersync user set');
  try {
    let user = await findOrImportUser(store.users, cognito, email);
    if (Object.keys(claims).length > 0) user = await setUserClaims(store.users, user, claims);
    if (options.admin === true)
      await cognito.gateway.adminAddUserToGroup(
        cognito.userPoolId,
        user.email ?? email,
        ADMIN_GROUP,
      );
    if (options.json) {
      output.out(JSON.stringify({ user: toUserJson(user), admin: options.admin === true }));
    } else {
      output.out(
        `${maskEmail(user.email ?? email)}: ` +
          config.claims
            .map((claim) => `${claim.name} ${claimToText(user.claims[claim.name] ?? null) || '-'}`)
            .join(', ') +
          (options.admin === true ? `, in group ${ADMIN_GROUP}` : ''),
      );
    }
    return 0;
  } finally {
    await store.close();
    cognito.close();
  }
}

/**
 * `usersync user erase EMAIL | --sub SUB`: the operator's erasure (see `eraseUser`); prints
 * what it did (`--json`: the report). A user neither side knows is `NOT_FOUND` (exit 1).
 */
export async function userEraseCommand(
  output: Output,
  target: EraseTarget,
  options: { json: boolean },
): Promise<number> {
  const config = loadConfig();
  const { store, cognito } = await openStoreAndPool(config, 'usersync user erase');
  try {
    const report = await eraseUser({ store: store.users, cognito }, target);
    if (options.json) output.out(JSON.stringify(report));
    else {
      output.out(
        `user ${report.userId ?? '(not stored)'}, sub ${report.sub ?? '-'}: ` +
          `${report.erased ? 'erased' : 'nothing left to erase'}; ` +
          `Cognito user ${report.cognitoDeleted ? 'deleted' : 'already gone'}; ` +
          `${report.eventsScrubbed} earlier events scrubbed` +
          (report.columnsKept !== undefined && report.columnsKept.length > 0
            ? `; columns usersync does not know, left as they were: ${report.columnsKept.join(', ')}`
            : ''),
      );
    }
    return 0;
  } finally {
    await store.close();
    cognito.close();
  }
}

/**
 * The store and the pool of a `user` command, its Cognito calls spending the interactive
 * part of the shared budget (an operator waits on it); the store is closed if the pool
 * cannot be opened.
 */
async function openStoreAndPool(config: Config, command: string) {
  const store = await openStore(config, command);
  const cognito = await openCognito(config, {
    counters: store.counters,
    priority: 'interactive',
    logger: createLogger({ level: config.logLevel, destination: pino.destination(2) }),
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  return { store, cognito };
}
