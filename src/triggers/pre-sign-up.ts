import { emailTaken } from '../services/users/claims.ts';
import { DUPLICATE_EMAIL_MESSAGE, maskEmail, normalizeEmail } from '../domain/email.ts';
import { FAILING_TRIGGER_BUDGET_MS, withinOrFail } from '../domain/budget.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { TriggerHandler } from './types.ts';

export { DUPLICATE_EMAIL_MESSAGE } from '../domain/email.ts';

/**
 * PreSignUp: one email, one person.
 * - `PreSignUp_SignUp`: refuses an email that a linked DB user or a pool user already has,
 *   in any case (Cognito shows the message to the user);
 * - `PreSignUp_AdminCreateUser`: allowed, and logged;
 * - `PreSignUp_ExternalProvider`: when a native user has the email, links the federated
 *   identity to it (AdminLinkProviderForUser), so one person stays one Cognito user and one row.
 */
export function createPreSignUpHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { store, cognito, logger } = dependencies;
  return async (raw) => {
    const event = parseEvent(withAttributes, raw);
    const rawEmail = event.request.userAttributes['email'] ?? '';
    const email = normalizeEmail(rawEmail);
    const log = logger.child({ trigger: event.triggerSource, email: maskEmail(email) });
    // Its Cognito and store lookups together get one budget, under Cognito's 5 seconds.
    return withinOrFail(decide(), FAILING_TRIGGER_BUDGET_MS, 'Cognito or the store', (error) =>
      log.warn({ err: error }, 'a lookup failed after the budget'),
    );

    async function decide(): Promise<typeof raw> {
      if (event.triggerSource === 'PreSignUp_AdminCreateUser') {
        log.info('admin-created user allowed');
        return raw;
      }
      const native = (
        email === '' ? [] : await cognito.findUsersByEmail(event.userPoolId, email)
      ).filter((user) => user.username !== event.userName && user.status !== 'EXTERNAL_PROVIDER');

      if (event.triggerSource === 'PreSignUp_ExternalProvider') {
        const target = native[0];
        if (target !== undefined && event.userName != null) {
          const { providerName, providerUserId } = parseProviderUsername(event.userName);
          await cognito.adminLinkProviderForUser(
            event.userPoolId,
            target.username,
            providerName,
            providerUserId,
          );
          log.info('federated identity linked to the existing user');
        }
        return raw;
      }

      if (native.length > 0 || (email !== '' && (await emailTaken(store, email, 'sign-up')))) {
        log.info('sign-up refused: the email is taken');
        throw new Error(DUPLICATE_EMAIL_MESSAGE);
      }
      return raw;
    }
  };
}

/** Cognito's names for the social providers, whose prefix in a username is lower case. */
const SOCIAL_PROVIDERS: Record<string, string> = {
  google: 'Google',
  facebook: 'Facebook',
  loginwithamazon: 'LoginWithAmazon',
  signinwithapple: 'SignInWithApple',
};

/** Splits a federated username (`google_1234…`) into Cognito's provider name and the provider's user id. */
export function parseProviderUsername(username: string): {
  providerName: string;
  providerUserId: string;
} {
  const separator = username.indexOf('_');
  const prefix = username.slice(0, separator);
  return {
    providerName: SOCIAL_PROVIDERS[prefix.toLowerCase()] ?? prefix,
    providerUserId: username.slice(separator + 1),
  };
}
