import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import {
  SECRET_REREAD_MS,
  databaseTarget,
  openConfiguredDatabase,
  rdsTls,
} from '../../src/db/configured.ts';
import { pingDatabase } from '../../src/db/connection.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';

// Secrets Manager has no emulator here: aws-sdk-client-mock stands in for it, answering
// GetSecretValue as AWS does for a secret RDS manages.

/** The password a target gives a new connection (a string, or the function pg calls). */
async function passwordOf(target: unknown): Promise<unknown> {
  const { password } = target as { password: unknown };
  return typeof password === 'function' ? await (password as () => Promise<string>)() : password;
}

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!cluster-abc-AbCdEf';
const RDS_SECRET = {
  engine: 'postgres',
  host: 'usersync.cluster-abc.us-east-1.rds.amazonaws.com',
  port: 5432,
  username: 'usersync',
  password: 'not-a-real-password',
  dbname: 'usersync',
  dbClusterIdentifier: 'usersync',
};

describe('the configured database', () => {
  const secrets = mockClient(SecretsManagerClient);
  afterEach(() => secrets.reset());

  it('connects with the RDS secret, over TLS verified against the RDS and RDS Proxy CAs', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(RDS_SECRET) });
    const config = loadConfig({ DATABASE_SECRET_ARN: ARN });
    const target = await databaseTarget(config);
    expect(await passwordOf(target)).toBe(RDS_SECRET.password);
    expect(target).toMatchObject({
      host: RDS_SECRET.host,
      port: 5432,
      user: 'usersync',
      database: 'usersync',
      ssl: { rejectUnauthorized: true },
    });
    const ca = (target as { ssl: { ca: string[] } }).ssl.ca;
    expect(ca.length).toBeGreaterThan(100);
    expect(ca.every((pem) => pem.includes('BEGIN CERTIFICATE'))).toBe(true);
    expect(secrets.commandCalls(GetSecretValueCommand)[0]?.args[0].input).toEqual({
      SecretId: ARN,
    });
  });

  it("connects to DATABASE_HOST (an RDS Proxy endpoint) with the secret's credentials", async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(RDS_SECRET) });
    const proxy = 'usersync.proxy-abc.us-east-1.rds.amazonaws.com';
    const config = loadConfig({ DATABASE_SECRET_ARN: ARN, DATABASE_HOST: proxy });
    const target = await databaseTarget(config);
    expect(target).toMatchObject({
      host: proxy,
      user: 'usersync',
      ssl: { rejectUnauthorized: true },
    });
    expect(await passwordOf(target)).toBe(RDS_SECRET.password);
  });

  it('reads a rotated password for new connections once a minute has passed', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z'), toFake: ['Date'] });
    try {
      secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(RDS_SECRET) });
      const target = await databaseTarget(loadConfig({ DATABASE_SECRET_ARN: ARN }));
      const rotated = { ...RDS_SECRET, password: 'rotated-password' };
      secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(rotated) });
      // Within the minute: the password read at start, and no call to Secrets Manager.
      expect(await passwordOf(target)).toBe(RDS_SECRET.password);
      expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
      vi.setSystemTime(Date.now() + SECRET_REREAD_MS);
      expect(await passwordOf(target)).toBe('rotated-password');
      // A read that fails keeps the password there is.
      secrets.on(GetSecretValueCommand).rejects(new Error('throttled'));
      vi.setSystemTime(Date.now() + SECRET_REREAD_MS);
      expect(await passwordOf(target)).toBe('rotated-password');
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the variable, never the password, when the secret is unreadable or incomplete', async () => {
    secrets
      .on(GetSecretValueCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: 'gone', $metadata: {} }))
      .resolvesOnce({ SecretString: JSON.stringify({ ...RDS_SECRET, host: undefined }) });
    const config = loadConfig({ DATABASE_SECRET_ARN: ARN });
    for (const expected of [/could not be read \(ResourceNotFoundException\)/, /host/]) {
      const failure = await databaseTarget(config).catch((error: unknown) => error);
      expect(isUsersyncError(failure, 'CONFIG_INVALID')).toBe(true);
      expect((failure as Error).message).toMatch(/DATABASE_SECRET_ARN/);
      expect((failure as Error).message).toMatch(expected);
      expect((failure as Error).message).not.toContain(RDS_SECRET.password);
    }
  });

  it('refuses DATABASE_URL and DATABASE_SECRET_ARN together', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://localhost/x', DATABASE_SECRET_ARN: ARN }),
    ).toThrow(/not both/);
  });

  it.runIf(process.env['TEST_DATABASE_URL'] !== undefined)(
    'with DATABASE_TLS=rds, refuses a server that does not speak TLS instead of going plain',
    async () => {
      const url = new URL(process.env['TEST_DATABASE_URL'] ?? '');
      url.searchParams.set('sslmode', 'disable');
      const plain = await openConfiguredDatabase(loadConfig({ DATABASE_URL: url.toString() }), {});
      await pingDatabase(plain.db);
      await plain.close();
      const verified = await openConfiguredDatabase(
        loadConfig({ DATABASE_URL: url.toString(), DATABASE_TLS: 'rds' }),
        { connectionTimeoutMillis: 2_000 },
      );
      await expect(pingDatabase(verified.db)).rejects.toThrow(/SSL|TLS/i);
      await verified.close();
      expect((await rdsTls()).rejectUnauthorized).toBe(true);
    },
  );
});
