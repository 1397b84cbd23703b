import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/local-stack.ts';
import { startTestStack, type TestStack } from '../support/test-stack.ts';

const ORIGIN = 'http://app.example.test';
const PASSWORD = 'Corr3ct-Horse!';
const NEW_PASSWORD = 'Batt3ry-Staple!';

/**
 * A browser page on another origin, as the browser drives it: a real preflight (OPTIONS
 * with Access-Control-Request-*) before each call that needs one, then the call with its
 * Origin, each answer checked for the CORS headers the browser requires. Sign up, resend
 * the code, confirm, sign in, change the email and the password, delete the account.
 */
describe('a browser app on another origin, through the API', () => {
  let stack: TestStack;
  let db: pg.Client;

  beforeAll(async () => {
    stack = await startTestStack({ CORS_ORIGINS: `${ORIGIN},https://other.example.test` });
    db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  /** What a browser does for a call: preflight when it must, then the call; refuses without CORS. */
  async function browser(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; origin?: string } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const origin = options.origin ?? ORIGIN;
    const headers = [
      ...(options.body !== undefined ? ['content-type'] : []),
      ...(options.token !== undefined ? ['authorization'] : []),
    ];
    const simple = method === 'GET' && headers.length === 0;
    if (!simple) {
      const preflight = await fetch(`${stack.info.apiUrl}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': method,
          ...(headers.length > 0 && { 'access-control-request-headers': headers.join(',') }),
        },
      });
      await preflight.body?.cancel();
      expect(preflight.status).toBe(204);
      if (preflight.headers.get('access-control-allow-origin') !== origin) {
        throw new Error(`the browser refuses ${method} ${path} from ${origin}`);
      }
      expect(preflight.headers.get('access-control-allow-methods')).toContain(method);
      for (const header of headers) {
        expect(preflight.headers.get('access-control-allow-headers')).toContain(header);
      }
    }
    const response = await fetch(`${stack.info.apiUrl}${path}`, {
      method,
      headers: {
        origin,
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
    // The browser hands the page nothing without the origin allowed on the answer too.
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }

  const row = async (sub: string) =>
    (
      await db.query(
        'select email, email_hash, email_verified, status, deleted_at from usersync.users where cognito_sub = $1',
        [sub],
      )
    ).rows[0] as
      | {
          email: string | null;
          email_hash: string | null;
          email_verified: boolean;
          status: string;
          deleted_at: Date | null;
        }
      | undefined;
  const eventTypes = async (sub: string) =>
    (
      await db.query(
        `select type from usersync.outbox where payload->'data'->>'sub' = $1 order by created_at`,
        [sub],
      )
    ).rows.map((event: { type: string }) => event.type);

  it('refuses an origin not on the list: no CORS headers, so the browser stops', async () => {
    await expect(
      browser('POST', '/auth/signup', {
        origin: 'https://evil.example.test',
        body: { email: 'evil@example.com', password: PASSWORD },
      }),
    ).rejects.toThrow('the browser refuses');
  });

  it('signs up, resends the code, confirms, signs in, changes email and password, and leaves', async () => {
    const email = 'browser.user@example.com';
    const signup = await browser('POST', '/auth/signup', { body: { email, password: PASSWORD } });
    expect(signup.status).toBe(201);
    const sub = String(signup.body['sub']);

    // The code expired: a new one. The same answer for an account that does not exist.
    expect((await browser('POST', '/auth/resend-code', { body: { email } })).status).toBe(202);
    expect(
      (await browser('POST', '/auth/resend-code', { body: { email: 'nobody@example.com' } }))
        .status,
    ).toBe(202);
    expect(
      (await browser('POST', '/auth/confirm', { body: { email, code: stack.info.code } })).status,
    ).toBe(200);
    // Confirmed: resending says nothing different either.
    expect((await browser('POST', '/auth/resend-code', { body: { email } })).status).toBe(202);

    const login = await browser('POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    const { accessToken, idToken } = login.body as { accessToken: string; idToken: string };
    // The code sent to the email confirmed it: verified, in the row and the id token, as
    // Cognito has it.
    expect((await browser('GET', '/me', { token: accessToken })).body).toMatchObject({
      email,
      emailVerified: true,
    });
    const idClaims = JSON.parse(
      Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    expect(idClaims['email_verified']).toBe(true);

    // Email change: taken in another case is 409; the id token is refused; then the code.
    const other = 'Taken.Address@example.com';
    await browser('POST', '/auth/signup', { body: { email: other, password: PASSWORD } });
    await browser('POST', '/auth/confirm', { body: { email: other, code: stack.info.code } });
    const taken = await browser('PATCH', '/me', {
      token: accessToken,
      body: { email: other.toUpperCase() },
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: 'USER_EXISTS' } } });
    const withIdToken = await browser('PATCH', '/me', {
      token: idToken,
      body: { email: 'new.address@example.com' },
    });
    expect(withIdToken).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
    const started = await browser('PATCH', '/me', {
      token: accessToken,
      body: { email: 'New.Address@example.com', name: 'Browser User' },
    });
    expect(started).toMatchObject({
      status: 202,
      body: { pendingEmail: 'new.address@example.com', user: { email, name: 'Browser User' } },
    });
    // Pending: the stored email has not moved.
    expect((await row(sub))?.email).toBe(email);
    const wrongCode = await browser('POST', '/me/email/verify', {
      token: accessToken,
      body: { code: '000000' },
    });
    expect(wrongCode).toMatchObject({ status: 400, body: { error: { code: 'CODE_MISMATCH' } } });
    const verified = await browser('POST', '/me/email/verify', {
      token: accessToken,
      body: { code: stack.info.code },
    });
    expect(verified).toMatchObject({
      status: 200,
      body: { email: 'new.address@example.com', emailVerified: true },
    });
    expect(await row(sub)).toMatchObject({
      email: 'new.address@example.com',
      email_verified: true,
    });

    // Password: a wrong old one is 401; a weak new one is 400; then it changes.
    const wrongOld = await browser('POST', '/me/password', {
      token: accessToken,
      body: { oldPassword: 'Wr0ng-Password!', newPassword: NEW_PASSWORD },
    });
    expect(wrongOld).toMatchObject({
      status: 401,
      body: { error: { code: 'INVALID_CREDENTIALS' } },
    });
    const weak = await browser('POST', '/me/password', {
      token: accessToken,
      body: { oldPassword: PASSWORD, newPassword: 'short' },
    });
    expect(weak).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    const changed = await browser('POST', '/me/password', {
      token: accessToken,
      body: { oldPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed).toMatchObject({ status: 200, body: { changed: true } });
    const relogin = await browser('POST', '/auth/login', {
      body: { email: 'new.address@example.com', password: NEW_PASSWORD },
    });
    expect(relogin.status).toBe(200);

    // Leaving: the account goes, the user is marked deleted, the tokens stop working.
    expect((await browser('DELETE', '/me', { token: accessToken })).status).toBe(204);
    expect(await browser('GET', '/me', { token: accessToken })).toMatchObject({
      status: 401,
      body: { error: { code: 'TOKEN_INVALID' } },
    });
    expect(await browser('GET', '/me/claims', { token: idToken })).toMatchObject({ status: 401 });
    const gone = await browser('POST', '/auth/login', {
      body: { email: 'new.address@example.com', password: NEW_PASSWORD },
    });
    expect(gone.status).toBe(401);
    // The email is released: the tombstone keeps its hash, not the address.
    expect(await row(sub)).toMatchObject({
      status: 'deleted',
      deleted_at: expect.any(Date) as Date,
      email: null,
      email_hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    expect(await eventTypes(sub)).toEqual([
      'user.registered',
      'user.updated',
      'user.updated',
      'user.deleted',
    ]);

    // Coming back: the same address, in another case, signs up again as a new user.
    const back = await browser('POST', '/auth/signup', {
      body: { email: 'New.Address@Example.COM', password: PASSWORD },
    });
    expect(back.status).toBe(201);
    const newSub = String(back.body['sub']);
    expect(newSub).not.toBe(sub);
    await browser('POST', '/auth/confirm', {
      body: { email: 'new.address@example.com', code: stack.info.code },
    });
    const relogged = await browser('POST', '/auth/login', {
      body: { email: 'new.address@example.com', password: PASSWORD },
    });
    expect(relogged.status).toBe(200);
    const me = await browser('GET', '/me', {
      token: (relogged.body as { accessToken: string }).accessToken,
    });
    expect(me).toMatchObject({
      status: 200,
      body: { sub: newSub, email: 'new.address@example.com', status: 'active' },
    });
    expect(await row(sub)).toMatchObject({ status: 'deleted', email: null });
  });

  it("erases a user on the operator's command: Cognito, the row, every earlier event; idempotent", async () => {
    const email = 'Erase.Me@example.com';
    const signup = await browser('POST', '/auth/signup', {
      body: { email, password: PASSWORD, name: 'Erasmus Gone', phone: '+15550123' },
    });
    const sub = String(signup.body['sub']);
    await browser('POST', '/auth/confirm', { body: { email, code: stack.info.code } });
    const { accessToken } = (
      await browser('POST', '/auth/login', { body: { email, password: PASSWORD } })
    ).body as { accessToken: string };
    await browser('PATCH', '/me', { token: accessToken, body: { profile: { city: 'Ghent' } } });
    const env = { PATH: process.env['PATH'], ...stack.env };

    const erased = await runCli(['--json', 'user', 'erase', email.toUpperCase()], env);
    expect(erased.stderr).toBe('');
    expect(erased.code).toBe(0);
    expect(JSON.parse(erased.stdout)).toMatchObject({
      sub,
      cognitoDeleted: true,
      erased: true,
      eventsScrubbed: 2,
    });
    const stored = (
      await db.query(
        'select email, name, phone, profile, legacy_password_hash, status, deleted_at from usersync.users where cognito_sub = $1',
        [sub],
      )
    ).rows[0] as Record<string, unknown>;
    expect(stored).toMatchObject({
      email: null,
      name: null,
      phone: null,
      profile: {},
      legacy_password_hash: null,
      status: 'deleted',
    });
    // No personal data of the user in any usersync table; the erasure event in the outbox.
    for (const table of ['users', 'outbox', 'processed_events', 'sync_runs', 'sync_listed']) {
      const { rows } = await db.query(
        `select count(*)::int as n from usersync.${table} t where t::text ilike any($1)`,
        [['%erase.me@%', '%Erasmus%', '%15550123%', '%Ghent%']],
      );
      expect(rows[0].n, table).toBe(0);
    }
    expect(await eventTypes(sub)).toEqual(['user.registered', 'user.updated', 'user.erased']);
    const gone = await browser('POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(gone.status).toBe(401);

    const again = await runCli(['--json', 'user', 'erase', '--sub', sub], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ cognitoDeleted: false, erased: false });
    const byEmail = await runCli(['user', 'erase', email], env);
    expect(byEmail.code).toBe(1);
    expect(byEmail.stderr).toContain('NOT_FOUND');
    const unknown = await runCli(
      ['user', 'erase', '--sub', '00000000-0000-4000-8000-000000000000'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No user with sub');
    const both = await runCli(['user', 'erase', email, '--sub', sub], env);
    expect(both.code).toBe(2);
    // Five CLI processes, each starting cold: on two busy cores that takes its time.
  }, 120_000);
});
