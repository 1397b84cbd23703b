import type { CognitoGateway, GatewayBudget } from '../cognito/gateway.ts';
import { lazyGateway } from '../cognito/lazy-gateway.ts';
import {
  configuredBudget,
  TRIGGER_WAIT_MS,
  type CallPriority,
  type CognitoBudget,
} from '../cognito/quota.ts';
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
  /**
   * The Cognito client, built (and the SDK loaded) on first use: not every function calls
   * Cognito, and a trigger seldom does.
   */
  cognitoClient: () => Promise<CognitoIdentityProviderClient>;
  /** The container's share of the Cognito budget, counted in the store with every other process's. */
  budget: () => CognitoBudget;
  /**
   * The Cognito gateway over that client, spending the budget at `priority`; it loads the
   * SDK at its first call.
   */
  cognito: (spending: Omit<GatewayBudget, 'budget'>) => CognitoGateway;
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
  let client: Promise<CognitoIdentityProviderClient> | undefined;
  const cognitoClient = () =>
    (client ??= import('../cognito/client.ts').then(({ createCognitoClient }) =>
      createCognitoClient(config),
    ));
  let budget: CognitoBudget | undefined;
  const budgetOnce = () => (budget ??= configuredBudget(store.counters, config.quotas, logger));
  const gateways = new Map<string, CognitoGateway>();
  return {
    config,
    logger,
    store,
    cognitoClient,
    budget: budgetOnce,
    cognito: (spending) => {
      const key = `${spending.priority}:${spending.maxWaitMs ?? ''}`;
      let gateway = gateways.get(key);
      if (gateway === undefined) {
        gateway = lazyGateway(async () => {
          const { createCognitoGateway } = await import('../cognito/gateway.ts');
          return createCognitoGateway(await cognitoClient(), { ...spending, budget: budgetOnce() });
        });
        gateways.set(key, gateway);
      }
      return gateway;
    },
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
        cognito: cognito({ priority: 'interactive', maxWaitMs: TRIGGER_WAIT_MS }),
        cacheWrites: store.cacheWrites,
        preTokenBudgetMs: config.preTokenBudgetMs,
        claimsFallback: config.tokenClaimsFallback,
        claims: config.claims,
      }),
    'trigger',
  );
}

/**
 * What a job-running function (the sync, the change feed) is built from: the container's
 * store and the pool of `COGNITO_USER_POOL_ID`, its Cognito calls spending the budget at
 * `priority` (the change feed's `feed`, the sync's `jobs`).
 */
export async function jobDependencies(component: string, priority: CallPriority): Promise<JobDeps> {
  const { store, ...context } = await lambdaContext();
  return { store, ...poolAndLogger(context, component, priority) };
}

function poolAndLogger(
  { config, cognito, logger }: Omit<LambdaContext, 'store'>,
  component: string,
  priority: CallPriority,
): Pick<JobDeps, 'cognito' | 'logger' | 'claims'> {
  return {
    claims: config.claims,
    cognito: {
      gateway: cognito({ priority }),
      userPoolId: requiredSetting(
        config.cognito.userPoolId,
        'COGNITO_USER_POOL_ID',
        `for ${component}`,
      ),
    },
    logger: logger.child({ component }),
  };
}
