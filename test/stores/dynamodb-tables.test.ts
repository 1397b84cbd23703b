import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import {
  EMAIL_INDEX,
  LOG_INDEX,
  PENDING_INDEX,
  STAGED_INDEX,
  ensureTables,
  limitsTableName,
  outboxTableName,
} from '../../src/stores/dynamodb/tables.ts';
import { startDynalite, type LocalDynamo } from '../../support/dynalite.ts';
import { runCli } from '../support/local-stack.ts';

describe('DynamoDB tables (usersync db migrate) on dynalite', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(async () => {
    await dynamo?.stop();
  });

  const table = async (name: string) =>
    (await dynamo.client.send(new DescribeTableCommand({ TableName: name }))).Table;

  it('creates the users and outbox tables with their indexes, then finds nothing to do', async () => {
    const config = { usersTable: 'fresh-users', keyAttribute: 'userId' };
    expect(await ensureTables(dynamo.client, config)).toEqual({
      created: ['fresh-users', outboxTableName('fresh-users'), limitsTableName('fresh-users')],
      indexesAdded: [],
      untouched: [],
    });
    expect((await table('fresh-users'))?.KeySchema).toEqual([
      { AttributeName: 'userId', KeyType: 'HASH' },
    ]);
    expect((await table('fresh-users'))?.GlobalSecondaryIndexes?.[0]?.IndexName).toBe(EMAIL_INDEX);
    expect(
      (await table(outboxTableName('fresh-users')))?.GlobalSecondaryIndexes?.[0]?.IndexName,
    ).toBe(PENDING_INDEX);
    expect((await table(limitsTableName('fresh-users')))?.KeySchema).toEqual([
      { AttributeName: 'key', KeyType: 'HASH' },
    ]);
    expect(await ensureTables(dynamo.client, config)).toEqual({
      created: [],
      indexesAdded: [],
      untouched: ['fresh-users', outboxTableName('fresh-users'), limitsTableName('fresh-users')],
    });
  });

  it("adds only the email index to a team's existing (provisioned) table, keeping its items", async () => {
    // dynalite takes the request but adds no index to an existing table (DynamoDB does):
    // the request itself is checked over a mock below.
    await dynamo.client.send(
      new CreateTableCommand({
        TableName: 'team-users',
        ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 },
        KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      }),
    );
    const item = { userId: { S: 'sub-1' }, developerId: { S: 'dev-1' }, userType: { S: 'pro' } };
    await dynamo.client.send(new PutItemCommand({ TableName: 'team-users', Item: item }));
    const report = await ensureTables(dynamo.client, {
      usersTable: 'team-users',
      keyAttribute: 'userId',
    });
    expect(report).toEqual({
      created: [outboxTableName('team-users'), limitsTableName('team-users')],
      indexesAdded: [`team-users/${EMAIL_INDEX}`],
      untouched: [],
    });
    const kept = await dynamo.client.send(
      new GetItemCommand({ TableName: 'team-users', Key: { userId: { S: 'sub-1' } } }),
    );
    expect(kept.Item).toEqual(item);
  });

  it('refuses a table keyed by another attribute, naming the variable', async () => {
    await dynamo.client.send(
      new CreateTableCommand({
        TableName: 'other-key',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      }),
    );
    const failure = await ensureTables(dynamo.client, {
      usersTable: 'other-key',
      keyAttribute: 'userId',
    }).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'CONFIG_INVALID')).toBe(true);
    expect((failure as Error).message).toContain('DYNAMODB_KEY_ATTRIBUTE');
  });

  it('asks DynamoDB for the index with the capacity the table has, or none on demand', async () => {
    // UpdateTable's index creation is behaviour dynalite lacks: aws-sdk-client-mock stands in.
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const existing = (billing: 'PAY_PER_REQUEST' | 'PROVISIONED') => ({
      Table: {
        TableName: 'users',
        KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' as const }],
        BillingModeSummary: { BillingMode: billing },
        ProvisionedThroughput: { ReadCapacityUnits: 9, WriteCapacityUnits: 4 },
      },
    });
    for (const billing of ['PAY_PER_REQUEST', 'PROVISIONED'] as const) {
      mock.reset();
      mock
        .on(DescribeTableCommand, { TableName: 'users' })
        .resolves(existing(billing))
        .on(DescribeTableCommand, { TableName: outboxTableName('users') })
        .resolves({ Table: { TableName: outboxTableName('users') } })
        .on(DescribeTableCommand, { TableName: limitsTableName('users') })
        .resolves({ Table: { TableName: limitsTableName('users') } });
      mock.on(UpdateTableCommand).resolves({});
      await ensureTables(client, { usersTable: 'users', keyAttribute: 'userId' });
      const [update] = mock.commandCalls(UpdateTableCommand);
      const create = update?.args[0].input.GlobalSecondaryIndexUpdates?.[0]?.Create;
      expect(create?.IndexName).toBe(EMAIL_INDEX);
      if (billing === 'PAY_PER_REQUEST') expect(create).not.toHaveProperty('ProvisionedThroughput');
      else
        expect(create?.ProvisionedThroughput).toEqual({
          ReadCapacityUnits: 9,
          WriteCapacityUnits: 4,
        });
    }
    mock.restore();
  });

  it("adds an earlier outbox table's missing indexes one UpdateTable each, after any being built", async () => {
    // UpdateTable's index creation is behaviour dynalite lacks: aws-sdk-client-mock stands in.
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const outbox = outboxTableName('users');
    const pending = { IndexName: PENDING_INDEX, IndexStatus: 'ACTIVE' as const };
    mock
      .on(DescribeTableCommand, { TableName: 'users' })
      .resolves({
        Table: {
          TableName: 'users',
          KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          GlobalSecondaryIndexes: [{ IndexName: EMAIL_INDEX }],
        },
      })
      .on(DescribeTableCommand, { TableName: outbox })
      .resolves({ Table: { TableName: outbox, GlobalSecondaryIndexes: [pending] } })
      .on(DescribeTableCommand, { TableName: limitsTableName('users') })
      .resolves({ Table: { TableName: limitsTableName('users') } });
    mock.on(UpdateTableCommand).resolves({});
    const report = await ensureTables(client, { usersTable: 'users', keyAttribute: 'userId' });
    expect(report.indexesAdded).toEqual([`${outbox}/${STAGED_INDEX}`, `${outbox}/${LOG_INDEX}`]);
    const updates = mock.commandCalls(UpdateTableCommand).map((call) => call.args[0].input);
    expect(updates.map((update) => update.GlobalSecondaryIndexUpdates?.length)).toEqual([1, 1]);
    expect(
      updates.map((update) => update.GlobalSecondaryIndexUpdates?.[0]?.Create?.KeySchema),
    ).toEqual([
      [
        { AttributeName: 'stagedRun', KeyType: 'HASH' },
        { AttributeName: 'stagedSub', KeyType: 'RANGE' },
      ],
      [
        { AttributeName: 'log', KeyType: 'HASH' },
        { AttributeName: 'logAt', KeyType: 'RANGE' },
      ],
    ]);
    mock.restore();
  });

  it('is what usersync db migrate runs on the DynamoDB store', async () => {
    const env = {
      PATH: process.env['PATH'],
      USER_STORE: 'dynamodb',
      DYNAMODB_USERS_TABLE: 'cli-users',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      LOG_LEVEL: 'silent',
    };
    const first = await runCli(['--json', 'db', 'migrate'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      store: 'dynamodb',
      created: ['cli-users', outboxTableName('cli-users'), limitsTableName('cli-users')],
      indexesAdded: [],
      untouched: [],
    });
    const again = await runCli(['--json', 'db', 'migrate'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({
      untouched: ['cli-users', outboxTableName('cli-users'), limitsTableName('cli-users')],
    });
  });
});
