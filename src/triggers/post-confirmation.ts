import { fromCognitoAttributes } from '../domain/attributes.ts';
import { maskEmail } from '../domain/email.ts';
import { FAILING_TRIGGER_BUDGET_MS, withinOrFail } from '../domain/budget.ts';
import { linkOrCreateUser } from '../services/users/link.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { TriggerHandler } from './types.ts';

/**
 * PostConfirmation: the user's row and its `user.registered` event, in one transaction.
 * A row with the same email and no `sub` (a guest, a legacy user) is linked instead
 * (`user.linked`). A retried invocation finds the row by `sub` and writes nothing.
 * `PostConfirmation_ConfirmForgotPassword` creates nothing. A user without an email (a pool
 * where people sign in with a phone number) gets a row keyed by `sub` alone.
 */
export function createPostConfirmationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { store, logger } = dependencies;
  return async (raw) => {
    const event = parseEvent(withAttributes, raw);
    if (event.triggerSource === 'PostConfirmation_ConfirmForgotPassword') return raw;
    const fields = fromCognitoAttributes(event.request.userAttributes);
    if (fields === null) {
      // Failing would not undo the confirmation (Cognito confirms first): the row is made
      // at the user's first sign-in instead, by PostAuthentication or the API's guard.
      logger.error(
        { trigger: event.triggerSource, errorCode: 'VALIDATION_FAILED' },
        'PostConfirmation event without a sub; no row until the first sign-in',
      );
      return raw;
    }
    // Cognito has confirmed already: a failure here is retried by Cognito, and failing
    // within the budget keeps that retry inside its 5 seconds.
    const { user, outcome } = await withinOrFail(
      linkOrCreateUser(store, fields),
      FAILING_TRIGGER_BUDGET_MS,
      'The store',
      (error) => logger.warn({ err: error }, 'the row was written after the budget, or not'),
    );
    logger.info(
      { trigger: event.triggerSource, outcome, userId: user.id, email: maskEmail(user.email) },
      'user confirmed',
    );
    return raw;
  };
}
