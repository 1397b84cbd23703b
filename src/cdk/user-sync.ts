import type { QuotaCategory } from '../domain/quotas.ts';
import {
  CfnOutput,
  CustomResource,
  Duration,
  RemovalPolicy,
  DockerImage,
  Stack,
  Validations,
  aws_apigatewayv2 as apigw,
  aws_apigatewayv2_integrations as integrations,
  aws_cloudtrail as cloudtrail,
  aws_cloudwatch as cloudwatch,
  aws_cloudwatch_actions as actions,
  aws_cognito as cognito,
  aws_dynamodb as dynamodb,
  aws_ec2 as ec2,
  aws_events as events,
  aws_events_targets as targets,
  aws_iam as iam,
  aws_kms as kms,
  aws_lambda as lambda,
  aws_lambda_event_sources as sources,
  aws_logs as logs,
  aws_rds as rds,
  aws_s3 as s3,
  aws_secretsmanager as secrets,
  aws_sns as sns,
  aws_sns_subscriptions as subscriptions,
  aws_sqs as sqs,
  custom_resources as cr,
  Token,
} from 'aws-cdk-lib';
import { cpSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Construct } from 'constructs';
import { acceptFindings } from './nag.ts';
import { clientReadableAttributes, USER_WRITABLE_ATTRIBUTES } from '../domain/attributes.ts';
import { DEFAULT_CLAIM_SET, cacheAttributes, type ClaimSet } from '../domain/claims.ts';
import { PASSWORD_POLICY } from '../domain/password.ts';
import { USER_CHANGES } from '../events/cognito-changes.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import {
  EMAIL_ATTRIBUTE,
  EMAIL_INDEX,
  PENDING_INDEX,
  STAGED_INDEX,
  LOG_INDEX,
  limitsTableName,
  outboxTableName,
} from '../stores/dynamodb/tables.ts';
import { TRIGGER_SLOTS, type PreTokenVersion, type TriggerName } from '../domain/triggers.ts';

/**
 * The user pool: a new one, the team's own pool construct in the same CDK app (its triggers
 * added with `userPool.addTrigger`), or an existing one managed elsewhere, by id (its
 * triggers wired by a custom resource that changes nothing else of it).
 */
export type PoolChoice =
  | { kind: 'new'; featurePlan: FeaturePlan; signIn?: SignInChoice }
  | {
      kind: 'construct';
      /** The team's pool. Its own triggers stay; a slot usersync needs must be free. */
      userPool: cognito.UserPool;
      /** The app client the API and tokens use. */
      client: cognito.IUserPoolClient;
      /** Whether that client rotates refresh tokens. @default false */
      refreshTokenRotation?: boolean;
    }
  | {
      kind: 'existing';
      poolId: string;
      clientId: string;
      /** Whether that client rotates refresh tokens (the API's REFRESH_TOKEN_ROTATION). @default false */
      refreshTokenRotation?: boolean;
    };

export type FeaturePlan = 'LITE' | 'ESSENTIALS' | 'PLUS';

/** The first factors of choice-based sign-in (Cognito's SignInPolicy). */
export const FIRST_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;
export type FirstFactor = (typeof FIRST_FACTORS)[number];

/** How users of a new pool sign in, beyond a password with optional TOTP. */
export interface SignInChoice {
  /**
   * The first factors users may choose from (`POST /auth/login {email, preferred}`): the
   * pool's AllowedFirstAuthFactors; the app client then allows `ALLOW_USER_AUTH`.
   * @default `['PASSWORD']`
   */
  firstFactors?: FirstFactor[];
  /** The passkeys' relying party: the domain of the site users sign in on. Needed for WEB_AUTHN. */
  passkeyRelyingPartyId?: string;
  /** Whether a passkey must verify its user (a PIN, a fingerprint). @default `preferred` */
  passkeyUserVerification?: 'preferred' | 'required';
  /**
   * Email one-time codes are sent through Amazon SES, from this address (a verified SES
   * identity). Needed for EMAIL_OTP.
   */
  sesFromEmail?: string;
  /** The SES identity's region. @default the stack's region (which must then be set) */
  sesRegion?: string;
  /**
   * Rotate refresh tokens: each refresh answers a new one, and the old one stays good this
   * many seconds (0 to 60). The API is then set with REFRESH_TOKEN_ROTATION=on.
   * @default rotation off
   */
  refreshTokenRotationGraceSeconds?: number;
}

/**
 * Refuses, with the reason, a sign-in choice the pool's feature plan or settings cannot
 * have. Cognito would refuse some of these only at deploy, and others never, leaving a
 * factor users cannot use.
 */
export function checkSignInChoice(plan: FeaturePlan, choice: SignInChoice | undefined): void {
  const factors = choice?.firstFactors ?? ['PASSWORD'];
  const refuse = (reason: string): never => {
    throw new Error(`usersync: ${reason}`);
  };
  for (const factor of factors) {
    if (!(FIRST_FACTORS as readonly string[]).includes(factor)) {
      refuse(`firstFactors takes ${FIRST_FACTORS.join(', ')}, not ${factor}`);
    }
  }
  if (!factors.includes('PASSWORD')) {
    refuse('firstFactors must keep PASSWORD: the API signs in with a password too');
  }
  const choiceBased = factors.some((factor) => factor !== 'PASSWORD');
  if (choiceBased && plan === 'LITE') {
    refuse(
      `${factors.filter((f) => f !== 'PASSWORD').join(', ')} need choice-based sign-in, which the Lite plan does not have: use featurePlan ESSENTIALS or PLUS`,
    );
  }
  if (factors.includes('WEB_AUTHN') && choice?.passkeyRelyingPartyId === undefined) {
    refuse('WEB_AUTHN needs passkeyRelyingPartyId: the domain of the site users sign in on');
  }
  if (factors.includes('EMAIL_OTP') && choice?.sesFromEmail === undefined) {
    refuse(
      'EMAIL_OTP needs sesFromEmail: Cognito sends sign-in codes by email through Amazon SES only',
    );
  }
  if (factors.includes('SMS_OTP')) {
    refuse(
      'SMS_OTP needs an SMS configuration (an SNS role and origination number), which this app does not make',
    );
  }
  const grace = choice?.refreshTokenRotationGraceSeconds;
  if (grace !== undefined) {
    if (!Number.isInteger(grace) || grace < 0 || grace > 60) {
      refuse('refreshTokenRotationGraceSeconds takes a whole number from 0 to 60');
    }
    if (plan === 'LITE') {
      refuse('refresh token rotation needs the Essentials or Plus plan');
    }
  }
}

/** The database: a new Aurora Serverless v2 cluster behind RDS Proxy, or an existing one. */
export type DatabaseChoice =
  | { kind: 'new' }
  | {
      kind: 'existing';
      /** Its RDS secret ({host, port, username, password, dbname}). */
      secretArn: string;
      vpcId: string;
      subnetIds: string[];
      availabilityZones: string[];
      /** A security group that may reach the database. */
      securityGroupId: string;
      /** A host to use instead of the secret's (its RDS Proxy endpoint). */
      host?: string;
    };

/**
 * Where users are kept: PostgreSQL (the database choice), or a DynamoDB table, new or the
 * team's own, with its attribute names (as `DYNAMODB_*` say; unset: the defaults).
 */
export type StoreChoice =
  | { kind: 'postgres' }
  | {
      kind: 'dynamodb';
      /** A new table by this name, or the team's existing one. */
      table: { kind: 'new'; name: string } | { kind: 'existing'; name: string };
      keyAttribute?: string;
      /** `developer_id=ATTR,user_type=ATTR,company_name=ATTR`. */
      claimAttributes?: string;
      profileAttribute?: string;
    };

/** The choices of a usersync deployment (the standalone app reads them from its context). */
export interface UserSyncProps {
  pool: PoolChoice;
  /** The PostgreSQL database (with the PostgreSQL store, the default). */
  database: DatabaseChoice;
  /** Where users are kept. @default `{ kind: 'postgres' }` */
  store?: StoreChoice;
  /**
   * The claim set (the configuration file's, which the bundles carry too): its caches are a
   * new pool's custom attributes and what its app client may read. @default the default set
   */
  claims?: ClaimSet;
  /** PreTokenGeneration's event version: V1_0 on the Lite plan, V2_0 on Essentials and Plus. */
  preTokenVersion: PreTokenVersion;
  /** Webhook receivers, each with its own queue and function, signing with one secret. */
  webhooks?: { urls: string[]; secretArn: string };
  /**
   * Create a CloudTrail trail of management events (write only), without which EventBridge
   * receives no CloudTrail events for the change feed. Leave it off when the account has one.
   */
  createTrail?: boolean;
  /** Where alarms are e-mailed. */
  alarmEmail?: string;
  /** Browser origins allowed to call the API (CORS). @default none */
  corsOrigins?: string[];
  /**
   * What PreTokenGeneration issues when the store does not answer (`TOKEN_CLAIMS_FALLBACK`):
   * `cache`, the claims cached in Cognito's custom attributes, or `none`. A new pool's app
   * client cannot write those attributes, so it defaults to `cache`; an existing pool's
   * clients are not this stack's to check, so it defaults to `none` (`usersync triggers
   * attach` says whether a client can write them). @default `cache` for a new pool, else `none`
   */
  tokenClaimsFallback?: 'none' | 'cache';
  /**
   * usersync's share of Cognito's quotas, given to every function (`COGNITO_SHARES`,
   * `COGNITO_PRIORITY_PERCENT`): lower it where the team's own code calls Cognito too
   * (docs/deploy.md). @default 90% of each quota; the change feed 95% of that, jobs 60%
   */
  quotas?: {
    shares?: Partial<Record<QuotaCategory, number>>;
    priorityPercent?: Partial<Record<'feed' | 'jobs', number>>;
  };
  /** The nightly reconcile writes its changes (else it is a dry run that only measures). */
  reconcileApplies: boolean;
  /**
   * Reserved concurrency for each of the five triggers: capacity no other function in the
   * account can take from sign-in, and a cap (each trigger holds at most two database
   * connections, so 5 × 2 × N bounds what sign-in takes of the proxy). Off by default: a new
   * account's concurrency quota (10) leaves nothing to reserve, and a deploy that tries
   * fails; Cognito throttles a trigger past its cap as a failed sign-in. @default none
   */
  triggerConcurrency?: number;
  /**
   * The configuration file (`usersync.config.json`: the team's claims and users table), put
   * beside each function's code. @default none: the default claims and table
   */
  configFile?: string;
  /**
   * The code of each function, by bundle name. @default the bundles shipped in the package
   * (dist/lambdas/<name>), with `configFile` beside each
   */
  code?: (name: string) => lambda.Code;
}

/** `COGNITO_SHARES` and `COGNITO_PRIORITY_PERCENT` for the shares given, `name=value,…`. */
function quotaEnvironment(quotas: UserSyncProps['quotas']): Record<string, string> {
  const text = (values: Record<string, number | undefined> = {}) =>
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}=${value}`)
      .join(',');
  const shares = text(quotas?.shares);
  const priorities = text(quotas?.priorityPercent);
  return {
    ...(shares !== '' && { COGNITO_SHARES: shares }),
    ...(priorities !== '' && { COGNITO_PRIORITY_PERCENT: priorities }),
  };
}

/** A function's settings beside its code. */
interface FunctionSpec {
  timeout: Duration;
  memorySize?: number;
  environment?: Record<string, string>;
  reservedConcurrency?: number;
}

/** A consumer: a rule on the bus, its queue and dead-letter queue, and its function. */
interface ConsumerSpec {
  id: string;
  bundle: string;
  eventTypes?: string[];
  environment?: Record<string, string>;
}

/** The relay runs this often, and relays for the whole interval (see src/lambdas/relay.ts). */
const RELAY_POLL_MS = 200;

/**
 * usersync on AWS, as one construct for a team's own stack: the five Cognito triggers, the
 * API (Lambda behind an HTTP API), the outbox relay, an EventBridge bus with one queue and
 * function per consumer, the change feed, the nightly reconcile, migrations on deploy,
 * alarms to an SNS topic, and, as chosen, a new user pool (or the team's own, or one
 * managed elsewhere) and a new Aurora Serverless v2 database behind RDS Proxy (or an
 * existing one, or a DynamoDB table).
 */
export class UserSync extends Construct {
  readonly functions = new Map<string, lambda.Function>();
  readonly alarmTopic: sns.Topic;
  readonly bus: events.EventBus;
  readonly api: apigw.HttpApi;
  /** What the nightly reconcile found out of step (published by the sync function). */
  readonly reconcileDrift: cloudwatch.Metric;

  private readonly code: (name: string) => lambda.Code;

  constructor(scope: Construct, id: string, props: UserSyncProps) {
    super(scope, id);
    this.code = props.code ?? packagedCode(props.configFile);

    // Alarms: one topic, encrypted with a key CloudWatch may use.
    const alarmKey = new kms.Key(this, 'AlarmKey', {
      enableKeyRotation: true,
      description: 'usersync alarm topic',
    });
    alarmKey.grantEncryptDecrypt(new iam.ServicePrincipal('cloudwatch.amazonaws.com'));
    this.alarmTopic = new sns.Topic(this, 'Alarms', { masterKey: alarmKey, enforceSSL: true });
    if (props.alarmEmail !== undefined) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }

    const store = props.store ?? { kind: 'postgres' };
    const dynamo = store.kind === 'dynamodb' ? this.tables(store) : undefined;
    const network = dynamo === undefined ? this.network(props.database) : undefined;
    const environment: Record<string, string> = {
      ...(network !== undefined && {
        DATABASE_SECRET_ARN: network.secret.secretArn,
        ...(network.host !== undefined && { DATABASE_HOST: network.host }),
        DATABASE_TLS: 'rds',
      }),
      ...dynamo?.environment,
      ...quotaEnvironment(props.quotas),
      LOG_LEVEL: 'info',
    };
    const make = (name: string, spec: FunctionSpec): lambda.Function => {
      const fn = new lambda.Function(this, pascal(name), {
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        handler: 'index.handler',
        code: this.code(name),
        timeout: spec.timeout,
        memorySize: spec.memorySize ?? 256,
        ...(spec.reservedConcurrency !== undefined && {
          reservedConcurrentExecutions: spec.reservedConcurrency,
        }),
        environment: { ...environment, ...spec.environment },
        // The DynamoDB store needs no VPC: its functions reach AWS's endpoints directly.
        ...(network !== undefined && {
          vpc: network.vpc,
          vpcSubnets: network.subnets,
          securityGroups: [network.securityGroup],
        }),
        logGroup: new logs.LogGroup(this, `${pascal(name)}Logs`, {
          retention: logs.RetentionDays.ONE_MONTH,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      });
      network?.secret.grantRead(fn);
      dynamo?.grant(fn);
      this.functions.set(name, fn);
      return fn;
    };

    // Migrations run on every deploy that brings new ones (before anything uses them).
    const migrate = make('migrate', { timeout: Duration.minutes(5) });
    const migrations = new CustomResource(this, 'Migrations', {
      serviceToken: new cr.Provider(this, 'MigrationsProvider', {
        onEventHandler: migrate,
        logGroup: new logs.LogGroup(this, 'MigrationsProviderLogs', {
          retention: logs.RetentionDays.ONE_MONTH,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      }).serviceToken,
      properties: { migrations: Object.keys(MIGRATIONS).join(',') },
    });

    // The event bus and the relay that publishes the outbox to it.
    this.bus = new events.EventBus(this, 'Bus', {
      eventBusName: `${Stack.of(this).stackName}-events`,
    });
    const relay = make('relay', {
      timeout: Duration.seconds(70),
      environment: { EVENT_BUS_NAME: this.bus.eventBusName, RELAY_POLL_MS: String(RELAY_POLL_MS) },
    });
    this.bus.grantPutEventsTo(relay);
    new events.Rule(this, 'RelaySchedule', {
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(relay, { retryAttempts: 0 })],
    });

    // The user pool and the triggers.
    const triggerEnv = {
      PRE_TOKEN_DB_BUDGET_MS: '1500',
      TOKEN_CLAIMS_FALLBACK:
        props.tokenClaimsFallback ?? (props.pool.kind === 'new' ? 'cache' : 'none'),
    };
    const triggers = new Map<TriggerName, lambda.Function>();
    for (const trigger of Object.keys(TRIGGER_SLOTS) as TriggerName[]) {
      triggers.set(
        trigger,
        make(trigger, {
          timeout: Duration.seconds(5),
          environment: triggerEnv,
          ...(props.triggerConcurrency !== undefined && {
            reservedConcurrency: props.triggerConcurrency,
          }),
        }),
      );
    }
    const pool = this.userPool(props, triggers);
    const poolArn = pool.arn;
    grantCognito(this, 'PreSignUpCognito', triggers.get('pre-sign-up'), poolArn, [
      'cognito-idp:ListUsers',
      'cognito-idp:AdminLinkProviderForUser',
    ]);
    grantCognito(this, 'PreTokenCognito', triggers.get('pre-token-generation'), poolArn, [
      'cognito-idp:AdminUpdateUserAttributes',
    ]);
    // The relay makes the claim-cache writes PreTokenGeneration deferred for want of budget.
    relay.addEnvironment('COGNITO_USER_POOL_ID', pool.id);
    relay.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cognito-idp:AdminUpdateUserAttributes'],
        resources: [poolArn],
      }),
    );

    // Consumers: a rule per consumer, to its queue (with a dead-letter queue), to its function.
    const consumers: ConsumerSpec[] = [
      { id: 'profile-provisioner', bundle: 'profile-provisioner', eventTypes: ['user.registered'] },
      ...(props.webhooks?.urls ?? []).map((url, index) => ({
        id: `webhook-forwarder-${index + 1}`,
        bundle: 'webhook-forwarder',
        environment: {
          WEBHOOK_URLS: url,
          WEBHOOK_SECRET_ARN: props.webhooks?.secretArn ?? '',
        },
      })),
    ];
    /** Each consumer's queues, by consumer: the console lists and redrives their dead letters. */
    const consumerQueues = new Map<string, { queue: sqs.Queue; dlq: sqs.Queue }>();
    const consumerTimeout = Duration.seconds(30);
    for (const consumer of consumers) {
      const fn = make(consumer.id, {
        timeout: consumerTimeout,
        environment: consumer.environment,
      });
      if (consumer.bundle === 'webhook-forwarder' && props.webhooks !== undefined) {
        secrets.Secret.fromSecretCompleteArn(
          this,
          `${pascal(consumer.id)}Secret`,
          props.webhooks.secretArn,
        ).grantRead(fn);
      }
      consumerQueues.set(
        consumer.id,
        this.subscribe(consumer.id, fn, consumerTimeout, {
          eventBus: this.bus,
          eventPattern: {
            source: ['usersync'],
            ...(consumer.eventTypes !== undefined && { detailType: consumer.eventTypes }),
          },
        }),
      );
      this.alarm(
        `${pascal(consumer.id)}Errors`,
        fn.metricErrors({ period: Duration.minutes(5) }),
        'consumer errors',
      );
    }

    // The change feed: CloudTrail's record of user-level Cognito calls, from the default bus.
    const changes = make('cognito-changes', {
      timeout: consumerTimeout,
      environment: { COGNITO_USER_POOL_ID: pool.id },
    });
    // AdminGetUser reads a user by `sub`; ListUsers finds only a federated one.
    changes.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cognito-idp:AdminGetUser', 'cognito-idp:ListUsers'],
        resources: [poolArn],
      }),
    );
    consumerQueues.set(
      'cognito-changes',
      this.subscribe('cognito-changes', changes, consumerTimeout, {
        eventPattern: {
          source: ['aws.cognito-idp'],
          detailType: ['AWS API Call via CloudTrail'],
          detail: { eventSource: ['cognito-idp.amazonaws.com'], eventName: [...USER_CHANGES] },
        },
      }),
    );
    this.alarm(
      'CognitoChangesErrors',
      changes.metricErrors({ period: Duration.minutes(5) }),
      'change feed errors',
    );
    if (props.createTrail === true) {
      // EventBridge sees CloudTrail's management events only while a trail records them.
      const accessLogs = new s3.Bucket(this, 'TrailAccessLogs', {
        enforceSSL: true,
        encryption: s3.BucketEncryption.S3_MANAGED,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
        lifecycleRules: [{ expiration: Duration.days(90) }],
      });
      Validations.of(accessLogs).acknowledge({
        id: 'AwsSolutions::AwsSolutions-S1',
        reason:
          "This bucket holds the trail bucket's access logs; logging it too would have no end.",
      });
      new cloudtrail.Trail(this, 'Trail', {
        bucket: new s3.Bucket(this, 'TrailBucket', {
          enforceSSL: true,
          encryption: s3.BucketEncryption.S3_MANAGED,
          blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
          serverAccessLogsBucket: accessLogs,
          lifecycleRules: [{ expiration: Duration.days(365) }],
        }),
        isMultiRegionTrail: false,
        includeGlobalServiceEvents: false,
        managementEvents: cloudtrail.ReadWriteType.WRITE_ONLY,
        enableFileValidation: true,
      });
    }

    // The nightly reconcile, a dry run unless told to apply.
    const sync = make('sync', {
      timeout: Duration.minutes(15),
      memorySize: 1024,
      environment: { COGNITO_USER_POOL_ID: pool.id },
    });
    sync.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cognito-idp:DescribeUserPool', 'cognito-idp:ListUsers'],
        resources: [poolArn],
      }),
    );
    // An admin's reconcile reaches it by an asynchronous invoke from the API: stated, not
    // Lambda's default of two retries (a run that fails stays resumable from the console).
    sync.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1) });
    new events.Rule(this, 'NightlyReconcile', {
      schedule: events.Schedule.cron({ hour: '3', minute: '0' }),
      targets: [
        new targets.LambdaFunction(sync, {
          event: events.RuleTargetInput.fromObject({
            sync_cognito: true,
            dryRun: !props.reconcileApplies,
          }),
          retryAttempts: 0,
        }),
      ],
    });

    // The API: a Lambda function behind an HTTP API.
    const apiFn = make('api', {
      timeout: Duration.seconds(29),
      memorySize: 512,
      environment: {
        COGNITO_USER_POOL_ID: pool.id,
        COGNITO_CLIENT_ID: pool.clientId,
        // Stated either way: GetTokensFromRefreshToken with rotation, REFRESH_TOKEN_AUTH without.
        REFRESH_TOKEN_ROTATION: pool.rotatesRefreshTokens ? 'on' : 'off',
        // The console's reconciles run there, invoked asynchronously.
        SYNC_FUNCTION_NAME: sync.functionName,
        // The console lists each consumer's dead letters and moves them back to its queue.
        CONSUMER_QUEUES: Stack.of(this).toJsonString(
          Object.fromEntries(
            [...consumerQueues].map(([consumer, { queue, dlq }]) => [
              consumer,
              { queueUrl: queue.queueUrl, deadLetterUrl: dlq.queueUrl },
            ]),
          ),
        ),
        ...((props.corsOrigins ?? []).length > 0 && {
          CORS_ORIGINS: (props.corsOrigins ?? []).join(','),
        }),
      },
    });
    apiFn.addToRolePolicy(
      new iam.PolicyStatement({
        // DELETE /me deletes the caller's Cognito user; the admin routes read a user by
        // `sub` (ListUsers), list their groups and take the console's actions.
        actions: [
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminUpdateUserAttributes',
          'cognito-idp:AdminDeleteUser',
          'cognito-idp:ListUsers',
          'cognito-idp:AdminListGroupsForUser',
          'cognito-idp:AdminAddUserToGroup',
          'cognito-idp:AdminRemoveUserFromGroup',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminUserGlobalSignOut',
          'cognito-idp:AdminSetUserMFAPreference',
        ],
        resources: [poolArn],
      }),
    );
    for (const { queue, dlq } of consumerQueues.values()) {
      dlq.grantConsumeMessages(apiFn);
      queue.grantSendMessages(apiFn);
    }
    // The function itself, unqualified: no `:*` of its versions.
    apiFn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [sync.functionArn],
      }),
    );
    const corsOrigins = props.corsOrigins ?? [];
    this.api = new apigw.HttpApi(this, 'HttpApi', {
      createDefaultStage: false,
      // The same allow-list as the function's CORS_ORIGINS: API Gateway answers preflights.
      ...(corsOrigins.length > 0 && {
        corsPreflight: {
          allowOrigins: corsOrigins,
          allowMethods: [
            apigw.CorsHttpMethod.GET,
            apigw.CorsHttpMethod.POST,
            apigw.CorsHttpMethod.PUT,
            apigw.CorsHttpMethod.PATCH,
            apigw.CorsHttpMethod.DELETE,
          ],
          allowHeaders: ['authorization', 'content-type'],
          maxAge: Duration.minutes(10),
        },
      }),
    });
    const proxy = new integrations.HttpLambdaIntegration('ApiIntegration', apiFn, {
      payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
    });
    this.api.addRoutes({ path: '/{proxy+}', methods: [apigw.HttpMethod.ANY], integration: proxy });
    this.api.addRoutes({ path: '/', methods: [apigw.HttpMethod.ANY], integration: proxy });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new apigw.HttpStage(this, 'ApiStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: { destination: new apigw.LogGroupLogDestination(accessLogs) },
    });

    // Nothing runs against a schema the deploy has not migrated yet.
    for (const fn of this.functions.values()) {
      if (fn !== migrate) fn.node.addDependency(migrations);
    }

    // Alarms.
    for (const [trigger, fn] of triggers) {
      this.alarm(
        `${pascal(trigger)}Errors`,
        fn.metricErrors({ period: Duration.minutes(5) }),
        'trigger errors',
      );
      this.alarm(
        `${pascal(trigger)}Throttles`,
        fn.metricThrottles({ period: Duration.minutes(5) }),
        'trigger throttles',
      );
    }
    for (const [index, { dlq }] of [...consumerQueues.values()].entries()) {
      this.alarm(
        `DeadLetters${index + 1}`,
        dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        'a message in a dead-letter queue',
      );
    }
    if (sync !== undefined) {
      this.alarm(
        'SyncFailed',
        sync.metricErrors({ period: Duration.hours(1) }),
        'a failed sync run',
      );
    }
    this.alarm('RelayErrors', relay.metricErrors({ period: Duration.minutes(5) }), 'relay errors');
    // The relay publishes, every minute, the age of the oldest event still in the outbox and
    // how many events it parked after their last attempt (usersync outbox redrive).
    const relayMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'usersync',
        metricName,
        dimensionsMap: { service: 'relay' },
        statistic: 'Maximum',
        period: Duration.minutes(5),
      });
    this.alarm(
      'OutboxAge',
      relayMetric('OutboxOldestAgeSeconds'),
      'an event waited in the outbox over 5 minutes',
      300,
    );
    this.alarm('OutboxParked', relayMetric('OutboxParked'), 'an event parked in the outbox');
    this.reconcileDrift = new cloudwatch.Metric({
      namespace: 'usersync',
      metricName: 'ReconcileDrift',
      dimensionsMap: { service: 'sync', dryRun: String(!props.reconcileApplies) },
      statistic: 'Maximum',
      period: Duration.days(1),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: pool.id });
    new CfnOutput(this, 'UserPoolClientId', { value: pool.clientId });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });

    acceptFindings(
      this,
      [migrate, this.node.tryFindChild('AttachTriggers')]
        .filter((fn): fn is lambda.Function => fn instanceof lambda.Function)
        .map((fn) => Stack.of(this).getLogicalId(fn.node.defaultChild as lambda.CfnFunction)),
    );
  }

  /**
   * A rule (on `rule.eventBus`, or the default bus) → a queue with a dead-letter queue (five
   * tries) → `fn`, with batch item failures; returns the dead-letter queue.
   */
  private subscribe(
    id: string,
    fn: lambda.Function,
    timeout: Duration,
    rule: { eventBus?: events.IEventBus; eventPattern: events.EventPattern },
  ): { queue: sqs.Queue; dlq: sqs.Queue } {
    const dlq = new sqs.Queue(this, `${pascal(id)}Dlq`, {
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });
    const queue = new sqs.Queue(this, `${pascal(id)}Queue`, {
      // At least six times the function's timeout (Lambda's guidance for SQS sources).
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });
    fn.addEventSource(
      new sources.SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    new events.Rule(this, `${pascal(id)}Rule`, { ...rule, targets: [new targets.SqsQueue(queue)] });
    return { queue, dlq };
  }

  /** An alarm that fires when `metric` is above `threshold` (0), notifying the alarm topic. */
  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    what: string,
    threshold = 0,
  ): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `usersync: ${what}. See docs/deploy.md, "Alarms".`,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.alarmTopic));
    return alarm;
  }

  /**
   * The DynamoDB store's tables: the users table (new, or the team's own, whose shape is
   * not changed here: the migrate function adds only the email index it lacks) and the
   * outbox table (events, job runs and consumers' records), both on demand, with
   * point-in-time recovery and encryption; and what every function is given.
   */
  private tables(store: Extract<StoreChoice, { kind: 'dynamodb' }>): {
    environment: Record<string, string>;
    grant: (fn: lambda.Function) => void;
  } {
    const keyAttribute = store.keyAttribute ?? 'userId';
    const common = {
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    };
    let users: dynamodb.ITable;
    if (store.table.kind === 'new') {
      const table = new dynamodb.Table(this, 'UsersTable', {
        ...common,
        tableName: store.table.name,
        partitionKey: { name: keyAttribute, type: dynamodb.AttributeType.STRING },
      });
      table.addGlobalSecondaryIndex({
        indexName: EMAIL_INDEX,
        partitionKey: { name: EMAIL_ATTRIBUTE, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.KEYS_ONLY,
      });
      users = table;
    } else {
      users = dynamodb.Table.fromTableName(this, 'UsersTable', store.table.name);
    }
    const outbox = new dynamodb.Table(this, 'OutboxTable', {
      ...common,
      tableName: outboxTableName(store.table.name),
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'expiresAt',
    });
    outbox.addGlobalSecondaryIndex({
      indexName: PENDING_INDEX,
      partitionKey: { name: 'pending', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'createdAt', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    // A sync run's staged listing (sparse: only staged items carry `stagedRun`).
    outbox.addGlobalSecondaryIndex({
      indexName: STAGED_INDEX,
      partitionKey: { name: 'stagedRun', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'stagedSub', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    // The audit log and job runs, newest first (sparse: only they carry `log`).
    outbox.addGlobalSecondaryIndex({
      indexName: LOG_INDEX,
      partitionKey: { name: 'log', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'logAt', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    // The API's rate-limit counters, shared by its containers; DynamoDB's time to live
    // removes a counter once its minute has passed (`expire`, epoch seconds).
    const limits = new dynamodb.Table(this, 'LimitsTable', {
      ...common,
      tableName: limitsTableName(store.table.name),
      partitionKey: { name: 'key', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'expire',
    });
    return {
      environment: {
        USER_STORE: 'dynamodb',
        DYNAMODB_USERS_TABLE: store.table.name,
        DYNAMODB_KEY_ATTRIBUTE: keyAttribute,
        ...(store.claimAttributes !== undefined && {
          DYNAMODB_CLAIM_ATTRIBUTES: store.claimAttributes,
        }),
        ...(store.profileAttribute !== undefined && {
          DYNAMODB_PROFILE_ATTRIBUTE: store.profileAttribute,
        }),
      },
      grant: (fn) => {
        // Named resources only: the tables and their named indexes (no `index/*`).
        fn.addToRolePolicy(
          new iam.PolicyStatement({
            actions: [
              'dynamodb:DescribeTable',
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:UpdateItem',
              'dynamodb:DeleteItem',
              'dynamodb:ConditionCheckItem',
              'dynamodb:BatchGetItem',
              'dynamodb:BatchWriteItem',
              'dynamodb:Query',
              'dynamodb:Scan',
            ],
            resources: [
              users.tableArn,
              `${users.tableArn}/index/${EMAIL_INDEX}`,
              outbox.tableArn,
              `${outbox.tableArn}/index/${PENDING_INDEX}`,
              `${outbox.tableArn}/index/${STAGED_INDEX}`,
              `${outbox.tableArn}/index/${LOG_INDEX}`,
              limits.tableArn,
            ],
          }),
        );
        // The migrate function adds the email index to a table that lacks it.
        if (fn.node.id === 'Migrate') {
          fn.addToRolePolicy(
            new iam.PolicyStatement({
              actions: ['dynamodb:DescribeTable', 'dynamodb:UpdateTable'],
              resources: [users.tableArn, outbox.tableArn],
            }),
          );
        }
      },
    };
  }

  /** The VPC, subnets, security group and database secret the functions use. */
  private network(choice: DatabaseChoice): {
    vpc: ec2.IVpc;
    subnets: ec2.SubnetSelection;
    securityGroup: ec2.ISecurityGroup;
    secret: secrets.ISecret;
    host: string | undefined;
  } {
    if (choice.kind === 'existing') {
      // Attributes, not a lookup: synth never calls AWS.
      const vpc = ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
        vpcId: choice.vpcId,
        availabilityZones: choice.availabilityZones,
        privateSubnetIds: choice.subnetIds,
      });
      return {
        vpc,
        subnets: { subnets: vpc.privateSubnets },
        securityGroup: ec2.SecurityGroup.fromSecurityGroupId(
          this,
          'DatabaseClients',
          choice.securityGroupId,
        ),
        secret: secrets.Secret.fromSecretCompleteArn(this, 'DatabaseSecret', choice.secretArn),
        host: choice.host,
      };
    }
    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'functions', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        { name: 'database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });
    vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(
        new logs.LogGroup(this, 'FlowLogs', {
          retention: logs.RetentionDays.ONE_MONTH,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      ),
    });
    const functions = new ec2.SecurityGroup(this, 'Functions', {
      vpc,
      description: 'usersync functions',
    });
    const cluster = new rds.DatabaseCluster(this, 'Database', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({
        version: rds.AuroraPostgresEngineVersion.VER_16_6,
      }),
      writer: rds.ClusterInstance.serverlessV2('writer'),
      serverlessV2MinCapacity: 0.5,
      serverlessV2MaxCapacity: 8,
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      defaultDatabaseName: 'usersync',
      port: 5433,
      storageEncrypted: true,
      deletionProtection: true,
      backup: { retention: Duration.days(14) },
      cloudwatchLogsExports: ['postgresql'],
      iamAuthentication: true,
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });
    const secret = cluster.secret;
    if (secret === undefined) throw new Error('the cluster has no secret');
    // The cluster leaves a snapshot when the stack goes; its credentials stay with it, so
    // that the snapshot can be restored and logged into (a deleted secret is gone for good).
    // (`cluster.secret` is its attachment to the cluster; the secret itself is the child.)
    (cluster.node.findChild('Secret') as secrets.Secret).applyRemovalPolicy(RemovalPolicy.RETAIN);
    cluster.addRotationSingleUser();
    const proxy = cluster.addProxy('Proxy', {
      secrets: [secret],
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      requireTLS: true,
    });
    // RDS Proxy for PostgreSQL listens on 5432, whatever the cluster's port.
    proxy.connections.allowFrom(functions, ec2.Port.tcp(5432), 'usersync functions');
    cluster.connections.allowDefaultPortFrom(proxy, 'RDS Proxy');
    return {
      vpc,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroup: functions,
      secret,
      host: proxy.endpoint,
    };
  }

  /** The pool: created with the triggers, or an existing one the triggers are wired into. */
  /** The stack's region, which `what` needs; a stack without one is refused, naming it. */
  private knownRegion(what: string): string {
    const { region } = Stack.of(this);
    if (Token.isUnresolved(region)) {
      throw new Error(`usersync: ${what} is needed, as the stack has no region set (env.region)`);
    }
    return region;
  }

  private userPool(
    props: UserSyncProps,
    triggers: Map<TriggerName, lambda.Function>,
  ): { id: string; arn: string; clientId: string; rotatesRefreshTokens: boolean } {
    const choice = props.pool;
    const claims = props.claims ?? DEFAULT_CLAIM_SET;
    if (choice.kind === 'existing') {
      const arn = Stack.of(this).formatArn({
        service: 'cognito-idp',
        resource: 'userpool',
        resourceName: choice.poolId,
      });
      const attach = new lambda.Function(this, 'AttachTriggers', {
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        handler: 'index.handler',
        code: this.code('attach-triggers'),
        timeout: Duration.minutes(2),
        logGroup: new logs.LogGroup(this, 'AttachTriggersLogs', {
          retention: logs.RetentionDays.ONE_MONTH,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
      });
      attach.addToRolePolicy(
        new iam.PolicyStatement({
          actions: [
            'cognito-idp:DescribeUserPool',
            'cognito-idp:UpdateUserPool',
            // Which app clients can write a claim's attribute (attach reports them).
            'cognito-idp:ListUserPoolClients',
            'cognito-idp:DescribeUserPoolClient',
          ],
          resources: [arn],
        }),
      );
      attach.addToRolePolicy(
        new iam.PolicyStatement({
          actions: [
            'lambda:ListTags',
            'lambda:TagResource',
            'lambda:UntagResource',
            'lambda:AddPermission',
            'lambda:RemovePermission',
          ],
          resources: [...triggers.values()].map((fn) => fn.functionArn),
        }),
      );
      new CustomResource(this, 'Triggers', {
        serviceToken: new cr.Provider(this, 'TriggersProvider', {
          onEventHandler: attach,
          logGroup: new logs.LogGroup(this, 'TriggersProviderLogs', {
            retention: logs.RetentionDays.ONE_MONTH,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
        }).serviceToken,
        properties: {
          PoolId: choice.poolId,
          Functions: Object.fromEntries(
            [...triggers].map(([trigger, fn]) => [trigger, fn.functionArn]),
          ),
          PreTokenVersion: props.preTokenVersion,
        },
      });
      return {
        id: choice.poolId,
        arn,
        clientId: choice.clientId,
        rotatesRefreshTokens: choice.refreshTokenRotation ?? false,
      };
    }
    if (choice.kind === 'construct') {
      addTriggers(choice.userPool, triggers, props.preTokenVersion);
      return {
        id: choice.userPool.userPoolId,
        arn: choice.userPool.userPoolArn,
        clientId: choice.client.userPoolClientId,
        rotatesRefreshTokens: choice.refreshTokenRotation ?? false,
      };
    }
    checkSignInChoice(choice.featurePlan, choice.signIn);
    const factors = new Set(choice.signIn?.firstFactors ?? ['PASSWORD']);
    const choiceBased = choice.featurePlan !== 'LITE';
    const pool = new cognito.UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      // Choice-based sign-in's first factors, stated either way.
      ...(choiceBased && {
        signInPolicy: {
          allowedFirstAuthFactors: {
            password: true,
            emailOtp: factors.has('EMAIL_OTP'),
            smsOtp: factors.has('SMS_OTP'),
            passkey: factors.has('WEB_AUTHN'),
          },
        },
      }),
      ...(factors.has('WEB_AUTHN') && {
        passkeyRelyingPartyId: choice.signIn?.passkeyRelyingPartyId,
        passkeyUserVerification:
          choice.signIn?.passkeyUserVerification === 'required'
            ? cognito.PasskeyUserVerification.REQUIRED
            : cognito.PasskeyUserVerification.PREFERRED,
      }),
      ...(choice.signIn?.sesFromEmail !== undefined && {
        email: cognito.UserPoolEmail.withSES({
          fromEmail: choice.signIn.sesFromEmail,
          sesRegion: choice.signIn.sesRegion ?? this.knownRegion('sesRegion'),
        }),
      }),
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      // An email change keeps the old one until the new one is verified.
      keepOriginal: { email: true },
      featurePlan: cognito.FeaturePlan[choice.featurePlan],
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      // The one policy the API checks too.
      passwordPolicy: PASSWORD_POLICY,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // The claim set's caches: text, as usersync writes them, mutable (by usersync alone:
      // the app client cannot write them).
      customAttributes: Object.fromEntries(
        cacheAttributes(claims).map(({ name, maxLength }) => [
          name,
          new cognito.StringAttribute({ mutable: true, maxLen: maxLength }),
        ]),
      ),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cognito.CfnUserPoolGroup(this, 'AdminGroup', {
      userPoolId: pool.userPoolId,
      groupName: 'admin',
      description: 'usersync administrators (GET /admin/users)',
    });
    const grace = choice.signIn?.refreshTokenRotationGraceSeconds;
    const client = pool.addClient('App', {
      // A password, and, beyond the Lite plan, choice-based sign-in (USER_AUTH); nothing
      // else (no SRP, no custom flow, no admin flow from a browser's client).
      authFlows: { userPassword: true, user: choiceBased, userSrp: false, custom: false },
      ...(grace !== undefined && { refreshTokenRotationGracePeriod: Duration.seconds(grace) }),
      // Stated, not left to Cognito's defaults: a challenge's session lasts three minutes
      // (then SESSION_EXPIRED), and RevokeToken works (POST /auth/logout relies on it).
      authSessionValidity: Duration.minutes(3),
      enableTokenRevocation: true,
      generateSecret: false,
      preventUserExistenceErrors: true,
      // usersync signs users in through its API, never through the hosted UI: no OAuth
      // flows, scopes or callback URLs (CDK's defaults would enable the implicit and code
      // flows with a callback of https://example.com).
      disableOAuth: true,
    });
    // Left unset, every attribute is readable and writable by the user through the public
    // API (SignUp, UpdateUserAttributes). Claims are read from the store only, and the
    // attributes that cache them are written by usersync alone. The lists are the domain's,
    // in Cognito's names, as the local stack's client gets them.
    const cfnClient = client.node.defaultChild as cognito.CfnUserPoolClient;
    cfnClient.writeAttributes = [...USER_WRITABLE_ATTRIBUTES];
    cfnClient.readAttributes = clientReadableAttributes(claims);
    addTriggers(pool, triggers, props.preTokenVersion);
    return {
      id: pool.userPoolId,
      arn: pool.userPoolArn,
      clientId: client.userPoolClientId,
      rotatesRefreshTokens: grace !== undefined,
    };
  }
}

/** Adds usersync's triggers to a pool construct (PreTokenGeneration in the chosen version). */
function addTriggers(
  pool: cognito.UserPool,
  triggers: Map<TriggerName, lambda.Function>,
  version: PreTokenVersion,
): void {
  const operations: Record<TriggerName, cognito.UserPoolOperation> = {
    'pre-sign-up': cognito.UserPoolOperation.PRE_SIGN_UP,
    'post-confirmation': cognito.UserPoolOperation.POST_CONFIRMATION,
    'pre-token-generation': cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
    'post-authentication': cognito.UserPoolOperation.POST_AUTHENTICATION,
    'user-migration': cognito.UserPoolOperation.USER_MIGRATION,
  };
  for (const [trigger, fn] of triggers) {
    if (trigger === 'pre-token-generation') {
      pool.addTrigger(
        operations[trigger],
        fn,
        version === 'V2_0' ? cognito.LambdaVersion.V2_0 : cognito.LambdaVersion.V1_0,
      );
    } else pool.addTrigger(operations[trigger], fn);
  }
}

/**
 * The bundles shipped with usersync: dist/lambdas/<name> of the package (or of this
 * checkout, after `npm run build:lambdas`). A `configFile` is put beside each, at synth.
 */
export function packagedCode(configFile?: string): (name: string) => lambda.Code {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // The package's dist/js/cdk/ and the checkout's src/cdk/ are two levels below the root.
  const bundles = [path.join(here, '../../lambdas'), path.join(here, '../../dist/lambdas')].find(
    (dir) => existsSync(path.join(dir, 'relay/index.mjs')),
  );
  if (bundles === undefined) {
    throw new Error('usersync: no function bundles found (run npm run build:lambdas)');
  }
  return (name) => {
    const dir = path.join(
      bundles,
      name.startsWith('webhook-forwarder') ? 'webhook-forwarder' : name,
    );
    if (configFile === undefined) return lambda.Code.fromAsset(dir);
    return lambda.Code.fromAsset(dir, {
      bundling: {
        // Copied on this machine: no container is ever started.
        image: DockerImage.fromRegistry('usersync-local-copy-only'),
        local: {
          tryBundle(outputDir) {
            cpSync(dir, outputDir, { recursive: true });
            copyFileSync(configFile, path.join(outputDir, 'usersync.config.json'));
            return true;
          },
        },
      },
    });
  };
}

/**
 * Lets a trigger call Cognito on its pool through a policy of its own: in the role's
 * default policy, which the function depends on, the pool (which names the function) would
 * depend on itself.
 */
function grantCognito(
  scope: Construct,
  id: string,
  fn: lambda.Function | undefined,
  poolArn: string,
  actions: string[],
): void {
  if (fn?.role === undefined) return;
  new iam.Policy(scope, id, {
    roles: [fn.role],
    statements: [new iam.PolicyStatement({ actions, resources: [poolArn] })],
  });
}

/** `pre-sign-up` → `PreSignUp`. */
function pascal(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_match, _dash, char: string) => char.toUpperCase());
}
