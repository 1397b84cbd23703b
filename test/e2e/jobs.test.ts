import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import pg from 'pg';
import { runCli } from '../support/local-stack.ts';
import {
  adminCreateUser,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';

interface JobReport {
  runId: string;
  dryRun: boolean;
  counts: Record<string, number>;
  failures?: { userId: string; code: string }[];
}

describe('import-profiles and migrate-guests against cognito-local', () => {
  let stack: TestStack;
  let db: pg.Client;
  let cognito: CognitoIdentityProviderClient;

  const job = async (...args: string[]): Promise<JobReport> => {
    const result = await runCli(['--json', ...args], { PATH: process.env['PATH'], ...stack.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as JobReport;
  };
  const row = async (email: string) =>
    (
      await db.query(
        `select id, cognito_sub, status, name, profile, legacy_password_hash, email_verified
         from usersync.users where email = $1`,
        [email],
      )
    ).rows[0] as Record<string, unknown> | undefined;
  const createInPool = (email: string, attributes: Record<string, string> = {}) =>
    adminCreateUser(cognito, stack.info.userPoolId, email, attributes);
  const poolSub = async (email: string) => {
    const { gateway, userPoolId } = stack.dependencies.cognito;
    const found = await gateway.findUsersByEmail(userPoolId, email);
    expect(found).toHaveLength(1);
    return found[0]?.attributes['sub'];
  };
  const events = async (type: string) =>
    Number(
      (await db.query(`select count(*)::int as n from usersync.outbox where type = $1`, [type]))
        .rows[0]?.n,
    );

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
    cognito = emulatorClient(stack.info.cognitoEndpoint);
  });
  afterAll(async () => {
    cognito?.destroy();
    await db?.end();
    await stack?.close();
  });

  describe('import-profiles', () => {
    beforeAll(async () => {
      const sub = await createInPool('ada@example.com', {
        name: 'Ada L',
        given_name: 'Ada',
        family_name: 'Lovelace',
        locale: 'en-GB',
        picture: 'https://example.com/ada.png',
      });
      // The DB already has a given name, edited here: it must stay.
      await db.query(
        `insert into usersync.users (email, cognito_sub, profile) values ('ada@example.com', $1, $2)`,
        [sub, { givenName: 'Augusta' }],
      );
    });

    it('reports in a dry run and changes nothing', async () => {
      const report = await job('import-profiles', '--dry-run');
      expect(report.dryRun).toBe(true);
      expect(report.counts).toMatchObject({ imported: 1, fieldsImported: 4 });
      expect(await row('ada@example.com')).toMatchObject({
        name: null,
        profile: { givenName: 'Augusta' },
      });
      expect(await events('user.updated')).toBe(0);
    });

    it('fills what the DB lacks, never what it has, with an event', async () => {
      const report = await job('import-profiles');
      expect(report.counts).toMatchObject({ imported: 1, fieldsImported: 4 });
      expect(await row('ada@example.com')).toMatchObject({
        name: 'Ada L',
        profile: {
          givenName: 'Augusta',
          familyName: 'Lovelace',
          locale: 'en-GB',
          picture: 'https://example.com/ada.png',
        },
      });
      expect(await events('user.updated')).toBe(1);
    });

    it('changes nothing on a second run', async () => {
      const report = await job('import-profiles');
      expect(report.counts).toMatchObject({ imported: 0, fieldsImported: 0 });
      expect(report.counts['upToDate']).toBeGreaterThanOrEqual(1);
      expect(await events('user.updated')).toBe(1);
    });
  });

  describe('migrate-guests', () => {
    beforeAll(async () => {
      await db.query(
        `insert into usersync.users (email, status, name, claims) values ('guest@example.com', 'guest', 'Grace', '{"custom:developer_id": "dev-guest"}')`,
      );
      await db.query(
        `insert into usersync.users (email, status, legacy_password_hash) values ('legacy@example.com', 'active', '$2a$10$abcdefghijklmnopqrstuuN4FQzJ1Yf0c6t2lxg6m9L2W8e3KxQ6e')`,
      );
      // A run cut short after creating this user, before linking the row.
      await createInPool('half-done@example.com', { email_verified: 'true' });
      await db.query(
        `insert into usersync.users (email, status) values ('half-done@example.com', 'guest')`,
      );
    });

    it('reports in a dry run and creates nothing', async () => {
      const report = await job('migrate-guests', '--dry-run');
      expect(report.counts).toMatchObject({ scanned: 3, migrated: 2, leftToTrigger: 1 });
      expect(await row('guest@example.com')).toMatchObject({ cognito_sub: null, status: 'guest' });
      const { gateway, userPoolId } = stack.dependencies.cognito;
      expect(await gateway.findUsersByEmail(userPoolId, 'guest@example.com')).toEqual([]);
    });

    it('creates Cognito users for guests, links the half-done one, leaves the legacy hash to the trigger', async () => {
      const report = await job('migrate-guests');
      expect(report.counts).toMatchObject({
        scanned: 3,
        migrated: 1,
        linkedExisting: 1,
        leftToTrigger: 1,
        conflicts: 0,
        failed: 0,
      });
      const guest = await row('guest@example.com');
      expect(guest).toMatchObject({ status: 'active', email_verified: true });
      expect(guest?.['cognito_sub']).toBe(await poolSub('guest@example.com'));
      const { gateway, userPoolId } = stack.dependencies.cognito;
      const created = await gateway.findUsersByEmail(userPoolId, 'guest@example.com');
      expect(created[0]?.attributes).toMatchObject({
        email_verified: 'true',
        name: 'Grace',
        'custom:developer_id': 'dev-guest',
      });
      expect((await row('half-done@example.com'))?.['cognito_sub']).toBe(
        await poolSub('half-done@example.com'),
      );
      expect(await row('legacy@example.com')).toMatchObject({ cognito_sub: null });
      expect(await events('user.linked')).toBe(2);
    });

    it('changes nothing on a second run', async () => {
      const report = await job('migrate-guests');
      expect(report.counts).toMatchObject({ scanned: 1, migrated: 0, linkedExisting: 0 });
      expect(await events('user.linked')).toBe(2);
    });

    it('moves the legacy user too with --all, dropping the hash it can no longer use', async () => {
      const report = await job('migrate-guests', '--all');
      expect(report.counts).toMatchObject({ migrated: 1, leftToTrigger: 0 });
      const legacy = await row('legacy@example.com');
      expect(legacy).toMatchObject({ legacy_password_hash: null });
      expect(legacy?.['cognito_sub']).toBe(await poolSub('legacy@example.com'));
    });

    it('exits 2 on a bad value or an unknown flag', async () => {
      for (const args of [
        ['migrate-guests', '--rps', '0'],
        ['migrate-guests', '--resume', 'yesterday'],
        ['import-profiles', '--bogus'],
      ]) {
        const result = await runCli(args, { PATH: process.env['PATH'], ...stack.env });
        expect(result.code).toBe(2);
        expect(result.stderr).not.toBe('');
      }
    });
  });
});
