import type { ClaimSet } from '../domain/claims.ts';
import type { TokenVerifier } from '../auth/verifier.ts';
import type { AuthFlows } from '../cognito/auth-flows.ts';
import type { CognitoGateway } from '../cognito/gateway.ts';
import type { Logger } from '../logging/logger.ts';
import type { SharedCounters, StoreHandle, UserStore } from '../stores/store.ts';
import type { AuthRateLimits } from './rate-limit.ts';
import type { SyncLauncher } from '../services/jobs/launcher.ts';
import type { DeadLetterBoard } from '../events/dead-letters.ts';

/** What the admin routes ask of the store besides its users. */
export type AdminRecords = Pick<StoreHandle, 'jobs' | 'jobRuns' | 'outbox' | 'audit'>;

/** Everything the API is built from; every client is injected. */
export interface AppDependencies {
  logger: Logger;
  /** The user store (PostgreSQL or DynamoDB). */
  store: UserStore;
  /**
   * The same store's records the admin routes read and act through: its job capabilities
   * and runs (the one-user reconcile), its outbox and its audit log.
   */
  records: AdminRecords;
  cognito: {
    userPoolId: string;
    gateway: CognitoGateway;
    flows: AuthFlows;
  };
  /** The claims tokens carry (`Config.claims`): how the API reads them from a token. */
  claims: ClaimSet;
  /** Verifies id and access tokens of the app client. */
  verifier: TokenVerifier;
  /** The `/auth` limits, a minute each. */
  rateLimits: AuthRateLimits;
  /** Where the limits are counted: the store, shared by every process on it. */
  counters: SharedCounters;
  /**
   * Which proxies in front of the API to believe about the client's address
   * (`X-Forwarded-For`), as Fastify's `trustProxy` takes it: `false` (none, the default),
   * a number of hops, or addresses and CIDR ranges.
   */
  trustProxy?: boolean | number | string[];
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins?: string[];
  /**
   * Runs the reconciles the admin API starts, outside the request (the sync function on
   * AWS; this process elsewhere); absent, starting one is `CONFIG_INVALID`.
   */
  syncLauncher?: SyncLauncher;
  /** The consumers' dead-letter queues (`CONSUMER_QUEUES`; the local stack's own); absent: none shown. */
  deadLetters?: DeadLetterBoard;
  /** The issuer authenticator apps show for a TOTP code. @default `usersync` */
  totpIssuer?: string;
}
