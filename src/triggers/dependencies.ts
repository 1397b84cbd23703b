import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Db } from '../db/schema.ts';
import type { Logger } from '../logging/logger.ts';

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
