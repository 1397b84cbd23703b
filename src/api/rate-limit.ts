import type {} from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { UsersyncError } from '../domain/errors.ts';

/** The error the rate limiters throw: the catalog's `RATE_LIMITED`, with when to retry. */
export function rateLimitError(_request: unknown, context: { after: string }): UsersyncError {
  return new UsersyncError('RATE_LIMITED', `Too many requests; try again in ${context.after}.`);
}

/**
 * A per-email limit for the `/auth` routes, run once the body is parsed and validated (an
 * IP limit alone lets a botnet try one account from many addresses). It is a limiter of
 * its own: `@fastify/rate-limit` runs one limiter per request, and that one is per IP.
 */
export function perEmailRateLimit(perMinute: number): (request: FastifyRequest) => Promise<void> {
  const limiter = new RateLimiterMemory({
    points: perMinute,
    duration: 60,
    keyPrefix: 'auth-email',
  });
  return async (request) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    if (typeof email !== 'string') return;
    try {
      // The body's email is already normalised by its schema.
      await limiter.consume(email);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw rateLimitError(request, {
        after: `${Math.ceil(rejection.msBeforeNext / 1000)} seconds`,
      });
    }
  };
}
