import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { UsersyncError, isUsersyncError, type ErrorCode } from '../domain/errors.ts';

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
const FAILURES: readonly ErrorCode[] = ['INVALID_CREDENTIALS', 'CODE_MISMATCH'];

/** A `RATE_LIMITED` error that says when to come back (the error handler sends `Retry-After`). */
export function rateLimited(msBeforeNext: number): UsersyncError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new UsersyncError('RATE_LIMITED', `Too many requests; try again in ${seconds} seconds.`, {
    context: { retryAfterSeconds: seconds },
  });
}

/**
 * The `/auth` limits, in process memory (each API instance counts on its own). A stranger
 * can exhaust only their own client's budget for an email, never lock its owner out, and a
 * correct password from a client that has not failed is never refused: only Cognito's own
 * lock-out applies to it.
 */
export class AuthLimiter {
  readonly #ip: RateLimiterMemory;
  readonly #pair: RateLimiterMemory;
  readonly #email: RateLimiterMemory;
  readonly #limits: AuthRateLimits;

  constructor(limits: AuthRateLimits) {
    this.#limits = limits;
    this.#ip = new RateLimiterMemory({ points: limits.perIp, duration: 60, keyPrefix: 'ip' });
    this.#pair = new RateLimiterMemory({
      points: limits.perEmail,
      duration: 60,
      keyPrefix: 'pair',
    });
    this.#email = new RateLimiterMemory({
      points: limits.failuresPerEmail,
      duration: 60,
      keyPrefix: 'email',
    });
  }

  /** Counts the request against its IP's one `/auth` budget; throws `RATE_LIMITED` past it. */
  async countRequest(ip: string): Promise<void> {
    try {
      await this.#ip.consume(ip);
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
    const pairKey = `${email}|${ip}`;
    const [pair, all] = await Promise.all([this.#pair.get(pairKey), this.#email.get(email)]);
    const failed = pair?.consumedPoints ?? 0;
    if (failed >= this.#limits.perEmail) throw rateLimited(pair?.msBeforeNext ?? 60_000);
    if ((all?.consumedPoints ?? 0) >= this.#limits.failuresPerEmail && failed > 0) {
      throw rateLimited(Math.max(pair?.msBeforeNext ?? 0, all?.msBeforeNext ?? 0));
    }
    try {
      const result = await work();
      if (kind === 'send') await this.#pair.penalty(pairKey, 1);
      return result;
    } catch (error) {
      const isFailure = isUsersyncError(error) && FAILURES.includes(error.code);
      if (kind === 'send' || isFailure) await this.#pair.penalty(pairKey, 1);
      if (isFailure) await this.#email.penalty(email, 1);
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
