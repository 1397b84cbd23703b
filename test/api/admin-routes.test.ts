import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKENS, fakeApp, type FakeApp } from '../support/fake-app.ts';

/**
 * `GET /admin/users/{sub}` fed hostile path parameters: each is a 400 with a stable code
 * before Cognito or the store is asked; the next admin is served as usual, and a user only
 * Cognito has is shown with what a sync would do.
 */
describe('the admin record route under hostile input', () => {
  let fake: FakeApp;
  /** The subs Cognito was asked about. */
  const asked: string[] = [];
  beforeAll(async () => {
    fake = await fakeApp();
    // The route reads with AdminGetUser by sub, then ListUsers by sub: either is asking.
    const find = fake.gateway.findUserBySub.bind(fake.gateway);
    fake.gateway.findUserBySub = (userPoolId, sub) => {
      asked.push(sub);
      return find(userPoolId, sub);
    };
    const read = fake.gateway.adminGetUser.bind(fake.gateway);
    fake.gateway.adminGetUser = (userPoolId, username) => {
      asked.push(username);
      return read(userPoolId, username);
    };
    fake.gateway.addUser('a0a0a0a0-0000-4000-8000-000000000001', {
      sub: 'a0a0a0a0-0000-4000-8000-000000000001',
      email: 'only.cognito@example.com',
    });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const get = (sub: string, token: string = FAKE_TOKENS.admin) =>
    fake.app.inject({
      method: 'GET',
      url: `/admin/users/${sub}`,
      headers: { authorization: `Bearer ${token}` },
    });

  it("refuses NUL, a lone surrogate, malformed escapes and a huge sub, in the catalog's envelope", async () => {
    for (const [what, sub, status, code] of [
      ['NUL', 'a%00b', 400, 'VALIDATION_FAILED'],
      ['a lone surrogate', '%ED%A0%80', 400, 'VALIDATION_FAILED'],
      ['a malformed escape', '%E0%A4%A', 400, 'VALIDATION_FAILED'],
      ['a huge sub', 'a'.repeat(5_000), 414, 'URI_TOO_LONG'],
    ] as const) {
      const answer = await get(sub);
      expect(answer.statusCode, what).toBe(status);
      expect(answer.json(), what).toEqual({ error: { code, message: expect.any(String) } });
    }
    expect(asked).toEqual([]);
  });

  it('serves the next admin as usual: a user only Cognito has, and what a sync would do', async () => {
    const answer = await get('a0a0a0a0-0000-4000-8000-000000000001');
    expect(answer.statusCode).toBe(200);
    expect(asked).toContain('a0a0a0a0-0000-4000-8000-000000000001');
    expect(answer.json()).toMatchObject({
      store: null,
      cognito: { attributes: { email: 'only.cognito@example.com' } },
      reconcile: { decisions: [{ status: 'created', email: 'only.cognito@example.com' }] },
    });
    // A dry run: the store still has no row.
    expect((await get('a0a0a0a0-0000-4000-8000-000000000001')).json()).toMatchObject({
      store: null,
    });
    expect((await get('a0a0a0a0-0000-4000-8000-000000000001', FAKE_TOKENS.user)).statusCode).toBe(
      403,
    );
  });
});
