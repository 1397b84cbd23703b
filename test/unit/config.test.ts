import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, VARIABLES } from '../../src/config/config.ts';
import { UsersyncError } from '../../src/domain/errors.ts';

function configError(env: Record<string, string>): UsersyncError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof UsersyncError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted a bad environment');
}

describe('loadConfig', () => {
  it('takes the contract defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      databaseSchema: 'usersync',
      dataDir: path.resolve('.usersync'),
      cognito: { region: 'us-east-1', endpoint: undefined, userPoolId: undefined },
      api: { port: 3000, host: '127.0.0.1' },
      logLevel: 'info',
      local: { cognitoPort: 9229, dbPort: 5433, code: '123456' },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u@db:5432/app',
      COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
      COGNITO_CLIENT_ID: 'abc123',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
      AWS_REGION: 'eu-west-1',
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      USERSYNC_DATA_DIR: '/tmp/x',
      DATABASE_SCHEMA: 'app_usersync',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://u@db:5432/app',
      databaseSchema: 'app_usersync',
      dataDir: '/tmp/x',
      cognito: { userPoolId: 'eu-west-1_AbC123', clientId: 'abc123', region: 'eu-west-1' },
      api: { port: 8080, host: '0.0.0.0' },
      logLevel: 'debug',
    });
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a port number from 0 to 65535 (got "abc")'],
    ['PORT', '70000', 'PORT must be a port number'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error'],
    [
      'DATABASE_URL',
      'mysql://x',
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL (got "<hidden>")',
    ],
    ['AWS_REGION', 'moon', 'AWS_REGION must be an AWS region'],
    // usersync's schema is its own: never the team's public, nor PostgreSQL's.
    ['DATABASE_SCHEMA', 'public', 'DATABASE_SCHEMA must be a lower-case schema name'],
    ['DATABASE_SCHEMA', 'pg_catalog', 'DATABASE_SCHEMA must be a lower-case schema name'],
    ['DATABASE_SCHEMA', 'us"ers', 'DATABASE_SCHEMA must be a lower-case schema name'],
    ['COGNITO_ENDPOINT', 'localhost:9229', 'COGNITO_ENDPOINT must be an http:// or https:// URL'],
    [
      'WEBHOOK_SECRET',
      'not-a-standard-secret',
      'WEBHOOK_SECRET must be a Standard Webhooks secret',
    ],
    ['WEBHOOK_SECRET', 'whsec_c2hvcnQ=', 'WEBHOOK_SECRET must be a Standard Webhooks secret'],
    ['CORS_ORIGINS', 'https://app.example.com/path', 'CORS_ORIGINS must be origins'],
    ['CORS_ORIGINS', '*', 'CORS_ORIGINS must be origins'],
    ['CORS_ORIGINS', 'https://a.example\u0000.com', 'CORS_ORIGINS must be origins'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', '0', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', '10.0.0.0/33', 'TRUST_PROXY must be off, a number of proxy hops'],
    ['TRUST_PROXY', 'loadbalancer.internal', 'TRUST_PROXY must be off, a number of proxy hops'],
  ])('refuses %s=%s with one line naming it', (name, value, message) => {
    const error = configError({ [name]: value });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });

  it('reads TRUST_PROXY: none by default, a hop count, or addresses and ranges', () => {
    expect(loadConfig({}).api.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }).api.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).api.trustProxy).toBe(1);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.0/16, 2001:db8::/32,127.0.0.1' }).api.trustProxy,
    ).toEqual(['10.0.0.0/16', '2001:db8::/32', '127.0.0.1']);
  });

  it('reads the DynamoDB store: an existing table, its key and its claim attributes', () => {
    const defaults = loadConfig({ USER_STORE: 'dynamodb', DYNAMODB_USERS_TABLE: 'users' });
    expect(defaults).toMatchObject({
      userStore: 'dynamodb',
      dynamodb: {
        usersTable: 'users',
        keyAttribute: 'userId',
        claimAttributes: {
          developerId: 'developerId',
          userType: 'userType',
          companyName: 'companyName',
        },
        profileAttribute: 'profile',
      },
    });
    // The default the manual shows is the one that applies.
    const shown = VARIABLES.DYNAMODB_CLAIM_ATTRIBUTES.shownDefault;
    expect(
      loadConfig({
        USER_STORE: 'dynamodb',
        DYNAMODB_USERS_TABLE: 'users',
        DYNAMODB_CLAIM_ATTRIBUTES: shown,
      }).dynamodb.claimAttributes,
    ).toEqual(defaults.dynamodb.claimAttributes);
    const custom = loadConfig({
      USER_STORE: 'dynamodb',
      DYNAMODB_USERS_TABLE: 'app-users',
      DYNAMODB_KEY_ATTRIBUTE: 'pk',
      DYNAMODB_CLAIM_ATTRIBUTES: 'company_name=org, developer_id=devId,user_type=kind',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567',
    });
    expect(custom.dynamodb).toMatchObject({
      keyAttribute: 'pk',
      endpoint: 'http://127.0.0.1:4567',
      claimAttributes: { developerId: 'devId', userType: 'kind', companyName: 'org' },
    });
    // The store reads each claim's attribute from the claim set, which the variable feeds.
    expect(custom.claims.map((claim) => [claim.name, claim.attribute])).toEqual([
      ['custom:developer_id', 'devId'],
      ['custom:user_type', 'kind'],
      ['custom:company_name', 'org'],
      ['roles', 'roles'],
    ]);
    expect(loadConfig({}).userStore).toBe('postgres');
  });

  it('refuses a DynamoDB store without its table, and claim attributes it cannot read', () => {
    expect(configError({ USER_STORE: 'dynamodb' }).message).toContain('DYNAMODB_USERS_TABLE');
    const missing = configError({
      USER_STORE: 'dynamodb',
      DYNAMODB_USERS_TABLE: 'users',
      DYNAMODB_CLAIM_ATTRIBUTES: 'developer_id=devId',
    });
    expect(missing.message).toContain('DYNAMODB_CLAIM_ATTRIBUTES');
    expect(configError({ DYNAMODB_CLAIM_ATTRIBUTES: 'team=x' }).message).toContain(
      'DYNAMODB_CLAIM_ATTRIBUTES',
    );
    expect(configError({ USER_STORE: 'mongodb' }).message).toContain('USER_STORE');
  });
});
