import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js';
import { UsersyncError, isUsersyncError, type ErrorCode } from '../domain/errors.ts';
import { TIMED_OUT, within } from '../domain/budget.ts';
import type { SharedCounters } from '../stores/store.ts';

/**
 * How long a limit waits for the store before it counts in memory instead: a request to
 * `/auth` is never held by a store that is slow or locked.
 */
export const LIMIT_STORE_BUDGET_MS = 300;

/** The limits of the `/auth` routes, a minute each. */
export interface AuthRateLimits {
  /** Requests per IP address across every `/auth` route: one budget, not one per route. */
  perIp: number;
  /**
   * Failed attempts (a wrong password, a wrong code) and code sends (sign-up,
   * forgot-password) per email *and* client (IP address). A client that reaches it is
   * refused for that email until the minute passes; no other client is.
   */
  perEmail: number;
  /**
   * Failed attempts per email across every client: the much higher bar of an attack from
   * many addresses. Past it, a client that has failed for the email this minute is refused;
   * one that has not (the user, with the right password) still reaches Cognito.
   */
  failuresPerEmail: number;
}

/** What a route does with an email, for {@link AuthLimiter.guard}. */
export type AuthAttempt = 'credential' | 'send';

/** The codes that mean "a wrong secret": what counts as a failed attempt. */
const FAILURES: readonly ErrorCode[] = ['INVALID_CREDENTIALS', 'CODE_MISMATCH', 'SESSION_EXPIRED'];

/** A `RATE_LIMITED` error that says when to come back (the error handler sends `Retry-After`). */
export function rateLimited(msBeforeNext: number): UsersyncError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new UsersyncError('RATE_LIMITED', `Too many requests; try again in ${seconds} seconds.`, {
    context: { retryAfterSeconds: seconds },
  });
}

/**
 * A counter's key: a hash of what it counts, so that the store holds no email or address.
 * The hash is unsalted, which is enough here: the counters live a minute.
 */
function counterKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('base64url');
}

/**
 * One limit, counted in the store; while the store does not answer (an error, or nothing
 * within {@link LIMIT_STORE_BUDGET_MS}), in this process's memory, and `onStoreError` hears
 * why (the limit holds, per process, rather than fail).
 */
class Counter {
  readonly #shared: RateLimiterAbstract;
  readonly #local: RateLimiterMemory;
  readonly #onStoreError: (error: unknown) => void;

  constructor(
    counters: SharedCounters,
    options: { keyPrefix: string; points: number },
    onStoreError: (error: unknown) => void,
  ) {
    this.#shared = counters.limiter({ ...options, duration: 60 });
    this.#local = new RateLimiterMemory({ ...options, duration: 60 });
    this.#onStoreError = onStoreError;
  }

  consume(key: string): Promise<RateLimiterRes> {
    return this.#run((limiter) => limiter.consume(key));
  }

  get(key: string): Promise<RateLimiterRes | null> {
    return this.#run((limiter) => limiter.get(key));
  }

  penalty(key: string): Promise<RateLimiterRes> {
    return this.#run((limiter) => limiter.penalty(key, 1));
  }

  async #run<T>(operation: (limiter: RateLimiterAbstract) => Promise<T>): Promise<T> {
    try {
      const answer = await within(operation(this.#shared), LIMIT_STORE_BUDGET_MS, () => {
        // Counted in memory already; a late failure adds nothing.
      });
      if (answer === TIMED_OUT) {
        throw new Error(`the store did not answer within ${LIMIT_STORE_BUDGET_MS} ms`);
      }
      return answer;
    } catch (error) {
      // A refusal is the answer, not a failure of the store.
      if (error instanceof RateLimiterRes) throw error;
      this.#onStoreError(error);
      return operation(this.#local);
    }
  }
}

/**
 * The `/auth` limits, counted in the store, so that every API process and Lambda container
 * spends one budget (while the store does not answer, each counts in its own memory). A stranger
 * can exhaust only their own client's budget for an email, never lock its owner out, and a
 * correct password from a client that has not failed is never refused: only Cognito's own
 * lock-out applies to it.
 */
export class AuthLimiter {
  readonly #ip: Counter;
  readonly #pair: Counter;
  readonly #email: Counter;
  readonly #limits: AuthRateLimits;

  constructor(
    limits: AuthRateLimits,
    counters: SharedCounters,
    onStoreError: (error: unknown) => void,
  ) {
    this.#limits = limits;
    this.#ip = new Counter(counters, { keyPrefix: 'auth-ip', points: limits.perIp }, onStoreError);
    this.#pair = new Counter(
      counters,
      { keyPrefix: 'auth-pair', points: limits.perEmail },
      onStoreError,
    );
    this.#email = new Counter(
      counters,
      { keyPrefix: 'auth-email', points: limits.failuresPerEmail },
      onStoreError,
    );
  }

  /** Counts the request against its IP's one `/auth` budget; throws `RATE_LIMITED` past it. */
  async countRequest(ip: string): Promise<void> {
    try {
      await this.#ip.consume(counterKey(ip));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext);
      throw rejection;
    }
  }

  /**
   * Runs an attempt for `email` from `ip`, unless that client is refused for the email:
   * `credential` attempts count when they fail, `send` attempts count always.
   */
  async guard<T>(ip: string, email: string, kind: AuthAttempt, work: () => Promise<T>): Promise<T> {
    const pairKey = counterKey(email, ip);
    const emailKey = counterKey(email);
    const [pair, all] = await Promise.all([this.#pair.get(pairKey), this.#email.get(emailKey)]);
    const failed = pair?.consumedPoints ?? 0;
    if (failed >= this.#limits.perEmail) throw rateLimited(pair?.msBeforeNext ?? 60_000);
    if ((all?.consumedPoints ?? 0) >= this.#limits.failuresPerEmail && failed > 0) {
      throw rateLimited(Math.max(pair?.msBeforeNext ?? 0, all?.msBeforeNext ?? 0));
    }
    try {
      const result = await work();
      if (kind === 'send') await this.#pair.penalty(pairKey);
      return result;
    } catch (error) {
      const isFailure = isUsersyncError(error) && FAILURES.includes(error.code);
      if (kind === 'send' || isFailure) await this.#pair.penalty(pairKey);
      if (isFailure) await this.#email.penalty(emailKey);
      throw error;
    }
  }
}

/**
 * Registers the per-IP budget on every route under `/auth`: one count per request, whatever
 * the route, before the body is read.
 */
export function registerAuthRateLimit(app: FastifyInstance, limiter: AuthLimiter): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    // A CORS preflight is the browser's, not a call: it does not spend the budget.
    if (request.method !== 'OPTIONS' && request.url.startsWith('/auth/')) {
      await limiter.countRequest(request.ip);
    }
  });
}
