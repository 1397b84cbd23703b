import { fromCognitoAttributes } from '../domain/attributes.ts';
import { linkOrCreateUser } from '../services/users/link.ts';
import { TIMED_OUT, within } from '../domain/budget.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { TriggerHandler } from './types.ts';

/**
 * PostAuthentication: `last_login_at`, and the row just in time when it is missing
 * (admin-created users never pass PostConfirmation; migrated users are linked here). It
 * waits for the DB no longer than the pre-token budget, and a failure is logged, never
 * failing the sign-in: the API's guard makes the row later.
 */
export function createPostAuthenticationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { store, logger, preTokenBudgetMs } = dependencies;
  return async (raw) => {
    const event = parseEvent(withAttributes, raw);
    const fields = fromCognitoAttributes(event.request.userAttributes);
    if (fields === null) {
      logger.warn(
        { trigger: event.triggerSource },
        'sign-in of a user without sub or email; no row',
      );
      return raw;
    }
    const record = async (): Promise<void> => {
      if (await store.recordLogin(fields.sub)) return;
      const { outcome } = await linkOrCreateUser(store, fields);
      await store.recordLogin(fields.sub);
      logger.info(
        { trigger: event.triggerSource, sub: fields.sub, outcome },
        'row made at sign-in',
      );
    };
    try {
      const late = (error: unknown): void => {
        logger.error(
          { err: error, trigger: event.triggerSource, sub: fields.sub },
          'sign-in not recorded (after the budget)',
        );
      };
      if ((await within(record(), preTokenBudgetMs, late)) === TIMED_OUT) {
        logger.warn(
          { trigger: event.triggerSource, sub: fields.sub },
          'DB slower than the budget; sign-in goes on',
        );
      }
    } catch (error) {
      logger.error(
        { err: error, trigger: event.triggerSource, sub: fields.sub },
        'sign-in not recorded',
      );
    }
    return raw;
  };
}
