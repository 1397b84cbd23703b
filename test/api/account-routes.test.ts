import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKENS, fakeApp, type FakeApp } from '../support/fake-app.ts';

/**
 * The own-account routes and resend-code fed hostile input: NUL bytes, lone surrogates,
 * a body nested thousands of levels deep and one over the size limit each get a clear 4xx
 * with a stable code, before Cognito or the store is asked anything; the next caller is
 * served as usual.
 */
describe('own-account routes under hostile input', () => {
  let fake: FakeApp;
  beforeAll(async () => {
    fake = await fakeApp();
    fake.gateway.addUser('fake-sub', { sub: 'fake-sub', email: 'fake@example.com' });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const send = (method: 'POST' | 'PATCH', url: string, payload: unknown, auth = true) =>
    fake.app.inject({
      method,
      url,
      headers: {
        'content-type': 'application/json',
        ...(auth && { authorization: `Bearer ${FAKE_TOKENS.user}` }),
      },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  // Written as text, as a hostile client sends it (JSON.stringify itself would overflow).
  const deep = `{"oldPassword":"x","newPassword":${'{"inner":'.repeat(5_000)}"x"${'}'.repeat(5_000)}}`;

  it('refuses each with a 4xx and a stable code, asking Cognito nothing', async () => {
    const cases: [string, 'POST' | 'PATCH', string, unknown, boolean, number, string][] = [
      [
        'NUL in an email',
        'POST',
        '/auth/resend-code',
        { email: 'a\u0000@example.com' },
        false,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'lone surrogate',
        'POST',
        '/auth/resend-code',
        { email: '\ud800@example.com' },
        false,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'NUL in a new email',
        'PATCH',
        '/me',
        { email: 'b\u0000@example.com' },
        true,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'NUL in a code',
        'POST',
        '/me/email/verify',
        { code: '12\u00003456' },
        true,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'surrogate in a password',
        'POST',
        '/me/password',
        { oldPassword: '\udc00', newPassword: 'Corr3ct-Horse!' },
        true,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'deep nesting',
        'POST',
        '/me/password',
        { oldPassword: 'x', newPassword: deep },
        true,
        400,
        'VALIDATION_FAILED',
      ],
      [
        'huge body',
        'POST',
        '/auth/resend-code',
        { email: `${'a'.repeat(70_000)}@example.com` },
        false,
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [name, method, url, payload, auth, status, code] of cases) {
      const response = await send(method, url, payload, auth);
      expect(response.statusCode, name).toBe(status);
      expect(response.json(), name).toMatchObject({ error: { code } });
    }
    expect(fake.flowCalls).toEqual([]);
    expect(fake.gateway.calls).toEqual([]);
  });

  it('serves the next caller as usual', async () => {
    expect(
      (await send('POST', '/auth/resend-code', { email: 'fake@example.com' }, false)).statusCode,
    ).toBe(202);
    const started = await send('PATCH', '/me', { email: 'new@example.com' });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ pendingEmail: 'new@example.com' });
    expect(fake.flowCalls).toEqual(['resendConfirmationCode', 'changeEmail']);
  });
});
