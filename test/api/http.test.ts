import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fakeApp, type FakeApp } from '../support/fake-app.ts';

/** HTTP semantics of the API, on fakes: Cognito's behaviour is not the point here. */
describe('API routes over fakes (inject)', () => {
  let fake: FakeApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    fake = await fakeApp();
    app = fake.app;
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('answers /healthz', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });

  it('answers an unknown route with the error shape and NOT_FOUND', async () => {
    const response = await app.inject({ method: 'GET', url: '/nope?secret=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route GET /nope.' },
    });
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'big@example.com', password: 'x'.repeat(100_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a form, text or untyped body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const headers of [
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'text/plain' },
      {},
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        headers,
        payload: 'email=a%40example.com&password=x',
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({
        error: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'The body must be JSON (Content-Type: application/json).',
        },
      });
    }
  });

  it('answers an unknown method on a known path with 405 and Allow', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/auth/login' });
    expect(response.statusCode).toBe(405);
    expect(response.headers['allow']).toBe('POST');
    expect(response.json()).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: '/auth/login takes POST.' },
    });
  });

  it('answers a 20 KB header with 431 in the error envelope', async () => {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${url}/healthz`, {
      headers: { 'x-padding': 'a'.repeat(20_000) },
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: 'The request headers are too large.' },
    });
  });

  it('refuses a sign-up whose name holds a NUL byte or a lone surrogate with 400, creating no user', async () => {
    for (const name of ['Ada\u0000', 'Ada \ud800']) {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/signup',
        headers: { 'content-type': 'application/json' },
        // JSON.stringify writes both as \u escapes, as a hostile client would send them.
        payload: JSON.stringify({ email: 'hostile@example.com', password: 'Corr3ct-Horse!', name }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('name'),
      });
    }
    // Nothing reached Cognito.
    expect(fake.flowCalls).toEqual([]);
  });

  it('rejects unknown fields and names them', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/forgot-password',
      payload: { email: 'a@example.com', role: 'admin' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('role'),
    });
  });

  it('guards /me: no token, a malformed header and a garbage token are 401 TOKEN_INVALID', async () => {
    for (const authorization of [undefined, 'Basic abc', 'Bearer not.a.jwt']) {
      const response = await app.inject({
        method: 'GET',
        url: '/me',
        ...(authorization !== undefined && { headers: { authorization } }),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('TOKEN_INVALID');
    }
  });

  it('serves the OpenAPI document with every contract route, and its UI', async () => {
    const document = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(document.statusCode).toBe(200);
    const paths = Object.keys(document.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/auth/signup',
        '/auth/confirm',
        '/auth/login',
        '/auth/refresh',
        '/auth/logout',
        '/auth/forgot-password',
        '/auth/reset-password',
        '/me',
        '/admin/users',
        '/healthz',
      ]),
    );
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });
});
