import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSONSchemaFaker } from 'json-schema-faker';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

/**
 * A fuzz test generated from the API's own OpenAPI document (`/docs/json`), so that what the
 * document promises is what the API does. For every operation, fast-check draws requests:
 * - bodies and query strings that json-schema-faker makes valid for the operation's schema
 *   (seeded from fast-check, so a failure replays);
 * - the same with one field replaced by something hostile: NUL bytes, lone surrogates,
 *   long or deeply nested values, wrong types, `null`;
 * - arbitrary JSON instead of the body, and bodies with other content types.
 * Each runs authenticated (an admin user's id or access token) through `inject()` on the
 * local stack, with cognito-local behind it. A request passes when its status is one the
 * document declares for the operation, is never a 500, and its body validates against the
 * declared schema of that status (ajv, formats included). The runs per operation are
 * bounded, and so is the time.
 */

interface Operation {
  method: string;
  path: string;
  requestSchema?: Record<string, unknown>;
  querySchema?: Record<string, unknown>;
  responses: Record<string, Record<string, unknown> | undefined>;
  secured: boolean;
}

const RUNS_PER_OPERATION = 60;
const PASSWORD = 'Corr3ct-Horse!';

/** A small seeded PRNG (mulberry32), so json-schema-faker draws replay with fast-check's seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function fake(schema: Record<string, unknown>, seed: number): unknown {
  JSONSchemaFaker.option({
    random: seeded(seed),
    alwaysFakeOptionals: false,
    fillProperties: false,
    maxItems: 3,
    maxLength: 40,
  });
  return JSONSchemaFaker.generate(schema);
}

const deep = (depth: number): unknown =>
  JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** Values no field should take quietly. */
const hostile = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '',
    ' ',
    'a'.repeat(5_000),
    null,
    -1,
    1e308,
    true,
    [],
    {},
    ['\u0000'],
    { '\u0000': 1 },
  ),
  fc.constant(null).map(() => deep(2_000)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

function operations(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    if (path.startsWith('/docs')) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const content = (
        operation['requestBody'] as
          { content?: Record<string, { schema: Record<string, unknown> }> } | undefined
      )?.content?.['application/json']?.schema;
      const parameters = (operation['parameters'] ?? []) as {
        in: string;
        name: string;
        required?: boolean;
        schema: Record<string, unknown>;
      }[];
      const query = parameters.filter((parameter) => parameter.in === 'query');
      const responses = Object.fromEntries(
        Object.entries(
          (operation['responses'] ?? {}) as Record<
            string,
            { content?: Record<string, { schema: Record<string, unknown> }> }
          >,
        ).map(([status, response]) => [status, response.content?.['application/json']?.schema]),
      );
      found.push({
        method: method.toUpperCase(),
        path,
        ...(content !== undefined && { requestSchema: content }),
        ...(query.length > 0 && {
          querySchema: {
            type: 'object',
            properties: Object.fromEntries(
              query.map((parameter) => [parameter.name, parameter.schema]),
            ),
            required: query
              .filter((parameter) => parameter.required)
              .map((parameter) => parameter.name),
          },
        }),
        responses,
        secured: operation['security'] !== undefined,
      });
    }
  }
  return found;
}

describe('API fuzzing from the OpenAPI document', () => {
  let stack: TestStack;
  let document: Parameters<typeof operations>[0];
  const tokens: string[] = [];
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);

  beforeAll(async () => {
    stack = await startTestStack();
    const email = 'fuzz-admin@example.com';
    await call(stack, 'POST', '/auth/signup', { body: { email, password: PASSWORD } });
    await call(stack, 'POST', '/auth/confirm', { body: { email, code: stack.info.code } });
    const { gateway, userPoolId } = stack.dependencies.cognito;
    await gateway.adminAddUserToGroup(userPoolId, email, 'admin');
    const login = await call(stack, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    const body = login.body as { idToken: string; accessToken: string };
    tokens.push(body.idToken, body.accessToken);
    document = (await stack.app.inject({ method: 'GET', url: '/docs/json' })).json();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('documents what the API does: the email format, and 413 and 415 wherever a body is read', () => {
    for (const operation of operations(document)) {
      if (operation.requestSchema === undefined) continue;
      expect(Object.keys(operation.responses), `${operation.method} ${operation.path}`).toEqual(
        expect.arrayContaining(['400', '413', '415']),
      );
      // A body of one shape, or of one of several (an admin action's `oneOf`).
      const shapes = (operation.requestSchema['oneOf'] as
        Record<string, unknown>[] | undefined) ?? [operation.requestSchema];
      for (const shape of shapes) {
        const properties = shape['properties'] as
          Record<string, { format?: string; type?: string }> | undefined;
        expect(properties, `${operation.method} ${operation.path}`).toBeDefined();
        const email = properties?.['email'];
        // An address (PUT /me/mfa's `email` is a switch, a boolean).
        if (email !== undefined && email.type !== 'boolean') expect(email.format).toBe('email');
      }
    }
  });

  it('finds the operations to fuzz', () => {
    const found = operations(document).map((operation) => `${operation.method} ${operation.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'POST /auth/signup',
        'PATCH /me',
        'GET /admin/users',
        'GET /me/claims',
      ]),
    );
  });

  it('answers every generated request with a declared status and a body of its declared schema', async () => {
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (const operation of operations(document)) {
      const request = fc.record({
        seed: fc.integer(),
        mode: fc.constantFrom('valid', 'hostileField', 'anyJson', 'notJson'),
        hostileValue: hostile,
        anyJson: fc.jsonValue({ maxDepth: 4 }),
        token: fc.constantFrom(...tokens),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ seed, mode, hostileValue, anyJson, token }) => {
          let payload: unknown;
          let contentType = 'application/json';
          if (operation.requestSchema !== undefined) {
            payload = fake(operation.requestSchema, seed);
            // A policy-abiding password and the stack's code now and then, so that valid
            // requests also reach Cognito and the DB, past the schema.
            if (mode === 'valid' && typeof payload === 'object' && payload !== null) {
              const valid = payload as Record<string, unknown>;
              for (const key of ['password', 'newPassword']) {
                if (key in valid) valid[key] = `${PASSWORD}${Math.abs(seed) % 1000}`;
              }
              if ('code' in valid && seed % 2 === 0) valid['code'] = stack.info.code;
            }
            if (mode === 'hostileField' && typeof payload === 'object' && payload !== null) {
              const keys = Object.keys(operation.requestSchema['properties'] ?? {});
              const key = keys[Math.abs(seed) % Math.max(keys.length, 1)] ?? 'field';
              payload = { ...payload, [key]: hostileValue };
            }
            if (mode === 'anyJson') payload = anyJson;
          }
          let url = operation.path;
          if (operation.querySchema !== undefined) {
            const query = fake(operation.querySchema, seed) as Record<string, unknown>;
            if (mode === 'hostileField') query['email'] = hostileValue;
            const search = new URLSearchParams(
              Object.entries(query).map(([key, value]): [string, string] => [
                key,
                typeof value === 'string' ? value : JSON.stringify(value),
              ]),
            );
            url = `${url}?${search.toString()}`;
          }
          let body = payload === undefined ? undefined : JSON.stringify(payload);
          if (mode === 'notJson' && operation.requestSchema !== undefined) {
            contentType = 'application/x-www-form-urlencoded';
            body = 'email=a%40b.co';
          }
          const response = await stack.app.inject({
            method: operation.method as 'GET',
            url,
            headers: {
              ...(body !== undefined && { 'content-type': contentType }),
              ...(operation.secured && { authorization: `Bearer ${token}` }),
            },
            ...(body !== undefined && { payload: body }),
          });
          const where = `${operation.method} ${url} (${mode}) ${(body ?? '').slice(0, 200)}`;
          const status = String(response.statusCode);
          const tally = `${operation.method} ${operation.path} ${status}`;
          seen.set(tally, (seen.get(tally) ?? 0) + 1);
          if (response.statusCode >= 500 && response.statusCode !== 503) {
            failures.push(`${where} → ${status} ${response.body.slice(0, 200)}`);
            return;
          }
          if (!(status in operation.responses)) {
            failures.push(`${where} → undeclared ${status} ${response.body.slice(0, 200)}`);
            return;
          }
          const schema = operation.responses[status];
          if (schema !== undefined && response.body !== '') {
            const validate = ajv.compile(schema);
            if (!validate(response.json())) {
              failures.push(
                `${where} → ${status} off its schema: ${ajv.errorsText(validate.errors)}`,
              );
            }
          }
        }),
        { numRuns: RUNS_PER_OPERATION, interruptAfterTimeLimit: 20_000 },
      );
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Every operation was exercised, and past validation: some answer succeeded.
    for (const operation of operations(document)) {
      const answered = [...seen].filter(([tally]) =>
        tally.startsWith(`${operation.method} ${operation.path} `),
      );
      expect(answered.length, `${operation.method} ${operation.path}`).toBeGreaterThan(0);
    }
    expect([...seen.keys()].filter((tally) => / 2\d\d$/.test(tally)).length).toBeGreaterThan(5);
  }, 300_000);
});
