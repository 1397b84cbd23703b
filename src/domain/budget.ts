import { UsersyncError } from './errors.ts';

/** What {@link within} resolves with when the work took longer than its budget. */
export const TIMED_OUT = Symbol('timed out');

/**
 * Resolves with `promise`'s value, or with {@link TIMED_OUT} once `ms` have passed: what
 * waits on the store waits no longer than its budget (Cognito gives a trigger 5 seconds;
 * the API's rate limits wait a fraction of a second). The work goes on unobserved past the
 * budget; if it then fails, `onLateFailure` hears of it (a caller logs it), since nobody
 * awaits it any more.
 */
export function within<T>(
  promise: Promise<T>,
  ms: number,
  onLateFailure: (error: unknown) => void,
): Promise<T | typeof TIMED_OUT> {
  let late = false;
  promise.catch((error: unknown) => {
    if (late) onLateFailure(error);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      late = true;
      resolve(TIMED_OUT);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * How long a trigger that cannot go on without its answer (PreSignUp, PostConfirmation,
 * UserMigration) waits for the store and Cognito: under Cognito's 5 seconds, so that the
 * step fails with usersync's own error (the user tries again) rather than Cognito's timeout.
 */
export const FAILING_TRIGGER_BUDGET_MS = 4_000;

/**
 * `promise`'s value, or `DB_UNAVAILABLE` naming `what` once `ms` have passed (a late failure
 * goes to `onLateFailure`).
 */
export async function withinOrFail<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  onLateFailure: (error: unknown) => void,
): Promise<T> {
  const result = await within(promise, ms, onLateFailure);
  if (result === TIMED_OUT) {
    throw new UsersyncError('DB_UNAVAILABLE', `${what} did not answer within ${ms} ms.`);
  }
  return result;
}
