import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertOneEnvironment, serviceTargets } from '../../src/cli/environment.ts';
import { loadConfig } from '../../src/config/config.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { runCli } from '../support/local-stack.ts';

/**
 * One command talks to one environment. The tester's case: `USER_STORE=dynamodb`, the
 * local Cognito emulator named, and no DynamoDB endpoint or running stack: the command
 * would have written AWS's DynamoDB with whatever credentials the shell had.
 */
describe('a command that would reach local emulators and AWS together', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-oneenv-'));
    env = {
      PATH: process.env['PATH'],
      HOME: dataDir,
      USERSYNC_DATA_DIR: dataDir,
      USER_STORE: 'dynamodb',
      DYNAMODB_USERS_TABLE: 'usersync-users',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
      COGNITO_USER_POOL_ID: 'local_pool',
      AWS_REGION: 'us-east-1',
      // No credentials anywhere: no profile file, no instance metadata to wait for.
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: path.join(dataDir, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dataDir, 'none'),
    };
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is refused before it reaches either, naming both and the way out', async () => {
    const result = await runCli(['db', 'migrate'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[CONFIG_INVALID]');
    expect(result.stderr).toContain('local Cognito (COGNITO_ENDPOINT)');
    expect(result.stderr).toContain('AWS DynamoDB (USER_STORE=dynamodb without DYNAMODB_ENDPOINT');
    expect(result.stderr).toContain('--allow-mixed-environments');
    expect(result.stdout).toBe('');
    // Nothing was made in the data directory either.
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('with --allow-mixed-environments, and no credentials, gets the documented error, not the SDK message', async () => {
    const result = await runCli(['--allow-mixed-environments', 'db', 'migrate'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'usersync: No AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where a role provides them. [CONFIG_INVALID]',
    );
    expect(result.stderr).not.toContain('Could not load credentials');
  });

  it('is allowed when every service is on one side', () => {
    const config = (overrides: Record<string, string>) =>
      loadConfig({ USERSYNC_DATA_DIR: dataDir, AWS_REGION: 'us-east-1', ...overrides });
    const check = (overrides: Record<string, string>) => () =>
      assertOneEnvironment(serviceTargets(config(overrides), undefined), false);
    // All local: the emulators on loopback, the embedded database.
    expect(
      check({ COGNITO_ENDPOINT: 'http://127.0.0.1:9229', COGNITO_USER_POOL_ID: 'us-east-1_Pool' }),
    ).not.toThrow();
    // All AWS: the pool and the table, with no endpoint.
    expect(
      check({
        COGNITO_USER_POOL_ID: 'us-east-1_Pool',
        USER_STORE: 'dynamodb',
        DYNAMODB_USERS_TABLE: 'app-users',
      }),
    ).not.toThrow();
    // A PostgreSQL server by URL is neither: it goes with either side.
    expect(
      check({
        COGNITO_USER_POOL_ID: 'us-east-1_Pool',
        DATABASE_URL: 'postgres://127.0.0.1:5432/app',
      }),
    ).not.toThrow();
    // Nor is the embedded database.
    expect(check({ COGNITO_USER_POOL_ID: 'us-east-1_Pool' })).not.toThrow();
    // The emulator's pool with the RDS secret, and a lookalike of loopback, are mixed.
    const mixedConfigs: Record<string, string>[] = [
      {
        COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
        COGNITO_USER_POOL_ID: 'us-east-1_Pool',
        DATABASE_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
      },
      {
        COGNITO_ENDPOINT: 'http://127.evil.example:9229',
        COGNITO_USER_POOL_ID: 'us-east-1_Pool',
        USER_STORE: 'dynamodb',
        DYNAMODB_USERS_TABLE: 'app-users',
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      },
    ];
    for (const mixed of mixedConfigs) {
      let error: unknown;
      try {
        check(mixed)();
      } catch (caught) {
        error = caught;
      }
      expect(isUsersyncError(error) && error.code).toBe('CONFIG_INVALID');
    }
  });
});
