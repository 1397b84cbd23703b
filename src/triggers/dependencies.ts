import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../cognito/gateway.ts';
import { loadConfig } from '../config/config.ts';
import { connectPostgres } from '../db/connection.ts';
import type { Db } from '../db/users.ts';
import { UsersyncError } from '../domain/errors.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/** What every trigger handler is built from. */
export interface TriggerDependencies {
  db: Db;
  logger: Logger;
  /** Cognito admin calls (linking identities, caching claims). */
  cognito: CognitoGateway;
  /**
   * How long the sign-in triggers (PreTokenGeneration, PostAuthentication) wait for the DB
   * before they go on without it. @default 1_500
   */
  preTokenBudgetMs: number;
}

let fromEnvironment: Promise<TriggerDependencies> | undefined;

/**
 * The dependencies of a trigger running as a Lambda function, built once per container
 * from the environment and reused across invocations: a small pool (2 connections, idle
 * ones closed after 10 s, connecting within the pre-token budget).
 */
export function environmentDependencies(): Promise<TriggerDependencies> {
  fromEnvironment ??= Promise.resolve().then(() => {
    const config = loadConfig();
    if (config.databaseUrl === undefined) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        'Invalid configuration: DATABASE_URL must be set for the triggers.',
      );
    }
    const budget = config.preTokenBudgetMs;
    const { db } = connectPostgres(config.databaseUrl, {
      max: 2,
      idleTimeoutMillis: 10_000,
      connectionTimeoutMillis: budget,
    });
    return {
      db,
      logger: createLogger({ level: config.logLevel, bindings: { component: 'trigger' } }),
      cognito: createCognitoGateway(createCognitoClient(config)),
      preTokenBudgetMs: budget,
    };
  });
  return fromEnvironment;
}

/** A Lambda handler that builds its dependencies from the environment on first use. */
export function lambdaHandler(
  create: (dependencies: TriggerDependencies) => TriggerHandler,
): TriggerHandler {
  let built: TriggerHandler | undefined;
  return async (event: CognitoTriggerEvent) => {
    built ??= create(await environmentDependencies());
    return built(event);
  };
}
