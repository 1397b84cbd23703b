import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoGateway } from '../../src/cognito/gateway.ts';
import { applyChange, changeTarget, type ChangeTarget } from '../../src/events/cognito-changes.ts';
import { postgresStore } from '../../src/stores/configured.ts';
import { localSqsClient } from '../../src/local/local-sqs.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { runCli } from '../support/local-stack.ts';
import {
  adminCreateUser,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

// Changes made in Cognito (cognito-local holds the user's real state), then the CloudTrail
// event that records each, fed to the change feed: the row follows, once per event.

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/aws/cloudtrail-admin-disable-user.json',
);
const sample = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  detail: Record<string, unknown>;
};

describe('the change feed against cognito-local', () => {
  let stack: TestStack;
  let cognito: CognitoIdentityProviderClient;
  let db: pg.Client;
  let deps: ChangeTarget;

  /** The CloudTrail event of `eventName` on `sub` in this stack's pool. */
  const cloudTrail = (eventName: string, sub: string, extra: Record<string, unknown> = {}) => ({
    ...sample,
    detail: {
      ...sample.detail,
      eventName,
      eventID: randomUUID(),
      requestParameters: {
        userPoolId: stack.info.userPoolId,
        username: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      },
      additionalEventData: { sub },
      ...extra,
    },
  });
  const row = async (sub: string) =>
    (await db.query('select status, name from usersync.users where cognito_sub = $1', [sub]))
      .rows[0] as { status: string; name: string | null } | undefined;
  const events = async (sub: string) =>
    (
      await db.query(
        `select type, payload->'data'->'changes' as changes from usersync.outbox
         where payload->'data'->>'sub' = $1 order by created_at`,
        [sub],
      )
    ).rows as { type: string; changes: Record<string, unknown> | null }[];

  beforeAll(async () => {
    stack = await startTestStack();
    cognito = emulatorClient(stack.info.cognitoEndpoint);
    db = new pg.Client({ connectionString: stack.info.databaseUrl });
    await db.connect();
    const store = postgresStore(stack.database);
    deps = changeTarget(
      {
        store,
        cognito: { gateway: createCognitoGateway(cognito), userPoolId: stack.info.userPoolId },
        logger: createLogger({ level: 'silent' }),
        claims: DEFAULT_CLAIM_SET,
      },
      store.ledger,
    );
  }, 90_000);
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('follows a user through creation, disabling, re-enabling, an edit and deletion, once per event', async () => {
    const email = 'feed@example.com';
    const sub = await adminCreateUser(cognito, stack.info.userPoolId, email, {
      email_verified: 'true',
    });
    // AdminCreateUser fires no PostConfirmation: the feed makes the row.
    expect(await applyChange(deps, cloudTrail('AdminCreateUser', sub))).toMatchObject({
      outcome: 'synced',
    });
    expect(await row(sub)).toMatchObject({ status: 'active' });

    const pool = { UserPoolId: stack.info.userPoolId, Username: email };
    await cognito.send(new AdminDisableUserCommand(pool));
    const disable = cloudTrail('AdminDisableUser', sub);
    expect(await applyChange(deps, disable)).toMatchObject({ outcome: 'synced' });
    expect(await row(sub)).toMatchObject({ status: 'disabled' });
    // The same event again, as SQS may deliver it: nothing more happens.
    expect(await applyChange(deps, disable)).toMatchObject({ outcome: 'duplicate' });

    await cognito.send(new AdminEnableUserCommand(pool));
    await applyChange(deps, cloudTrail('AdminEnableUser', sub));
    expect(await row(sub)).toMatchObject({ status: 'active' });

    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        ...pool,
        UserAttributes: [{ Name: 'name', Value: 'Fed Through' }],
      }),
    );
    await applyChange(deps, cloudTrail('AdminUpdateUserAttributes', sub));
    expect(await row(sub)).toMatchObject({ name: 'Fed Through' });

    await cognito.send(new AdminDeleteUserCommand(pool));
    // Through the CLI this time, the way CloudTrail's history is replayed by hand, twice.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-changes-'));
    const file = path.join(dir, 'events.json');
    const deletion = cloudTrail('AdminDeleteUser', sub);
    await writeFile(file, JSON.stringify([deletion, deletion]));
    const applied = await runCli(['--json', 'changes', 'apply', file], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    await rm(dir, { recursive: true, force: true });
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({
      counts: { events: 2, synced: 1, duplicate: 1, failed: 0 },
    });
    expect(await row(sub)).toMatchObject({ status: 'deleted' });

    expect((await events(sub)).map((event) => [event.type, event.changes])).toEqual([
      ['user.registered', null],
      ['user.disabled', { fields: ['status'] }],
      ['user.enabled', { fields: ['status'] }],
      ['user.updated', { fields: ['name'] }],
      ['user.deleted', null],
    ]);
  });

  it('syncs one user by sub from the command line, and a second run finds nothing to do', async () => {
    const email = 'by-sub@example.com';
    const sub = await adminCreateUser(cognito, stack.info.userPoolId, email, {
      email_verified: 'true',
      name: 'By Sub',
    });
    const env = { PATH: process.env['PATH'], ...stack.env };
    const first = await runCli(['--json', 'sync', '--sub', sub], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      sub,
      inCognito: true,
      counts: { created: 1 },
    });
    expect(await row(sub)).toMatchObject({ status: 'active', name: 'By Sub' });
    const again = await runCli(['--json', 'sync', '--email', email.toUpperCase()], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ sub, counts: { matched: 1, created: 0 } });
  });

  it("takes CloudTrail events from the local stack's change-feed queue, as the Lambda function does", async () => {
    const email = 'queued@example.com';
    const sub = await adminCreateUser(cognito, stack.info.userPoolId, email, {
      email_verified: 'true',
    });
    const queueUrl = stack.info.queues['cognitoChanges']?.queueUrl ?? '';
    const sqs = localSqsClient(stack.info.sqsEndpoint);
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify(cloudTrail('AdminConfirmSignUp', sub)),
      }),
    );
    sqs.destroy();
    let found: Awaited<ReturnType<typeof row>>;
    for (let attempt = 0; attempt < 100 && found === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      found = await row(sub);
    }
    expect(found).toMatchObject({ status: 'active' });
  });

  it('ignores failed calls, other pools, and calls that change no user', async () => {
    const sub = randomUUID();
    const outcomes = await Promise.all([
      applyChange(deps, cloudTrail('AdminDeleteUser', sub, { errorCode: 'UserNotFoundException' })),
      applyChange(deps, {
        ...cloudTrail('AdminDeleteUser', sub),
        detail: {
          ...cloudTrail('AdminDeleteUser', sub).detail,
          requestParameters: { userPoolId: 'us-east-1_Other', username: 'HIDDEN' },
        },
      }),
      applyChange(deps, cloudTrail('InitiateAuth', sub)),
      applyChange(deps, { hello: 'world' }),
    ]);
    expect(outcomes.map((outcome) => [outcome.outcome, outcome.reason])).toEqual([
      ['ignored', 'the call failed (UserNotFoundException)'],
      ['ignored', 'another pool'],
      ['ignored', 'not a user change'],
      ['ignored', 'not a CloudTrail event'],
    ]);
  });
});
