import { cacheUpdate } from '../domain/attributes.ts';
import type { ClaimSet } from '../domain/claims.ts';
import { maskEmail, normalizeEmail } from '../domain/email.ts';
import type { User } from '../domain/user.ts';
import { FAILING_TRIGGER_BUDGET_MS, withinOrFail } from '../domain/budget.ts';
import { verifyLegacyPassword } from '../services/users/passwords.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, userMigrationEvent } from './events.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/** Thrown to say "no such user" or "wrong password": Cognito then fails the sign-in. */
const NOT_MIGRATED = 'User not found';

/** The attributes a migrated user takes into Cognito: its profile, and its cached claims. */
function migratedAttributes(user: User, email: string, claims: ClaimSet): Record<string, string> {
  const cached: [string, string][] = cacheUpdate(claims, user.claims).flatMap(({ Name, Value }) =>
    Name === undefined || !Value ? [] : [[Name, Value] as [string, string]],
  );
  return {
    email,
    email_verified: 'true',
    ...(user.name !== null && { name: user.name }),
    ...Object.fromEntries(cached),
  };
}

/**
 * UserMigration: guest and legacy users move to Cognito at their first sign-in, with no
 * password reset.
 * - `UserMigration_Authentication`: the unlinked row with this email and a legacy hash
 *   (bcrypt or scrypt) whose password matches: its attributes, `CONFIRMED`, no message.
 *   A wrong password, or no such row, fails the sign-in.
 * - `UserMigration_ForgotPassword`: the row's attributes, `RESET_REQUIRED`.
 * The row is linked to the new `sub` by PostAuthentication (or the API's guard).
 */
export function createUserMigrationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { store, logger } = dependencies;
  return async (raw) => {
    const event = parseEvent(userMigrationEvent, raw);
    const email = normalizeEmail(event.userName);
    const log = logger.child({ trigger: event.triggerSource, email: maskEmail(email) });
    const legacy = await withinOrFail(
      store.legacyCredentials(email),
      FAILING_TRIGGER_BUDGET_MS,
      'The store',
      (error) => log.warn({ err: error }, 'the legacy lookup failed after the budget'),
    );
    if (legacy === undefined) {
      log.info('no legacy user');
      throw new Error(NOT_MIGRATED);
    }
    const attributes = migratedAttributes(legacy.user, email, dependencies.claims);
    if (event.triggerSource === 'UserMigration_ForgotPassword') {
      log.info('legacy user moves to Cognito through a password reset');
      return respond(raw, attributes, 'RESET_REQUIRED');
    }
    const password = event.request.password ?? '';
    if (
      legacy.passwordHash === null ||
      !(await verifyLegacyPassword(password, legacy.passwordHash))
    ) {
      log.info('legacy sign-in refused');
      throw new Error(NOT_MIGRATED);
    }
    log.info('legacy user migrated');
    return respond(raw, attributes, 'CONFIRMED');
  };
}

function respond(
  event: CognitoTriggerEvent,
  userAttributes: Record<string, string>,
  finalUserStatus: 'CONFIRMED' | 'RESET_REQUIRED',
): CognitoTriggerEvent {
  return {
    ...event,
    response: { ...event.response, userAttributes, finalUserStatus, messageAction: 'SUPPRESS' },
  };
}
