import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../src/domain/events.ts';
import { createDynamoClient } from '../../src/stores/dynamodb/client.ts';
import { runCli } from '../support/local-stack.ts';
import { webhookVerdict } from '../support/event-schemas.ts';
import { banner } from '../../src/local/banner.ts';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
const EMAIL = 'dynamo.flow@example.com';

/**
 * One flow on the local stack with USER_STORE=dynamodb (dynalite): sign-up, the item,
 * `usersync user set`, the claims in a refreshed token, `PATCH /me`, and the events
 * delivered, signed, to a webhook receiver.
 */
describe('the local stack on the DynamoDB store', () => {
  let stack: TestStack;
  let receiver: Server;
  const hooks: { body: string; headers: Record<string, string | string[] | undefined> }[] = [];
  const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;

  /** Each delivery as a receiver checks it ({@link webhookVerdict}). */
  const verdicts: string[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        verdicts.push(webhookVerdict(WEBHOOK_SECRET, request.headers, body));
        hooks.push({ body, headers: request.headers });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    stack = await startTestStack({
      USER_STORE: 'dynamodb',
      DYNAMODB_USERS_TABLE: 'flow-users',
      PROFILE_DEFAULTS: JSON.stringify({ plan: 'free' }),
      WEBHOOK_URLS: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks`,
      WEBHOOK_SECRET,
    });
  });
  afterAll(async () => {
    await stack?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const item = async (sub: string) => {
    const client = createDynamoClient({
      cognito: { region: 'us-east-1' },
      dynamodb: { endpoint: stack.info.dynamodbEndpoint },
    });
    try {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: 'flow-users', Key: { userId: { S: sub } } }),
      );
      return Item && unmarshall(Item);
    } finally {
      client.destroy();
    }
  };
  const delivered = async (predicate: (event: EventEnvelope) => boolean) => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const hook = hooks.find((candidate) =>
        predicate(JSON.parse(candidate.body) as EventEnvelope),
      );
      if (hook !== undefined) return hook;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  };

  it('names dynalite and the table in local.json, and is ready when the table answers', async () => {
    expect(stack.info.dynamodbEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.info.usersTable).toBe('flow-users');
    const ready = await call(stack, 'GET', '/readyz');
    expect(ready).toMatchObject({ status: 200, body: { checks: { database: 'ok' } } });
  });

  it('signs up into an item, sets claims with user set, and carries them in a refreshed token', async () => {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email: EMAIL, password: PASSWORD, name: 'Dyna' },
    });
    expect(signup.status).toBe(201);
    const sub = (signup.body as { sub: string }).sub;
    await call(stack, 'POST', '/auth/confirm', { body: { email: EMAIL, code: stack.info.code } });
    expect(await item(sub)).toMatchObject({
      userId: sub,
      email: EMAIL,
      usersyncEmail: EMAIL,
      status: 'active',
      usersyncVersion: 1,
    });

    const login = await call(stack, 'POST', '/auth/login', {
      body: { email: EMAIL, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const { refreshToken } = login.body as { refreshToken: string };

    const set = await runCli(
      // A claim by its flag, and one by the claim set's name.
      [
        '--json',
        'user',
        'set',
        EMAIL,
        '--developer-id',
        'dev-77',
        '--claim',
        'custom:user_type=partner',
      ],
      { PATH: process.env['PATH'], ...stack.env },
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(await item(sub)).toMatchObject({ developerId: 'dev-77', userType: 'partner' });

    const refreshed = await call(stack, 'POST', '/auth/refresh', {
      body: { refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const { idToken } = refreshed.body as { idToken: string };
    expect(decomposeUnverifiedJwt(idToken).payload).toMatchObject({
      'custom:developer_id': 'dev-77',
      'custom:user_type': 'partner',
      'usersync:claims': 'db',
    });

    const patched = await call(stack, 'PATCH', '/me', {
      token: idToken,
      body: { name: 'Dyna Mo', profile: { theme: 'dark' } },
    });
    expect(patched.status).toBe(200);
    const me = await call(stack, 'GET', '/me', { token: idToken });
    expect(me.body).toMatchObject({
      sub,
      name: 'Dyna Mo',
      claims: { 'custom:developer_id': 'dev-77', 'custom:user_type': 'partner' },
      profile: { theme: 'dark', plan: 'free' },
    });
    expect((await item(sub))?.['profile']).toEqual({ theme: 'dark', plan: 'free' });

    // Every change's event reached the receiver, signed (the outbox table, the relay, SQS).
    const registered = await delivered(
      (event) => event.type === 'user.registered' && event.data['sub'] === sub,
    );
    const updated = await delivered(
      (event) =>
        event.type === 'user.updated' &&
        event.data['sub'] === sub &&
        JSON.stringify(event.data['changes']).includes('profile'),
    );
    for (const hook of [registered, updated]) {
      expect(hook).toBeDefined();
      expect(
        new Webhook(WEBHOOK_SECRET).verify(hook!.body, hook!.headers as Record<string, string>),
      ).toMatchObject({ data: { sub } });
    }
  });

  it("finds the running stack's table and dynalite without being told, and its banner names them", async () => {
    const { DYNAMODB_USERS_TABLE: _table, DYNAMODB_ENDPOINT: _endpoint, ...env } = stack.env;
    const migrated = await runCli(['--json', 'db', 'migrate'], {
      PATH: process.env['PATH'],
      ...env,
    });
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({
      store: 'dynamodb',
      untouched: expect.arrayContaining(['flow-users']) as unknown,
    });
    const text = banner(stack.info, stack.config.dataDir);
    expect(text).toContain(
      `DynamoDB           ${stack.info.dynamodbEndpoint ?? '?'}   table flow-users`,
    );
    expect(text).toContain('no users on this store');
  });

  it('runs the jobs that were PostgreSQL-only: one-user sync by email, and migrate-guests', async () => {
    const env = { PATH: process.env['PATH'], ...stack.env };
    const one = await runCli(['--json', 'sync', '--email', EMAIL, '--dry-run'], env);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    // The user signed up above is in step with the pool: nothing to change.
    expect(JSON.parse(one.stdout)).toMatchObject({ inCognito: true, counts: { matched: 1 } });

    const guests = await runCli(['--json', 'migrate-guests', '--dry-run'], env);
    expect(guests.stderr).toBe('');
    expect(guests.code).toBe(0);
    // Every item has a sub: the store has no guests to move.
    expect(JSON.parse(guests.stdout)).toMatchObject({ counts: { scanned: 0, failed: 0 } });
  });

  it("init proposes the claims the team's items hold under the pool's custom attributes, and writes nothing to the table", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-init-'));
    try {
      const file = path.join(dir, 'usersync.config.json');
      const init = await runCli(['--json', 'init', '--yes'], {
        PATH: process.env['PATH'],
        ...stack.env,
        USERSYNC_CONFIG: file,
      });
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      // The user set above wrote developerId and userType into the item.
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
        store: 'dynamodb',
        claims: {
          'custom:developer_id': {
            type: 'string',
            attribute: 'developerId',
            cache: 'custom:developer_id',
          },
          'custom:user_type': { type: 'string', attribute: 'userType', cache: 'custom:user_type' },
        },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('delivered only events that verify as Standard Webhooks and match their JSON Schema', () => {
    expect(hooks.length).toBeGreaterThan(0);
    expect(verdicts).toEqual(hooks.map(() => 'ok'));
  });
});
