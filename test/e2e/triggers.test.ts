import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import bcrypt from 'bcryptjs';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import type { EventEnvelope } from '../../src/domain/events.ts';
import { Webhook } from 'standardwebhooks';
import { runCli } from '../support/local-stack.ts';
import { TRIGGERS } from '../../src/triggers/index.ts';
import { webhookVerdict } from '../support/event-schemas.ts';
import { call, startTestStack, type TestStack, emulatorClient } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
const BUDGET_MS = 700;

describe('Cognito triggers through cognito-local', () => {
  let stack: TestStack;
  let client: pg.Client;
  let cognito: CognitoIdentityProviderClient;

  const hooks: {
    body: string;
    headers: Record<string, string | string[] | undefined>;
    path: string;
  }[] = [];
  const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
  let receiver: Server;

  /** Each delivery as a receiver checks it ({@link webhookVerdict}). */
  const verdicts: string[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        verdicts.push(webhookVerdict(WEBHOOK_SECRET, request.headers, body));
        hooks.push({ body, headers: request.headers, path: request.url ?? '' });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    stack = await startTestStack({
      PRE_TOKEN_DB_BUDGET_MS: String(BUDGET_MS),
      PROFILE_DEFAULTS: JSON.stringify({ plan: 'free', onboarding: 'pending' }),
      // Two receivers on one host: each must get every event.
      WEBHOOK_URLS: ['/hooks', '/hooks-2']
        .map(
          (path) =>
            `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${path}`,
        )
        .join(','),
      WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    cognito = emulatorClient(stack.info.cognitoEndpoint);
  });
  afterAll(async () => {
    cognito?.destroy();
    await client?.end();
    await stack?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const rows = async (email: string) =>
    (await client.query('select * from usersync.users where lower(email) = lower($1)', [email]))
      .rows;
  const events = async (email: string) =>
    (
      await client.query(
        `select type from usersync.outbox where payload->'data'->>'email' = $1 order by created_at`,
        [email],
      )
    ).rows.map((row: { type: string }) => row.type);

  async function signUp(email: string): Promise<string> {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD },
    });
    expect(signup.status).toBe(201);
    const confirm = await call(stack, 'POST', '/auth/confirm', {
      body: { email, code: stack.info.code },
    });
    expect(confirm.status).toBe(200);
    return (signup.body as { sub: string }).sub;
  }

  async function login(email: string, password = PASSWORD) {
    return call(stack, 'POST', '/auth/login', { body: { email, password } });
  }

  it('makes one row and one user.registered event at confirmation', async () => {
    const sub = await signUp('confirm@example.com');
    expect(await rows('confirm@example.com')).toMatchObject([
      { cognito_sub: sub, status: 'active' },
    ]);
    expect(await events('confirm@example.com')).toEqual(['user.registered']);
  });

  it('changes nothing when the same trigger event is delivered twice', async () => {
    const sub = await signUp('twice@example.com');
    const event = {
      version: '1',
      triggerSource: 'PostConfirmation_ConfirmSignUp',
      region: 'local',
      userPoolId: stack.info.userPoolId,
      userName: sub,
      callerContext: { awsSdkVersion: 'test', clientId: stack.info.clientId },
      request: { userAttributes: { sub, email: 'twice@example.com', email_verified: 'true' } },
      response: {},
    };
    const lambdaUrl = (await import('node:fs/promises'))
      .readFile(`${stack.config.dataDir}/cognito/.cognito/config.json`, 'utf8')
      .then(
        (text) =>
          (JSON.parse(text) as { LambdaClient: { endpoint: string } }).LambdaClient.endpoint,
      );
    for (let delivery = 0; delivery < 2; delivery++) {
      const response = await fetch(
        `${await lambdaUrl}/2015-03-31/functions/usersync-post-confirmation/invocations`,
        {
          method: 'POST',
          body: JSON.stringify(event),
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-amz-function-error')).toBeNull();
    }
    expect(await rows('twice@example.com')).toHaveLength(1);
    expect(await events('twice@example.com')).toEqual(['user.registered']);
  });

  it('refuses a sign-up whose email a pool user has in another case (PreSignUp)', async () => {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'Mixed.Case@Example.com',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'Mixed.Case@Example.com' }],
      }),
    );
    const refused = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'mixed.case@example.com', password: PASSWORD },
    });
    // PreSignUp's refusal of a taken email is the contract's 409, in usersync's words, never
    // in Cognito's (which name the trigger's function).
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: { code: 'USER_EXISTS', message: 'A user with this email already exists.' },
    });
    expect(refused.text).not.toContain('usersync-pre-sign-up');
  });

  it('puts the DB developer id in the id token after user set and a refresh', async () => {
    await signUp('claims@example.com');
    const first = (await login('claims@example.com')).body as {
      idToken: string;
      refreshToken: string;
    };
    expect(decomposeUnverifiedJwt(first.idToken).payload['custom:developer_id']).toBeUndefined();
    const set = await runCli(['user', 'set', 'claims@example.com', '--developer-id', 'dev-777'], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(set.code).toBe(0);
    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const { idToken } = refreshed.body as { idToken: string };
    expect(decomposeUnverifiedJwt(idToken).payload['custom:developer_id']).toBe('dev-777');
  });

  it("keeps the claim cache a sign-in's PreTokenGeneration wrote: the next sign-in finds it in step", async () => {
    const sub = await signUp('cache-kept@example.com');
    const user = await stack.store.users.userBySub(sub);
    await stack.store.users.setClaims(user!.id, { 'custom:developer_id': 'dev-cache' });
    expect((await login('cache-kept@example.com')).status).toBe(200);

    const name = TRIGGERS.find(({ trigger }) => trigger === 'PreTokenGeneration')!.functionName;
    const preToken = stack.triggers.get(name)!;
    const seen: Record<string, string>[] = [];
    stack.triggers.set(name, (event) => {
      seen.push({
        ...(event.request as { userAttributes: Record<string, string> }).userAttributes,
      });
      return preToken(event);
    });
    try {
      expect((await login('cache-kept@example.com')).status).toBe(200);
    } finally {
      stack.triggers.set(name, preToken);
    }
    // Cognito hands the trigger the cache the first sign-in wrote: nothing is stale, so the
    // sign-in writes nothing (the emulator once lost it when keeping the refresh token).
    expect(seen).toHaveLength(1);
    expect(seen[0]?.['custom:developer_id']).toBe('dev-cache');
  });

  it('signs in within the budget while the DB is held, with no claims (TOKEN_CLAIMS_FALLBACK=none)', async () => {
    await signUp('held@example.com');
    await stack.dependencies.cognito.gateway.adminUpdateUserAttributes(
      stack.info.userPoolId,
      'held@example.com',
      [{ Name: 'custom:developer_id', Value: 'dev-cached' }],
    );
    await client.query('begin');
    await client.query('lock table usersync.users in access exclusive mode');
    try {
      const started = Date.now();
      const response = await login('held@example.com');
      const elapsed = Date.now() - started;
      expect(response.status).toBe(200);
      // PostAuthentication and PreTokenGeneration each wait at most the budget.
      expect(elapsed).toBeLessThan(2 * BUDGET_MS + 1_000);
      const { idToken } = response.body as { idToken: string };
      // The local stack's emulator lets users write the claim attributes, so the cache is
      // not trusted: the cached value is suppressed and the token says it has no claims.
      const { payload } = decomposeUnverifiedJwt(idToken);
      expect(payload).not.toHaveProperty('custom:developer_id');
      expect(payload['usersync:claims']).toBe('none');
    } finally {
      await client.query('rollback');
    }
  });

  it('migrates a legacy bcrypt user at sign-in and links the row; a wrong password is refused', async () => {
    const hash = await bcrypt.hash('Legacy-pa55!', 6);
    await client.query(
      `insert into usersync.users (email, status, legacy_password_hash, claims) values ($1, 'guest', $2, '{"custom:developer_id": "dev-legacy"}')`,
      ['legacy@example.com', hash],
    );
    const wrong = await login('legacy@example.com', 'Not-the-pa55!');
    expect(wrong.status).toBe(401);
    expect(await rows('legacy@example.com')).toMatchObject([
      { cognito_sub: null, status: 'guest' },
    ]);

    const right = await login('Legacy@Example.com', 'Legacy-pa55!');
    expect(right.status).toBe(200);
    const { idToken } = right.body as { idToken: string };
    const { payload } = decomposeUnverifiedJwt(idToken);
    const [row] = await rows('legacy@example.com');
    expect(row).toMatchObject({
      status: 'active',
      claims: { 'custom:developer_id': 'dev-legacy' },
    });
    expect(row.cognito_sub).toBe(payload.sub);
    expect(await events('legacy@example.com')).toEqual(['user.linked']);
    const me = await call(stack, 'GET', '/me', { token: idToken });
    expect(me.body).toMatchObject({ id: row.id, claims: { 'custom:developer_id': 'dev-legacy' } });
    // The second sign-in is an ordinary Cognito sign-in.
    expect((await login('legacy@example.com', 'Legacy-pa55!')).status).toBe(200);
  });

  it('gives an admin-created user a row at first sign-in (PostAuthentication)', async () => {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'made-by-admin@example.com',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'made-by-admin@example.com' }],
      }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'made-by-admin@example.com',
        Password: PASSWORD,
        Permanent: true,
      }),
    );
    expect(await rows('made-by-admin@example.com')).toEqual([]);
    expect((await login('made-by-admin@example.com')).status).toBe(200);
    const [row] = await rows('made-by-admin@example.com');
    expect(row.last_login_at).toBeInstanceOf(Date);
  });

  it('carries user.registered through the outbox, the relay, the local bus and SQS to the profile provisioner', async () => {
    await signUp('pipeline@example.com');
    const deadline = Date.now() + 10_000;
    let profile: unknown;
    while (Date.now() < deadline) {
      [{ profile }] = await rows('pipeline@example.com');
      if ((profile as { plan?: string }).plan !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(profile).toEqual({ plan: 'free', onboarding: 'pending' });
    const published = await client.query(
      `select published_at from usersync.outbox where type = 'user.registered' and payload->'data'->>'email' = $1`,
      ['pipeline@example.com'],
    );
    expect(published.rows[0].published_at).toBeInstanceOf(Date);
    const processed = await client.query(
      `select count(*)::int as n from usersync.processed_events where consumer = 'profileProvisioner'`,
    );
    expect(processed.rows[0].n).toBeGreaterThanOrEqual(1);

    // The same event reached the webhook receiver, signed.
    const isPipelineEvent = (hook: { body: string }) =>
      (JSON.parse(hook.body) as EventEnvelope).data['email'] === 'pipeline@example.com';
    const reached = (path: string) =>
      hooks.find((hook) => hook.path === path && isPipelineEvent(hook));
    for (
      let waited = 0;
      waited < 10_000 && !(reached('/hooks') && reached('/hooks-2'));
      waited += 100
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Both receivers on the host got it, each verifiable with a Standard Webhooks library.
    for (const path of ['/hooks', '/hooks-2']) {
      const webhook = reached(path);
      expect(webhook, path).toBeDefined();
      const verified = new Webhook(WEBHOOK_SECRET).verify(
        webhook!.body,
        webhook!.headers as Record<string, string>,
      );
      expect(verified).toMatchObject({ data: { email: 'pipeline@example.com' } });
    }
  });

  it("shows the provisioner's dead-letter queue with usersync dlq list", async () => {
    const listed = await runCli(['--json', 'dlq', 'list'], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual({ count: 0, messages: [] });
    const redriven = await runCli(['--json', 'dlq', 'redrive'], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(JSON.parse(redriven.stdout)).toEqual({ moved: 0 });
  });

  it('delivered only events that verify as Standard Webhooks and match their JSON Schema', () => {
    expect(hooks.length).toBeGreaterThan(0);
    expect(verdicts).toEqual(hooks.map(() => 'ok'));
  });
});
