import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { configFileJsonSchema } from '../../src/config/file.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/** A configuration file of this content in a directory of its own; its path. */
function configFile(content: unknown): string {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'usersync-config-')),
    'usersync.config.json',
  );
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The CONFIG_INVALID message loading this file gives (with the extra variables). */
function refusal(content: unknown, env: Record<string, string> = {}): string {
  try {
    loadConfig({ USERSYNC_CONFIG: configFile(content), ...env });
  } catch (error) {
    expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
    return (error as Error).message;
  }
  throw new Error('loaded');
}

describe('the configuration file', () => {
  it('is optional: with none, the defaults', () => {
    expect(loadConfig({}).claims).toBe(DEFAULT_CLAIM_SET);
  });

  it('sets the schema, the store and the claims, whose attributes feed the DynamoDB store', () => {
    const config = loadConfig({
      USERSYNC_CONFIG: configFile({
        $schema: './schema/usersync.config.schema.json',
        store: 'dynamodb',
        schema: 'app_usersync',
        claims: {
          'custom:developer_id': { type: 'string', attribute: 'devId', tokens: 'access' },
          'custom:user_type': { type: 'string', attribute: 'kind', cache: 'custom:user_type' },
        },
      }),
      DYNAMODB_USERS_TABLE: 'app-users',
    });
    expect(config.userStore).toBe('dynamodb');
    expect(config.databaseSchema).toBe('app_usersync');
    expect(config.claims.map((claim) => [claim.name, claim.tokens, claim.cache])).toEqual([
      ['custom:developer_id', 'access', undefined],
      ['custom:user_type', 'both', 'custom:user_type'],
    ]);
    expect(config.dynamodb.claimAttributes).toEqual({
      developerId: 'devId',
      userType: 'kind',
      companyName: 'companyName',
    });
  });

  it.each([
    ['{ not json', 'is not JSON'],
    [{ claims: { 'custom:user_type': { type: 'object' } } }, '"claims"."custom:user_type"."type"'],
    [{ claims: { sub: { type: 'string' } } }, 'claims."sub" is a claim Cognito'],
    [{ schema: 'public' }, '"schema"'],
    [{ store: 'mysql' }, '"store"'],
    [{ tables: {} }, 'tables'],
    [{ users: { table: 'public.users' } }, '"users"."columns"'],
    [
      // A name that would end usersync's quoting and run the rest as SQL.
      {
        users: { table: 'users', columns: { key: 'id"; drop table x; --', sub: 's', email: 'e' } },
      },
      '"users"."columns"."key" must be a PostgreSQL name',
    ],
    [
      {
        users: {
          table: `users${String.fromCharCode(0)}`,
          columns: { key: 'id', sub: 's', email: 'e' },
        },
      },
      // Refused before any entry is read, by the one check for hostile text.
      'must not contain NUL characters',
    ],
    [
      { users: { table: 'users', columns: { key: 'id', sub: 'id', email: 'id' } } },
      'users.columns.email: the column "id" already holds users.columns.key',
    ],
    [
      { users: { table: 'a.b.c', columns: { key: 'id', sub: 'sub', email: 'email' } } },
      '"users"."table" must be schema.table',
    ],
    [
      {
        users: { table: 'users', columns: { key: 'id', sub: 'sub', email: 'email' } },
        claims: { plan: { type: 'string', column: 'email' } },
      },
      'claims."plan".column: the column "email" already holds users.columns.email',
    ],
  ])('refuses %j, naming the entry and the file', (content, expected) => {
    const message = refusal(content);
    expect(message).toContain('usersync.config.json');
    expect(message).toContain(expected);
  });

  it('refuses hostile bytes and depth with the one clear error', () => {
    // Written as text: serialising it here would overflow this process's own stack.
    const deep = `{"claims":{"tenant":${'{"inner":'.repeat(100_000)}{}${'}'.repeat(100_000)}}}`;
    for (const content of [
      { claims: { 'a\u0000b': { type: 'string' } } },
      { claims: { '\ud800': { type: 'string' } } },
      deep,
      { claims: { 'custom:developer_id': { type: 'string', column: 'x'.repeat(100_000) } } },
    ]) {
      expect(refusal(content)).toContain('usersync.config.json: ');
    }
  });

  it('keeps one way for what a variable can say too', () => {
    expect(refusal({ store: 'dynamodb' }, { USER_STORE: 'postgres' })).toContain('USER_STORE and');
    expect(refusal({ schema: 'a' }, { DATABASE_SCHEMA: 'b' })).toContain('DATABASE_SCHEMA and');
    expect(
      refusal(
        { claims: { 'custom:developer_id': { type: 'string' } } },
        { DYNAMODB_CLAIM_ATTRIBUTES: 'developer_id=a,user_type=b,company_name=c' },
      ),
    ).toContain('DYNAMODB_CLAIM_ATTRIBUTES and');
  });

  it('refuses a USERSYNC_CONFIG that names no file', () => {
    expect(() => loadConfig({ USERSYNC_CONFIG: '/nonexistent/usersync.config.json' })).toThrow(
      /cannot be read \(ENOENT\)/,
    );
  });

  it('ships its JSON Schema, made from the one definition, which takes the documented file', () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL('../../schema/usersync.config.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(configFileJsonSchema());
    const validate = new Ajv2020({ strict: false }).compile(configFileJsonSchema());
    // CONTRACT.md's example, claims and all.
    const example = {
      store: 'postgres',
      users: { table: 'public.users', columns: { key: 'id', sub: 'cognito_id', email: 'email' } },
      claims: {
        'custom:developer_id': {
          type: 'string',
          column: 'developer_id',
          cache: 'custom:developer_id',
        },
        tenant_id: { type: 'string', column: 'tenant_id' },
        seats: { type: 'number', column: 'seats' },
        beta: { type: 'boolean', column: 'beta' },
        groups: { type: 'string[]', column: 'groups' },
      },
    };
    expect(validate(example)).toBe(true);
    expect(validate({ claims: { x: { type: 'object' } } })).toBe(false);
  });

  it("loads docs/claims.md's example, the file docs/examples/usersync.config.json", () => {
    const example = new URL('../../docs/examples/usersync.config.json', import.meta.url);
    const page = readFileSync(new URL('../../docs/claims.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(readFileSync(example, 'utf8')));
    const config = loadConfig({ USERSYNC_CONFIG: example.pathname });
    expect(Object.fromEntries(config.claims.map((claim) => [claim.name, claim.tokens]))).toEqual({
      'custom:developer_id': 'both',
      'custom:user_type': 'both',
      'custom:company_name': 'id',
      roles: 'access',
    });
  });
});
