import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../cognito/gateway.ts';
import { configuredBudget, type CallPriority, type QuotaCounters } from '../cognito/quota.ts';
import type { Config } from '../config/config.ts';
import { UsersyncError } from '../domain/errors.ts';
import { readLocalFile } from '../local/local-file.ts';

/** The Cognito pool a command works on. */
export interface CognitoContext {
  client: CognitoIdentityProviderClient;
  gateway: CognitoGateway;
  userPoolId: string;
  clientId: string | undefined;
  close(): void;
}

/** How a command's Cognito calls spend the budget every usersync process shares. */
export interface CommandSpending {
  /** The store's counters. */
  counters: QuotaCounters;
  /** `jobs` for a job; `interactive` for a command a person waits on. */
  priority: CallPriority;
  logger: { warn(fields: object, message: string): void };
}

/**
 * The pool of `COGNITO_USER_POOL_ID` (at `COGNITO_ENDPOINT` or AWS), or else the running
 * local stack's pool and emulator. Neither: a clear error, exit 1. With `spending`, every
 * call spends the budget shared through the store (`COGNITO_SHARES`).
 */
export async function openCognito(
  config: Config,
  spending?: CommandSpending,
): Promise<CognitoContext> {
  let { userPoolId, clientId, endpoint } = config.cognito;
  if (userPoolId === undefined) {
    const running = await readLocalFile(config.dataDir);
    if (running === undefined) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        `No user pool: set COGNITO_USER_POOL_ID (and COGNITO_ENDPOINT for an emulator), or start the local stack with npm start. No local stack runs on the data directory ${config.dataDir}: if it runs on another, set USERSYNC_DATA_DIR to that directory.`,
        { context: { variable: 'USERSYNC_DATA_DIR' } },
      );
    }
    ({ userPoolId, clientId } = running);
    endpoint = running.cognitoEndpoint;
  }
  const client = createCognitoClient({ cognito: { ...config.cognito, endpoint } });
  return {
    client,
    gateway: createCognitoGateway(
      client,
      spending && {
        budget: configuredBudget(spending.counters, config.quotas, spending.logger),
        priority: spending.priority,
      },
    ),
    userPoolId,
    clientId,
    close: () => client.destroy(),
  };
}
