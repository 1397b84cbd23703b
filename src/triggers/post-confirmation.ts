import { fromCognitoAttributes } from '../domain/attributes.ts';
import { maskEmail } from '../domain/email.ts';
import { UsersyncError } from '../domain/errors.ts';
import { linkOrCreateUser } from '../users/link.ts';
import { lambdaHandler, type TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { TriggerHandler } from './types.ts';

/**
 * PostConfirmation: the user's row and its `user.registered` event, in one transaction.
 * A row with the same email and no `sub` (a guest, a legacy user) is linked instead
 * (`user.linked`). A retried invocation finds the row by `sub` and writes nothing.
 * `PostConfirmation_ConfirmForgotPassword` creates nothing.
 */
export function createPostConfirmationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { db, logger } = dependencies;
  return async (raw) => {
    const event = parseEvent(withAttributes, raw);
    if (event.triggerSource === 'PostConfirmation_ConfirmForgotPassword') return raw;
    const fields = fromCognitoAttributes(event.request.userAttributes);
    if (fields === null) {
      throw new UsersyncError('VALIDATION_FAILED', 'PostConfirmation event without sub or email.');
    }
    const { user, outcome } = await linkOrCreateUser(db, fields);
    logger.info(
      { trigger: event.triggerSource, outcome, userId: user.id, email: maskEmail(user.email) },
      'user confirmed',
    );
    return raw;
  };
}

/** The Lambda entry point. */
export const handler = lambdaHandler(createPostConfirmationHandler);
