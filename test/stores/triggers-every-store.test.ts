import { CreateTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { dynamoStore } from '../../src/stores/dynamodb/handle.ts';
import { createPostAuthenticationHandler } from '../../src/triggers/post-authentication.ts';
import { createPostConfirmationHandler } from '../../src/triggers/post-confirmation.ts';
import { createPreSignUpHandler } from '../../src/triggers/pre-sign-up.ts';
import { createPreTokenGenerationHandler } from '../../src/triggers/pre-token-generation.ts';
import { createUserMigrationHandler } from '../../src/triggers/user-migration.ts';
import type { TriggerDependencies } from '../../src/triggers/dependencies.ts';
import type { CognitoTriggerEvent } from '../../src/triggers/types.ts';
import { startDynalite, type LocalDynamo } from '../../support/dynalite.ts';
import { triggerEvent } from '../../support/trigger-events.ts';
import { awsEvent } from '../support/cognito-events.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { TEST_DYNAMO_NAMES, TEST_STORES, type TestStore } from '../support/stores.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/** What a trigger answered, or the error it threw (Cognito shows the message). */
async function outcome(
  handler: (event: CognitoTriggerEvent) => Promise<CognitoTriggerEvent>,
  event: CognitoTriggerEvent,
): Promise<unknown> {
  return handler(event).catch((error: unknown) => ({ threw: (error as Error).message }));
}

/**
 * Every trigger, fed the same events (AWS's published samples where there is one,
 * test/fixtures/cognito/README.md), answers the same on every store and leaves the same
 * user and events behind.
 */
describe.each(TEST_STORES)('the triggers on $name', (kind) => {
  let store: TestStore;
  let dependencies: TriggerDependencies;
  const answers = new Map<string, unknown>();
  beforeAll(async () => {
    store = await kind.open();
    dependencies = {
      store: store.handle.users,
      cacheWrites: store.handle.cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: new FakeGateway(),
      preTokenBudgetMs: 1_000,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    };
  });
  afterAll(async () => {
    await store?.close();
  });

  it('PostConfirmation makes the user once, with one user.registered, however often Cognito retries', async () => {
    const handler = createPostConfirmationHandler(dependencies);
    const event = awsEvent('post-confirmation-admin-confirm');
    expect(await handler(event)).toEqual(event);
    expect(await handler(event)).toEqual(event);
    expect(
      await store.handle.users.userBySub('4498f468-5041-70d2-97e8-6f1b1d8b6e11'),
    ).toMatchObject({
      email: 'admin.confirmed@example.com',
      emailVerified: false,
      status: 'active',
      version: 1,
    });
    const phoneOnly = awsEvent('post-confirmation-phone-only');
    expect(await handler(phoneOnly)).toEqual(phoneOnly);
    expect(
      await store.handle.users.userBySub('7418c4a8-c0a1-7024-b0b3-8a7e7c0f0d21'),
    ).toMatchObject({ email: null, phone: '+15555550123' });
    expect((await store.takeEvents()).map((event) => event.type)).toEqual([
      'user.registered',
      'user.registered',
    ]);
  });

  it('PreTokenGeneration puts the stored claims in the token', async () => {
    const sub = '0b0a57c5-f013-426a-81a1-f8ffbfba21f0';
    const { user } = await store.handle.users.linkOrCreate({
      sub,
      email: 'test@mail.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await store.handle.users.setClaims(user.id, {
      'custom:developer_id': 'dev-1',
      roles: ['editor'],
    });
    const result = await createPreTokenGenerationHandler(dependencies)(
      awsEvent('pre-token-v2-powertools'),
    );
    expect(result.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: {
          'custom:developer_id': 'dev-1',
          roles: 'editor',
          'usersync:claims': 'db',
        },
      },
    });
    answers.set('preToken', result.response);
  });

  it('PostAuthentication records the sign-in, making the user a trigger missed', async () => {
    const sub = '9d1e6b2a-0000-4000-8000-000000000001';
    const event = triggerEvent('PostAuthentication_Authentication', {
      sub,
      email: 'missed.trigger@example.com',
      email_verified: 'true',
    });
    expect(await createPostAuthenticationHandler(dependencies)(event)).toEqual(event);
    expect(await store.handle.users.userBySub(sub)).toMatchObject({
      email: 'missed.trigger@example.com',
      lastLoginAt: expect.any(Date) as Date,
    });
  });

  it('PreSignUp refuses an email a user has, and UserMigration finds no legacy user', async () => {
    const taken = triggerEvent('PreSignUp_SignUp', { email: 'MISSED.TRIGGER@example.com' });
    expect(await outcome(createPreSignUpHandler(dependencies), taken)).toEqual({
      threw: expect.stringContaining('already exists') as string,
    });
    const migration = await outcome(
      createUserMigrationHandler(dependencies),
      awsEvent('user-migration-authentication'),
    );
    expect(migration).toEqual({ threw: 'User not found' });
  });
});

/**
 * The issue's own table, as a team has it: keyed by `userId`, with `developerId`,
 * `userType` and `companyName`, and nothing else: no usersync attribute, no index.
 */
describe('a team table as it is, on dynalite', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite();
    await dynamo.client.send(
      new CreateTableCommand({
        TableName: 'team-users',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      }),
    );
  });
  afterAll(async () => {
    await dynamo?.stop();
  });

  it('drives token claims with no change to the table or the item', async () => {
    const sub = '0b0a57c5-f013-426a-81a1-f8ffbfba21f0';
    const item = {
      userId: { S: sub },
      developerId: { S: 'dev-42' },
      userType: { S: 'partner' },
      companyName: { S: 'Acme' },
    };
    await dynamo.client.send(new PutItemCommand({ TableName: 'team-users', Item: item }));
    const store = dynamoStore(
      dynamo.client,
      { ...TEST_DYNAMO_NAMES, usersTable: 'team-users' },
      DEFAULT_CLAIM_SET,
    );
    const gateway = new FakeGateway();
    const handler = createPreTokenGenerationHandler({
      store: store.users,
      cacheWrites: store.cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: gateway,
      preTokenBudgetMs: 1_000,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    });
    const result = await handler(awsEvent('pre-token-v2-powertools'));
    expect(result.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: {
          'custom:developer_id': 'dev-42',
          'custom:user_type': 'partner',
          'custom:company_name': 'Acme',
          'usersync:claims': 'db',
        },
      },
    });
    const after = await dynamo.client.send(
      new GetItemCommand({ TableName: 'team-users', Key: { userId: { S: sub } } }),
    );
    expect(after.Item).toEqual(item);
  });

  it('reads claims from attributes named otherwise, and a number as its text', async () => {
    await dynamo.client.send(
      new PutItemCommand({
        TableName: 'team-users',
        Item: { userId: { S: 'numeric-user' }, dev_id: { N: '1234' }, kind: { S: 'staff' } },
      }),
    );
    const attributes: Record<string, string> = {
      'custom:developer_id': 'dev_id',
      'custom:user_type': 'kind',
      'custom:company_name': 'org',
    };
    const store = dynamoStore(
      dynamo.client,
      { ...TEST_DYNAMO_NAMES, usersTable: 'team-users' },
      DEFAULT_CLAIM_SET.map((claim) => ({
        ...claim,
        attribute: attributes[claim.name] ?? claim.attribute,
      })),
    );
    expect(await store.users.userBySub('numeric-user')).toMatchObject({
      claims: { 'custom:developer_id': '1234', 'custom:user_type': 'staff' },
      email: null,
      status: 'active',
      profile: {},
      version: 0,
    });
  });

  it('answers an item DynamoDB refuses (over 400 KB) with DATA_REFUSED, writing nothing', async () => {
    const own = await TEST_STORES.find((kind) => kind.name === 'dynalite')!.open();
    onTestFinished(() => own.close());
    const store = own.handle;
    await store.users.linkOrCreate({
      sub: 'too-large',
      email: null,
      emailVerified: false,
      name: null,
      phone: null,
    });
    const error = await store.users
      .updateProfile(
        'too-large',
        { profileSet: { blob: 'x'.repeat(450_000) } },
        { maxProfileBytes: 1_000_000, beforeCommit: () => Promise.resolve() },
      )
      .catch((caught: unknown) => caught);
    expect(isUsersyncError(error) && error.code).toBe('DATA_REFUSED');
    expect(await store.users.userBySub('too-large')).toMatchObject({ profile: {}, version: 1 });
  });
});
