// The usersync CDK app: `npm run synth` (offline, no credentials) writes the CloudFormation
// template to cdk.out/; `npx cdk deploy` deploys it. Every choice is a context value
// (-c name=value, or cdk.json): see docs/deploy.md.
import path from 'node:path';
import { App, Validations, aws_lambda as lambda } from 'aws-cdk-lib';
import nag from 'cdk-nag';
import { loadConfig } from '../../src/config/config.ts';
import { readConfigFile } from '../../src/config/file.ts';
import { PRE_TOKEN_VERSIONS, type PreTokenVersion } from '../../src/domain/triggers.ts';
import {
  UsersyncStack,
  type DatabaseChoice,
  type FirstFactor,
  type PoolChoice,
  type StoreChoice,
} from '../lib/usersync-stack.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function isClaimsFallback(value: string): value is 'none' | 'cache' {
  return value === 'none' || value === 'cache';
}

function positiveInteger(raw: string, name: string): number {
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`usersync: the context value ${name} must be a positive integer (got ${raw})`);
  }
  return parsed;
}

/** Reads the stack's choices from the app's context. */
export function choicesFromContext(app: App) {
  const value = (name: string): string | undefined => {
    const raw: unknown = app.node.tryGetContext(name);
    if (raw === undefined || raw === '') return undefined;
    return typeof raw === 'string' ? raw : JSON.stringify(raw);
  };
  const list = (name: string): string[] =>
    (value(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const need = (name: string): string => {
    const found = value(name);
    if (found === undefined)
      throw new Error(`usersync: the context value ${name} is required (-c ${name}=…)`);
    return found;
  };
  const existingPool = value('poolId');
  const pool: PoolChoice =
    existingPool === undefined
      ? {
          kind: 'new',
          featurePlan: (value('featurePlan') ?? 'ESSENTIALS') as 'LITE' | 'ESSENTIALS' | 'PLUS',
          signIn: {
            firstFactors: (list('firstFactors').length > 0
              ? list('firstFactors')
              : ['PASSWORD']) as FirstFactor[],
            ...(value('passkeyRelyingPartyId') !== undefined && {
              passkeyRelyingPartyId: value('passkeyRelyingPartyId'),
            }),
            ...(value('passkeyUserVerification') !== undefined && {
              passkeyUserVerification: value('passkeyUserVerification') as 'preferred' | 'required',
            }),
            ...(value('sesFromEmail') !== undefined && { sesFromEmail: value('sesFromEmail') }),
            ...(value('sesRegion') !== undefined && { sesRegion: value('sesRegion') }),
            ...(value('refreshTokenRotationGraceSeconds') !== undefined && {
              refreshTokenRotationGraceSeconds: Number(value('refreshTokenRotationGraceSeconds')),
            }),
          },
        }
      : {
          kind: 'existing',
          poolId: existingPool,
          clientId: need('clientId'),
          refreshTokenRotation: value('refreshTokenRotation') === 'on',
        };
  const secretArn = value('databaseSecretArn');
  const database: DatabaseChoice =
    secretArn === undefined
      ? { kind: 'new' }
      : {
          kind: 'existing',
          secretArn,
          vpcId: need('vpcId'),
          subnetIds: list('subnetIds'),
          availabilityZones: list('availabilityZones'),
          securityGroupId: need('securityGroupId'),
          ...(value('databaseHost') !== undefined && { host: value('databaseHost') }),
        };
  const version =
    value('preTokenVersion') ??
    (pool.kind === 'new' && pool.featurePlan === 'LITE' ? 'V1_0' : 'V2_0');
  if (!(PRE_TOKEN_VERSIONS as readonly string[]).includes(version)) {
    throw new Error(`usersync: preTokenVersion takes ${PRE_TOKEN_VERSIONS.join(' or ')}`);
  }
  const fallback = value('tokenClaimsFallback');
  if (fallback !== undefined && !isClaimsFallback(fallback)) {
    throw new Error('usersync: tokenClaimsFallback takes none or cache');
  }
  // The same text as COGNITO_SHARES and COGNITO_PRIORITY_PERCENT, checked as those are.
  const quotas = loadConfig({
    COGNITO_SHARES: value('cognitoShares'),
    COGNITO_PRIORITY_PERCENT: value('cognitoPriorityPercent'),
  }).quotas;
  const webhookUrls = list('webhookUrls');
  const userStore = value('userStore') ?? 'postgres';
  if (userStore !== 'postgres' && userStore !== 'dynamodb') {
    throw new Error('usersync: userStore takes postgres or dynamodb');
  }
  const store: StoreChoice =
    userStore === 'postgres'
      ? { kind: 'postgres' }
      : {
          kind: 'dynamodb',
          table: {
            kind: value('usersTableExists') === 'true' ? 'existing' : 'new',
            name: need('usersTable'),
          },
          ...(value('dynamodbKeyAttribute') !== undefined && {
            keyAttribute: value('dynamodbKeyAttribute'),
          }),
          ...(value('dynamodbClaimAttributes') !== undefined && {
            claimAttributes: value('dynamodbClaimAttributes'),
          }),
          ...(value('dynamodbProfileAttribute') !== undefined && {
            profileAttribute: value('dynamodbProfileAttribute'),
          }),
        };
  return {
    pool,
    database,
    store,
    // The configuration file's claims, as build:lambdas bundles the file for the functions.
    claims: readConfigFile(process.env['USERSYNC_CONFIG'] || undefined, ROOT).claims,
    preTokenVersion: version as PreTokenVersion,
    ...(webhookUrls.length > 0 && {
      webhooks: { urls: webhookUrls, secretArn: need('webhookSecretArn') },
    }),
    ...(value('alarmEmail') !== undefined && { alarmEmail: value('alarmEmail') }),
    reconcileApplies: value('reconcileApplies') === 'true',
    ...(value('triggerConcurrency') !== undefined && {
      triggerConcurrency: positiveInteger(value('triggerConcurrency') ?? '', 'triggerConcurrency'),
    }),
    corsOrigins: list('corsOrigins'),
    createTrail: value('createTrail') === 'true',
    ...(fallback !== undefined && { tokenClaimsFallback: fallback }),
    quotas,
  };
}

/** Builds the app: the stack from context, the bundles from `bundles`, cdk-nag on it. */
export function buildApp(
  app = new App(),
  bundles = path.join(ROOT, 'dist/lambdas'),
): { app: App; stack: UsersyncStack } {
  const stackName: unknown = app.node.tryGetContext('stackName');
  const stack = new UsersyncStack(app, typeof stackName === 'string' ? stackName : 'Usersync', {
    ...choicesFromContext(app),
    code: (name) => {
      const bundle = name.startsWith('webhook-forwarder') ? 'webhook-forwarder' : name;
      return lambda.Code.fromAsset(path.join(bundles, bundle));
    },
  });
  Validations.of(app).addPlugins(new nag.AwsSolutionsChecks(app));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app } = buildApp(
    new App({ outdir: process.env['CDK_OUTDIR'] ?? path.join(ROOT, 'cdk.out') }),
  );
  app.synth();
}
