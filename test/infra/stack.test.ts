import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { App, Validations, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import nag from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/bin/usersync.ts';
import {
  UsersyncStack,
  type SignInChoice,
  type UsersyncStackProps,
} from '../../infra/lib/usersync-stack.ts';
import { TRIGGER_SLOTS } from '../../src/domain/triggers.ts';
import { buildLambdas } from '../../scripts/build-lambdas.ts';
import {
  EMAIL_INDEX,
  LOG_INDEX,
  PENDING_INDEX,
  STAGED_INDEX,
} from '../../src/stores/dynamodb/tables.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

// Assertions on the synthesized CloudFormation (aws-cdk-lib/assertions): no AWS account is
// involved. Functions get inline placeholder code here; `npm run synth` is tested with the
// real bundles at the end.

const EXISTING_DATABASE = {
  kind: 'existing' as const,
  secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!cluster-abc-AbCdEf',
  vpcId: 'vpc-0123456789abcdef0',
  subnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  securityGroupId: 'sg-0123456789abcdef0',
};
const WEBHOOKS = {
  urls: ['https://hooks.example.com/usersync', 'https://crm.example.com/in'],
  secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:usersync-webhooks-AbCdEf',
};

/** The stack in an app of its own, with cdk-nag registered (it runs when the app synthesizes). */
function build(overrides: Partial<UsersyncStackProps> = {}) {
  const app = new App();
  const stack = new UsersyncStack(app, 'Usersync', {
    pool: { kind: 'new', featurePlan: 'ESSENTIALS' },
    database: { kind: 'new' },
    preTokenVersion: 'V2_0',
    webhooks: WEBHOOKS,
    alarmEmail: 'ops@example.com',
    reconcileApplies: false,
    code: (name) => lambda.Code.fromInline(`exports.handler = async () => '${name}';`),
    ...overrides,
  });
  Validations.of(app).addPlugins(new nag.AwsSolutionsChecks(app));
  return { app, stack };
}

/** The stack and its template (synthesized: nothing can be added to it after). */
function synth(overrides: Partial<UsersyncStackProps> = {}) {
  const { app, stack } = build(overrides);
  return { app, stack, template: Template.fromStack(stack) };
}

/** The logical id of the function made for `name`. */
function functionId(stack: UsersyncStack, name: string): string {
  const fn = stack.functions.get(name);
  if (fn === undefined) throw new Error(`no function ${name}`);
  return stack.getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
}

/** An environment variable of the API function. */
function apiVariable(template: Template, stack: UsersyncStack, name: string): unknown {
  const functions = template.findResources('AWS::Lambda::Function') as Record<
    string,
    { Properties: { Environment?: { Variables?: Record<string, unknown> } } }
  >;
  return functions[functionId(stack, 'api')]?.Properties.Environment?.Variables?.[name];
}

/** An environment variable of the PreTokenGeneration function. */
function triggerVariable(template: Template, stack: UsersyncStack, name: string): unknown {
  const functions = template.findResources('AWS::Lambda::Function') as Record<
    string,
    { Properties: { Environment?: { Variables?: Record<string, unknown> } } }
  >;
  return functions[functionId(stack, 'pre-token-generation')]?.Properties.Environment?.Variables?.[
    name
  ];
}

describe('UsersyncStack (new pool, new database)', () => {
  const { stack, template } = synth();
  const arnOf = (name: string) => ({ 'Fn::GetAtt': [functionId(stack, name), 'Arn'] });

  it('wires the five triggers into the pool, PreTokenGeneration on the V2 event', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: {
        PreSignUp: arnOf('pre-sign-up'),
        PostConfirmation: arnOf('post-confirmation'),
        PostAuthentication: arnOf('post-authentication'),
        UserMigration: arnOf('user-migration'),
        PreTokenGenerationConfig: {
          LambdaArn: arnOf('pre-token-generation'),
          LambdaVersion: 'V2_0',
        },
      },
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      // The one policy the API checks too (src/domain/password.ts).
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      // The claim set's caches, at the lengths deployed pools have (Cognito cannot change them).
      Schema: Match.arrayWith([
        Match.objectLike({
          Name: 'developer_id',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MaxLength: '256' },
        }),
        Match.objectLike({
          Name: 'user_type',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MaxLength: '64' },
        }),
        Match.objectLike({
          Name: 'company_name',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MaxLength: '256' },
        }),
      ]),
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin' });
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  });

  it("declares the claim set's caches: a cache the configuration file renames is the pool's attribute and readable", () => {
    const claims = DEFAULT_CLAIM_SET.map((claim) =>
      claim.name === 'custom:developer_id' ? { ...claim, cache: 'custom:devid' as const } : claim,
    );
    const { template: renamed } = synth({ claims });
    renamed.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'devid', StringAttributeConstraints: { MaxLength: '256' } }),
      ]),
    });
    const [client] = Object.values(renamed.findResources('AWS::Cognito::UserPoolClient'));
    const props = (client as { Properties: Record<string, unknown> }).Properties;
    expect(props['ReadAttributes']).toContain('custom:devid');
    expect(props['ReadAttributes']).not.toContain('custom:developer_id');
    expect(
      (props['WriteAttributes'] as string[]).filter((name) => name.startsWith('custom:')),
    ).toEqual([]);
  });

  it('lets the app client write only the standard attributes a user edits, with OAuth off', () => {
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    const props = (client as { Properties: Record<string, unknown> }).Properties;
    const written = props['WriteAttributes'] as string[];
    // Left unset, every attribute (the claims' custom ones among them) is writable by the user.
    expect(written).toEqual(expect.arrayContaining(['email', 'name', 'phone_number']));
    expect(written.filter((name) => name.startsWith('custom:'))).toEqual([]);
    expect(written).not.toContain('email_verified');
    expect(written).not.toContain('phone_number_verified');
    expect(props['ReadAttributes']).toEqual(
      expect.arrayContaining(['custom:developer_id', 'custom:user_type', 'custom:company_name']),
    );
    // No hosted-UI flows, scopes or callbacks: CDK's defaults (implicit and code grants to
    // https://example.com) are off.
    expect(props['AllowedOAuthFlowsUserPoolClient']).toBe(false);
    expect(props).not.toHaveProperty('AllowedOAuthFlows');
    expect(props).not.toHaveProperty('CallbackURLs');
    // A password, and choice-based sign-in on the Essentials plan; no SRP or custom flow.
    expect([...(props['ExplicitAuthFlows'] as string[])].sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
    ]);
    // By default: the password alone, rotation off, both stated.
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: Match.objectLike({
        SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
      }),
    });
    expect(props).not.toHaveProperty('RefreshTokenRotation');
    // What the sign-in API relies on, stated rather than left to Cognito's defaults.
    expect(props['AuthSessionValidity']).toBe(3);
    expect(props['EnableTokenRevocation']).toBe(true);
    expect(apiVariable(template, stack, 'REFRESH_TOKEN_ROTATION')).toBe('off');
  });

  it('offers passkeys and emailed codes, with refresh-token rotation, when the deploy asks for them', () => {
    const { template: offered, stack: offering } = synth({
      pool: {
        kind: 'new',
        featurePlan: 'ESSENTIALS',
        signIn: {
          firstFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
          passkeyRelyingPartyId: 'app.example.com',
          passkeyUserVerification: 'required',
          sesFromEmail: 'no-reply@example.com',
          sesRegion: 'us-east-1',
          refreshTokenRotationGraceSeconds: 10,
        },
      },
    });
    offered.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: Match.objectLike({
        SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
      }),
      WebAuthnRelyingPartyID: 'app.example.com',
      WebAuthnUserVerification: 'required',
      EmailConfiguration: Match.objectLike({
        EmailSendingAccount: 'DEVELOPER',
        From: 'no-reply@example.com',
      }),
      UserPoolTier: 'ESSENTIALS',
    });
    offered.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_AUTH']),
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
    });
    expect(apiVariable(offered, offering, 'REFRESH_TOKEN_ROTATION')).toBe('on');
  });

  it('refuses at synth, with the reason, a sign-in the plan or the settings cannot have', () => {
    const refused = (plan: 'LITE' | 'ESSENTIALS', signIn: SignInChoice) =>
      expect(() => build({ pool: { kind: 'new', featurePlan: plan, signIn } }));
    refused('LITE', {
      firstFactors: ['PASSWORD', 'EMAIL_OTP'],
      sesFromEmail: 'a@example.com',
    }).toThrow(/Lite plan/);
    refused('ESSENTIALS', { firstFactors: ['PASSWORD', 'WEB_AUTHN'] }).toThrow(
      /passkeyRelyingPartyId/,
    );
    refused('ESSENTIALS', { firstFactors: ['PASSWORD', 'EMAIL_OTP'] }).toThrow(/Amazon SES/);
    refused('ESSENTIALS', { firstFactors: ['PASSWORD', 'SMS_OTP'] }).toThrow(/SMS configuration/);
    refused('ESSENTIALS', { firstFactors: ['EMAIL_OTP'], sesFromEmail: 'a@example.com' }).toThrow(
      /keep PASSWORD/,
    );
    refused('LITE', { refreshTokenRotationGraceSeconds: 5 }).toThrow(/Essentials or Plus/);
    refused('ESSENTIALS', { refreshTokenRotationGraceSeconds: 61 }).toThrow(/0 to 60/);
    // The Lite plan has no choice-based sign-in: its client does not allow USER_AUTH.
    const { template: lite } = synth({
      pool: { kind: 'new', featurePlan: 'LITE' },
      preTokenVersion: 'V1_0',
    });
    const [client] = Object.values(lite.findResources('AWS::Cognito::UserPoolClient'));
    expect(
      (client as { Properties: Record<string, unknown> }).Properties['ExplicitAuthFlows'],
    ).not.toContain('ALLOW_USER_AUTH');
  });

  it("falls back to Cognito's cached claims on a new pool, whose client cannot write them", () => {
    expect(triggerVariable(template, stack, 'TOKEN_CLAIMS_FALLBACK')).toBe('cache');
  });

  it('puts PreTokenGeneration on the V1 event when asked (the Lite plan)', () => {
    const lite = synth({ pool: { kind: 'new', featurePlan: 'LITE' }, preTokenVersion: 'V1_0' });
    lite.template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: Match.objectLike({
        PreTokenGenerationConfig: Match.objectLike({ LambdaVersion: 'V1_0' }),
      }),
      UserPoolTier: 'LITE',
    });
  });

  it('grants each function only the Cognito actions it calls, on the pool, never a wildcard action', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: unknown[] } } }).Properties
          .PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const cognito = statements.filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')),
    );
    expect(cognito.length).toBeGreaterThan(0);
    for (const statement of cognito) {
      for (const action of [statement.Action].flat()) expect(action).not.toContain('*');
      expect(JSON.stringify(statement.Resource)).toContain('UserPool');
      expect(statement.Resource).not.toBe('*');
    }
    const actions = cognito.flatMap((statement) => [statement.Action].flat()).sort();
    expect([...new Set(actions)]).toEqual([
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminDeleteUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminLinkProviderForUser',
      'cognito-idp:AdminListGroupsForUser',
      'cognito-idp:AdminRemoveUserFromGroup',
      'cognito-idp:AdminSetUserMFAPreference',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminUserGlobalSignOut',
      'cognito-idp:DescribeUserPool',
      'cognito-idp:ListUsers',
    ]);
    // The API function's own: every call the admin routes make, and no other.
    const api = Object.values(template.findResources('AWS::IAM::Policy')).find((policy) =>
      JSON.stringify(policy).includes('AdminUserGlobalSignOut'),
    );
    expect(JSON.stringify(api)).toMatch(/"Roles":\[{"Ref":"ApiServiceRole[0-9A-F]+"}\]/);
    // The relay may put events on its bus and nowhere else.
    const putEvents = statements.filter((statement) =>
      [statement.Action].flat().includes('events:PutEvents'),
    );
    expect(putEvents).toHaveLength(1);
    expect(JSON.stringify(putEvents[0]?.Resource)).toContain('Bus');
    // The relay makes the claim-cache writes deferred for want of budget: that one call.
    const relay = Object.values(template.findResources('AWS::IAM::Policy')).find((policy) =>
      /"Roles":\[{"Ref":"RelayServiceRole[0-9A-F]+"}\]/.test(JSON.stringify(policy)),
    ) as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } };
    const relayCognito = relay.Properties.PolicyDocument.Statement.flatMap((statement) =>
      [statement.Action].flat().filter((action) => action.startsWith('cognito-idp:')),
    );
    expect(relayCognito).toEqual(['cognito-idp:AdminUpdateUserAttributes']);
  });

  it('runs every function on Node.js 22, whose runtime carries the AWS SDK the bundles leave out', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Record<
      string,
      { Properties: { Runtime?: string; Architectures?: string[] } }
    >;
    expect(stack.functions.size).toBeGreaterThanOrEqual(12);
    for (const name of stack.functions.keys()) {
      const { Runtime, Architectures } = functions[functionId(stack, name)]!.Properties;
      expect({ name, Runtime, Architectures }).toEqual({
        name,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
      });
    }
  });

  it('routes each consumer through its own queue with a dead-letter queue, visibility at least 6x its timeout', () => {
    const queues = template.findResources('AWS::SQS::Queue', {
      Properties: { RedrivePolicy: Match.anyValue() },
    });
    // The profile provisioner, one forwarder per webhook URL, and the change feed.
    expect(Object.keys(queues)).toHaveLength(1 + WEBHOOKS.urls.length + 1);
    for (const queue of Object.values(queues) as {
      Properties: { RedrivePolicy: { maxReceiveCount: number }; VisibilityTimeout: number };
    }[]) {
      expect(queue.Properties.RedrivePolicy.maxReceiveCount).toBe(5);
      // Consumers time out at 30 s.
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * 30);
    }
    template.resourcePropertiesCountIs(
      'AWS::Lambda::EventSourceMapping',
      { FunctionResponseTypes: ['ReportBatchItemFailures'] },
      1 + WEBHOOKS.urls.length + 1,
    );
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['usersync'], 'detail-type': ['user.registered'] },
    });
  });

  it('alarms on dead letters, trigger errors and throttles, consumer errors and a failed sync, to the topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: { MetricName: string; AlarmActions: unknown[] };
    }[];
    const count = (metric: string) =>
      alarms.filter((alarm) => alarm.Properties.MetricName === metric).length;
    expect(count('ApproximateNumberOfMessagesVisible')).toBe(1 + WEBHOOKS.urls.length + 1);
    expect(count('Throttles')).toBe(5);
    // Five triggers, the consumers, the change feed, the sync and the relay.
    expect(count('Errors')).toBe(5 + 1 + WEBHOOKS.urls.length + 1 + 2);
    // The relay's metric: the oldest event still in the outbox, over 5 minutes.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'usersync',
      MetricName: 'OutboxOldestAgeSeconds',
      Threshold: 300,
      Statistic: 'Maximum',
    });
    // …and any event parked after its last attempt.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'usersync',
      MetricName: 'OutboxParked',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      Statistic: 'Maximum',
    });
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
  });

  it("feeds CloudTrail's user-level Cognito calls from the default bus to the change feed", () => {
    const rules = template.findResources('AWS::Events::Rule', {
      Properties: { EventPattern: { source: ['aws.cognito-idp'] } },
    });
    const [rule] = Object.values(rules) as {
      Properties: { EventBusName?: unknown; EventPattern: { detail: { eventName: string[] } } };
    }[];
    expect(rule?.Properties.EventBusName).toBeUndefined();
    expect(rule?.Properties.EventPattern.detail.eventName).toEqual(
      expect.arrayContaining(['AdminDeleteUser', 'AdminDisableUser', 'ConfirmSignUp']),
    );
    template.resourceCountIs('AWS::CloudTrail::Trail', 0);
    const withTrail = synth({ createTrail: true });
    withTrail.template.hasResourceProperties('AWS::CloudTrail::Trail', {
      IsMultiRegionTrail: false,
      EventSelectors: [
        Match.objectLike({ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }),
      ],
    });
  });

  it('answers CORS preflights for the allowed origins only, and tells the API the same list', () => {
    const { template: withCors, stack } = synth({ corsOrigins: ['https://app.example.com'] });
    withCors.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['https://app.example.com'],
        AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        AllowHeaders: ['authorization', 'content-type'],
      },
    });
    const api = withCors.findResources('AWS::Lambda::Function')[functionId(stack, 'api')];
    expect(api?.['Properties']).toMatchObject({
      Environment: { Variables: { CORS_ORIGINS: 'https://app.example.com' } },
    });
    // None by default.
    expect(JSON.stringify(template.findResources('AWS::ApiGatewayV2::Api'))).not.toContain(
      'CorsConfiguration',
    );
  });

  it('serves the API through an HTTP API (payload 2.0) with access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /{proxy+}' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      PayloadFormatVersion: '2.0',
      IntegrationUri: arnOf('api'),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('runs the relay every minute, a nightly dry-run reconcile, and migrations before any function', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 3 * * ? *)',
      Targets: [Match.objectLike({ Input: '{"sync_cognito":true,"dryRun":true}' })],
    });
    const api = template.findResources('AWS::Lambda::Function')[functionId(stack, 'api')] as {
      DependsOn: string[];
    };
    expect(api.DependsOn.some((id) => id.startsWith('Migrations'))).toBe(true);
  });

  it("lets the API start the console's reconciles in the sync function, asynchronously, retried never", () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const syncId = functionId(stack, 'sync');
    const api = functions[functionId(stack, 'api')] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(api.Properties.Environment.Variables['SYNC_FUNCTION_NAME']).toEqual({ Ref: syncId });
    // And it lists and redrives each consumer's dead letters.
    const queues = JSON.stringify(api.Properties.Environment.Variables['CONSUMER_QUEUES']);
    for (const name of ['ProfileProvisionerQueue', 'ProfileProvisionerDlq', 'CognitoChangesDlq']) {
      expect(queues).toContain(name);
    }
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: syncId },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 3600,
    });
    // Only the API may invoke the sync function, and only it (unqualified).
    const invokers = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy).includes(`{"Fn::GetAtt":["${syncId}","Arn"]}`),
    );
    expect(invokers.map((policy) => JSON.stringify(policy))).toEqual([
      expect.stringMatching(/"Roles":\[\{"Ref":"ApiServiceRole[0-9A-F]+"\}\]/),
    ]);
    expect(JSON.stringify(invokers)).toContain(
      `{"Action":"lambda:InvokeFunction","Effect":"Allow","Resource":{"Fn::GetAtt":["${syncId}","Arn"]}}`,
    );
  });

  it('reaches the database through RDS Proxy over TLS, with the secret', () => {
    template.hasResourceProperties('AWS::RDS::DBProxy', {
      RequireTLS: true,
      EngineFamily: 'POSTGRESQL',
    });
    template.hasResourceProperties('AWS::RDS::DBCluster', {
      Engine: 'aurora-postgresql',
      StorageEncrypted: true,
      ServerlessV2ScalingConfiguration: Match.objectLike({ MinCapacity: 0.5 }),
    });
    const api = template.findResources('AWS::Lambda::Function')[functionId(stack, 'api')] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(api.Properties.Environment.Variables).toMatchObject({
      DATABASE_SECRET_ARN: expect.anything() as unknown,
      DATABASE_TLS: 'rds',
    });
    expect(api.Properties.Environment.Variables).toHaveProperty('DATABASE_HOST');
  });

  it("keeps the database's secret when the stack goes, as it keeps the database's snapshot", () => {
    const clusters = Object.values(template.findResources('AWS::RDS::DBCluster'));
    expect(clusters.map((cluster) => cluster['DeletionPolicy'])).toEqual(['Snapshot']);
    const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret'));
    expect(secrets).toHaveLength(1);
    expect(secrets[0]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('reserves no concurrency for the triggers unless asked, and the asked amount for each when asked', () => {
    const triggers = Object.keys(TRIGGER_SLOTS);
    const reserved = (fromTemplate: Template, fromStack: UsersyncStack) => {
      const functions = fromTemplate.findResources('AWS::Lambda::Function');
      return triggers.map(
        (name) =>
          (functions[functionId(fromStack, name)] as { Properties: Record<string, unknown> })
            .Properties['ReservedConcurrentExecutions'],
      );
    };
    expect(reserved(template, stack)).toEqual(triggers.map(() => undefined));
    const asked = synth({ triggerConcurrency: 40 });
    expect(reserved(asked.template, asked.stack)).toEqual(triggers.map(() => 40));
  });

  it("gives every function usersync's share of Cognito's quotas when one is set, and none otherwise", () => {
    const variables = (fromTemplate: Template) =>
      Object.values(fromTemplate.findResources('AWS::Lambda::Function')).map(
        (fn) =>
          (fn as { Properties: { Environment?: { Variables?: Record<string, unknown> } } })
            .Properties.Environment?.Variables ?? {},
      );
    // Unset: each process takes the defaults (docs/deploy.md), stated in the code.
    for (const env of variables(template)) expect(env).not.toHaveProperty('COGNITO_SHARES');
    const shared = synth({
      quotas: { shares: { UserUpdate: 15, UserList: 20 }, priorityPercent: { jobs: 40 } },
    });
    const usersync = variables(shared.template).filter((env) => 'LOG_LEVEL' in env);
    expect(usersync.length).toBeGreaterThan(10);
    for (const env of usersync) {
      expect(env).toMatchObject({
        COGNITO_SHARES: 'UserUpdate=15,UserList=20',
        COGNITO_PRIORITY_PERCENT: 'jobs=40',
      });
    }
  });
});

describe('UsersyncStack (existing pool, existing database)', () => {
  const { stack, template } = synth({
    pool: { kind: 'existing', poolId: 'us-east-1_AbCdEf123', clientId: 'client123' },
    database: EXISTING_DATABASE,
    preTokenVersion: 'V1_0',
  });

  it('wires the triggers through the attach custom resource, scoped to that pool', () => {
    template.hasResourceProperties('AWS::CloudFormation::CustomResource', {
      PoolId: 'us-east-1_AbCdEf123',
      PreTokenVersion: 'V1_0',
      Functions: Match.objectLike({
        'pre-sign-up': { 'Fn::GetAtt': [functionId(stack, 'pre-sign-up'), 'Arn'] },
      }),
    });
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.resourceCountIs('AWS::RDS::DBCluster', 0);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: [
              'cognito-idp:DescribeUserPool',
              'cognito-idp:UpdateUserPool',
              'cognito-idp:ListUserPoolClients',
              'cognito-idp:DescribeUserPoolClient',
            ],
            Resource: {
              'Fn::Join': [
                '',
                Match.arrayWith([Match.stringLikeRegexp('userpool/us-east-1_AbCdEf123')]),
              ],
            },
          }),
        ]),
      },
    });
  });

  it("issues no claims from an existing pool's cache, whose clients it cannot check", () => {
    const fn =
      template.findResources('AWS::Lambda::Function')[functionId(stack, 'pre-token-generation')];
    expect(fn?.['Properties']?.['Environment']?.['Variables']?.['TOKEN_CLAIMS_FALLBACK']).toBe(
      'none',
    );
  });

  it('puts the functions in the given VPC and security group', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: {
        SecurityGroupIds: [EXISTING_DATABASE.securityGroupId],
        SubnetIds: EXISTING_DATABASE.subnetIds,
      },
    });
  });
});

describe('UsersyncStack (the DynamoDB store)', () => {
  const store = (kind: 'new' | 'existing') => ({
    store: {
      kind: 'dynamodb' as const,
      table: { kind, name: 'app-users' },
      claimAttributes: 'developer_id=devId,user_type=userType,company_name=companyName',
    },
  });

  it('creates the users, outbox and limits tables on demand, with point-in-time recovery and encryption', () => {
    const { template } = synth(store('new'));
    template.resourceCountIs('AWS::DynamoDB::Table', 3);
    const tables = template.findResources('AWS::DynamoDB::Table');
    for (const table of Object.values(tables)) {
      expect(table).toMatchObject({
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true },
        },
        DeletionPolicy: 'Retain',
      });
    }
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'app-users',
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: EMAIL_INDEX,
          KeySchema: [{ AttributeName: 'usersyncEmail', KeyType: 'HASH' }],
        }),
      ],
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'app-users-usersync-outbox',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: [
        Match.objectLike({ IndexName: PENDING_INDEX }),
        // A sync run's staged listing, by run and then sub.
        Match.objectLike({
          IndexName: STAGED_INDEX,
          KeySchema: [
            { AttributeName: 'stagedRun', KeyType: 'HASH' },
            { AttributeName: 'stagedSub', KeyType: 'RANGE' },
          ],
        }),
        // The audit log and job runs, newest first.
        Match.objectLike({
          IndexName: LOG_INDEX,
          KeySchema: [
            { AttributeName: 'log', KeyType: 'HASH' },
            { AttributeName: 'logAt', KeyType: 'RANGE' },
          ],
        }),
      ],
    });
    // The API's rate-limit counters: one budget across its containers, gone after a minute.
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'app-users-usersync-limits',
      KeySchema: [{ AttributeName: 'key', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expire', Enabled: true },
    });
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('LimitsTable');
  });

  it('builds no VPC or database, and tells every function the store and its names', () => {
    const { template, stack } = synth(store('new'));
    template.resourceCountIs('AWS::EC2::VPC', 0);
    template.resourceCountIs('AWS::RDS::DBCluster', 0);
    for (const name of ['api', 'pre-token-generation', 'relay', 'profile-provisioner']) {
      const fn = template.findResources('AWS::Lambda::Function')[functionId(stack, name)];
      expect(fn?.['Properties']).toMatchObject({
        Environment: {
          Variables: {
            USER_STORE: 'dynamodb',
            DYNAMODB_USERS_TABLE: 'app-users',
            DYNAMODB_CLAIM_ATTRIBUTES:
              'developer_id=devId,user_type=userType,company_name=companyName',
          },
        },
      });
      expect(fn?.['Properties']).not.toHaveProperty('VpcConfig');
      expect(JSON.stringify(fn?.['Properties'])).not.toContain('DATABASE_SECRET_ARN');
    }
    // The change feed and the nightly reconcile run on this store too.
    expect(stack.functions.has('cognito-changes')).toBe(true);
    expect(stack.functions.has('sync')).toBe(true);
  });

  it("uses the team's table as it is, creating only the outbox and limits, and lets migrate add the index", () => {
    const { template, stack } = synth(store('existing'));
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('MigrateServiceRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: ['dynamodb:DescribeTable', 'dynamodb:UpdateTable'] }),
        ]),
      },
    });
    // The API may read and write the table and its email index, nothing broader.
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(':table/app-users/index/usersync-email');
    expect(policies).not.toContain('index/*');
    expect(policies).not.toContain('"dynamodb:*"');
    expect(stack.functions.get('api')).toBeDefined();
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('finds nothing unaccepted in either shape of the stack', () => {
    for (const overrides of [
      {},
      {
        pool: { kind: 'existing' as const, poolId: 'us-east-1_AbCdEf123', clientId: 'c' },
        database: EXISTING_DATABASE,
        createTrail: true,
      },
      { store: { kind: 'dynamodb' as const, table: { kind: 'new' as const, name: 'users' } } },
      {
        store: {
          kind: 'dynamodb' as const,
          table: { kind: 'existing' as const, name: 'users' },
        },
      },
    ]) {
      const { app } = build(overrides);
      expect(() => app.synth()).not.toThrow();
    }
  });

  it('does find what it should: a wildcard Cognito grant is reported', () => {
    const { app, stack } = build();
    stack.functions
      .get('api')
      ?.addToRolePolicy(new iam.PolicyStatement({ actions: ['cognito-idp:*'], resources: ['*'] }));
    let failure: unknown;
    try {
      app.synth();
    } catch (error) {
      failure = error;
    }
    // The report is in the error's message, or in the file it names, by terminal.
    const message = String((failure as Error | undefined)?.message);
    const reportPath = message.match(/found in: (\S+?)"?$/m)?.[1];
    const report = message + (reportPath === undefined ? '' : readFileSync(reportPath, 'utf8'));
    expect(report).toContain('AwsSolutions-IAM5[Action::cognito-idp:*]');
  });
});

describe('npm run synth', () => {
  let bundles: string;
  let outdir: string;
  beforeAll(async () => {
    bundles = await mkdtemp(path.join(os.tmpdir(), 'usersync-bundles-'));
    outdir = await mkdtemp(path.join(os.tmpdir(), 'usersync-cdk-out-'));
    await buildLambdas(bundles);
  }, 120_000);
  afterAll(async () => {
    await rm(bundles, { recursive: true, force: true });
    await rm(outdir, { recursive: true, force: true });
  });

  it('synthesizes the app from its bundles offline, with no credentials, cdk-nag passing', async () => {
    const { app } = buildApp(new App({ outdir }), bundles);
    app.synth();
    const template = JSON.parse(
      await readFile(path.join(outdir, 'Usersync.template.json'), 'utf8'),
    ) as {
      Resources: Record<string, { Type: string }>;
    };
    const functions = Object.values(template.Resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    // Five triggers, relay, provisioner, sync, API, migrations (no webhooks by default),
    // plus the CDK's provider and log-retention helpers.
    expect(functions.length).toBeGreaterThanOrEqual(10);
  });
});
