import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminUpdateUserAttributesCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import pg from 'pg';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createSyncHandler } from '../../src/lambdas/sync-handler.ts';
import { runCli } from '../support/local-stack.ts';
import {
  adminCreateUser,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';
import { postgresStore } from '../../src/stores/configured.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

interface Report {
  runId: string;
  dryRun: boolean;
  counts: Record<string, number>;
  details: {
    email: string | null;
    sub?: string | null;
    status: string;
    oldSub?: string | null;
    newSub?: string;
    reason?: string;
  }[];
  listingComplete: boolean;
}

describe('usersync sync against cognito-local', () => {
  let stack: TestStack;
  let db: pg.Client;
  let cognito: CognitoIdentityProviderClient;
  const subs: Record<string, string> = {};

  const sync = async (...flags: string[]): Promise<Report> => {
    const result = await runCli(['--json', 'sync', ...flags], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Report;
  };
  const row = async (email: string) =>
    (
      await db.query(
        'select cognito_sub, email, status from usersync.users where lower(email) = lower($1)',
        [email],
      )
    ).rows[0];

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
    cognito = emulatorClient(stack.info.cognitoEndpoint);
    for (const email of ['stale@example.com', 'admin-made@example.com', 'renamed@example.com']) {
      subs[email] = await adminCreateUser(cognito, stack.info.userPoolId, email, {
        email_verified: 'true',
      });
    }
    // A database copied from production: the right email, another sub.
    await db.query(
      `insert into usersync.users (email, cognito_sub) values ('stale@example.com', 'prod-sub-1')`,
    );
    // A user deleted from the pool.
    await db.query(
      `insert into usersync.users (email, cognito_sub) values ('gone@example.com', 'deleted-sub')`,
    );
    // A user whose email later changes in Cognito.
    await db.query(
      `insert into usersync.users (email, cognito_sub) values ('renamed@example.com', $1)`,
      [subs['renamed@example.com']],
    );
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'renamed@example.com',
        UserAttributes: [{ Name: 'email', Value: 'new-name@example.com' }],
      }),
    );
    // A sign-up never confirmed (status UNCONFIRMED): it never passed PostConfirmation.
    await cognito.send(
      new SignUpCommand({
        ClientId: stack.info.clientId,
        Username: 'unconfirmed@example.com',
        Password: 'Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: 'unconfirmed@example.com' }],
      }),
    );
  });
  afterAll(async () => {
    cognito?.destroy();
    await db?.end();
    await stack?.close();
  });

  it('reports in a dry run and changes nothing', async () => {
    const report = await sync('--dry-run', '--create-missing', '--mark-deleted', '--segments', '1');
    expect(report.dryRun).toBe(true);
    expect(report.counts).toMatchObject({ linked: 1, created: 1, updated: 1, markedDeleted: 1 });
    expect(report.details).toContainEqual({
      email: 'stale@example.com',
      sub: subs['stale@example.com'],
      status: 'linked',
      oldSub: 'prod-sub-1',
      newSub: subs['stale@example.com'],
    });
    // Every update says what it would change, field by field.
    expect(report.details).toContainEqual({
      email: 'new-name@example.com',
      sub: subs['renamed@example.com'],
      status: 'updated',
      changes: {
        email: { from: 'renamed@example.com', to: 'new-name@example.com' },
      },
    });
    expect(report.details).toContainEqual({
      email: 'gone@example.com',
      sub: 'deleted-sub',
      status: 'markedDeleted',
      changes: { status: { from: 'active', to: 'deleted' } },
    });
    expect(await row('stale@example.com')).toMatchObject({ cognito_sub: 'prod-sub-1' });
    expect(await row('admin-made@example.com')).toBeUndefined();
    expect(await row('renamed@example.com')).toMatchObject({ email: 'renamed@example.com' });
  });

  it('prints a dry run as text with each change, emails masked', async () => {
    const result = await runCli(['sync', '--dry-run', '--mark-deleted', '--segments', '1'], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /updated +n\*\*\*@example\.com {2}email: r\*\*\*@example\.com → n\*\*\*@example\.com$/m,
    );
    expect(result.stdout).toMatch(
      /markedDeleted +g\*\*\*@example\.com {2}status: "active" → "deleted"/,
    );
    expect(result.stdout).toMatch(
      /linked +s\*\*\*@example\.com {2}sub: "prod-sub-1" → "[0-9a-f-]{36}"/,
    );
    expect(result.stdout).not.toMatch(/renamed@|new-name@|gone@|stale@/);
  });

  it('marks deleted with the default 16 segments: hex-prefix segments that all ended are complete', async () => {
    const report = await sync('--dry-run', '--mark-deleted');
    expect(report.listingComplete).toBe(true);
    expect(report.counts['markedDeleted']).toBe(1);
    expect(report.details).toContainEqual(
      expect.objectContaining({
        email: 'gone@example.com',
        sub: 'deleted-sub',
        status: 'markedDeleted',
      }),
    );
  });

  it('links the stale sub, creates the admin-made user, follows the email change, marks the gone user deleted', async () => {
    const report = await sync('--create-missing', '--mark-deleted', '--segments', '1');
    expect(report.counts).toMatchObject({
      linked: 1,
      created: 1,
      updated: 1,
      markedDeleted: 1,
      skippedUnconfirmed: 1,
      conflicts: 0,
    });
    expect(await row('unconfirmed@example.com')).toBeUndefined();
    expect(report.details).toContainEqual(
      expect.objectContaining({ email: 'unconfirmed@example.com', status: 'skippedUnconfirmed' }),
    );
    expect(await row('stale@example.com')).toMatchObject({
      cognito_sub: subs['stale@example.com'],
    });
    expect(await row('admin-made@example.com')).toMatchObject({
      cognito_sub: subs['admin-made@example.com'],
      status: 'active',
    });
    expect(await row('new-name@example.com')).toMatchObject({
      cognito_sub: subs['renamed@example.com'],
    });
    // Deleted, and its email released: found by the hash it keeps, holding no address.
    expect(await row('gone@example.com')).toBeUndefined();
    const gone = await db.query(
      'select email, status from usersync.users where email_hash = usersync.usersync_email_hash($1)',
      ['gone@example.com'],
    );
    expect(gone.rows).toEqual([{ email: null, status: 'deleted' }]);
    const events = await db.query(
      `select type from usersync.outbox where type in ('user.linked', 'user.deleted', 'user.registered')`,
    );
    expect(events.rows.map((event: { type: string }) => event.type).sort()).toEqual(
      expect.arrayContaining(['user.deleted', 'user.linked', 'user.registered']),
    );
    const runs = await db.query(
      `select status, dry_run from usersync.sync_runs order by started_at`,
    );
    expect(runs.rows.at(-1)).toEqual({ status: 'completed', dry_run: false });
  });

  it('changes nothing on a second run', async () => {
    const report = await sync('--create-missing', '--mark-deleted', '--segments', '1');
    expect(report.counts).toMatchObject({ linked: 0, created: 0, updated: 0, markedDeleted: 0 });
  });

  it('runs as a Lambda handler on {"sync_cognito": true}, refusing any other event', async () => {
    const handler = createSyncHandler(() => ({
      store: postgresStore(stack.database),
      cognito: stack.dependencies.cognito,
      logger: createLogger({ level: 'silent' }),
      claims: DEFAULT_CLAIM_SET,
    }));
    const report = await handler({ sync_cognito: true, dryRun: true, segments: 1 });
    if (!('counts' in report)) throw new Error('the sync stopped early');
    expect(report.dryRun).toBe(true);
    expect(report.listingComplete).toBe(true);
    expect(report.counts).toMatchObject({ linked: 0, created: 0, updated: 0, conflicts: 0 });
    expect(report.counts.matched).toBeGreaterThanOrEqual(3);
    for (const event of [{}, { sync_cognito: false }, { sync_cognito: true, dryRun: 'yes' }]) {
      const failure = await handler(event).catch((error: unknown) => error);
      expect(isUsersyncError(failure, 'VALIDATION_FAILED')).toBe(true);
    }
  });

  it('exits 2 on a bad value or an unknown flag, writing nothing', async () => {
    for (const flags of [
      ['--segments', '4'],
      ['--rps', 'fast'],
      ['--bogus'],
      ['--resume', 'last-tuesday'],
    ]) {
      const result = await runCli(['sync', ...flags], { PATH: process.env['PATH'], ...stack.env });
      expect(result.code).toBe(2);
      expect(result.stderr).not.toBe('');
    }
  });

  it('backfills DB claims into Cognito attributes: dry run, real run, then nothing left', async () => {
    await db.query(
      `update usersync.users set claims = '{"custom:developer_id": "dev-backfill", "custom:user_type": "pro"}' where email = 'admin-made@example.com'`,
    );
    const run = async (...flags: string[]) => {
      const result = await runCli(['--json', 'backfill-claims', ...flags], {
        PATH: process.env['PATH'],
        ...stack.env,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as { counts: Record<string, number> };
    };
    const cached = async () => {
      const { gateway, userPoolId } = stack.dependencies.cognito;
      return (await gateway.adminGetUser(userPoolId, 'admin-made@example.com')).attributes[
        'custom:developer_id'
      ];
    };
    expect((await run('--dry-run')).counts).toMatchObject({ updated: 1 });
    expect(await cached()).toBeUndefined();
    expect((await run()).counts).toMatchObject({ updated: 1, failed: 0 });
    expect(await cached()).toBe('dev-backfill');
    expect((await run()).counts).toMatchObject({ updated: 0 });
  });
});
