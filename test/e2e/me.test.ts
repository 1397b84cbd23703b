import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';

/** `PATCH /me` on the local stack: atomic merges, no empty events, hostile input refused. */
describe('PATCH /me against the local stack', () => {
  let stack: TestStack;
  let db: pg.Client;
  let token: string;
  let sub: string;

  const events = async (): Promise<number> =>
    Number(
      (
        await db.query(
          `select count(*)::int as n from usersync.outbox where type = 'user.updated' and payload->'data'->>'sub' = $1`,
          [sub],
        )
      ).rows[0].n,
    );
  const rawPatch = async (body: string) => {
    const response = await fetch(`${stack.info.apiUrl}/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
    const email = 'patcher@example.com';
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD, name: 'Ada' },
    });
    sub = (signup.body as { sub: string }).sub;
    await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } });
    const login = await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    token = (login.body as { idToken: string }).idToken;
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('keeps every key when concurrent merges of one user race', async () => {
    for (let round = 0; round < 8; round++) {
      const results = await Promise.all(
        ['a', 'b', 'c'].map((key) =>
          call(stack, 'PATCH', '/me', { token, body: { profile: { [`${key}${round}`]: round } } }),
        ),
      );
      expect(results.map((result) => result.status)).toEqual([200, 200, 200]);
    }
    const me = await call(stack, 'GET', '/me', { token });
    const profile = (me.body as { profile: Record<string, unknown> }).profile;
    for (let round = 0; round < 8; round++) {
      expect(profile).toMatchObject({
        [`a${round}`]: round,
        [`b${round}`]: round,
        [`c${round}`]: round,
      });
    }
  });

  it('writes no event when nothing changes', async () => {
    await call(stack, 'PATCH', '/me', { token, body: { name: 'Ada', profile: { keep: 1 } } });
    const before = await events();
    for (const body of [
      {},
      { name: 'Ada' },
      { profile: { keep: 1 } },
      { profile: { absent: null } },
    ]) {
      const response = await call(stack, 'PATCH', '/me', { token, body });
      expect(response.status).toBe(200);
    }
    expect(await events()).toBe(before);
    await call(stack, 'PATCH', '/me', { token, body: { profile: { keep: null } } });
    expect(await events()).toBe(before + 1);
  });

  it('refuses NUL bytes and lone surrogates with 400, and changes nothing in the DB or Cognito', async () => {
    const before = await events();
    for (const body of [
      '{"name":"Ada\\u0000Lovelace"}',
      '{"name":"Ada \\ud800"}',
      '{"profile":{"bio":"x\\u0000y"}}',
      '{"profile":{"nested":{"deeper":["ok","\\udfff"]}}}',
      '{"profile":{"ke\\u0000y":1}}',
    ]) {
      const response = await rawPatch(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    expect(await events()).toBe(before);
    const { gateway, userPoolId } = stack.dependencies.cognito;
    expect((await gateway.adminGetUser(userPoolId, sub)).attributes['name']).toBe('Ada');
    expect((await call(stack, 'GET', '/me', { token })).status).toBe(200);
  });

  it('refuses a profile nested thousands of levels deep with 400', async () => {
    const depth = 5_000;
    const response = await rawPatch(`{"profile":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('nest') },
    });
  });
});
