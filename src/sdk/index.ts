// `usersync`: the package's main entry, for a team's own code. Each framework has its own
// entry (`usersync/express`, `usersync/fastify`, `usersync/nestjs`, `usersync/next`,
// `usersync/lambda`), as do the events (`usersync/events`) and the CDK construct
// (`usersync/cdk`), so that importing one never loads another's framework.

export {
  createUsersync,
  type Usersync,
  type UsersyncOptions,
  type UsersyncUsers,
} from './usersync.ts';
export { loadConfig, type Config } from '../config/config.ts';
export {
  DEFAULT_CLAIM_SET,
  type ClaimDefinition,
  type ClaimSet,
  type ClaimValue,
  type Claims,
  type ClaimValues,
} from '../domain/claims.ts';
export {
  ERROR_CATALOG,
  UsersyncError,
  isUsersyncError,
  type ErrorBody,
  type ErrorCode,
} from '../domain/errors.ts';
export type { User, UserStatus } from '../domain/user.ts';
export type { VerifiedToken } from '../auth/verifier.ts';
export type { AccessRule, Authenticated } from '../services/users/authenticate.ts';
export { createTestTokens, type TestTokenOptions, type TestTokens } from './testing.ts';
