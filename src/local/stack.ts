import type { TriggerHandler } from '../triggers/types.ts';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDependencies } from '../api/app.ts';
import { inProcessLauncher } from '../services/jobs/launcher.ts';
import { sqsDeadLetterBoard } from '../events/dead-letters.ts';
import { apiDependencies, closeApp } from '../api/server.ts';
import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway } from '../cognito/gateway.ts';
import {
  configuredBudget,
  memoryCounters,
  TRIGGER_WAIT_MS,
  type CallPriority,
  type CognitoBudget,
} from '../cognito/quota.ts';
import { keepApplyingCacheWrites } from '../services/jobs/deferred-cache-writes.ts';
import { requiredSetting, type Config } from '../config/config.ts';
import { connectPostgres, type DatabaseHandle } from '../db/connection.ts';
import { pgdataPath } from '../db/embedded.ts';
import { startPgliteServer } from '../db/pglite-server.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/configured.ts';
import { UsersyncError, isUsersyncError } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';
import { startCognitoLocal } from './cognito-local.ts';
import { emulatorTriggerHandlers } from './emulator.ts';
import { ensureLocalAdmin, ensureUserPool } from './provision.ts';
import { LoopbackJwksFetcher } from './jwks-fetcher.ts';
import { emulatorFlows, serialSignUps } from './emulator-flows.ts';
import { lockDataDir } from './data-dir.ts';
import { startLambdaEndpoint } from './lambda-endpoint.ts';
import { removeLocalFile, writeLocalFile, type LocalStackInfo } from './local-file.ts';
import { assertPortFree, freePort } from './ports.ts';
import { ensureQueue, localSqsClient, startLocalSqs } from './local-sqs.ts';
import {
  createChangeFeedHandler,
  changeTarget,
  type ChangeTarget,
} from '../events/cognito-changes.ts';
import { createConsumer, type EventSink } from '../events/consumer.ts';
import { deliveryRecorder, webhookConsumerName, webhookSink } from '../events/webhook-forwarder.ts';
import type { EventType } from '../domain/events.ts';
import { createLocalBus } from '../events/local-bus.ts';
import { PROFILE_PROVISIONER, profileSink } from '../events/profile-provisioner.ts';
import { RETENTION_EVERY_MS, createRelay } from '../events/relay.ts';
import { createDynamoClient } from '../stores/dynamodb/client.ts';
import { ensureTables } from '../stores/dynamodb/tables.ts';
import { postgresStore, type StoreHandle } from '../stores/configured.ts';
import { dynamoStore } from '../stores/dynamodb/handle.ts';
import { startDynalite } from './dynalite.ts';
import { runRelayLoop } from '../events/relay-loop.ts';
import { runSqsPoller } from '../events/sqs-poller.ts';

/** The local stack's user pool and app client names (found again on later runs). */
export const LOCAL_POOL_NAME = 'usersync-local';
export const LOCAL_CLIENT_NAME = 'usersync-local-app';

/** Connections the embedded database accepts at once (the stack's pool, psql, CLI commands). */
const MAX_DB_CONNECTIONS = 32;

/** A consumer of the local stack: its queue, the events its rule sends there, its sink. */
interface LocalConsumer {
  key: string;
  eventTypes: readonly EventType[] | '*';
  sink: EventSink;
  /** The consumer's name, under which it records what it applied (as its Lambda function does). */
  name: string;
  /** Skip events older than one applied for the same user. */
  ignoreStale: boolean;
}

/** The built-in sinks the configuration asks for. */
function localConsumers(config: Config, store: StoreHandle, logger: Logger): LocalConsumer[] {
  return [
    {
      key: 'profileProvisioner',
      name: PROFILE_PROVISIONER,
      eventTypes: ['user.registered'],
      sink: profileSink(config.profileDefaults, store.users),
      ignoreStale: false,
    },
    ...config.webhookUrls.map((url, index) => ({
      key: `webhook${index + 1}`,
      name: webhookConsumerName(url),
      eventTypes: '*' as const,
      sink: webhookSink({
        url,
        secret: config.webhookSecret ?? '',
        onDelivery: deliveryRecorder(store.audit, logger),
      }),
      // A receiver should not see a user's state go back in time.
      ignoreStale: true,
    })),
  ];
}

/**
 * The local event pipeline: fauxqs on LOCAL_SQS_PORT, a queue (and its dead-letter queue)
 * per consumer, the relay publishing the outbox to the local bus, and a poller running each
 * consumer against its queue, as Lambda's SQS event source would.
 */
async function startEventPipeline(
  config: Config,
  database: DatabaseHandle,
  store: StoreHandle,
  logger: Logger,
): Promise<{
  sqsEndpoint: string;
  queues: LocalStackInfo['queues'];
  /** Starts the change feed's queue and poller, once Cognito is up. */
  startChangeFeed: (target: ChangeTarget) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const sqs = await startLocalSqs(config.local.sqsPort);
  try {
    const consumers = localConsumers(config, store, logger);
    const queues: LocalStackInfo['queues'] = {};
    for (const consumer of consumers) {
      const name = `usersync-${consumer.key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}`;
      queues[consumer.key] = await ensureQueue(sqs.client, name);
    }
    const controller = new AbortController();
    const relayLogger = logger.child({ component: 'relay' });
    const loops = [
      runRelayLoop({
        relay: createRelay({
          outbox: store.outbox,
          maxAttempts: config.events.outboxMaxAttempts,
          retention: {
            prune: () => store.prune(config.events.retentionDays),
            everyMs: RETENTION_EVERY_MS,
          },
          publisher: createLocalBus(
            sqs.client,
            consumers.map(({ key, eventTypes }) => ({
              name: key,
              eventTypes,
              queueUrl: queues[key]?.queueUrl ?? '',
            })),
          ),
          logger: relayLogger,
        }),
        pool: database.pool,
        logger: relayLogger,
        signal: controller.signal,
        pollMs: config.events.relayPollMs,
        // The embedded database's socket server delivers no notifications.
        listen: false,
      }),
      ...consumers.map(({ key, name, sink, ignoreStale }) =>
        runSqsPoller({
          sqs: sqs.client,
          queueUrl: queues[key]?.queueUrl ?? '',
          // As on Lambda: the store's ledger records what each consumer did.
          handler: createConsumer({
            name,
            ledger: store.ledger,
            sink,
            ignoreStale,
            logger: logger.child({ component: key }),
          }),
          logger,
          signal: controller.signal,
        }),
      ),
    ];
    return {
      sqsEndpoint: sqs.endpoint,
      queues,
      startChangeFeed: async (target) => {
        // CloudTrail does not exist here: tests and people send its events to this queue.
        queues['cognitoChanges'] = await ensureQueue(sqs.client, 'usersync-cognito-changes');
        loops.push(
          runSqsPoller({
            sqs: sqs.client,
            queueUrl: queues['cognitoChanges'].queueUrl,
            handler: createChangeFeedHandler(() => target),
            logger,
            signal: controller.signal,
          }),
        );
      },
      stop: async () => {
        controller.abort();
        await Promise.all(loops);
        await sqs.stop();
      },
    };
  } catch (error) {
    await sqs.stop();
    throw error;
  }
}

/** A running local stack. */
export interface LocalStack {
  info: LocalStackInfo;
  /** The API (listening; tests may also `inject()`). */
  app: FastifyInstance;
  /** What the API was built from: the stack's store, Cognito clients and verifier. */
  dependencies: AppDependencies;
  /**
   * The stack's store: the embedded database, or dynalite with `USER_STORE=dynamodb` (the
   * embedded database then keeps usersync's own records: job runs, consumers' events).
   */
  store: StoreHandle;
  /** The embedded database. */
  database: DatabaseHandle;
  /**
   * The handlers cognito-local's triggers call, by function name: the map the stack's Lambda
   * endpoint reads at each call (the sign-in benchmark swaps two for pass-throughs).
   */
  triggers: Map<string, TriggerHandler>;
  /** Stops every part, in reverse order of start; safe to call twice. */
  stop(): Promise<void>;
}

/** The parts started so far, stopped in reverse order of start. */
class Parts {
  private readonly stops: (() => Promise<void>)[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  /** Registers how to stop a part that has started. */
  add(stop: () => Promise<void>): void {
    this.stops.push(stop);
  }

  /** Stops every part, last started first; safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (let next = this.stops.pop(); next !== undefined; next = this.stops.pop()) {
        await next().catch((error: unknown) =>
          this.logger.warn({ err: error }, 'a part of the local stack did not stop cleanly'),
        );
      }
    })();
    return this.stopping;
  }
}

/** The stack's interface: every client reaches the embedded database on 127.0.0.1. */
const HOST = '127.0.0.1';

/**
 * Starts the whole stack on one machine: the data directory's lock, the embedded database
 * (migrated, and served over the PostgreSQL protocol on LOCAL_DB_PORT so that every client,
 * this process included, is queued through one server), the event pipeline, the Lambda
 * Invoke endpoint for the triggers, cognito-local, the user pool and app client, and the
 * API. Writes `<data dir>/local.json` when all of it is ready. A part that fails stops the
 * parts already started.
 */
export async function startLocalStack(config: Config, logger: Logger): Promise<LocalStack> {
  const parts = new Parts(logger);
  const stop = () => parts.stop();
  try {
    const { dataDir } = config;
    parts.add(
      await lockDataDir(dataDir, 'usersync dev', (error) =>
        logger.error({ err: error }, "the data directory's lock was lost"),
      ),
    );
    await removeLocalFile(dataDir);
    parts.add(() => removeLocalFile(dataDir));
    await assertPortFree(HOST, config.local.dbPort, 'LOCAL_DB_PORT');
    await assertPortFree(HOST, config.local.cognitoPort, 'COGNITO_LOCAL_PORT');
    await assertPortFree(HOST, config.local.sqsPort, 'LOCAL_SQS_PORT');
    await assertPortFree(config.api.host, config.api.port, 'PORT');

    // The team's own database when DATABASE_URL (or the secret) names one: usersync runs on
    // their users table as it would deployed; else the embedded one in the data directory.
    const { database, databaseUrl } =
      config.databaseUrl !== undefined || config.databaseSecretArn !== undefined
        ? await openTeamDatabase(config, logger, parts)
        : await startEmbeddedDatabase(config, logger, parts);
    const dynamo =
      config.userStore === 'dynamodb' ? await startLocalDynamo(config, parts) : undefined;
    const dynamodbEndpoint = dynamo?.endpoint;
    const store = dynamo ?? postgresStore(database, config.users, config.claims);
    const events = await startEventPipeline(config, database, store, logger);
    parts.add(events.stop);
    // One Cognito budget for the whole stack, counted in its memory: the stack is one
    // process, and its embedded database serves one session at a time, which a request's
    // own transaction may hold while it calls Cognito. The triggers and the API spend it
    // first, the change feed next, jobs last.
    const budget = configuredBudget(memoryCounters(), config.quotas, logger);
    const cognito = await startEmulatedCognito(config, logger, parts, store, budget);
    const poolOf = (priority: CallPriority) => ({
      gateway: createCognitoGateway(cognito.client, { budget, priority }),
      userPoolId: cognito.userPoolId,
    });
    const changeFeed = {
      cognito: poolOf('feed'),
      logger: logger.child({ component: 'cognito-changes' }),
      claims: config.claims,
    };
    await events.startChangeFeed(changeTarget({ ...changeFeed, store }, store.ledger));

    // An admin's reconcile runs in this process, as `usersync serve` runs it.
    const syncLauncher = inProcessLauncher(
      {
        ...changeFeed,
        cognito: poolOf('jobs'),
        store,
        logger: logger.child({ component: 'sync' }),
      },
      logger.child({ component: 'sync' }),
    );
    parts.add(() => syncLauncher.close());

    // The claim-cache writes the sign-in trigger deferred, made beside the relay as the
    // relay function makes them on AWS.
    const stopCacheWrites = new AbortController();
    const cacheWrites = keepApplyingCacheWrites(
      {
        cacheWrites: store.cacheWrites,
        users: store.users,
        cognito: poolOf('jobs'),
        claims: config.claims,
        logger: logger.child({ component: 'cache-writes' }),
      },
      { signal: stopCacheWrites.signal },
    );
    parts.add(async () => {
      stopCacheWrites.abort();
      await cacheWrites;
    });

    // The API's own composition root, on the stack's pool, app client and emulator.
    const dependencies = apiDependencies(
      {
        ...config,
        cognito: {
          ...config.cognito,
          userPoolId: cognito.userPoolId,
          clientId: cognito.clientId,
          clientSecret: undefined,
          endpoint: cognito.endpoint,
        },
      },
      logger,
      {
        store: store.users,
        records: store,
        counters: store.counters,
        cognitoClient: cognito.client,
        budget,
        syncLauncher,
        deadLetters: sqsDeadLetterBoard(localSqsClient(events.sqsEndpoint), events.queues),
        jwksFetcher: new LoopbackJwksFetcher(),
        decorateFlows: (flows) =>
          emulatorFlows(
            serialSignUps(flows),
            createCognitoGateway(cognito.client),
            cognito.userPoolId,
          ),
      },
    );
    const app: FastifyInstance = await buildApp(dependencies);
    parts.add(() => closeApp(app, API_CLOSE_GRACE_MS));
    const apiUrl = await app.listen({ host: config.api.host, port: config.api.port });

    const info: LocalStackInfo = {
      apiUrl,
      databaseUrl,
      cognitoEndpoint: cognito.endpoint,
      userPoolId: cognito.userPoolId,
      clientId: cognito.clientId,
      code: config.local.code,
      sqsEndpoint: events.sqsEndpoint,
      queues: events.queues,
      ...(config.local.admin !== undefined && { adminEmail: config.local.admin.email }),
      ...(dynamodbEndpoint !== undefined && {
        dynamodbEndpoint,
        usersTable: config.dynamodb.usersTable,
      }),
    };
    await writeLocalFile(dataDir, info);
    return { info, app, dependencies, store, database, triggers: cognito.triggers, stop };
  } catch (error) {
    await stop();
    if (isUsersyncError(error)) throw error;
    throw new UsersyncError(
      'LOCAL_STACK_FAILED',
      `The local stack could not start: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** The local DynamoDB store's users table when `DYNAMODB_USERS_TABLE` is unset. */
export const LOCAL_USERS_TABLE = 'usersync-users';

/**
 * The environment of `usersync dev`: with `USER_STORE=dynamodb` and no
 * `DYNAMODB_USERS_TABLE`, the local table {@link LOCAL_USERS_TABLE}.
 */
export function localStackEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env['USER_STORE'] !== 'dynamodb' || (env['DYNAMODB_USERS_TABLE'] ?? '') !== '') return env;
  return { ...env, DYNAMODB_USERS_TABLE: LOCAL_USERS_TABLE };
}

/**
 * dynalite on LOCAL_DYNAMODB_PORT (in memory: the users are gone when the stack stops), its
 * tables made, and the DynamoDB store on them.
 */
async function startLocalDynamo(
  config: Config,
  parts: Parts,
): Promise<StoreHandle & { endpoint: string }> {
  const usersTable = requiredSetting(config.dynamodb.usersTable, 'DYNAMODB_USERS_TABLE');
  if (config.local.dynamodbPort !== 0) {
    await assertPortFree(HOST, config.local.dynamodbPort, 'LOCAL_DYNAMODB_PORT');
  }
  const dynalite = await startDynalite(config.local.dynamodbPort);
  parts.add(() => dynalite.stop());
  const client = createDynamoClient({
    cognito: config.cognito,
    dynamodb: { endpoint: dynalite.endpoint },
  });
  parts.add(() => Promise.resolve(client.destroy()));
  const names = { ...config.dynamodb, usersTable };
  await ensureTables(client, names);
  return { ...dynamoStore(client, names, config.claims), endpoint: dynalite.endpoint };
}

/**
 * The database `DATABASE_URL` (or `DATABASE_SECRET_ARN`) names, migrated with the
 * configuration file's mapping. Its address is shown with no password.
 */
async function openTeamDatabase(
  config: Config,
  logger: Logger,
  parts: Parts,
): Promise<{ database: DatabaseHandle; databaseUrl: string }> {
  const database = await openConfiguredDatabase(config, {
    role: 'api',
    max: 4,
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
  });
  parts.add(() => database.close());
  await migrateToLatest(database, config);
  return { database, databaseUrl: withoutPassword(config.databaseUrl ?? "the secret's database") };
}

/** A connection URL with its password masked (`***`), for the banner and local.json. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * The embedded database in the data directory, served on LOCAL_DB_PORT, with the stack's
 * own pool through that server, migrated.
 */
async function startEmbeddedDatabase(
  config: Config,
  logger: Logger,
  parts: Parts,
): Promise<{ database: DatabaseHandle; databaseUrl: string }> {
  const pglite = await PGlite.create(pgdataPath(config.dataDir));
  parts.add(() => pglite.close());
  const dbServer = await startPgliteServer(pglite, {
    host: HOST,
    port: config.local.dbPort,
    maxConnections: MAX_DB_CONNECTIONS,
  });
  parts.add(() => dbServer.stop());
  const database = connectPostgres(dbServer.url, {
    schema: config.databaseSchema,
    // One pool serves the API, the triggers and the jobs here: the API's timeouts.
    role: 'api',
    max: 4,
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
  });
  parts.add(() => database.close());
  await migrateToLatest(database, config);
  return { database, databaseUrl: dbServer.url };
}

/**
 * cognito-local on COGNITO_LOCAL_PORT, with the triggers served to it by a Lambda Invoke
 * endpoint (their quirks for the emulator in ./emulator.ts), and the local pool and app
 * client, made on the first start and found again after.
 */
async function startEmulatedCognito(
  config: Config,
  logger: Logger,
  parts: Parts,
  store: Pick<StoreHandle, 'users' | 'cacheWrites'>,
  budget: CognitoBudget,
): Promise<{
  client: CognitoIdentityProviderClient;
  endpoint: string;
  userPoolId: string;
  clientId: string;
  triggers: Map<string, TriggerHandler>;
}> {
  // The emulator's endpoint is known before it starts: the triggers need a client for it.
  const port = config.local.cognitoPort === 0 ? await freePort() : config.local.cognitoPort;
  const client = createCognitoClient({
    cognito: { ...config.cognito, endpoint: `http://${HOST}:${port}` },
  });
  parts.add(() => Promise.resolve(client.destroy()));
  const triggers = emulatorTriggerHandlers({
    store: store.users,
    cacheWrites: store.cacheWrites,
    logger: logger.child({ component: 'trigger' }),
    cognito: createCognitoGateway(client, {
      budget,
      priority: 'interactive',
      maxWaitMs: TRIGGER_WAIT_MS,
    }),
    preTokenBudgetMs: config.preTokenBudgetMs,
    claimsFallback: config.tokenClaimsFallback,
    claims: config.claims,
  });
  const lambda = await startLambdaEndpoint({ logger, handlers: triggers });
  parts.add(() => lambda.close());

  const stateDir = path.join(config.dataDir, 'cognito');
  await mkdir(stateDir, { recursive: true });
  const cognitoLocal = await startCognitoLocal({
    stateDir,
    port,
    lambdaEndpoint: lambda.url,
    code: config.local.code,
    sessionSeconds: config.local.authSessionSeconds,
    logger,
  });
  parts.add(() => cognitoLocal.stop());
  const { userPoolId, clientId } = await ensureUserPool(
    client,
    LOCAL_POOL_NAME,
    LOCAL_CLIENT_NAME,
    config.claims,
    { refreshTokenRotation: config.cognito.refreshTokenRotation },
  );
  if (config.local.admin !== undefined) {
    await ensureLocalAdmin(client, userPoolId, config.local.admin);
  }
  return { client, endpoint: cognitoLocal.endpoint, userPoolId, clientId, triggers };
}

/** How long requests in flight may finish when the stack stops, before they are cut. */
const API_CLOSE_GRACE_MS = 3_000;
