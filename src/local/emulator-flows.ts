import type { AuthFlows } from '../cognito/auth-flows.ts';
import type { CognitoGateway } from '../cognito/gateway.ts';
import { normalizeEmail } from '../domain/email.ts';
import { isUsersyncError, UsersyncError } from '../domain/errors.ts';

/**
 * cognito-local's SignUp checks that the username is free, then runs the PreSignUp trigger,
 * then saves: two sign-ups of one email side by side both pass the check and make two
 * users. Cognito's check is atomic. The local stack's API therefore sends its sign-ups to
 * the emulator one at a time; the second then meets the first and answers `USER_EXISTS`,
 * as Cognito would. (A client calling the emulator directly is not queued.)
 */
export function serialSignUps(flows: AuthFlows): AuthFlows {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...flows,
    signUp(email, password, attributes) {
      const next = queue.then(() => flows.signUp(email, password, attributes));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * Two own-account flows cognito-local has not, or answers otherwise than Cognito:
 * - it has no ResendConfirmationCode. Its codes are the stack's one fixed code, so a new
 *   code is that code again: the local stack answers as Cognito would (an unknown user, or
 *   one confirmed already, is refused; the route hides both) and sends nothing;
 * - its ChangePassword answers a wrong old password with InvalidPasswordException, where
 *   Cognito answers NotAuthorizedException. It checks no policy on the new one (the route
 *   has, as at sign-up), so that answer means the old password was wrong.
 */
export function emulatorFlows(
  flows: AuthFlows,
  gateway: CognitoGateway,
  userPoolId: string,
): AuthFlows {
  return {
    ...flows,
    async resendConfirmationCode(email) {
      const [user] = await gateway.findUsersByEmail(userPoolId, normalizeEmail(email));
      if (user === undefined) throw new UsersyncError('NOT_FOUND');
      if (user.status !== 'UNCONFIRMED') {
        throw new UsersyncError('VALIDATION_FAILED', 'The user is confirmed already.');
      }
    },
    async changePassword(accessToken, oldPassword, newPassword) {
      try {
        await flows.changePassword(accessToken, oldPassword, newPassword);
      } catch (error) {
        if (!isUsersyncError(error) || error.code !== 'VALIDATION_FAILED') throw error;
        throw new UsersyncError('INVALID_CREDENTIALS', undefined, { cause: error });
      }
    },
  };
}
