import type { AuthFlows } from '../cognito/auth-flows.ts';

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
