import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Fetcher } from 'aws-jwt-verify/https';
import type { FastifyInstance } from 'fastify';
import { appClientVerifier } from '../auth/token-cache.ts';
import { createAuthFlows, type AuthFlows } from '../cognito/auth-flows.ts';
import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway } from '../cognito/gateway.ts';
import { API_WAIT_MS, configuredBudget, type CognitoBudget } from '../cognito/quota.ts';
import { requiredSetting, type Config } from '../config/config.ts';
import type { Logger } from '../logging/logger.ts';
import { openConfiguredStore } from '../stores/configured.ts';
import type { SharedCounters, UserStore } from '../stores/store.ts';
import { buildApp } from './app.ts';
import type { AdminRecords, AppDependencies } from './dependencies.ts';
import { inProcessLauncher, type SyncLauncher } from '../services/jobs/launcher.ts';
import { sqsDeadLetterBoard, type DeadLetterBoard } from '../events/dead-letters.ts';
import { SQSClient } from '@aws-sdk/client-sqs';
import { CLIENT_TIMEOUTS } from '../aws/client-options.ts';

// The API's one composition root: every setting of the API's config is read here, and
// nowhere else, whichever runtime serves it (`usersync serve`, a Lambda, the local stack).

/** The clients the API is built over; their default is made from config by {@link openApiServer}. */
export interface ApiClients {
  store: UserStore;
  /** The store's records the admin routes use: job capabilities and runs, outbox, audit log. */
  records: AdminRecords;
  /** Where the rate limits are counted (the store's shared counters). */
  counters: SharedCounters;
  cognitoClient: CognitoIdentityProviderClient;
  /** The process's Cognito budget (the admin routes spend it at `interactive`). */
  budget: CognitoBudget;
  /** Wraps the auth flows (the local stack queues sign-ups for its emulator). */
  decorateFlows?: (flows: AuthFlows) => AuthFlows;
  /** Runs the reconciles an admin starts (absent: starting one is `CONFIG_INVALID`). */
  syncLauncher?: SyncLauncher | undefined;
  /** The consumers' dead-letter queues; by default those of `CONSUMER_QUEUES`, if any. */
  deadLetters?: DeadLetterBoard | undefined;
  /** Fetches the pool's JWKS (the local stack's takes its emulator's plain http). @default https only */
  jwksFetcher?: Fetcher | undefined;
}

/**
 * Everything the API is built from, from config: the pool and app client (with its secret,
 * when it has one: every auth call then carries a `SECRET_HASH`), the JWT verifier on the
 * pool's issuer (the emulator's when `COGNITO_ENDPOINT` is set) behind a verified-token
 * cache, and the `/auth` rate limits.
 */
export function apiDependencies(
  config: Pick<Config, 'cognito' | 'api' | 'claims'>,
  logger: Logger,
  clients: ApiClients,
): AppDependencies {
  const userPoolId = requiredSetting(config.cognito.userPoolId, 'COGNITO_USER_POOL_ID');
  const clientId = requiredSetting(config.cognito.clientId, 'COGNITO_CLIENT_ID');
  const flows = createAuthFlows(clients.cognitoClient, {
    clientId,
    clientSecret: config.cognito.clientSecret,
    rotatesRefreshTokens: config.cognito.refreshTokenRotation,
  });
  return {
    logger,
    store: clients.store,
    records: clients.records,
    cognito: {
      userPoolId,
      gateway: createCognitoGateway(clients.cognitoClient, {
        budget: clients.budget,
        priority: 'interactive',
        maxWaitMs: API_WAIT_MS,
      }),
      flows: clients.decorateFlows?.(flows) ?? flows,
    },
    // A hot token skips the RS256 check until its exp (see docs/benchmarks.md).
    verifier: appClientVerifier({
      userPoolId,
      clientId,
      region: config.cognito.region,
      endpoint: config.cognito.endpoint,
      jwksFetcher: clients.jwksFetcher,
    }),
    claims: config.claims,
    corsOrigins: config.api.corsOrigins,
    totpIssuer: config.api.totpIssuer,
    trustProxy: config.api.trustProxy,
    counters: clients.counters,
    ...(clients.syncLauncher !== undefined && { syncLauncher: clients.syncLauncher }),
    ...(deadLetters(config, clients) ?? {}),
    rateLimits: {
      perIp: config.api.authRateLimitPerIp,
      perEmail: config.api.authRateLimitPerEmail,
      failuresPerEmail: config.api.authFailuresPerEmail,
    },
  };
}

/** The dead-letter board given, or the one of `CONSUMER_QUEUES`, or none. */
function deadLetters(
  config: Pick<Config, 'api' | 'cognito'>,
  clients: ApiClients,
): { deadLetters: DeadLetterBoard } | undefined {
  if (clients.deadLetters !== undefined) return { deadLetters: clients.deadLetters };
  if (Object.keys(config.api.consumerQueues).length === 0) return undefined;
  const sqs = new SQSClient({ region: config.cognito.region, maxAttempts: 3, ...CLIENT_TIMEOUTS });
  return { deadLetters: sqsDeadLetterBoard(sqs, config.api.consumerQueues) };
}

/** An API built from config, not yet listening. */
export interface ApiServer {
  app: FastifyInstance;
  dependencies: AppDependencies;
  /** Listens on `HOST`:`PORT`; returns the URL. */
  listen(): Promise<string>;
  /**
   * Stops taking requests, gives those in flight `graceMs` (default 10 s) to finish, then
   * cuts what is left, and closes the clients.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Builds the API from config alone: a PostgreSQL pool on `DATABASE_URL` or the RDS secret
 * `DATABASE_SECRET_ARN` (`DATABASE_POOL_MAX` connections, TLS as `DATABASE_TLS` says) and a Cognito client (`AWS_REGION`, `COGNITO_ENDPOINT`). The server root of
 * `usersync serve` and of the API's Lambda.
 */
export async function openApiServer(
  config: Config,
  logger: Logger,
  options: Pick<ApiClients, 'jwksFetcher'> = {},
): Promise<ApiServer> {
  const store = await openConfiguredStore(config, {
    role: 'api',
    max: config.databasePoolMax,
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
  });
  const cognitoClient = createCognitoClient(config);
  const budget = configuredBudget(store.counters, config.quotas, logger);
  // A long-lived process runs an admin's reconcile itself, beside the requests, at the
  // jobs' priority.
  const syncLauncher = inProcessLauncher(
    {
      store,
      cognito: {
        gateway: createCognitoGateway(cognitoClient, { budget, priority: 'jobs' }),
        userPoolId: requiredSetting(config.cognito.userPoolId, 'COGNITO_USER_POOL_ID'),
      },
      logger,
      claims: config.claims,
    },
    logger,
  );
  const closeClients = async () => {
    await syncLauncher.close();
    cognitoClient.destroy();
    await store.close();
  };
  try {
    const dependencies = apiDependencies(config, logger, {
      store: store.users,
      records: store,
      counters: store.counters,
      cognitoClient,
      budget,
      syncLauncher,
      jwksFetcher: options.jwksFetcher,
    });
    const app = await buildApp(dependencies);
    return {
      app,
      dependencies,
      listen: () => app.listen({ host: config.api.host, port: config.api.port }),
      close: async (graceMs = 10_000) => {
        await closeApp(app, graceMs);
        await closeClients();
      },
    };
  } catch (error) {
    await closeClients();
    throw error;
  }
}

/**
 * Closes the API: new requests are refused at once, requests in flight get `graceMs` to
 * finish, then their connections are cut, so a request waiting on something that hangs
 * cannot hold the shutdown.
 */
export async function closeApp(app: FastifyInstance, graceMs: number): Promise<void> {
  const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}
