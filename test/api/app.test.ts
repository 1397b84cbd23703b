import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { AuthRateLimits } from '../../src/api/rate-limit.ts';
import { createAuthFlows } from '../../src/cognito/auth-flows.ts';
import { createCognitoClient } from '../../src/cognito/client.ts';
import { freePort } from '../../src/local/ports.ts';
import { startTestStack, type TestStack } from '../support/test-stack.ts';

describe('API routes (inject)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  describe('rate limits on /auth', () => {
    const PASSWORD = 'Corr3ct-Horse!';
    const victim = 'victim@example.com';
    beforeAll(async () => {
      await stack.app.inject({
        method: 'POST',
        url: '/auth/signup',
        payload: { email: victim, password: PASSWORD },
      });
      await stack.app.inject({
        method: 'POST',
        url: '/auth/confirm',
        payload: { email: victim, code: stack.info.code },
      });
    });
    const login = (app: FastifyInstance, ip: string, password: string) =>
      app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: ip,
        payload: { email: victim, password },
      });
    const withLimits = (rateLimits: AuthRateLimits) =>
      buildApp({ ...stack.dependencies, rateLimits });

    it('refuses a stranger who fails for an email, never its owner, and says when to retry', async () => {
      const app = await withLimits({ perIp: 1_000, perEmail: 3, failuresPerEmail: 1_000 });
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          expect((await login(app, '10.6.6.6', 'Wr0ng-guess!')).statusCode).toBe(401);
        }
        for (let attempt = 0; attempt < 7; attempt++) {
          const refused = await login(app, '10.6.6.6', 'Wr0ng-guess!');
          expect(refused.statusCode).toBe(429);
          expect(refused.json().error.code).toBe('RATE_LIMITED');
          expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        }
        // The stranger's own correct guess is refused too: that client is out for the minute.
        expect((await login(app, '10.6.6.6', PASSWORD)).statusCode).toBe(429);
        // The owner, from their own client: sign-in, forgot-password and sign-up all go on.
        expect((await login(app, '10.1.1.1', PASSWORD)).statusCode).toBe(200);
        const forgot = await app.inject({
          method: 'POST',
          url: '/auth/forgot-password',
          remoteAddress: '10.1.1.1',
          payload: { email: victim },
        });
        expect(forgot.statusCode).toBe(202);
      } finally {
        await app.close();
      }
    });

    it('past the per-email bar, refuses clients that failed, and still lets a correct password in', async () => {
      const app = await withLimits({ perIp: 1_000, perEmail: 100, failuresPerEmail: 5 });
      try {
        for (let n = 1; n <= 5; n++) {
          expect((await login(app, `10.7.0.${n}`, 'Wr0ng-guess!')).statusCode).toBe(401);
        }
        const again = await login(app, '10.7.0.1', 'Wr0ng-guess!');
        expect(again.statusCode).toBe(429);
        expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
        expect((await login(app, '10.7.0.99', PASSWORD)).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it('believes X-Forwarded-For only from a trusted proxy', async () => {
      const forgot = (app: FastifyInstance, forwardedFor: string) =>
        app.inject({
          method: 'POST',
          url: '/auth/forgot-password',
          remoteAddress: '10.20.0.1',
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { email: 'nobody@example.com' },
        });
      const limits = { perIp: 2, perEmail: 1_000, failuresPerEmail: 1_000 };
      // By default no proxy is believed: a client that names itself anew spends one budget.
      const direct = await buildApp({ ...stack.dependencies, rateLimits: limits });
      try {
        const answers = [];
        for (const claimed of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
          answers.push((await forgot(direct, claimed)).statusCode);
        }
        expect(answers).toEqual([202, 202, 429]);
      } finally {
        await direct.close();
      }
      // Behind a trusted proxy, each client it names has a budget of its own.
      const proxied = await buildApp({
        ...stack.dependencies,
        rateLimits: limits,
        trustProxy: ['10.20.0.0/16'],
      });
      try {
        const answers = [];
        for (const client of ['198.51.100.4', '198.51.100.5', '198.51.100.5', '198.51.100.5']) {
          answers.push((await forgot(proxied, client)).statusCode);
        }
        expect(answers).toEqual([202, 202, 202, 429]);
      } finally {
        await proxied.close();
      }
    });

    it('counts one budget per IP across every /auth route', async () => {
      const app = await withLimits({ perIp: 2, perEmail: 1_000, failuresPerEmail: 1_000 });
      try {
        const ip = '10.9.9.9';
        const forgot = await app.inject({
          method: 'POST',
          url: '/auth/forgot-password',
          remoteAddress: ip,
          payload: { email: 'u1@example.com' },
        });
        expect(forgot.statusCode).toBe(202);
        expect((await login(app, ip, 'Wr0ng-guess!')).statusCode).toBe(401);
        const third = await app.inject({
          method: 'POST',
          url: '/auth/signup',
          remoteAddress: ip,
          payload: { email: 'u3@example.com', password: PASSWORD },
        });
        expect(third.statusCode).toBe(429);
        expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
        // /me is not under /auth: the budget does not apply.
        expect(
          (await app.inject({ method: 'GET', url: '/healthz', remoteAddress: ip })).statusCode,
        ).toBe(200);
      } finally {
        await app.close();
      }
    });
  });

  it('answers 503 UPSTREAM_UNAVAILABLE when Cognito cannot be reached', async () => {
    const dead = createCognitoClient({
      cognito: { endpoint: `http://127.0.0.1:${await freePort()}`, region: 'us-east-1' },
    });
    const app = await buildApp({
      ...stack.dependencies,
      cognito: {
        ...stack.dependencies.cognito,
        flows: createAuthFlows(dead, { clientId: 'x', clientSecret: undefined }),
      },
    });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'down@example.com', password: 'whatever' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await app.close();
      dead.destroy();
    }
  });

  it('logs requests without their query string or headers', async () => {
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const { createLogger } = await import('../../src/logging/logger.ts');
    const app = await buildApp({
      ...stack.dependencies,
      logger: createLogger({ level: 'info', destination }),
    });
    try {
      await app.inject({
        method: 'GET',
        url: '/admin/users?email=secret.person@example.com',
        headers: { authorization: 'Bearer eyJ.secret.token' },
      });
    } finally {
      await app.close();
    }
    const text = lines.join('');
    expect(text).toContain('"path":"/admin/users"');
    expect(text).not.toContain('secret.person');
    expect(text).not.toContain('eyJ.secret');
  });
});
