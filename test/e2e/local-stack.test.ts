import { afterAll, describe, expect, it } from 'vitest';
import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import pg from 'pg';
import { emulatorClient } from '../support/test-stack.ts';
import {
  isListening,
  processesIn,
  removeDataDir,
  runCli,
  startStack,
  stopStack,
  type RunningStack,
} from '../support/local-stack.ts';

// Each test starts whole stacks as child processes: on two busy cores that takes longer
// than the default 30 s, so each has 90 s.
describe('the local stack (usersync dev)', () => {
  let stack: RunningStack | undefined;
  const dataDirs: string[] = [];
  afterAll(async () => {
    if (stack) await stopStack(stack);
    for (const dir of dataDirs) await removeDataDir(dir);
  });

  it('starts, serves the API, the database and Cognito, refuses a second start, and stops cleanly', async () => {
    stack = await startStack();
    dataDirs.push(stack.dataDir);
    const { info, ports } = stack;
    expect(info).toMatchObject({
      apiUrl: `http://127.0.0.1:${ports.api}`,
      databaseUrl: `postgres://postgres@127.0.0.1:${ports.db}/postgres`,
      cognitoEndpoint: `http://127.0.0.1:${ports.cognito}`,
      code: '123456',
      sqsEndpoint: `http://127.0.0.1:${ports.sqs}`,
    });
    expect(stack.output()).toContain('usersync local stack is ready');

    const health = await fetch(`${info.apiUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });

    // A new user of the stack signs in to the console at once, as its own admin.
    expect(stack.output()).toContain(
      `Console            ${info.apiUrl}/console   (sign in as admin@example.com`,
    );
    expect((await fetch(`${info.apiUrl}/console`)).status).toBe(200);
    const login = await fetch(`${info.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'Console-Admin-1' }),
    });
    const { idToken } = (await login.json()) as { idToken: string };
    const adminHealth = await fetch(`${info.apiUrl}/admin/health`, {
      headers: { authorization: `Bearer ${idToken}` },
    });
    expect(adminHealth.status).toBe(200);
    expect(await adminHealth.json()).toMatchObject({ store: { ok: true }, cognito: { ok: true } });

    const client = new pg.Client({ connectionString: info.databaseUrl });
    await client.connect();
    try {
      await client.query(`insert into usersync.users (email, cognito_sub) values ($1, $2)`, [
        'e2e@example.com',
        'sub-e2e',
      ]);
      const { rows } = await client.query(
        `select email from usersync.users where cognito_sub = $1`,
        ['sub-e2e'],
      );
      expect(rows).toEqual([{ email: 'e2e@example.com' }]);
    } finally {
      await client.end();
    }

    const cognito = emulatorClient(info.cognitoEndpoint);
    const { UserPool } = await cognito.send(
      new DescribeUserPoolCommand({ UserPoolId: info.userPoolId }),
    );
    expect(UserPool?.Name).toBe('usersync-local');
    expect(UserPool?.UsernameAttributes).toEqual(['email']);
    const customAttributes = (UserPool?.SchemaAttributes ?? []).map((attribute) => attribute.Name);
    expect(customAttributes).toEqual(
      expect.arrayContaining(['custom:developer_id', 'custom:user_type', 'custom:company_name']),
    );
    const { UserPoolClient } = await cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: info.userPoolId, ClientId: info.clientId }),
    );
    expect(UserPoolClient?.ExplicitAuthFlows).toContain('ALLOW_USER_PASSWORD_AUTH');
    cognito.destroy();

    const second = await runCli(['dev'], {
      ...stack.env,
      PORT: '0',
      COGNITO_LOCAL_PORT: '0',
      LOCAL_DB_PORT: '0',
      LOCAL_SQS_PORT: '0',
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('DATA_DIR_LOCKED');
    expect(second.stderr).toContain(`${stack.dataDir}/usersync.lock`);

    // While the stack runs, other usersync commands reach its database through it.
    const migrate = await runCli(['db', 'migrate'], stack.env);
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);

    expect(await processesIn(stack.dataDir)).not.toEqual([]);
    expect(await stopStack(stack)).toBe(0);
    for (const port of Object.values(ports)) expect(await isListening(port)).toBe(false);
    expect(await processesIn(stack.dataDir)).toEqual([]);
  }, 90_000);

  it('reuses its pool, app client and data on the next start', async () => {
    const first = stack!;
    stack = await startStack(first.dataDir);
    expect(stack.info.userPoolId).toBe(first.info.userPoolId);
    expect(stack.info.clientId).toBe(first.info.clientId);
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select count(*)::int as n from usersync.users where cognito_sub = 'sub-e2e'`,
      );
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await client.end();
    }
    expect(await stopStack(stack)).toBe(0);
  }, 90_000);

  it('leaves no emulator behind when usersync dev is killed outright', async () => {
    const killed = await startStack();
    dataDirs.push(killed.dataDir);
    expect(await processesIn(killed.dataDir)).not.toEqual([]);
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    killed.child.kill('SIGKILL');
    await exited;
    // A process leaves /proc (its cwd link goes with its main thread) a moment before its
    // other threads have closed their sockets, so wait for both to be gone.
    const deadline = Date.now() + 10_000;
    const gone = async () =>
      (await processesIn(killed.dataDir)).length === 0 &&
      !(await isListening(killed.ports.cognito));
    while (!(await gone()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await processesIn(killed.dataDir)).toEqual([]);
    expect(await isListening(killed.ports.cognito)).toBe(false);
  }, 90_000);
});
