import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDependencies } from '../../src/api/app.ts';
import type { VerifiedToken } from '../../src/auth/verifier.ts';
import type { AuthFlows } from '../../src/cognito/auth-flows.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { UsersyncError } from '../../src/domain/errors.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { FakeGateway } from './fake-gateway.ts';
import { postgresCounters } from '../../src/stores/postgres/counters.ts';
import { postgresStore } from '../../src/stores/configured.ts';
import { postgresUserStore } from '../../src/stores/postgres/users.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/** The tokens the fake verifier knows: a user's and an admin's. */
export const FAKE_TOKENS = { user: 'fake-user-token', admin: 'fake-admin-token' } as const;

function principal(groups: string[]): VerifiedToken {
  return {
    tokenUse: 'access',
    sub: 'fake-sub',
    username: 'fake-sub',
    email: undefined,
    groups,
    exp: Number.MAX_SAFE_INTEGER,
    payload: { sub: 'fake-sub' },
  };
}

/** An app over fakes, and what its fake Cognito flows were asked. */
export interface FakeApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  gateway: FakeGateway;
  /** Each flow call, by name. */
  flowCalls: string[];
  close(): Promise<void>;
}

/**
 * The API built over fakes, for route tests where Cognito's behaviour is not the point: an
 * in-memory Cognito gateway, flows that record their calls and succeed, a verifier that
 * knows {@link FAKE_TOKENS} (and, like the real one, answers any other with `TOKEN_INVALID`),
 * and an in-memory database (or the one given).
 */
export async function fakeApp(
  options: { database?: DatabaseHandle; dependencies?: Partial<AppDependencies> } = {},
): Promise<FakeApp> {
  const database = options.database ?? (await connectMemory());
  if (options.database === undefined) await migrateToLatest(database);
  const gateway = new FakeGateway();
  const flowCalls: string[] = [];
  const record =
    <T>(name: string, answer: T) =>
    () => {
      flowCalls.push(name);
      return Promise.resolve(answer);
    };
  const tokens = { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresIn: 3600 };
  const flows: AuthFlows = {
    signUp: record('signUp', { sub: 'fake-sub', confirmed: false }),
    confirmSignUp: record('confirmSignUp', undefined),
    signIn: record('signIn', { tokens }),
    signInByChoice: record('signInByChoice', { tokens }),
    respond: record('respond', { tokens }),
    associateTotp: record('associateTotp', { secret: 'JBSWY3DPEHPK3PXP' }),
    verifyTotp: record('verifyTotp', undefined),
    setMfaPreference: record('setMfaPreference', undefined),
    mfaSettings: record('mfaSettings', { enabled: [], preferred: null, signInFactors: null }),
    startPasskey: record('startPasskey', { challenge: 'c' }),
    completePasskey: record('completePasskey', undefined),
    listPasskeys: record('listPasskeys', []),
    deletePasskey: record('deletePasskey', undefined),
    refresh: record('refresh', tokens),
    revokeRefreshToken: record('revokeRefreshToken', undefined),
    globalSignOut: record('globalSignOut', undefined),
    forgotPassword: record('forgotPassword', undefined),
    confirmForgotPassword: record('confirmForgotPassword', undefined),
    resendConfirmationCode: record('resendConfirmationCode', undefined),
    changePassword: record('changePassword', undefined),
    changeEmail: record('changeEmail', undefined),
    verifyEmail: record('verifyEmail', undefined),
  };
  const app = await buildApp({
    logger: createLogger({ level: 'silent' }),
    store: postgresUserStore(database.db),
    records: postgresStore(database),
    cognito: { userPoolId: 'us-east-1_Fake', gateway, flows },
    verifier: {
      issuer: 'https://issuer.example',
      ready: () => Promise.resolve(),
      verify: (token) =>
        token === FAKE_TOKENS.user
          ? Promise.resolve(principal([]))
          : token === FAKE_TOKENS.admin
            ? Promise.resolve(principal(['admin']))
            : Promise.reject(new UsersyncError('TOKEN_INVALID')),
    },
    claims: DEFAULT_CLAIM_SET,
    rateLimits: { perIp: 100_000, perEmail: 100_000, failuresPerEmail: 100_000 },
    counters: postgresCounters(database.pool, database.schema),
    ...options.dependencies,
  });
  return {
    app,
    database,
    gateway,
    flowCalls,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A request to the fake app with a Bearer token (an admin's unless told), JSON-encoded
 * `body` when there is one.
 */
export function inject(
  fake: FakeApp,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  token: string = FAKE_TOKENS.admin,
) {
  return fake.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { payload: JSON.stringify(body) }),
  });
}
