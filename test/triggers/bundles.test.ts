import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm, symlink } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { FUNCTIONS, buildLambdas, bundleConfigFile } from '../../scripts/build-lambdas.ts';
import { connectPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { startPgliteServer, type PgliteServer } from '../../src/db/pglite-server.ts';
import { TRIGGERS } from '../../src/triggers/index.ts';
import { createEvent } from '../../src/domain/events.ts';
import { toBusMessage } from '../../src/events/sqs-message.ts';
import { triggerEvent } from '../../support/trigger-events.ts';

const run = promisify(execFile);
/**
 * Every function's budget, all its chunks counted (the AWS SDK is the Lambda runtime's); the
 * API (Fastify, its schemas and OpenAPI) has a larger one.
 */
const MAX_BUNDLE_BYTES = 1_000_000;
const MAX_API_BUNDLE_BYTES = 2_000_000;

describe('Lambda bundles (npm run build:lambdas)', () => {
  let pglite: PGlite;
  let server: PgliteServer;
  let sizes: Record<string, number>;
  const sub = randomUUID();

  // A directory of this file's own: the package test's `npm pack` rebuilds dist/lambdas.
  const OUT = path.join(tmpdir(), `usersync-bundles-${process.pid}`);

  beforeAll(async () => {
    sizes = (await buildLambdas(OUT)).total;
    // The bundles take the AWS SDK from the Lambda runtime, which has it in a node_modules
    // of its own; here, the repository's stands in for it.
    await symlink(
      path.resolve(import.meta.dirname, '../../node_modules'),
      path.join(OUT, 'node_modules'),
    );
    pglite = await PGlite.create();
    server = await startPgliteServer(pglite, { host: '127.0.0.1', port: 0 });
    const handle = connectPostgres(server.url, { max: 1 });
    await migrateToLatest(handle);
    await handle.db
      .insertInto('users')
      .values({
        cognito_sub: sub,
        email: 'bundle@example.com',
        claims: { 'custom:developer_id': 'dev-b' },
      })
      .execute();
    await handle.close();
  });
  afterAll(async () => {
    await server?.stop();
    await pglite?.close();
    await rm(OUT, { recursive: true, force: true });
  });

  it('builds one bundle per function (every trigger, the relay, the consumers, the API), each under 1 MB (the API under 2)', () => {
    expect(Object.keys(sizes).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const { module } of TRIGGERS) expect(sizes).toHaveProperty(module);
    expect(sizes).toHaveProperty('api');
    for (const [name, bytes] of Object.entries(sizes)) {
      expect(bytes).toBeLessThan(name === 'api' ? MAX_API_BUNDLE_BYTES : MAX_BUNDLE_BYTES);
    }
  });

  it('serves API Gateway HTTP API requests from the API bundle alone', async () => {
    const bundle = path.join(OUT, 'api/index.mjs');
    const sample = JSON.parse(
      await readFile(
        path.resolve(import.meta.dirname, '../fixtures/aws/apigw-http-v2.json'),
        'utf8',
      ),
    ) as { requestContext: { http: Record<string, string> } };
    const request = (method: string, rawPath: string, body?: string, contentType?: string) => ({
      ...sample,
      rawPath,
      rawQueryString: '',
      queryStringParameters: undefined,
      cookies: undefined,
      pathParameters: undefined,
      headers: {
        host: 'id.execute-api.us-east-1.amazonaws.com',
        ...(contentType && { 'content-type': contentType }),
      },
      body,
      requestContext: {
        ...sample.requestContext,
        http: { ...sample.requestContext.http, method, path: rawPath },
      },
    });
    const events = [
      request('GET', '/healthz'),
      request('GET', '/readyz'),
      request('GET', '/me'),
      request('POST', '/auth/login', 'email=a', 'text/plain'),
      request('GET', '/docs/json'),
    ];
    const script = `const { handler } = await import(${JSON.stringify(bundle)}); const out = []; for (const event of ${JSON.stringify(events)}) out.push(await handler(event, {})); process.stdout.write(JSON.stringify(out), () => process.exit(0));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: server.url,
        LOG_LEVEL: 'silent',
        COGNITO_USER_POOL_ID: 'us-east-1_Bundle',
        COGNITO_CLIENT_ID: 'bundleclient',
        // Nobody serves the pool's keys here: readiness says so.
        COGNITO_ENDPOINT: `http://127.0.0.1:${new URL(server.url).port}`,
      },
    });
    const [health, ready, me, login, docs] = JSON.parse(stdout) as {
      statusCode: number;
      body: string;
    }[];
    expect(health).toMatchObject({ statusCode: 200, body: '{"ok":true}' });
    expect(ready?.statusCode).toBe(503);
    expect(JSON.parse(ready?.body ?? '')).toMatchObject({
      error: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(me?.statusCode).toBe(401);
    expect(JSON.parse(login?.body ?? '')).toMatchObject({
      error: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
    expect(login?.statusCode).toBe(415);
    expect(docs?.statusCode).toBe(200);
    expect(JSON.parse(docs?.body ?? '')).toHaveProperty('paths./auth/login');
  });

  /** The PreTokenGeneration bundle's answer to a V1 event of the user, in a fresh Node process. */
  async function preTokenFromBundle(env: Record<string, string> = {}): Promise<unknown> {
    const bundle = path.join(OUT, 'pre-token-generation/index.mjs');
    const event = triggerEvent('TokenGeneration_Authentication', { sub });
    const script = `const { handler } = await import(${JSON.stringify(bundle)}); console.log(JSON.stringify(await handler(${JSON.stringify(event)}))); process.exit(0);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: server.url,
        LOG_LEVEL: 'silent',
        AWS_REGION: 'us-east-1',
        ...env,
      },
    });
    return (JSON.parse(stdout) as { response: unknown }).response;
  }

  it('serves an event from the bundle alone, in a fresh Node process', async () => {
    expect(await preTokenFromBundle()).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: { 'custom:developer_id': 'dev-b', 'usersync:claims': 'db' },
      },
    });
  });

  it('reads the configuration file beside it (LAMBDA_TASK_ROOT), as build:lambdas puts it there', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'usersync-task-'));
    const file = path.join(root, 'source.json');
    // The developer id in the access token only: a V1 event (the id token) leaves it out.
    writeFileSync(
      file,
      JSON.stringify({
        claims: {
          'custom:developer_id': { type: 'string', attribute: 'developerId', tokens: 'access' },
        },
      }),
    );
    expect(await bundleConfigFile(root, { USERSYNC_CONFIG: file })).toBe(file);
    for (const module of Object.keys(FUNCTIONS)) {
      expect(readFileSync(path.join(root, module, 'usersync.config.json'), 'utf8')).toBe(
        readFileSync(file, 'utf8'),
      );
    }
    const answer = await preTokenFromBundle({
      LAMBDA_TASK_ROOT: path.join(root, 'pre-token-generation'),
    });
    expect(answer).toEqual({
      claimsOverrideDetails: { claimsToAddOrOverride: { 'usersync:claims': 'db' } },
    });
    // A file that would stop the functions stops the build instead.
    writeFileSync(file, JSON.stringify({ claims: { sub: { type: 'string' } } }));
    await expect(bundleConfigFile(root, { USERSYNC_CONFIG: file })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });

  it('serves an SQS batch from the profile provisioner bundle alone', async () => {
    const handle = connectPostgres(server.url, { max: 1 });
    const [user] = await handle.db
      .insertInto('users')
      .values({ email: 'provision@example.com', cognito_sub: randomUUID() })
      .returning('id')
      .execute();
    await handle.close();
    const event = createEvent('user.registered', { userId: user!.id });
    const sqsEvent = { Records: [{ messageId: 'm1', body: JSON.stringify(toBusMessage(event)) }] };
    const bundle = path.join(OUT, 'profile-provisioner/index.mjs');
    const script = `const { handler } = await import(${JSON.stringify(bundle)}); console.log(JSON.stringify(await handler(${JSON.stringify(sqsEvent)}))); process.exit(0);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: server.url,
        LOG_LEVEL: 'silent',
        PROFILE_DEFAULTS: '{"plan":"free"}',
      },
    });
    expect(JSON.parse(stdout)).toEqual({ batchItemFailures: [] });
    const check = connectPostgres(server.url, { max: 1 });
    const row = await check.db
      .selectFrom('users')
      .select('profile')
      .where('id', '=', user!.id)
      .executeTakeFirst();
    await check.close();
    expect(row?.profile).toEqual({ plan: 'free' });
  });
});
