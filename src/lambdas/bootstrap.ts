import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../cognito/gateway.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { connectPostgres, type DatabaseHandle } from '../db/connection.ts';
import { UsersyncError } from '../domain/errors.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import type { TriggerDependencies } from '../triggers/dependencies.ts';
import type { TriggerHandler } from '../triggers/types.ts';

/** What every usersync Lambda function is built from, once per container. */
export interface LambdaContext {
  config: Config;
  /** A small pool (2 connections, idle ones closed after 10 s), reused across invocations. */
  database: DatabaseHandle;
  logger: Logger;
  /** The Cognito gateway, built on first use (not every function calls Cognito). */
  cognito: () => CognitoGateway;
}

let context: LambdaContext | undefined;

/**
 * The one Lambda bootstrap: configuration read and validated once, one database pool, one
 * logger and one Cognito client per container, whichever function it runs. `DATABASE_URL`
 * must be set.
 */
export function lambdaContext(): LambdaContext {
  if (context !== undefined) return context;
  const config = loadConfig();
  if (config.databaseUrl === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: DATABASE_URL must be set for the Lambda functions.',
    );
  }
  const logger = createLogger({ level: config.logLevel });
  let gateway: CognitoGateway | undefined;
  context = {
    config,
    logger,
    database: connectPostgres(config.databaseUrl, {
      max: 2,
      idleTimeoutMillis: 10_000,
      onConnectionError: (error) => logger.warn({ err: error }, 'a database connection was lost'),
    }),
    cognito: () => (gateway ??= createCognitoGateway(createCognitoClient(config))),
  };
  return context;
}

/**
 * A Lambda handler built on its first invocation from the container's {@link lambdaContext}
 * and reused by every later one.
 */
export function lazyHandler<A extends unknown[], R>(
  build: (context: LambdaContext) => (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let built: ((...args: A) => Promise<R>) | undefined;
  return (...args) => {
    built ??= build(lambdaContext());
    return built(...args);
  };
}

/** A Cognito trigger as a Lambda function. */
export function triggerFunction(
  create: (dependencies: TriggerDependencies) => TriggerHandler,
): TriggerHandler {
  return lazyHandler(({ config, database, logger, cognito }) =>
    create({
      db: database.db,
      logger: logger.child({ component: 'trigger' }),
      cognito: cognito(),
      preTokenBudgetMs: config.preTokenBudgetMs,
    }),
  );
}

/** A setting a function cannot run without, or `CONFIG_INVALID` naming it. */
export function required<T>(value: T | undefined, variable: string, why: string): T {
  if (value === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      `Invalid configuration: ${variable} must be set ${why}.`,
      { context: { variable } },
    );
  }
  return value;
}
