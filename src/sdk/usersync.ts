import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Fetcher } from 'aws-jwt-verify/https';
import { appClientVerifier } from '../auth/token-cache.ts';
import { createCognitoClient } from '../cognito/client.ts';
import { createCognitoGateway } from '../cognito/gateway.ts';
import { loadConfig, requiredSetting, type Config } from '../config/config.ts';
import type { ClaimSet, Claims } from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { User } from '../domain/user.ts';
import { emulatorJwksFetcher } from '../local/jwks-fetcher.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import {
  authenticate,
  bearerOf,
  claimsFromToken,
  requireGroups,
  requireRoles,
  type AccessRule,
  type AuthenticateDeps,
  type Authenticated,
} from '../services/users/authenticate.ts';
import { checkClaimsChange, setUserClaims } from '../services/users/claims.ts';
import { openConfiguredStore, type StoreHandle } from '../stores/configured.ts';
import type { UserStore } from '../stores/store.ts';

/** Options for {@link createUsersync}. Every client is built from config unless given. */
export interface UsersyncOptions {
  /** The settings. @default `loadConfig(process.env)`, read on first use */
  config?: Config;
  /** @default a pino logger at `config.logLevel`, emails masked */
  logger?: Logger;
  /** An open store (the team's own, or a test's). @default opened from config on first use */
  store?: StoreHandle;
  /** @default a client on `AWS_REGION` (or `COGNITO_ENDPOINT`) */
  cognitoClient?: CognitoIdentityProviderClient;
  /**
   * Fetches the pool's signing keys. @default https only, with aws-jwt-verify's timeouts
   * (and plain http from loopback when `COGNITO_ENDPOINT` is the local stack's emulator)
   */
  jwksFetcher?: Fetcher;
}

/** What a team's own code reads and writes of its users through usersync. */
export interface UsersyncUsers {
  /** The stored user with this Cognito `sub`, or `undefined`. */
  bySub(sub: string): Promise<User | undefined>;
  /**
   * Sets claims of the user with this `sub` (each checked against the claim set first:
   * `VALIDATION_FAILED`), with its `user.updated` event in the same write. Tokens issued
   * from now on carry them. `NOT_FOUND` when no such user is stored.
   */
  setClaims(sub: string, claims: Claims): Promise<User>;
}

/** One usersync for a team's own code: its settings, store, claims and users. */
export interface Usersync {
  /** The settings, read and checked once. */
  readonly config: Config;
  /** The team's claims (`usersync.config.json`). */
  readonly claims: ClaimSet;
  readonly logger: Logger;
  /** The users of the store, opened on first use. */
  store(): Promise<UserStore>;
  /** The whole store (users, outbox, consumer ledger), opened on first use. */
  open(): Promise<StoreHandle>;
  readonly users: UsersyncUsers;
  /**
   * Authenticates an `Authorization` header in full: the token verified, the group rule,
   * the account active and not signed out, the stored user (made just in time) and claims.
   */
  authenticate(authorization: string | undefined, rule?: AccessRule): Promise<Authenticated>;
  /**
   * Verifies a token and answers its claims from the token alone when usersync's
   * PreTokenGeneration shaped it from the store (no store read); any other token is
   * authenticated in full.
   */
  claimsOf(
    authorization: string | undefined,
    rule?: AccessRule,
  ): Promise<{ sub: string; groups: string[]; claims: Claims; source: 'token' | 'store' }>;
  /**
   * Checks an authenticated caller against a rule (groups, roles): `FORBIDDEN` when outside
   * it, `TOKEN_INVALID` when there is no caller (the request was not authenticated).
   */
  check(auth: Pick<Authenticated, 'token' | 'claims'> | undefined, rule: AccessRule): void;
  /** Closes the store and the Cognito client (only those usersync opened). */
  close(): Promise<void>;
}

/**
 * Makes usersync for a team's own code. Nothing is opened until first used, so a Lambda
 * function can call this at module scope and share the store across invocations.
 */
export function createUsersync(options: UsersyncOptions = {}): Usersync {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const userPoolId = requiredSetting(config.cognito.userPoolId, 'COGNITO_USER_POOL_ID');
  const clientId = requiredSetting(config.cognito.clientId, 'COGNITO_CLIENT_ID');
  const cognitoClient = options.cognitoClient ?? createCognitoClient(config);
  // On the local stack, the emulator serves its keys over plain http on loopback.
  const jwksFetcher = options.jwksFetcher ?? emulatorJwksFetcher(config.cognito.endpoint);
  const verifier = appClientVerifier({
    userPoolId,
    clientId,
    region: config.cognito.region,
    endpoint: config.cognito.endpoint,
    jwksFetcher,
  });
  let opened: Promise<StoreHandle> | undefined;
  const handle = (): Promise<StoreHandle> => {
    if (opened === undefined) {
      const opening = options.store
        ? Promise.resolve(options.store)
        : openConfiguredStore(config, { role: 'api', max: config.databasePoolMax });
      // A failed open is tried again on the next call, not remembered.
      opening.catch(() => {
        opened = undefined;
      });
      opened = opening;
    }
    return opened;
  };
  /**
   * The bearer token, verified before anything is opened: a request without a good token is
   * refused (401) whether or not the store answers. The engine's own check of it again is a
   * hit of the verified-token cache.
   */
  const verified = async (authorization: string | undefined) => {
    const bearer = bearerOf(authorization);
    if (bearer === undefined)
      throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
    return { bearer, token: await verifier.verify(bearer) };
  };
  const deps = async (): Promise<AuthenticateDeps> => {
    const store = await handle();
    return {
      verifier,
      store: store.users,
      counters: store.counters,
      cognito: { userPoolId, gateway: createCognitoGateway(cognitoClient) },
      claims: config.claims,
    };
  };
  return {
    config,
    claims: config.claims,
    logger,
    store: async () => (await handle()).users,
    open: handle,
    users: {
      bySub: async (sub) => (await handle()).users.userBySub(sub),
      setClaims: async (sub, claims) => {
        checkClaimsChange(config.claims, claims);
        const store = (await handle()).users;
        const user = await store.userBySub(sub);
        if (user === undefined)
          throw new UsersyncError('NOT_FOUND', 'No stored user has this sub.');
        return setUserClaims(store, user, claims);
      },
    },
    authenticate: async (authorization, rule) => {
      const { bearer } = await verified(authorization);
      return authenticate(await deps(), bearer, rule);
    },
    claimsOf: async (authorization, rule = {}) => {
      const { bearer, token } = await verified(authorization);
      const fromToken = claimsFromToken(token, config.claims);
      if (fromToken !== undefined) {
        requireGroups(token, rule);
        requireRoles(fromToken, rule);
        return { sub: token.sub, groups: token.groups, claims: fromToken, source: 'token' };
      }
      const full = await authenticate(await deps(), bearer, rule);
      return { sub: full.sub, groups: full.groups, claims: full.claims, source: 'store' };
    },
    check: (auth, rule) => {
      if (auth === undefined)
        throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
      requireGroups(auth.token, rule);
      requireRoles(auth.claims, rule);
    },
    close: async () => {
      if (options.cognitoClient === undefined) cognitoClient.destroy();
      if (opened !== undefined && options.store === undefined) await (await opened).close();
    },
  };
}
