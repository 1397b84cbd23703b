import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminCreateUserCommand,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import {
  addToGroup,
  call,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
/** A challenge's session lasts this long here (an app client's AuthSessionValidity). */
const SESSION_SECONDS = 8;

interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

interface ChallengeAnswer {
  challenge: {
    name: string;
    session: string;
    parameters: Record<string, unknown>;
    available?: string[];
  };
}

/** The code an authenticator app shows for `secret` now (RFC 6238, 30 s, six digits). */
function totpCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

describe('sign-in challenges through the API, on the local stack', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ LOCAL_AUTH_SESSION_SECONDS: String(SESSION_SECONDS) });
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function signUp(email: string): Promise<Tokens> {
    expect(
      (await call(stack, 'POST', '/auth/signup', { body: { email, password: PASSWORD } })).status,
    ).toBe(201);
    expect(
      (await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } }))
        .status,
    ).toBe(200);
    const login = await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    return login.body as Tokens;
  }

  /** Enrols TOTP for the user of `tokens` and returns its secret. */
  async function enrolTotp(tokens: Tokens): Promise<string> {
    const started = await call(stack, 'POST', '/me/mfa/totp', { token: tokens.accessToken });
    expect(started.status).toBe(200);
    const { secret, uri } = started.body as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/usersync:.+\?/);
    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
    const verified = await call(stack, 'POST', '/me/mfa/totp/verify', {
      token: tokens.accessToken,
      body: { code: totpCode(secret), deviceName: 'phone' },
    });
    expect(verified).toMatchObject({ status: 200, body: { verified: true } });
    return secret;
  }

  async function passwordLogin(email: string): Promise<ChallengeAnswer> {
    const login = await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    return login.body as ChallengeAnswer;
  }

  it('enrols TOTP, then signs in through its challenge; a wrong code is refused, the session stays, and is spent once answered', async () => {
    const tokens = await signUp('totp@example.com');
    // An id token cannot manage MFA: Cognito's own-account calls take the access token.
    expect(
      (await call(stack, 'POST', '/me/mfa/totp', { token: tokens.idToken })).body,
    ).toMatchObject({ error: { code: 'TOKEN_INVALID' } });
    const secret = await enrolTotp(tokens);
    const set = await call(stack, 'PUT', '/me/mfa', {
      token: tokens.accessToken,
      body: { totp: true, preferred: 'totp' },
    });
    expect(set).toMatchObject({
      status: 200,
      body: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' },
    });
    const read = await call(stack, 'GET', '/me/mfa', { token: tokens.accessToken });
    expect(read.body).toMatchObject({
      enabled: ['SOFTWARE_TOKEN_MFA'],
      preferred: 'SOFTWARE_TOKEN_MFA',
      signInFactors: expect.arrayContaining(['PASSWORD', 'EMAIL_OTP']),
    });

    const { challenge } = await passwordLogin('totp@example.com');
    expect(challenge).toMatchObject({ name: 'SOFTWARE_TOKEN_MFA', session: expect.any(String) });
    // The username Cognito needs rides in the session, never as a parameter.
    expect(challenge.parameters).not.toHaveProperty('USER_ID_FOR_SRP');

    const wrongCode = totpCode(secret, 10);
    const wrong = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, code: wrongCode },
    });
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'CODE_MISMATCH' } } });

    const right = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, code: totpCode(secret) },
    });
    expect(right.status).toBe(200);
    const signedIn = right.body as Tokens;
    expect(signedIn).toMatchObject({
      idToken: expect.any(String),
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    expect((await call(stack, 'GET', '/me', { token: signedIn.idToken })).body).toMatchObject({
      email: 'totp@example.com',
    });
    // The refresh token of a sign-in through a challenge is good.
    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: signedIn.refreshToken },
    });
    expect(refreshed.status).toBe(200);

    const again = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, code: totpCode(secret) },
    });
    expect(again).toMatchObject({ status: 401, body: { error: { code: 'SESSION_EXPIRED' } } });
  });

  it('refuses an answer after the session expired, a session not its own, and a session of another challenge', async () => {
    const tokens = await signUp('expiry@example.com');
    const secret = await enrolTotp(tokens);
    await call(stack, 'PUT', '/me/mfa', { token: tokens.accessToken, body: { totp: true } });

    const mismatched = await passwordLogin('expiry@example.com');
    const named = await call(stack, 'POST', '/auth/challenge', {
      body: { session: mismatched.challenge.session, name: 'SMS_MFA', code: '123456' },
    });
    expect(named).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    const garbage = await call(stack, 'POST', '/auth/challenge', {
      body: { session: 'not-a-session', name: 'SOFTWARE_TOKEN_MFA', code: '123456' },
    });
    expect(garbage).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    // A session whose username was changed by the client: Cognito's session is bound to its user.
    const envelope = JSON.parse(
      Buffer.from(mismatched.challenge.session, 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...envelope, u: 'someone-else' })).toString(
      'base64url',
    );
    const other = await call(stack, 'POST', '/auth/challenge', {
      body: { session: forged, name: 'SOFTWARE_TOKEN_MFA', code: totpCode(secret) },
    });
    expect(other).toMatchObject({ status: 401, body: { error: { code: 'SESSION_EXPIRED' } } });

    const { challenge } = await passwordLogin('expiry@example.com');
    await new Promise((resolve) => setTimeout(resolve, (SESSION_SECONDS + 1) * 1000));
    const late = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, code: totpCode(secret) },
    });
    expect(late).toMatchObject({ status: 401, body: { error: { code: 'SESSION_EXPIRED' } } });
    expect(late.body).toMatchObject({
      error: { message: expect.stringMatching(/sign in again/) },
    });
  }, 30_000);

  it('asks a user with two second factors which one (SELECT_MFA_TYPE), then for its code', async () => {
    const tokens = await signUp('select@example.com');
    const secret = await enrolTotp(tokens);
    const set = await call(stack, 'PUT', '/me/mfa', {
      token: tokens.accessToken,
      body: { totp: true, sms: true },
    });
    expect(set.status).toBe(200);

    const { challenge } = await passwordLogin('select@example.com');
    expect(challenge.name).toBe('SELECT_MFA_TYPE');
    expect(challenge.parameters['MFAS_CAN_CHOOSE']).toEqual(
      expect.arrayContaining(['SOFTWARE_TOKEN_MFA', 'SMS_MFA']),
    );
    const bad = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, choice: 'EMAIL_OTP_OR_NOT' },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });

    const chosen = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, choice: 'SOFTWARE_TOKEN_MFA' },
    });
    expect(chosen.status).toBe(200);
    const next = (chosen.body as ChallengeAnswer).challenge;
    expect(next.name).toBe('SOFTWARE_TOKEN_MFA');
    const done = await call(stack, 'POST', '/auth/challenge', {
      body: { session: next.session, name: next.name, code: totpCode(secret) },
    });
    expect(done.body).toMatchObject({ accessToken: expect.any(String) });
  });

  it("completes an admin-created user's first sign-in (NEW_PASSWORD_REQUIRED), and the user has their row", async () => {
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    const created = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'invited@example.com',
        TemporaryPassword: 'Temp0rary-Pass!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'invited@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    cognito.destroy();
    const sub = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
    expect(sub).toEqual(expect.any(String));

    const login = await call(stack, 'POST', '/auth/login', {
      body: { email: 'invited@example.com', password: 'Temp0rary-Pass!' },
    });
    const { challenge } = login.body as ChallengeAnswer;
    expect(challenge.name).toBe('NEW_PASSWORD_REQUIRED');
    expect(challenge.parameters['requiredAttributes']).toEqual([]);

    const weak = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, newPassword: 'short' },
    });
    expect(weak).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    const missing = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name },
    });
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/newPassword/) } },
    });

    const answered = await call(stack, 'POST', '/auth/challenge', {
      body: {
        session: challenge.session,
        name: challenge.name,
        newPassword: 'N3w-Passw0rd!',
      },
    });
    expect(answered.body).toMatchObject({ idToken: expect.any(String) });

    // PostAuthentication gave the user their row, before any request of theirs.
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string; status: string }>(
        'select email, status from usersync.users where cognito_sub = $1',
        [sub],
      );
      expect(rows).toEqual([{ email: 'invited@example.com', status: 'active' }]);
    } finally {
      await client.end();
    }
    // And the new password is the password now.
    const next = await call(stack, 'POST', '/auth/login', {
      body: { email: 'invited@example.com', password: 'N3w-Passw0rd!' },
    });
    expect(next.body).toMatchObject({ accessToken: expect.any(String) });
  });

  it('signs in with an emailed code by choice (USER_AUTH): preferred, or picked from SELECT_CHALLENGE', async () => {
    await signUp('otp@example.com');
    const started = await call(stack, 'POST', '/auth/login', {
      body: { email: 'otp@example.com', preferred: 'EMAIL_OTP' },
    });
    const { challenge } = started.body as ChallengeAnswer;
    expect(challenge).toMatchObject({
      name: 'EMAIL_OTP',
      parameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        CODE_DELIVERY_DESTINATION: 'o***@e***',
      },
    });
    const wrong = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: 'EMAIL_OTP', code: '00000000' },
    });
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'CODE_MISMATCH' } } });
    const right = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: 'EMAIL_OTP', code: stack.info.code },
    });
    const tokens = right.body as Tokens;
    expect((await call(stack, 'GET', '/me', { token: tokens.accessToken })).body).toMatchObject({
      email: 'otp@example.com',
    });

    // With no preference: the factors the pool allows and the user has.
    const choose = await call(stack, 'POST', '/auth/login', { body: { email: 'otp@example.com' } });
    const select = (choose.body as ChallengeAnswer).challenge;
    expect(select).toMatchObject({ name: 'SELECT_CHALLENGE' });
    expect(select.available).toEqual(['PASSWORD', 'EMAIL_OTP']);
    const picked = await call(stack, 'POST', '/auth/challenge', {
      body: { session: select.session, name: 'SELECT_CHALLENGE', choice: 'EMAIL_OTP' },
    });
    const emailed = (picked.body as ChallengeAnswer).challenge;
    expect(emailed.name).toBe('EMAIL_OTP');
    const done = await call(stack, 'POST', '/auth/challenge', {
      body: { session: emailed.session, name: 'EMAIL_OTP', code: stack.info.code },
    });
    expect(done.body).toMatchObject({ idToken: expect.any(String) });

    // The password, picked, or preferred and given at once.
    const again = (
      (await call(stack, 'POST', '/auth/login', { body: { email: 'otp@example.com' } }))
        .body as ChallengeAnswer
    ).challenge;
    const byPassword = await call(stack, 'POST', '/auth/challenge', {
      body: {
        session: again.session,
        name: 'SELECT_CHALLENGE',
        choice: 'PASSWORD',
        password: PASSWORD,
      },
    });
    expect(byPassword.body).toMatchObject({ accessToken: expect.any(String) });
    const preferred = await call(stack, 'POST', '/auth/login', {
      body: { email: 'otp@example.com', preferred: 'PASSWORD', password: PASSWORD },
    });
    expect(preferred.body).toMatchObject({ accessToken: expect.any(String) });
    const wrongPassword = await call(stack, 'POST', '/auth/login', {
      body: { email: 'otp@example.com', preferred: 'PASSWORD', password: 'Wr0ng-Password!' },
    });
    expect(wrongPassword).toMatchObject({
      status: 401,
      body: { error: { code: 'INVALID_CREDENTIALS' } },
    });
  });

  it('answers an unknown email by choice just as a known one, and never accepts its code', async () => {
    const started = await call(stack, 'POST', '/auth/login', {
      body: { email: 'nobody@example.com', preferred: 'EMAIL_OTP' },
    });
    const { challenge } = started.body as ChallengeAnswer;
    expect(challenge).toMatchObject({
      name: 'EMAIL_OTP',
      parameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        CODE_DELIVERY_DESTINATION: expect.any(String),
      },
    });
    const answer = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: 'EMAIL_OTP', code: stack.info.code },
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'CODE_MISMATCH' } } });
    const choose = await call(stack, 'POST', '/auth/login', {
      body: { email: 'nobody@example.com' },
    });
    const select = (choose.body as ChallengeAnswer).challenge;
    expect(select).toMatchObject({
      name: 'SELECT_CHALLENGE',
      // What a known user with an email and no phone is offered: the offer does not tell.
      available: ['PASSWORD', 'EMAIL_OTP'],
    });
    // Nor does what the session carries, nor where the code went: a username shaped as a
    // known user's (a UUID, not the email typed), the typed email masked as a real one is.
    const known = (
      (await call(stack, 'POST', '/auth/login', { body: { email: 'otp@example.com' } }))
        .body as ChallengeAnswer
    ).challenge;
    const usernameIn = (session: string) =>
      (JSON.parse(Buffer.from(session, 'base64url').toString('utf8')) as { u: string }).u;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(usernameIn(known.session)).toMatch(uuid);
    for (const session of [challenge.session, select.session]) {
      expect(usernameIn(session)).toMatch(uuid);
    }
    expect(challenge.parameters['CODE_DELIVERY_DESTINATION']).toBe('n***@e***');
    const picked = await call(stack, 'POST', '/auth/challenge', {
      body: { session: select.session, name: 'SELECT_CHALLENGE', choice: 'EMAIL_OTP' },
    });
    expect((picked.body as ChallengeAnswer).challenge.parameters).toMatchObject({
      CODE_DELIVERY_DESTINATION: 'n***@e***',
    });
  });

  it('keeps a second factor after a password given by choice', async () => {
    const tokens = await signUp('choice-mfa@example.com');
    const secret = await enrolTotp(tokens);
    await call(stack, 'PUT', '/me/mfa', { token: tokens.accessToken, body: { totp: true } });
    const started = await call(stack, 'POST', '/auth/login', {
      body: { email: 'choice-mfa@example.com', preferred: 'PASSWORD', password: PASSWORD },
    });
    const { challenge } = started.body as ChallengeAnswer;
    expect(challenge.name).toBe('SOFTWARE_TOKEN_MFA');
    const done = await call(stack, 'POST', '/auth/challenge', {
      body: { session: challenge.session, name: challenge.name, code: totpCode(secret) },
    });
    expect(done.body).toMatchObject({ accessToken: expect.any(String) });
  });

  it('refuses choice-based sign-in on an app client without ALLOW_USER_AUTH, as Cognito does', async () => {
    const cognito = emulatorClient(stack.info.cognitoEndpoint);
    try {
      const created = await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: stack.info.userPoolId,
          ClientName: 'passwords-only',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        }),
      );
      await expect(
        cognito.send(
          new InitiateAuthCommand({
            ClientId: created.UserPoolClient?.ClientId,
            AuthFlow: 'USER_AUTH',
            AuthParameters: { USERNAME: 'otp@example.com' },
          }),
        ),
      ).rejects.toMatchObject({
        name: 'InvalidParameterException',
        message: 'USER_AUTH flow not enabled for this client',
      });
    } finally {
      cognito.destroy();
    }
  });

  it("lets an admin reset a user's MFA and sign them out everywhere, each audited", async () => {
    const tokens = await signUp('reset-mfa@example.com');
    const sub = (
      JSON.parse(Buffer.from(tokens.idToken.split('.')[1] ?? '', 'base64url').toString()) as {
        sub: string;
      }
    ).sub;
    await enrolTotp(tokens);
    await call(stack, 'PUT', '/me/mfa', { token: tokens.accessToken, body: { totp: true } });
    expect((await passwordLogin('reset-mfa@example.com')).challenge.name).toBe(
      'SOFTWARE_TOKEN_MFA',
    );

    await signUp('mfa-admin@example.com');
    await addToGroup(stack, 'mfa-admin@example.com');
    const admin = (await passwordLogin('mfa-admin@example.com')) as unknown as Tokens;
    const act = (body: object) =>
      call(stack, 'POST', `/admin/users/${sub}/actions`, { token: admin.idToken, body });
    expect(await act({ action: 'reset-mfa' })).toMatchObject({
      status: 200,
      body: { outcome: 'done', detail: { methodsTurnedOff: ['SOFTWARE_TOKEN_MFA'] } },
    });
    // The next sign-in asks for no second factor.
    const next = await call(stack, 'POST', '/auth/login', {
      body: { email: 'reset-mfa@example.com', password: PASSWORD },
    });
    expect(next.body).toMatchObject({ idToken: expect.any(String) });
    const fresh = next.body as Tokens;

    expect(await act({ action: 'sign-out' })).toMatchObject({ status: 200 });
    // Every session is over: the refresh token is revoked, the tokens issued are refused.
    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: fresh.refreshToken },
    });
    expect(refreshed.status).toBe(401);
    expect((await call(stack, 'GET', '/me', { token: fresh.idToken })).status).toBe(401);
    const audit = await call(stack, 'GET', `/admin/audit?target=${sub}`, { token: admin.idToken });
    expect(audit.body).toMatchObject({
      items: [
        { action: 'user.sign-out', outcome: 'done', target: sub },
        { action: 'user.sign-out', outcome: 'started', target: sub },
        { action: 'user.reset-mfa', outcome: 'done', target: sub },
        { action: 'user.reset-mfa', outcome: 'started', target: sub },
      ],
    });
  });
});
