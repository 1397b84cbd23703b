import pRetry from 'p-retry';
import pThrottle from 'p-throttle';
import { isUsersyncError } from '../../domain/errors.ts';

/** Runs Cognito calls under a rate and retries the throttled or failed ones. */
export type ThrottledCall = <T>(call: () => Promise<T>) => Promise<T>;

/** Options for {@link throttledCalls}. */
export interface ThrottleOptions {
  /** Calls per second. */
  rps: number;
  /** Retries with exponential backoff. @default 6 */
  retries?: number;
  signal?: AbortSignal;
}

/**
 * One evenly spaced rate for every call made through it, and retries with backoff (from 200 ms,
 * doubling, randomised) of `RATE_LIMITED` (TooManyRequests, LimitExceeded) and
 * `UPSTREAM_UNAVAILABLE` failures. Other failures are not retried.
 */
export function throttledCalls(options: ThrottleOptions): ThrottledCall {
  // One call every 1/rps seconds, not rps calls at the start of each second: calls are
  // spaced evenly, so no sliding one-second window (how Cognito counts) holds more than
  // rps + 1. The strict algorithm schedules each call from the previous call's slot, not
  // from when its timer fired, so timer lateness does not add up into a lower rate.
  const slot = pThrottle({
    limit: 1,
    interval: 1_000 / options.rps,
    strict: true,
    ...(options.signal !== undefined && { signal: options.signal }),
  })(() => Promise.resolve());
  return (call) =>
    pRetry(
      async () => {
        await slot();
        return call();
      },
      {
        retries: options.retries ?? 6,
        minTimeout: 200,
        factor: 2,
        randomize: true,
        shouldRetry: ({ error }) =>
          isUsersyncError(error, 'RATE_LIMITED') || isUsersyncError(error, 'UPSTREAM_UNAVAILABLE'),
        ...(options.signal !== undefined && { signal: options.signal }),
      },
    );
}
