import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { emulatorJwksFetcher } from '../../src/local/jwks-fetcher.ts';
import { openApiServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { freePort } from '../../src/local/ports.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { isListening } from '../support/local-stack.ts';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

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
  async function serve(): Promise<{ child: ChildProcess; apiUrl: string; output: () => string }> {
    const child = spawn(process.execPath, [BIN, '--json', 'serve'], {
      env,
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
    const rows = await db.query('select id from users where email = $1', [email]);
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
});
