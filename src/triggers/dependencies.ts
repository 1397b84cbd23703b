import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Logger } from '../logging/logger.ts';
import type { UserStore } from '../stores/store.ts';

/** What every trigger handler is built from. */
export interface TriggerDependencies {
  /** The user store (PostgreSQL or DynamoDB). */
  store: UserStore;
  logger: Logger;
  /** Cognito admin calls (linking identities, caching claims). */
  cognito: CognitoGateway;
  /**
   * How long the sign-in triggers (PreTokenGeneration, PostAuthentication) wait for the DB
   * before they go on without it. @default 1_500
   */
  preTokenBudgetMs: number;
}
