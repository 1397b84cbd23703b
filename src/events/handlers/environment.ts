import { loadConfig, type Config } from '../../config/config.ts';
import { connectPostgres, type DatabaseHandle } from '../../db/connection.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { createLogger, type Logger } from '../../logging/logger.ts';

/** What an event Lambda function is built from, once per container. */
export interface EventFunctionContext {
  config: Config;
  database: DatabaseHandle;
  logger: Logger;
}

let context: EventFunctionContext | undefined;

/** The configuration and a small pool (2 connections), built on first use and reused. */
export function eventFunctionContext(component: string): EventFunctionContext {
  if (context !== undefined) return context;
  const config = loadConfig();
  if (config.databaseUrl === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: DATABASE_URL must be set for the event functions.',
    );
  }
  context = {
    config,
    database: connectPostgres(config.databaseUrl, { max: 2, idleTimeoutMillis: 10_000 }),
    logger: createLogger({ level: config.logLevel, bindings: { component } }),
  };
  return context;
}
