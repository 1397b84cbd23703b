import { RateLimiter } from 'limiter';
import pRetry from 'p-retry';
import { isUsersyncError } from '../domain/errors.ts';

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
  // One token every 1/rps seconds, not rps tokens each second: calls are spaced evenly, so
  // no sliding one-second window (how Cognito counts) ever holds more than rps + 1.
  const limiter = new RateLimiter({ tokensPerInterval: 1, interval: 1_000 / options.rps });
  return (call) =>
    pRetry(
      async () => {
        await limiter.removeTokens(1);
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
