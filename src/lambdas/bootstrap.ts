import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../cognito/gateway.ts';
import { loadConfig, requiredSetting, type Config } from '../config/config.ts';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createLogger, type Logger } from '../logging/logger.ts';
import type { JobDeps } from '../services/jobs/job.ts';
import { openConfiguredStore, type StoreHandle } from '../stores/configured.ts';
import type { TriggerDependencies } from '../triggers/dependencies.ts';
import type { TriggerHandler } from '../triggers/types.ts';
import type { DatabaseRole } from '../db/connection.ts';

/** What every usersync Lambda function is built from, once per container. */
export interface LambdaContext {
  config: Config;
  /**
   * The user store (`USER_STORE`): on PostgreSQL a small pool (2 connections, idle ones
   * closed after 10 s), reused across invocations; on DynamoDB a client.
   */
  store: StoreHandle;
  logger: Logger;
  /** The Cognito client, built on first use (not every function calls Cognito). */
  cognitoClient: () => CognitoIdentityProviderClient;
  /** The Cognito gateway over that client. */
  cognito: () => CognitoGateway;
}

let context: Promise<LambdaContext> | undefined;

/**
 * The one Lambda bootstrap: configuration read and validated once, one database pool (on
 * `DATABASE_URL`, or on the RDS secret `DATABASE_SECRET_ARN`, read once), one logger and one
 * Cognito client per container, whichever function it runs. A start that fails (a secret
 * not readable yet) is tried again by the next invocation.
 */
export function lambdaContext(role: DatabaseRole = 'job'): Promise<LambdaContext> {
  context ??= createContext(role).catch((error: unknown) => {
    context = undefined;
    throw error;
  });
  return context;
}

async function createContext(role: DatabaseRole): Promise<LambdaContext> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const store = await openConfiguredStore(config, {
    role,
    max: 2,
    idleTimeoutMillis: 10_000,
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
  });
  let client: CognitoIdentityProviderClient | undefined;
  const cognitoClient = () => (client ??= createCognitoClient(config));
  let gateway: CognitoGateway | undefined;
  return {
    config,
    logger,
    store,
    cognitoClient,
    cognito: () => (gateway ??= createCognitoGateway(cognitoClient())),
  };
}

/**
 * A Lambda handler built on its first invocation from the container's {@link lambdaContext}
 * and reused by every later one.
 */
export function lazyHandler<A extends unknown[], R>(
  build: (
    context: LambdaContext,
  ) => ((...args: A) => Promise<R>) | Promise<(...args: A) => Promise<R>>,
  role: DatabaseRole = 'job',
): (...args: A) => Promise<R> {
  let built: Promise<(...args: A) => Promise<R>> | undefined;
  return async (...args) => {
    built ??= lambdaContext(role)
      .then(build)
      .catch((error: unknown) => {
        built = undefined;
        throw error;
      });
    return (await built)(...args);
  };
}

/** A Cognito trigger as a Lambda function. */
export function triggerFunction(
  create: (dependencies: TriggerDependencies) => TriggerHandler,
): TriggerHandler {
  return lazyHandler(
    ({ config, store, logger, cognito }) =>
      create({
        store: store.users,
        logger: logger.child({ component: 'trigger' }),
        cognito: cognito(),
        preTokenBudgetMs: config.preTokenBudgetMs,
        claimsFallback: config.tokenClaimsFallback,
        claims: config.claims,
      }),
    'trigger',
  );
}

/**
 * What a job-running function (the sync, the change feed) is built from: the container's
 * store and the pool of `COGNITO_USER_POOL_ID`.
 */
export async function jobDependencies(component: string): Promise<JobDeps> {
  const { store, ...context } = await lambdaContext();
  return { store, ...poolAndLogger(context, component) };
}

function poolAndLogger(
  { config, cognito, logger }: Omit<LambdaContext, 'store'>,
  component: string,
): Pick<JobDeps, 'cognito' | 'logger' | 'claims'> {
  return {
    claims: config.claims,
    cognito: {
      gateway: cognito(),
      userPoolId: requiredSetting(
        config.cognito.userPoolId,
        'COGNITO_USER_POOL_ID',
        `for ${component}`,
      ),
    },
    logger: logger.child({ component }),
  };
}
