import { execFile } from 'node:child_process';
import { createPrivateKey, createSign, generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Match, Template } from 'aws-cdk-lib/assertions';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/ports.ts';
import { addToGroup, call, startTestStack, type TestStack } from '../support/test-stack.ts';
import {
  ROOT,
  makeApp,
  packPackage,
  startApp,
  type RunningApp,
  type ScratchApp,
} from './scratch-apps.ts';

// The package as a team installs it: `npm pack`, then scratch apps made as each framework's
// starter makes them, from docs/sdk.md's example files, each run against the local stack.
// Each app has only its own framework installed, so an entry that loaded another
// framework's (NestJS, Next.js, the CDK) would fail to start.

const run = promisify(execFile);
const PASSWORD = 'Corr3ct-Horse!';

const APPS: Record<'express' | 'fastify' | 'nestjs' | 'next' | 'lambda' | 'cdk', ScratchApp> = {
  express: {
    name: 'express',
    example: 'express',
    type: 'module',
    dependencies: {
      express: '^5.1.0',
      // The typed example, beside Passport's types, which declare req.user too.
      typescript: '~5.9.3',
      '@types/express': '^5.0.0',
      '@types/passport': '^1.0.17',
      '@types/node': '^20.19.0',
    },
  },
  fastify: {
    name: 'fastify',
    example: 'fastify',
    type: 'module',
    dependencies: { fastify: '^5.4.0' },
  },
  nestjs: {
    name: 'nestjs',
    example: 'nestjs',
    type: 'commonjs',
    dependencies: {
      '@nestjs/common': '^11.1.0',
      '@nestjs/core': '^11.1.0',
      '@nestjs/platform-express': '^11.1.0',
      'reflect-metadata': '^0.2.2',
      rxjs: '^7.8.1',
      typescript: '~5.9.3',
      '@types/node': '^20.19.0',
    },
  },
  next: {
    name: 'next',
    example: 'next',
    type: 'module',
    dependencies: { next: '^16.0.0', react: '^19.2.0', 'react-dom': '^19.2.0' },
  },
  lambda: { name: 'lambda', example: 'lambda', type: 'module', dependencies: {} },
  cdk: {
    name: 'cdk',
    example: 'cdk',
    type: 'module',
    dependencies: { 'aws-cdk-lib': '^2.276.0', constructs: '^10.4.0' },
  },
};

interface Tokens {
  idToken: string;
  accessToken: string;
}

describe('the package in scratch apps of each framework, against the local stack', () => {
  let stack: TestStack;
  let scratch: string;
  const dirs: Partial<Record<keyof typeof APPS, string>> = {};
  let member: Tokens & { sub: string };
  let admin: Tokens;
  let appEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'usersync-scratch-'));
    const tarball = await packPackage(scratch);
    // Installed one after another: two cores, and npm's cache answers most of each.
    for (const app of Object.values(APPS))
      dirs[app.name as keyof typeof APPS] = await makeApp(app, scratch, tarball);
    stack = await startTestStack();
    appEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      COGNITO_USER_POOL_ID: stack.info.userPoolId,
      COGNITO_CLIENT_ID: stack.info.clientId,
      COGNITO_ENDPOINT: stack.info.cognitoEndpoint,
      DATABASE_URL: stack.info.databaseUrl,
      AWS_REGION: 'us-east-1',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    member = await signUp('member@example.com', { 'custom:developer_id': 'dev-42' });
    await signUp('boss@example.com');
    await addToGroup(stack, 'boss@example.com');
    admin = await login('boss@example.com');
  }, 900_000);

  afterAll(async () => {
    await stack?.close();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });

  async function login(email: string): Promise<Tokens> {
    const answer = await call(stack, 'POST', '/auth/login', {
      body: { email, password: PASSWORD },
    });
    expect(answer.status).toBe(200);
    return answer.body as Tokens;
  }

  /** A confirmed user with these claims, signed in after they were set. */
  async function signUp(email: string, claims: Record<string, string> = {}) {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD },
    });
    expect(signup.status).toBe(201);
    const { sub } = signup.body as { sub: string };
    const confirm = await call(stack, 'POST', '/auth/confirm', {
      body: { email, code: stack.info.code },
    });
    expect(confirm.status).toBe(200);
    const user = await stack.store.users.userBySub(sub);
    if (Object.keys(claims).length > 0) await stack.store.users.setClaims(user!.id, claims);
    return { sub, ...(await login(email)) };
  }

  /** Removes a user's row, as a lost trigger call leaves it: the app must make it again. */
  async function dropRow(sub: string): Promise<void> {
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      await client.query('delete from usersync.users where cognito_sub = $1', [sub]);
    } finally {
      await client.end();
    }
  }

  async function rowCount(sub: string): Promise<number> {
    const client = new pg.Client({ connectionString: stack.info.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from usersync.users where cognito_sub = $1',
        [sub],
      );
      return rows[0]?.n ?? 0;
    } finally {
      await client.end();
    }
  }

  /** The bad tokens every app must refuse with 401. */
  async function badTokens(valid: string): Promise<Record<string, string>> {
    const [header, payload, signature] = valid.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const tampered = Buffer.from(
      JSON.stringify({ ...claims, 'custom:developer_id': 'dev-1' }),
    ).toString('base64url');
    // cognito-local signs with a key it ships; an expired token signed by it is genuine.
    const keyFile = path.join(
      ROOT,
      'node_modules/cognito-local/lib/keys/cognitoLocal.private.json',
    );
    const { jwk } = JSON.parse(await readFile(keyFile, 'utf8')) as { jwk: object };
    const now = Math.floor(Date.now() / 1000);
    const { privateKey: foreignKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      tampered: `${header}.${tampered}.${signature}`,
      expired: sign(
        { ...claims, iat: now - 7200, auth_time: now - 7200, exp: now - 3600 },
        createPrivateKey({ key: jwk, format: 'jwk' } as never),
      ),
      foreign: sign(claims, foreignKey),
    };
  }

  function sign(claims: object, key: ReturnType<typeof createPrivateKey>): string {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', kid: 'CognitoLocal' })}.${encode(claims)}`;
    return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key, 'base64url')}`;
  }

  async function get(url: string, token?: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  }

  /** The checks every HTTP app passes, with `prefix` before its routes. */
  async function checkServer(app: RunningApp, prefix = ''): Promise<void> {
    const me = `${app.url}${prefix}/me`;
    const fine = await get(me, member.idToken);
    expect(fine, app.output()).toMatchObject({
      status: 200,
      body: { email: 'member@example.com', claims: { 'custom:developer_id': 'dev-42' } },
    });
    expect(await get(me)).toMatchObject({
      status: 401,
      body: { error: { code: 'TOKEN_INVALID' } },
    });
    const bad = await badTokens(member.idToken);
    expect(await get(me, bad['tampered'])).toMatchObject({
      status: 401,
      body: { error: { code: 'TOKEN_INVALID' } },
    });
    expect(await get(me, bad['expired'])).toMatchObject({
      status: 401,
      body: { error: { code: 'TOKEN_EXPIRED' } },
    });
    expect(await get(me, bad['foreign'])).toMatchObject({
      status: 401,
      body: { error: { code: 'TOKEN_INVALID' } },
    });
    expect(await get(`${app.url}${prefix}/admin`, member.idToken)).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
    expect(await get(`${app.url}${prefix}/admin`, admin.idToken)).toMatchObject({
      status: 200,
      body: { admin: true },
    });
    // Just in time: the row is gone (a lost trigger call); the app makes it again, once.
    await dropRow(member.sub);
    expect(await get(me, member.accessToken)).toMatchObject({
      status: 200,
      body: { email: 'member@example.com' },
    });
    expect(await rowCount(member.sub)).toBe(1);
    await restoreClaims();
  }

  /** The made-again row has no claims yet: the next app's checks expect the member's. */
  async function restoreClaims(): Promise<void> {
    const user = await stack.store.users.userBySub(member.sub);
    await stack.store.users.setClaims(user!.id, { 'custom:developer_id': 'dev-42' });
  }

  async function serve(command: string[], cwd: string, check: (app: RunningApp) => Promise<void>) {
    const app = await startApp(command, cwd, appEnv, await freePort(), 120_000);
    try {
      await check(app);
    } finally {
      await app.stop();
    }
  }

  it('Express: usersyncAuth and requireAccess', async () => {
    await serve(['node', 'app.mjs'], dirs.express!, (app) => checkServer(app));
  });

  it("Express in TypeScript: req.user is usersync's user, beside Passport's types", async () => {
    const dir = dirs.express!;
    // docs/sdk.md's typed example, type-checked with @types/passport installed; and with
    // every declaration file checked too: the package's own need nothing it does not bring.
    const tsc = path.join(dir, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', dir], { cwd: dir });
    await run(process.execPath, [tsc, '-p', dir, '--skipLibCheck', 'false'], { cwd: dir });
  });

  it('Fastify: the plugin, with public and group-only routes', async () => {
    await serve(['node', 'app.mjs'], dirs.fastify!, (app) => checkServer(app));
  });

  it('NestJS, compiled to CommonJS as `nest new` makes it: the module, guard and decorators', async () => {
    const dir = dirs.nestjs!;
    await run(process.execPath, [path.join(dir, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      cwd: dir,
    });
    const compiled = await readFile(path.join(dir, 'dist/app.module.js'), 'utf8');
    expect(compiled).toContain('require("usersync/nestjs")');
    await serve(['node', 'dist/main.js'], dir, (app) => checkServer(app));
  });

  it('Next.js (App Router): withAuth in route handlers, currentUser in a server component', async () => {
    const dir = dirs.next!;
    await run(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      env: appEnv,
      timeout: 300_000,
    });
    await serve(
      ['node', 'node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1'],
      dir,
      async (app) => {
        await checkServer(app, '/api');
        const page = await fetch(app.url, {
          headers: { authorization: `Bearer ${member.idToken}` },
        });
        expect(await page.text()).toContain('Signed in as member@example.com');
        const anonymous = await fetch(app.url);
        expect(await anonymous.text()).toContain('Not signed in');
      },
    );
  });

  it('Lambda behind API Gateway (REST and HTTP API): claims from the token, no store read', async () => {
    const dir = dirs.lambda!;
    const v2 = JSON.parse(
      await readFile(path.join(ROOT, 'test/fixtures/aws/apigw-http-v2.json'), 'utf8'),
    ) as {
      headers: Record<string, string>;
    };
    const v1 = JSON.parse(
      await readFile(path.join(ROOT, 'test/fixtures/aws/apigw-rest-v1.json'), 'utf8'),
    ) as {
      headers: Record<string, string> | null;
    };
    const bad = await badTokens(member.idToken);
    const withToken = <E extends { headers: Record<string, string> | null }>(
      event: E,
      token?: string,
      name = 'Authorization',
    ) => ({
      ...event,
      headers: {
        ...(event.headers ?? {}),
        ...(token !== undefined && { [name]: `Bearer ${token}` }),
      },
    });
    await dropRow(member.sub);
    const cases = {
      idV1: { handler: 'handler', event: withToken(v1, member.idToken) },
      idV2: { handler: 'handler', event: withToken(v2, member.idToken, 'authorization') },
      noHeaders: { handler: 'handler', event: { ...v1, headers: null } },
      tampered: { handler: 'handler', event: withToken(v2, bad['tampered'], 'authorization') },
      expired: { handler: 'handler', event: withToken(v2, bad['expired'], 'authorization') },
      foreign: { handler: 'handler', event: withToken(v1, bad['foreign']) },
      notAdmin: { handler: 'adminHandler', event: withToken(v2, member.idToken, 'authorization') },
      admin: { handler: 'adminHandler', event: withToken(v2, admin.idToken, 'authorization') },
    };
    // An access token of a V1 pool carries no claims: read from the store, the row made.
    const storeCases = {
      access: { handler: 'handler', event: withToken(v2, member.accessToken, 'authorization') },
    };
    await writeFile(
      path.join(dir, 'invoke.mjs'),
      [
        "import * as functions from './handler.mjs';",
        'const cases = JSON.parse(process.argv[2]);',
        'const results = {};',
        'for (const [name, { handler, event }] of Object.entries(cases)) {',
        '  results[name] = await functions[handler](event, { awsRequestId: name });',
        '}',
        'console.log(JSON.stringify(results));',
        'process.exit(0);',
      ].join('\n'),
    );
    const invoke = async (named: object) => {
      const { stdout } = await run('node', ['invoke.mjs', JSON.stringify(named)], {
        cwd: dir,
        env: appEnv,
      });
      return JSON.parse(stdout) as Record<string, { statusCode: number; body: string }>;
    };
    const results = await invoke(cases);
    const body = (name: string) => JSON.parse(results[name]!.body) as Record<string, unknown>;
    expect(results['idV1']?.statusCode).toBe(200);
    expect(body('idV1')).toEqual({
      sub: member.sub,
      claims: expect.objectContaining({ 'custom:developer_id': 'dev-42' }),
      source: 'token',
    });
    expect(body('idV2')).toMatchObject({ sub: member.sub, source: 'token' });
    // The id tokens were read without the store: the dropped row is still gone.
    expect(await rowCount(member.sub)).toBe(0);
    expect(results['noHeaders']).toMatchObject({ statusCode: 401 });
    expect(body('tampered')).toEqual({ error: expect.objectContaining({ code: 'TOKEN_INVALID' }) });
    expect(results['tampered']?.statusCode).toBe(401);
    expect(body('expired')).toEqual({ error: expect.objectContaining({ code: 'TOKEN_EXPIRED' }) });
    expect(results['foreign']?.statusCode).toBe(401);
    expect(results['notAdmin']?.statusCode).toBe(403);
    expect(results['admin']?.statusCode).toBe(200);
    Object.assign(results, await invoke(storeCases));
    // The row made again from Cognito has no claims yet: the store's answer says so.
    expect(body('access')).toMatchObject({
      sub: member.sub,
      claims: { 'custom:developer_id': null },
      source: 'store',
    });
    expect(await rowCount(member.sub)).toBe(1);
    await restoreClaims();
  });

  it('usersync/client: signs in, reads /me and its claims, and throws the API error code', async () => {
    const dir = dirs.express!;
    // docs/sdk.md's example, as it is.
    await cp(
      path.join(ROOT, 'docs/examples/sdk/client/sign-in.mjs'),
      path.join(dir, 'sign-in.mjs'),
    );
    const env = { ...appEnv, USERSYNC_API_URL: stack.info.apiUrl, EMAIL: 'member@example.com' };
    const signedIn = await run('node', ['sign-in.mjs'], { cwd: dir, env: { ...env, PASSWORD } });
    expect(JSON.parse(signedIn.stdout)).toMatchObject({
      me: { email: 'member@example.com', sub: member.sub },
      claims: { sub: member.sub, claims: { 'custom:developer_id': 'dev-42' } },
    });
    await writeFile(
      path.join(dir, 'refused.mjs'),
      [
        "import { createUsersyncClient, UsersyncApiError } from 'usersync/client';",
        'const client = createUsersyncClient({ baseUrl: process.env.USERSYNC_API_URL });',
        "const answer = await client.signIn({ email: process.env.EMAIL, password: 'Wr0ng-Password!' }).then(",
        '  () => ({ refused: false }),',
        '  (error) => ({ refused: error instanceof UsersyncApiError, status: error.status, code: error.code }),',
        ');',
        'console.log(JSON.stringify(answer));',
      ].join('\n'),
    );
    const refused = await run('node', ['refused.mjs'], { cwd: dir, env });
    expect(JSON.parse(refused.stdout)).toEqual({
      refused: true,
      status: 401,
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('an existing CDK app adds usersync to the pool it owns with one construct', async () => {
    const dir = dirs.cdk!;
    const outdir = path.join(dir, 'cdk.out');
    await run('node', ['bin/app.mjs'], { cwd: dir, env: { ...appEnv, CDK_OUTDIR: outdir } });
    const template = Template.fromJSON(
      JSON.parse(await readFile(path.join(outdir, 'Cognito.template.json'), 'utf8')) as Record<
        string,
        unknown
      >,
    );
    // The team's pool, and no other: usersync's triggers are added to it.
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    const [poolId] = Object.keys(template.findResources('AWS::Cognito::UserPool'));
    expect(poolId).toMatch(/^Pool/);
    const fnRef = (name: string) => ({
      'Fn::GetAtt': [Match.stringLikeRegexp(`^Users${name}`), 'Arn'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreSignUp: fnRef('PreSignUp'),
        PostConfirmation: fnRef('PostConfirmation'),
        PostAuthentication: fnRef('PostAuthentication'),
        UserMigration: fnRef('UserMigration'),
        PreTokenGenerationConfig: { LambdaArn: fnRef('PreTokenGeneration'), LambdaVersion: 'V1_0' },
      },
    });
    // The API is told the team's pool and client.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          COGNITO_USER_POOL_ID: { Ref: poolId },
          COGNITO_CLIENT_ID: { Ref: Match.stringLikeRegexp('^PoolWeb') },
        }),
      },
    });
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.resourceCountIs('AWS::RDS::DBCluster', 1);
    // Each function's code carries the app's configuration file beside the bundle.
    const assets = (await readdir(outdir)).filter((entry) => entry.startsWith('asset.'));
    const withConfig = [];
    for (const asset of assets) {
      const files = await readdir(path.join(outdir, asset));
      if (files.includes('index.mjs') && files.includes('usersync.config.json'))
        withConfig.push(asset);
    }
    expect(withConfig.length).toBeGreaterThanOrEqual(10);
  });

  it('a production install carries no emulator, and the CLI names what `dev` needs', async () => {
    const installed = path.join(dirs.express!, 'node_modules');
    for (const name of [
      'cognito-local',
      'dynalite',
      'fauxqs',
      '@electric-sql/pglite',
      'tsx',
      '@nestjs/core',
      'next',
      'aws-cdk-lib',
    ]) {
      await expect(readFile(path.join(installed, name, 'package.json')), name).rejects.toThrow();
    }
    const bin = path.join(installed, '.bin/usersync');
    const dev = await run(bin, ['dev'], { env: appEnv }).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(dev).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('LOCAL_STACK_NOT_INSTALLED'),
    });
  });
});
