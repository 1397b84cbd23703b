import { randomUUID } from 'node:crypto';
import type { CognitoGateway } from '../cognito/gateway.ts';
import type { UserStore } from '../stores/store.ts';
import { fromCognitoAttributes } from '../domain/attributes.ts';
import { normalizeEmail } from '../domain/email.ts';
import type { TriggerDependencies } from '../triggers/dependencies.ts';
import { TRIGGERS, triggerHandlers } from '../triggers/index.ts';
import type { TriggerHandler } from '../triggers/types.ts';
import { linkOrCreateUser } from '../services/users/link.ts';

/**
 * cognito-local's quirks, handled here so that no production path knows of them (DESIGN.md
 * lists them). Each wraps the real thing and changes only what the emulator does otherwise.
 */

/**
 * A gateway over cognito-local. Its ListUsers `email` filter compares case-sensitively,
 * where Cognito's ignores case, so users by email are searched on its one page (it pages
 * nothing) and compared normalised.
 */
export function emulatorGateway(gateway: CognitoGateway): CognitoGateway {
  return {
    ...gateway,
    async findUsersByEmail(userPoolId, email) {
      const { users } = await gateway.listUsersPage(userPoolId);
      const wanted = normalizeEmail(email);
      return users.filter((user) => normalizeEmail(user.attributes['email'] ?? '') === wanted);
    },
  };
}

/**
 * cognito-local creates a migrated user without a `sub` (and with a random username): a
 * successful migration gets one here, as its username too, and its row is linked at once,
 * as PostAuthentication would do with the `sub` Cognito generates.
 */
export function emulatorUserMigration(handler: TriggerHandler, store: UserStore): TriggerHandler {
  return async (event) => {
    const result = await handler(event);
    const response = result.response as {
      finalUserStatus?: string;
      userAttributes?: Record<string, string>;
    };
    if (
      result.triggerSource !== 'UserMigration_Authentication' ||
      response.finalUserStatus !== 'CONFIRMED' ||
      response.userAttributes === undefined ||
      response.userAttributes['sub'] !== undefined
    ) {
      return result;
    }
    const sub = randomUUID();
    const userAttributes = { ...response.userAttributes, sub, username: sub };
    const fields = fromCognitoAttributes(userAttributes);
    if (fields !== null) await linkOrCreateUser(store, fields);
    return { ...result, response: { ...result.response, userAttributes } };
  };
}

/**
 * Cognito marks the email verified when the code sent to it confirms the sign-up (the
 * pool verifies email), so PostConfirmation sees `email_verified: true` and the id token
 * says so. cognito-local leaves it false. It saves the confirmed user before it runs
 * PostConfirmation, so here, first, the emulator's user gets `email_verified` (its tokens
 * then carry it), and the trigger sees what Cognito would send.
 */
export function emulatorPostConfirmation(
  handler: TriggerHandler,
  cognito: CognitoGateway,
): TriggerHandler {
  return async (event) => {
    const request = event.request as { userAttributes?: Record<string, string> };

    const attributes = request.userAttributes;
    if (
      event.triggerSource !== 'PostConfirmation_ConfirmSignUp' ||
      attributes?.['email'] === undefined ||
      attributes['email_verified'] === 'true' ||
      typeof event.userName !== 'string'
    ) {
      return handler(event);
    }
    // cognito-local takes `email_verified` only beside the email it verifies.
    await cognito.adminUpdateUserAttributes(event.userPoolId, event.userName, [
      { Name: 'email', Value: attributes['email'] },
      { Name: 'email_verified', Value: 'true' },
    ]);
    return handler({
      ...event,
      request: { ...event.request, userAttributes: { ...attributes, email_verified: 'true' } },
    });
  };
}

/** Every trigger's handler as the local stack runs them against cognito-local. */
export function emulatorTriggerHandlers(
  dependencies: TriggerDependencies,
): Map<string, TriggerHandler> {
  const handlers = triggerHandlers({
    ...dependencies,
    cognito: emulatorGateway(dependencies.cognito),
  });
  for (const { trigger, functionName } of TRIGGERS) {
    const handler = handlers.get(functionName);
    if (trigger === 'UserMigration' && handler !== undefined) {
      handlers.set(functionName, emulatorUserMigration(handler, dependencies.store));
    }
    if (trigger === 'PostConfirmation' && handler !== undefined) {
      handlers.set(functionName, emulatorPostConfirmation(handler, dependencies.cognito));
    }
  }
  return handlers;
}
