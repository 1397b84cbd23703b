import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  InvalidParameterException,
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AddPermissionCommand,
  LambdaClient,
  ListTagsCommand,
  RemovePermissionCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTriggerFunctions } from '../../../src/aws/lambda-functions.ts';
import { createCognitoGateway } from '../../../src/cognito/gateway.ts';
import { UPDATABLE_POOL_SETTINGS } from '../../../src/cognito/pool-settings.ts';
import { isUsersyncError } from '../../../src/domain/errors.ts';
import {
  attachTriggers,
  detachTriggers,
  triggerStatus,
} from '../../../src/services/triggers/attach.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// UpdateUserPool resets every setting it is not given, and no emulator here models the
// whole of it (cognito-local resets only some: see the emulator test beside this one), nor
// Lambda's tags and resource policies: aws-sdk-client-mock stands in for both, holding a
// pool from DescribeUserPool's published example with non-default settings everywhere.

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/aws/describe-user-pool.json');
const POOL_ID = 'us-west-2_aaaaaaaaa';
const fn = (name: string) => `arn:aws:lambda:us-west-2:123456789012:function:${name}`;
const USERSYNC = {
  'pre-sign-up': fn('usersync-pre-sign-up'),
  'post-confirmation': fn('usersync-post-confirmation'),
  'pre-token-generation': fn('usersync-pre-token-generation'),
  'post-authentication': fn('usersync-post-authentication'),
  'user-migration': fn('usersync-user-migration'),
};
/** The settings DescribeUserPool reports that UpdateUserPool cannot change. */
const FIXED = [
  'Id',
  'Arn',
  'Status',
  'CreationDate',
  'SchemaAttributes',
  'UsernameAttributes',
  'AliasAttributes',
  'UsernameConfiguration',
  'Domain',
  'EstimatedNumberOfUsers',
] as const;

function loadPool(): UserPoolType {
  const { UserPool } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { UserPool: UserPoolType };
  return {
    ...UserPool,
    CreationDate: new Date(Number(UserPool.CreationDate) * 1000),
    LastModifiedDate: new Date(Number(UserPool.LastModifiedDate) * 1000),
  };
}

describe('usersync triggers attach, detach and status on a pool managed elsewhere', () => {
  const cognito = mockClient(CognitoIdentityProviderClient);
  const lambda = mockClient(LambdaClient);
  let pool: UserPoolType;
  let updates: UpdateUserPoolCommandInput[];
  const tags = new Map<string, Record<string, string>>();
  const deps = () => ({
    cognito: createCognitoGateway(new CognitoIdentityProviderClient({ region: 'us-west-2' })),
    functions: createTriggerFunctions(new LambdaClient({ region: 'us-west-2' })),
    claims: DEFAULT_CLAIM_SET,
  });

  beforeEach(() => {
    pool = loadPool();
    updates = [];
    tags.clear();
    for (const arn of Object.values(USERSYNC)) tags.set(arn, {});
    tags.set(fn('their-pre-sign-up'), { team: 'identity' });
    // DescribeUserPool answers the pool as it is now.
    cognito.on(DescribeUserPoolCommand).callsFake(() => ({ UserPool: structuredClone(pool) }));
    // One app client, whose write attributes leave the claims out: no warning.
    cognito.on(ListUserPoolClientsCommand).resolves({
      UserPoolClients: [{ ClientId: 'app123', ClientName: 'web', UserPoolId: pool.Id }],
    });
    cognito.on(DescribeUserPoolClientCommand).resolves({
      UserPoolClient: { ClientId: 'app123', ClientName: 'web', WriteAttributes: ['email', 'name'] },
    });
    // UpdateUserPool as AWS runs it: what is not given is reset; a temporary-password
    // validity given twice is refused.
    cognito.on(UpdateUserPoolCommand).callsFake((input: UpdateUserPoolCommandInput) => {
      if (
        input.AdminCreateUserConfig?.UnusedAccountValidityDays !== undefined &&
        input.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays !== undefined
      ) {
        throw new InvalidParameterException({
          message:
            'Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays',
          $metadata: {},
        });
      }
      updates.push(input);
      const next: UserPoolType = { Name: input.PoolName ?? pool.Name };
      for (const name of FIXED) (next as Record<string, unknown>)[name] = pool[name];
      for (const name of UPDATABLE_POOL_SETTINGS) {
        if (input[name] !== undefined) (next as Record<string, unknown>)[name] = input[name];
      }
      // DescribeUserPool keeps reporting the deprecated setting beside the policy's.
      const days = next.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays;
      if (days !== undefined && next.AdminCreateUserConfig !== undefined) {
        next.AdminCreateUserConfig = {
          ...next.AdminCreateUserConfig,
          UnusedAccountValidityDays: days,
        };
      }
      next.LastModifiedDate = new Date();
      pool = next;
      return {};
    });
    lambda.on(ListTagsCommand).callsFake(({ Resource }: { Resource: string }) => {
      const found = tags.get(Resource);
      if (found === undefined)
        throw new ResourceNotFoundException({ message: 'gone', $metadata: {} });
      return { Tags: { ...found } };
    });
    lambda
      .on(TagResourceCommand)
      .callsFake(({ Resource, Tags }: { Resource: string; Tags: Record<string, string> }) => {
        tags.set(Resource, { ...tags.get(Resource), ...Tags });
        return {};
      });
    lambda
      .on(UntagResourceCommand)
      .callsFake(({ Resource, TagKeys }: { Resource: string; TagKeys: string[] }) => {
        const kept = Object.entries(tags.get(Resource) ?? {}).filter(
          ([key]) => !TagKeys.includes(key),
        );
        tags.set(Resource, Object.fromEntries(kept));
        return {};
      });
    lambda.on(AddPermissionCommand).resolves({});
    lambda.on(RemovePermissionCommand).resolves({});
  });
  afterEach(() => {
    cognito.reset();
    lambda.reset();
  });

  /** Every setting but the Lambda configuration and the modification time. */
  const settings = (of: UserPoolType) => {
    const { LambdaConfig: _lambda, LastModifiedDate: _modified, ...rest } = of;
    return rest;
  };

  it("refuses to replace another team's function without --force, and writes nothing", async () => {
    const failure = await attachTriggers(deps(), {
      poolId: POOL_ID,
      functions: USERSYNC,
      force: false,
      dryRun: false,
    }).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'CONFLICT')).toBe(true);
    expect((failure as Error).message).toContain(fn('their-pre-sign-up'));
    expect(updates).toEqual([]);
    expect(lambda.commandCalls(AddPermissionCommand)).toEqual([]);
    expect(lambda.commandCalls(TagResourceCommand)).toEqual([]);
  });

  it('attaches changing only the trigger slots, then detaches back to the pool as it was', async () => {
    const original = loadPool();
    const attached = await attachTriggers(deps(), {
      poolId: POOL_ID,
      functions: USERSYNC,
      force: true,
      dryRun: false,
    });
    expect(attached.changes.map((change) => [change.slot, change.before, change.after])).toEqual([
      ['PreSignUp', fn('their-pre-sign-up'), USERSYNC['pre-sign-up']],
      ['PostConfirmation', null, USERSYNC['post-confirmation']],
      ['PreTokenGeneration', null, USERSYNC['pre-token-generation']],
      ['PostAuthentication', null, USERSYNC['post-authentication']],
      ['UserMigration', null, USERSYNC['user-migration']],
    ]);
    // Every other setting round-trips, field by field.
    const now = settings(pool) as Record<string, unknown>;
    for (const [name, value] of Object.entries(settings(original))) {
      expect({ [name]: now[name] }).toEqual({ [name]: value });
    }
    expect(pool.LambdaConfig).toEqual({
      ...original.LambdaConfig,
      PreSignUp: USERSYNC['pre-sign-up'],
      PostConfirmation: USERSYNC['post-confirmation'],
      PreTokenGeneration: USERSYNC['pre-token-generation'],
      // The Essentials plan: the V2 event, whose access-token claims usersync shapes.
      PreTokenGenerationConfig: {
        LambdaVersion: 'V2_0',
        LambdaArn: USERSYNC['pre-token-generation'],
      },
      PostAuthentication: USERSYNC['post-authentication'],
      UserMigration: USERSYNC['user-migration'],
    });
    // The deprecated setting AWS refuses beside the policy's was left out, and only it.
    expect(updates[0]?.AdminCreateUserConfig).not.toHaveProperty('UnusedAccountValidityDays');
    // Cognito may invoke each function, from this pool only.
    const grants = lambda.commandCalls(AddPermissionCommand).map((call) => call.args[0].input);
    expect(grants).toHaveLength(5);
    for (const grant of grants) {
      expect(grant).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Principal: 'cognito-idp.amazonaws.com',
        SourceArn: original.Arn,
        StatementId: `usersync-cognito-${POOL_ID}`,
      });
    }
    expect(await triggerStatus(deps(), POOL_ID)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slot: 'PreSignUp', usersync: true }),
        expect.objectContaining({ slot: 'PreTokenGeneration', usersync: true, version: 'V2_0' }),
      ]),
    );

    const detached = await detachTriggers(deps(), { poolId: POOL_ID, dryRun: false });
    expect(detached.changes.map((change) => [change.slot, change.after])).toEqual([
      ['PreSignUp', fn('their-pre-sign-up')],
      ['PostConfirmation', null],
      ['PreTokenGeneration', null],
      ['PostAuthentication', null],
      ['UserMigration', null],
    ]);
    const { LastModifiedDate: _now, ...after } = pool;
    const { LastModifiedDate: _then, ...before } = original;
    expect(after).toEqual(before);
    expect(lambda.commandCalls(RemovePermissionCommand)).toHaveLength(5);
    expect(tags.get(USERSYNC['pre-sign-up'])).toEqual({ 'usersync:trigger': 'PreSignUp' });
  });

  it('reports what it would change on a dry run, and changes nothing', async () => {
    const report = await attachTriggers(deps(), {
      poolId: POOL_ID,
      functions: { 'post-confirmation': USERSYNC['post-confirmation'] },
      force: false,
      dryRun: true,
    });
    expect(report.changes).toEqual([
      {
        trigger: 'post-confirmation',
        slot: 'PostConfirmation',
        before: null,
        after: USERSYNC['post-confirmation'],
      },
    ]);
    expect(report.settingsKept).toEqual(
      expect.arrayContaining(['PoolName', 'Policies', 'MfaConfiguration']),
    );
    expect(updates).toEqual([]);
    expect(lambda.commandCalls(AddPermissionCommand)).toEqual([]);
  });

  it('refuses V2_0 on a Lite pool before writing anything', async () => {
    pool = { ...pool, UserPoolTier: 'LITE' };
    const failure = await attachTriggers(deps(), {
      poolId: POOL_ID,
      functions: { 'pre-token-generation': USERSYNC['pre-token-generation'] },
      preTokenVersion: 'V2_0',
      force: false,
      dryRun: false,
    }).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'VALIDATION_FAILED')).toBe(true);
    expect(updates).toEqual([]);
  });
});
