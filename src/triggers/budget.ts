/** What {@link within} resolves with when the work took longer than its budget. */
export const TIMED_OUT = Symbol('timed out');

/**
 * Resolves with `promise`'s value, or with {@link TIMED_OUT} once `ms` have passed (the work
 * goes on unobserved; its failure is swallowed). Cognito gives a trigger 5 seconds: no
 * trigger on the sign-in path waits longer than its budget for the DB.
 */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
