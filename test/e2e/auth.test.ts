import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import pg from 'pg';
import {
  addToGroup,
  call,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';
import { runCli } from '../support/local-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';

interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

describe('auth API against cognito-local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function signUpAndConfirm(email: string): Promise<string> {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD, name: 'Ada' },
    });
    expect(signup.status).toBe(201);
    const { sub } = signup.body as { sub: string };
    const confirm = await call(stack, 'POST', '/auth/confirm', {
      body: { email, code: stack.info.code },
    });
    expect(confirm).toMatchObject({ status: 200, body: { confirmed: true } });
    return sub;
  }

  /** Drifts the stored user from Cognito behind usersync's back: their name goes stale. */
  async function staleName(sub: string): Promise<void> {
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      await client.query(`update usersync.users set name = 'Stale' where cognito_sub = $1`, [sub]);
    } finally {
      await client.end();
    }
  }

  async function login(email: string, password = PASSWORD): Promise<Tokens> {
    const response = await call(stack, 'POST', '/auth/login', { body: { email, password } });
    expect(response.status).toBe(200);
    return response.body as Tokens;
  }

  it('signs up, confirms, logs in, reads /me with id and access tokens, refreshes, and logs out', async () => {
    const sub = await signUpAndConfirm('flow@example.com');
    const tokens = await login('Flow@Example.com');
    expect(tokens).toMatchObject({
      idToken: expect.any(String),
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });

    const byId = await call(stack, 'GET', '/me', { token: tokens.idToken });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      sub,
      email: 'flow@example.com',
      name: 'Ada',
      status: 'active',
    });
    const byAccess = await call(stack, 'GET', '/me', { token: tokens.accessToken });
    expect(byAccess.status).toBe(200);
    expect((byAccess.body as { id: string }).id).toBe((byId.body as { id: string }).id);

    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: tokens.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      idToken: expect.any(String),
      accessToken: expect.any(String),
    });
    expect(refreshed.body).not.toHaveProperty('refreshToken');

    // Someone else may not revoke this user's refresh token: it stays good.
    await signUpAndConfirm('stranger@example.com');
    const stranger = await login('stranger@example.com');
    const foreign = await call(stack, 'POST', '/auth/logout', {
      body: { refreshToken: tokens.refreshToken },
      token: stranger.accessToken,
    });
    expect(foreign.status).toBe(403);
    expect((foreign.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const stillGood = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: tokens.refreshToken },
    });
    expect(stillGood.status).toBe(200);

    const logout = await call(stack, 'POST', '/auth/logout', {
      body: { refreshToken: tokens.refreshToken },
      token: tokens.accessToken,
    });
    expect(logout.status).toBe(204);
    const afterLogout = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: tokens.refreshToken },
    });
    expect(afterLogout.status).toBe(401);
    expect((afterLogout.body as { error: { code: string } }).error.code).toBe('TOKEN_INVALID');
    // The API refuses the tokens issued before the sign-out, id and access alike.
    for (const token of [tokens.accessToken, tokens.idToken]) {
      const refused = await call(stack, 'GET', '/me', { token });
      expect(refused).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
    }
    // A sign-in after it is a new session (iat is in seconds: the next second).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const again = await login('flow@example.com');
    expect((await call(stack, 'GET', '/me', { token: again.accessToken })).status).toBe(200);
  });

  it('signs out of every session (GlobalSignOut): no refresh token of the user works, no earlier token is taken', async () => {
    await signUpAndConfirm('everywhere@example.com');
    const laptop = await login('everywhere@example.com');
    const phone = await login('everywhere@example.com');
    const byId = await call(stack, 'POST', '/auth/logout', {
      body: { everywhere: true },
      token: phone.idToken,
    });
    expect(byId).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
    const empty = await call(stack, 'POST', '/auth/logout', { body: {}, token: phone.accessToken });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });

    const out = await call(stack, 'POST', '/auth/logout', {
      body: { everywhere: true },
      token: phone.accessToken,
    });
    expect(out.status).toBe(204);
    for (const session of [laptop, phone]) {
      const refresh = await call(stack, 'POST', '/auth/refresh', {
        body: { refreshToken: session.refreshToken },
      });
      expect(refresh).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
      expect((await call(stack, 'GET', '/me', { token: session.accessToken })).status).toBe(401);
    }
  });

  it('answers a wrong password and an unknown user with byte-identical bodies', async () => {
    await signUpAndConfirm('known@example.com');
    const wrongPassword = await call(stack, 'POST', '/auth/login', {
      body: { email: 'known@example.com', password: 'Wr0ng-password!' },
    });
    const unknownUser = await call(stack, 'POST', '/auth/login', {
      body: { email: 'nobody@example.com', password: 'Wr0ng-password!' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.text).toBe(unknownUser.text);
    expect(wrongPassword.body).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'Incorrect email or password.' },
    });
  });

  it('refuses a case variant of an existing email with 409 USER_EXISTS', async () => {
    await signUpAndConfirm('Case@Example.com');
    await login('case@example.com');
    await call(stack, 'GET', '/me', { token: (await login('case@example.com')).idToken });
    const duplicate = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'CASE@example.COM', password: PASSWORD },
    });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as { error: { code: string } }).error.code).toBe('USER_EXISTS');
  });

  it('resets a forgotten password, then signs in with the new one only', async () => {
    await signUpAndConfirm('forgot@example.com');
    const forgot = await call(stack, 'POST', '/auth/forgot-password', {
      body: { email: 'forgot@example.com' },
    });
    const forgotUnknown = await call(stack, 'POST', '/auth/forgot-password', {
      body: { email: 'ghost@example.com' },
    });
    expect(forgot.status).toBe(202);
    expect(forgotUnknown.status).toBe(202);
    expect(forgot.text).toBe(forgotUnknown.text);

    const badCode = await call(stack, 'POST', '/auth/reset-password', {
      body: { email: 'forgot@example.com', code: '000000', newPassword: 'N3w-password!' },
    });
    expect(badCode.status).toBe(400);
    expect((badCode.body as { error: { code: string } }).error.code).toBe('CODE_MISMATCH');
    const reset = await call(stack, 'POST', '/auth/reset-password', {
      body: { email: 'forgot@example.com', code: stack.info.code, newPassword: 'N3w-password!' },
    });
    expect(reset.status).toBe(200);
    await login('forgot@example.com', 'N3w-password!');
    const oldPassword = await call(stack, 'POST', '/auth/login', {
      body: { email: 'forgot@example.com', password: PASSWORD },
    });
    expect(oldPassword.status).toBe(401);
  });

  it('names the broken password rule and rejects unknown fields', async () => {
    const weak = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'weak@example.com', password: 'alllowercase1!' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('upper-case') },
    });
    // 11 characters: what the deployed pool refuses, the API refuses first, naming the rule.
    const short = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'short@example.com', password: 'Sh0rt-Pass!' },
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('at least 12') },
    });
    const extra = await call(stack, 'POST', '/auth/login', {
      body: { email: 'known@example.com', password: 'x', isAdmin: true },
    });
    expect(extra.status).toBe(400);
    expect(extra.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('isAdmin') },
    });
  });

  it('creates the row of an admin-created user just in time, once, under concurrent first requests', async () => {
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'admin-made@example.com',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'admin-made@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'admin-made@example.com',
        Password: PASSWORD,
        Permanent: true,
      }),
    );
    cognito.destroy();
    const { accessToken } = await login('admin-made@example.com');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => call(stack, 'GET', '/me', { token: accessToken })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((answer) => (answer.body as { id: string }).id)).size).toBe(1);
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      const rows = await client.query(
        `select count(*)::int as n from usersync.users where email = 'admin-made@example.com'`,
      );
      expect(rows.rows).toEqual([{ n: 1 }]);
      const events = await client.query(
        `select count(*)::int as n from usersync.outbox where type = 'user.registered' and payload->'data'->>'email' = 'admin-made@example.com'`,
      );
      expect(events.rows).toEqual([{ n: 1 }]);
    } finally {
      await client.end();
    }
  });

  it('serves claims from the id token without the DB, and from the DB for an access token', async () => {
    await signUpAndConfirm('claims@example.com');
    const first = await login('claims@example.com');
    await call(stack, 'GET', '/me', { token: first.accessToken });
    const set = await runCli(
      [
        'user',
        'set',
        'Claims@Example.com',
        '--developer-id',
        'dev-42',
        '--user-type',
        'pro',
        '--company-name',
        'Acme',
        '--roles',
        'billing,editor',
        '--admin',
      ],
      { PATH: process.env['PATH'], ...stack.env },
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);

    const byAccess = await call(stack, 'GET', '/me/claims', { token: first.accessToken });
    expect(byAccess.body).toMatchObject({ source: 'db' });
    expect((byAccess.body as { claims: unknown }).claims).toEqual({
      'custom:developer_id': 'dev-42',
      'custom:user_type': 'pro',
      'custom:company_name': 'Acme',
      roles: ['billing', 'editor'],
    });

    // The emulator copies custom attributes into id tokens; with them cached in Cognito the
    // id token carries the claims and the DB is not read.
    const { gateway, userPoolId } = stack.dependencies.cognito;
    await gateway.adminUpdateUserAttributes(userPoolId, 'claims@example.com', [
      { Name: 'custom:developer_id', Value: 'dev-42' },
      { Name: 'custom:user_type', Value: 'pro' },
      { Name: 'custom:company_name', Value: 'Acme' },
    ]);
    const second = await login('claims@example.com');
    const byId = await call(stack, 'GET', '/me/claims', { token: second.idToken });
    expect(byId.body).toMatchObject({
      claims: { 'custom:developer_id': 'dev-42', roles: ['billing', 'editor'] },
      source: 'token',
      groups: ['admin'],
    });
    // PreTokenGeneration put the roles in the id token itself.
    const idClaims = JSON.parse(
      Buffer.from(second.idToken.split('.')[1] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(idClaims['roles']).toBe('billing,editor');

    const admin = await call(stack, 'GET', '/admin/users?email=CLAIMS@', { token: second.idToken });
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({
      items: [{ email: 'claims@example.com', claims: { 'custom:developer_id': 'dev-42' } }],
      nextCursor: null,
    });
    const notAdmin = await call(stack, 'GET', '/admin/users', {
      token: (await login('known@example.com')).idToken,
    });
    expect(notAdmin.status).toBe(403);
    expect((notAdmin.body as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it("shows an admin a drifted user's stored and Cognito records side by side, with what a sync would do, writing nothing", async () => {
    const sub = await signUpAndConfirm('drift@example.com');
    await signUpAndConfirm('drift-admin@example.com');
    await addToGroup(stack, 'drift-admin@example.com');
    const { idToken } = await login('drift-admin@example.com');
    // The store drifted from Cognito (a restored backup, a hand edit): its name is stale.
    await staleName(sub);
    const record = await call(stack, 'GET', `/admin/users/${sub}`, { token: idToken });
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({
      sub,
      store: { sub, email: 'drift@example.com', name: 'Stale' },
      cognito: { enabled: true, attributes: { sub, email: 'drift@example.com', name: 'Ada' } },
      differences: [{ field: 'name', store: 'Stale', cognito: 'Ada' }],
      reconcile: { decisions: [{ status: 'updated', email: 'drift@example.com' }] },
    });
    // A dry run: the store still holds the stale name.
    const again = await call(stack, 'GET', `/admin/users/${sub}`, { token: idToken });
    expect((again.body as { store: { name: string } }).store.name).toBe('Stale');
    const unknown = await call(stack, 'GET', '/admin/users/00000000-0000-4000-8000-000000000000', {
      token: idToken,
    });
    expect(unknown.status).toBe(404);
    const notAdmin = await call(stack, 'GET', `/admin/users/${sub}`, {
      token: (await login('drift@example.com')).idToken,
    });
    expect(notAdmin).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });

  it('starts a dry-run reconcile from the admin API, reads its report, applies it, each audited', async () => {
    const sub = await signUpAndConfirm('run-drift@example.com');
    await signUpAndConfirm('run-admin@example.com');
    await addToGroup(stack, 'run-admin@example.com');
    const { idToken } = await login('run-admin@example.com');
    await staleName(sub);
    /** The run once it has ended. */
    const ended = async (runId: string, query = '') => {
      for (let tries = 0; tries < 100; tries += 1) {
        const answer = await call(stack, 'GET', `/admin/runs/${runId}${query}`, { token: idToken });
        const body = answer.body as { run: { status: string } };
        if (body.run.status !== 'running') return answer.body as Record<string, unknown>;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`run ${runId} did not end`);
    };

    const started = await call(stack, 'POST', '/admin/runs', { token: idToken, body: {} });
    expect(started.status).toBe(202);
    const { runId } = started.body as { runId: string };
    // Earlier tests of this file leave drift of their own: this user's decision is looked for.
    const review = await ended(runId, '?status=updated&limit=500');
    expect(review).toMatchObject({
      run: { id: runId, kind: 'sync', status: 'completed', dryRun: true },
    });
    const decisions = (review as { details: { items: { sub?: string }[] } }).details.items;
    expect(decisions.find((decision) => decision.sub === sub)).toMatchObject({
      status: 'updated',
      changes: { name: { from: 'Stale', to: 'Ada' } },
    });
    const listed = await call(stack, 'GET', '/admin/runs?limit=5', { token: idToken });
    expect((listed.body as { items: { id: string }[] }).items[0]?.id).toBe(runId);

    const applied = await call(stack, 'POST', `/admin/runs/${runId}/apply`, { token: idToken });
    expect(applied.status).toBe(202);
    const { runId: appliedId } = applied.body as { runId: string };
    expect(await ended(appliedId)).toMatchObject({
      run: {
        status: 'completed',
        dryRun: false,
        options: { reviewedRun: runId },
        // What the review counted, the same pool unchanged since.
        counts: (review as { run: { counts: object } }).run.counts,
      },
    });
    const record = await call(stack, 'GET', `/admin/users/${sub}`, { token: idToken });
    expect(record.body).toMatchObject({ store: { name: 'Ada' }, differences: [] });
    // A run applied is no review: it cannot be applied again.
    const again = await call(stack, 'POST', `/admin/runs/${appliedId}/apply`, { token: idToken });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    const audit = await call(stack, 'GET', '/admin/audit?limit=4', { token: idToken });
    expect(audit.body).toMatchObject({
      items: [
        { action: 'run.apply', target: appliedId, outcome: 'done', detail: { reviewedRun: runId } },
        { action: 'run.apply', target: appliedId, outcome: 'started' },
        { action: 'run.start', target: runId, outcome: 'done', detail: { dryRun: true } },
        { action: 'run.start', target: runId, outcome: 'started', detail: { dryRun: true } },
      ],
    });
    const notAdmin = await call(stack, 'POST', '/admin/runs', {
      token: (await login('run-drift@example.com')).idToken,
      body: {},
    });
    expect(notAdmin).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });

  it('updates name, phone and profile fields through PATCH /me', async () => {
    await signUpAndConfirm('patch@example.com');
    const { idToken } = await login('patch@example.com');
    const first = await call(stack, 'PATCH', '/me', {
      token: idToken,
      body: { name: 'Grace', phone: '+15555550100', profile: { theme: 'dark', team: 'core' } },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'Grace',
      phone: '+15555550100',
      profile: { theme: 'dark', team: 'core' },
    });
    const second = await call(stack, 'PATCH', '/me', {
      token: idToken,
      body: { profile: { team: null, lang: 'en' } },
    });
    expect((second.body as { profile: unknown }).profile).toEqual({ theme: 'dark', lang: 'en' });
    const tooBig = await call(stack, 'PATCH', '/me', {
      token: idToken,
      body: { profile: { blob: 'x'.repeat(20_000) } },
    });
    expect(tooBig.status).toBe(400);
    const badPhone = await call(stack, 'PATCH', '/me', { token: idToken, body: { phone: '555' } });
    expect(badPhone.status).toBe(400);
  });
});
