import { AdminDisableUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { emulatorJwksFetcher } from '../../src/local/jwks-fetcher.ts';
import { openApiServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { freePort } from '../../src/local/ports.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { isListening, runCli } from '../support/local-stack.ts';
import { call, emulatorClient, startTestStack, type TestStack } from '../support/test-stack.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/usersync.mjs');
const PASSWORD = 'Corr3ct-Horse!';

/**
 * `usersync serve` configured from the environment alone, against the local stack's
 * cognito-local and database (the stack's own API plays no part): the server a team runs.
 */
describe('usersync serve against the local stack', () => {
  let stack: TestStack;
  let env: NodeJS.ProcessEnv;
  let port: number;

  beforeAll(async () => {
    stack = await startTestStack();
    port = await freePort();
    env = {
      PATH: process.env['PATH'],
      DATABASE_URL: stack.info.databaseUrl,
      COGNITO_USER_POOL_ID: stack.info.userPoolId,
      COGNITO_CLIENT_ID: stack.info.clientId,
      COGNITO_ENDPOINT: stack.info.cognitoEndpoint,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
  }, 90_000);
  afterAll(async () => {
    await stack?.close();
  });

  /** Starts `usersync --json serve` and resolves with the URL it prints. */
  async function serve(
    extra: NodeJS.ProcessEnv = {},
  ): Promise<{ child: ChildProcess; apiUrl: string; output: () => string }> {
    const child = spawn(process.execPath, [BIN, '--json', 'serve'], {
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const apiUrl = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n').find((text) => text.startsWith('{'));
        if (line !== undefined) resolve((JSON.parse(line) as { apiUrl: string }).apiUrl);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
    });
    return { child, apiUrl, output: () => output };
  }

  it('serves sign-up to /me, is ready, and stops on SIGTERM with exit 0', async () => {
    const { child, apiUrl } = await serve();
    const api = { info: { apiUrl } };
    expect((await call(api, 'GET', '/healthz')).status).toBe(200);
    const ready = await call(api, 'GET', '/readyz');
    expect(ready).toMatchObject({
      status: 200,
      body: { ready: true, checks: { database: 'ok', jwks: 'ok' } },
    });

    const email = 'served@example.com';
    const signup = await call(api, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
    expect(signup.status).toBe(201);
    const confirm = await call(api, 'POST', '/auth/confirm', {
      body: { email, code: stack.info.code },
    });
    expect(confirm.status).toBe(200);
    const login = await call(api, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    const { idToken } = login.body as { idToken: string };
    const me = await call(api, 'GET', '/me', { token: idToken });
    expect(me).toMatchObject({ status: 200, body: { email } });
    // The row the stack's PostConfirmation wrote is the one the served API reads.
    const db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
    const rows = await db.query('select id from usersync.users where email = $1', [email]);
    await db.end();
    expect(rows.rows).toEqual([{ id: (me.body as { id: string }).id }]);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await isListening(port)).toBe(false);
  }, 60_000);

  it('is live but not ready while its database is down, and says why', async () => {
    const config = loadConfig({
      ...env,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/none`,
    });
    const server = await openApiServer(config, createLogger({ level: 'silent' }), {
      jwksFetcher: emulatorJwksFetcher(config.cognito.endpoint),
    });
    try {
      expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      const ready = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ error: { code: 'DB_UNAVAILABLE' } });
    } finally {
      await server.close(0);
    }
  });

  it('two processes on one database share the rate limits and refuse a deleted or disabled user', async () => {
    // Both trust the proxy at 127.0.0.1 (this test) to name the client: the limits below
    // are spent by one client of their own, whatever else this file sends.
    const both = { AUTH_RATE_LIMIT_PER_IP: '8', TRUST_PROXY: '127.0.0.1' };
    const [a, b] = await Promise.all([
      serve({ ...both, PORT: String(await freePort()) }),
      serve({ ...both, PORT: String(await freePort()) }),
    ]);
    const send = (
      server: { apiUrl: string },
      method: string,
      url: string,
      options: { body?: unknown; token?: string; client?: string } = {},
    ) =>
      fetch(`${server.apiUrl}${url}`, {
        method,
        headers: {
          'x-forwarded-for': options.client ?? '203.0.113.7',
          ...(options.body !== undefined && { 'content-type': 'application/json' }),
          ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
        },
        ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.text()) || 'null',
      }));
    try {
      const email = 'two.processes@example.com';
      const leaver = 'leaving.processes@example.com';
      // Eight /auth requests from one client, half to each process: one budget of eight.
      expect(
        (await send(a, 'POST', '/auth/signup', { body: { email, password: PASSWORD } })).status,
      ).toBe(201);
      expect(
        (await send(b, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } })).status,
      ).toBe(200);
      const login = await send(a, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
      expect(login.status).toBe(200);
      const { accessToken } = JSON.parse(login.body) as { accessToken: string };
      expect(
        (await send(b, 'POST', '/auth/signup', { body: { email: leaver, password: PASSWORD } }))
          .status,
      ).toBe(201);
      expect(
        (await send(a, 'POST', '/auth/confirm', { body: { email: leaver, code: stack.info.code } }))
          .status,
      ).toBe(200);
      const leaverLogin = await send(b, 'POST', '/auth/login', {
        body: { email: leaver, password: PASSWORD },
      });
      expect(leaverLogin.status).toBe(200);
      const leaverToken = (JSON.parse(leaverLogin.body) as { accessToken: string }).accessToken;
      const forgot = (server: { apiUrl: string }) =>
        send(server, 'POST', '/auth/forgot-password', { body: { email: 'nobody@example.com' } });
      expect((await forgot(a)).status).toBe(202);
      expect((await forgot(b)).status).toBe(202);
      // The ninth and tenth, to either process, are refused; another client is not.
      expect((await forgot(a)).status).toBe(429);
      expect((await forgot(b)).status).toBe(429);
      expect(
        (
          await send(b, 'POST', '/auth/forgot-password', {
            body: { email: 'nobody@example.com' },
            client: '203.0.113.8',
          })
        ).status,
      ).toBe(202);

      // Deleted through one process: refused by the other at once, on every route.
      expect((await send(b, 'GET', '/me', { token: leaverToken })).status).toBe(200);
      expect((await send(a, 'DELETE', '/me', { token: leaverToken })).status).toBe(204);
      for (const [method, url] of [
        ['GET', '/me'],
        ['GET', '/me/claims'],
        ['PATCH', '/me'],
      ] as const) {
        const refused = await send(b, method, url, {
          token: leaverToken,
          ...(method === 'PATCH' && { body: { name: 'Still Here' } }),
        });
        expect(refused.status, `${method} ${url}`).toBe(401);
        expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'TOKEN_INVALID' } });
      }

      // Disabled in Cognito, and the sync copies it: both processes refuse the tokens held.
      const sub = (
        JSON.parse((await send(a, 'GET', '/me', { token: accessToken })).body) as { sub: string }
      ).sub;
      await emulatorClient(stack.info.cognitoEndpoint).send(
        new AdminDisableUserCommand({ UserPoolId: stack.info.userPoolId, Username: sub }),
      );
      const synced = await runCli(['--json', 'sync', '--sub', sub], {
        PATH: process.env['PATH'],
        ...stack.env,
      });
      expect(synced.code, synced.stderr).toBe(0);
      const database = new pg.Client(stack.info.databaseUrl);
      await database.connect();
      try {
        const status = async () =>
          (
            await database.query<{ status: string }>(
              'select status from usersync.users where cognito_sub = $1',
              [sub],
            )
          ).rows[0]?.status;
        expect(await status()).toBe('disabled');
        const events = async () =>
          Number(
            (
              await database.query<{ n: string }>(
                "select count(*) as n from usersync.outbox where type = 'user.updated' and payload->'data'->>'sub' = $1",
                [sub],
              )
            ).rows[0]?.n,
          );
        const updatesBefore = await events();
        for (const server of [a, b]) {
          for (const [method, url] of [
            ['GET', '/me'],
            ['GET', '/me/claims'],
            ['PATCH', '/me'],
          ] as const) {
            const refused = await send(server, method, url, {
              token: accessToken,
              ...(method === 'PATCH' && { body: { name: 'Disabled Writer' } }),
            });
            expect(refused.status, `${method} ${url}`).toBe(403);
            expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
          }
        }
        expect(await events()).toBe(updatesBefore);
      } finally {
        await database.end();
      }
    } finally {
      for (const server of [a, b]) server.child.kill('SIGTERM');
      await Promise.all(
        [a, b].map((server) => new Promise((resolve) => server.child.once('exit', resolve))),
      );
    }
  }, 90_000);
});
