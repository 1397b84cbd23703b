import { postgresStore } from '../../src/stores/configured.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import bcrypt from 'bcryptjs';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { getUserBySub } from '../../src/db/users.ts';
import { FAILING_TRIGGER_BUDGET_MS } from '../../src/domain/budget.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { TriggerDependencies } from '../../src/triggers/dependencies.ts';
import { createPostAuthenticationHandler } from '../../src/triggers/post-authentication.ts';
import { createPostConfirmationHandler } from '../../src/triggers/post-confirmation.ts';
import { DUPLICATE_EMAIL_MESSAGE, createPreSignUpHandler } from '../../src/triggers/pre-sign-up.ts';
import { createPreTokenGenerationHandler } from '../../src/triggers/pre-token-generation.ts';
import { createUserMigrationHandler } from '../../src/triggers/user-migration.ts';
import { hashScrypt } from '../../src/services/users/passwords.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { triggerEvent } from '../../support/trigger-events.ts';
import { postgresUserStore } from '../../src/stores/postgres/users.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/** Makes every query on the database wait until released: a hung DB, for real. */
async function holdDatabase(handle: DatabaseHandle): Promise<() => Promise<void>> {
  const client = await handle.pool.connect();
  if (handle.kind === 'postgres') {
    await client.query('begin');
    await client.query('lock table usersync.users in access exclusive mode');
    return async () => {
      await client.query('rollback');
      client.release();
    };
  }
  // PGlite: the pool holds one connection; holding it holds every query.
  return async () => client.release();
}

describe.each(TEST_DATABASES)('trigger handlers on $name', (database) => {
  let handle: DatabaseHandle;
  let gateway: FakeGateway;
  let dependencies: TriggerDependencies;

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate usersync.users, usersync.outbox`.execute(handle.db);
    gateway = new FakeGateway();
    dependencies = {
      store: postgresUserStore(handle.db),
      cacheWrites: postgresStore(handle).cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: gateway,
      preTokenBudgetMs: 300,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    };
  });

  const countOf = async (table: 'users' | 'outbox') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('post-confirmation', () => {
    it('writes one row and one user.registered event, and a retry changes nothing', async () => {
      const sub = randomUUID();
      const event = triggerEvent('PostConfirmation_ConfirmSignUp', {
        sub,
        email: 'Ada@Example.com',
        email_verified: 'true',
      });
      const handler = createPostConfirmationHandler(dependencies);
      expect(await handler(event)).toEqual(event);
      await handler(structuredClone(event));
      expect(await countOf('users')).toBe(1);
      const events = await handle.db.selectFrom('outbox').selectAll().execute();
      expect(events.map((row) => row.type)).toEqual(['user.registered']);
      expect(events[0]?.payload).toMatchObject({
        source: 'usersync',
        data: { sub, email: 'ada@example.com' },
      });
    });

    it('stores no claim from the attributes a direct SignUp wrote', async () => {
      const sub = randomUUID();
      await createPostConfirmationHandler(dependencies)(
        triggerEvent('PostConfirmation_ConfirmSignUp', {
          sub,
          email: 'mallory@example.com',
          email_verified: 'true',
          'custom:developer_id': 'dev_victim',
          'custom:user_type': 'admin',
          'custom:company_name': 'EvilCorp',
        }),
      );
      expect((await getUserBySub(handle.db, sub))?.claims).toEqual({});
      const [event] = await handle.db.selectFrom('outbox').selectAll().execute();
      expect(event?.payload).toMatchObject({ data: { sub } });
      expect((event?.payload['data'] as Record<string, unknown>)['claims']).toEqual({});
    });

    it('links a guest row with the same email instead of making a second row', async () => {
      await handle.db
        .insertInto('users')
        .values({ email: 'guest@example.com', status: 'guest' })
        .execute();
      const sub = randomUUID();
      await createPostConfirmationHandler(dependencies)(
        triggerEvent('PostConfirmation_ConfirmSignUp', {
          sub,
          email: 'GUEST@example.com',
          email_verified: 'true',
        }),
      );
      expect(await countOf('users')).toBe(1);
      expect(await getUserBySub(handle.db, sub)).toMatchObject({
        email: 'guest@example.com',
        status: 'active',
      });
      const types = (await handle.db.selectFrom('outbox').select('type').execute()).map(
        (row) => row.type,
      );
      expect(types).toEqual(['user.linked']);
    });

    it('creates nothing on a confirmed password reset', async () => {
      await createPostConfirmationHandler(dependencies)(
        triggerEvent('PostConfirmation_ConfirmForgotPassword', {
          sub: randomUUID(),
          email: 'reset@example.com',
        }),
      );
      expect(await countOf('users')).toBe(0);
      expect(await countOf('outbox')).toBe(0);
    });

    it('refuses a malformed event with VALIDATION_FAILED', async () => {
      const handler = createPostConfirmationHandler(dependencies);
      await expect(
        handler({ triggerSource: 'PostConfirmation_ConfirmSignUp' } as never),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });
  });

  describe('post-authentication', () => {
    it('records the sign-in, and makes the row of a user who never passed PostConfirmation', async () => {
      const sub = randomUUID();
      const handler = createPostAuthenticationHandler(dependencies);
      await handler(
        triggerEvent('PostAuthentication_Authentication', { sub, email: 'admin-made@example.com' }),
      );
      const user = await getUserBySub(handle.db, sub);
      expect(user?.lastLoginAt).toBeInstanceOf(Date);
      expect(await countOf('outbox')).toBe(1);
      await handler(
        triggerEvent('PostAuthentication_Authentication', { sub, email: 'admin-made@example.com' }),
      );
      expect(await countOf('users')).toBe(1);
    });

    it('lets the sign-in go on within the budget when the DB hangs', async () => {
      const release = await holdDatabase(handle);
      try {
        const started = Date.now();
        const event = triggerEvent('PostAuthentication_Authentication', {
          sub: randomUUID(),
          email: 'x@example.com',
        });
        expect(await createPostAuthenticationHandler(dependencies)(event)).toEqual(event);
        expect(Date.now() - started).toBeLessThan(dependencies.preTokenBudgetMs + 1_000);
      } finally {
        await release();
      }
    });
  });

  describe('the triggers that cannot go on without the store', () => {
    it('fail within their budget with DB_UNAVAILABLE while the DB hangs', async () => {
      const sub = randomUUID();
      const release = await holdDatabase(handle);
      let outcomes: unknown[];
      const started = Date.now();
      try {
        outcomes = await Promise.all(
          [
            createPostConfirmationHandler(dependencies)(
              triggerEvent('PostConfirmation_ConfirmSignUp', { sub, email: 'held.pc@example.com' }),
            ),
            createUserMigrationHandler(dependencies)({
              ...triggerEvent('UserMigration_Authentication', {}),
              userName: 'held.um@example.com',
              request: { password: 'Old-pa55word', validationData: null },
            }),
            createPreSignUpHandler(dependencies)(
              triggerEvent(
                'PreSignUp_SignUp',
                { email: 'held.psu@example.com' },
                { userName: 'n' },
              ),
            ),
          ].map((call) =>
            call.then(
              () => 'answered',
              (error: unknown) => error,
            ),
          ),
        );
      } finally {
        await release();
      }
      expect(Date.now() - started).toBeLessThan(FAILING_TRIGGER_BUDGET_MS + 1_500);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ code: 'DB_UNAVAILABLE' });
      }
      // The row PostConfirmation gave up waiting for lands once the DB answers (Cognito's
      // retry would find it); nothing else is written.
      for (
        let attempt = 0;
        attempt < 50 && (await getUserBySub(handle.db, sub)) === undefined;
        attempt++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await getUserBySub(handle.db, sub)).toMatchObject({ email: 'held.pc@example.com' });
    }, 20_000);
  });

  describe('pre-token-generation', () => {
    async function userWithClaims(): Promise<string> {
      const sub = randomUUID();
      await handle.db
        .insertInto('users')
        .values({
          cognito_sub: sub,
          email: `${sub}@example.com`,
          claims: {
            'custom:developer_id': 'dev-db',
            'custom:user_type': 'pro',
            'custom:company_name': 'Acme',
          },
        })
        .execute();
      return sub;
    }

    it('puts the DB claims in the id token (V1)', async () => {
      const sub = await userWithClaims();
      const result = await createPreTokenGenerationHandler(dependencies)(
        triggerEvent('TokenGeneration_Authentication', {
          sub,
          'custom:developer_id': 'dev-db',
          'custom:user_type': 'pro',
          'custom:company_name': 'Acme',
        }),
      );
      expect(result.response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: {
            'custom:developer_id': 'dev-db',
            'custom:user_type': 'pro',
            'custom:company_name': 'Acme',
            'usersync:claims': 'db',
          },
        },
      });
      expect(gateway.calls).toEqual([]);
    });

    it('puts them in the id and access tokens (V2), and refreshes a stale cache in Cognito', async () => {
      const sub = await userWithClaims();
      const event = triggerEvent(
        'TokenGeneration_RefreshTokens',
        { sub, 'custom:developer_id': 'dev-old' },
        { version: '2' },
      );
      const result = await createPreTokenGenerationHandler(dependencies)(event);
      const claims = {
        'custom:developer_id': 'dev-db',
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
        'usersync:claims': 'db',
      };
      expect(result.response).toEqual({
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: claims },
          accessTokenGeneration: { claimsToAddOrOverride: claims },
        },
      });
      // Awaited before the handler returned: nothing is left running in a frozen container.
      expect(gateway.calls).toEqual([
        {
          method: 'adminUpdateUserAttributes',
          args: [
            'us-east-1_Test',
            sub,
            [
              { Name: 'custom:developer_id', Value: 'dev-db' },
              { Name: 'custom:user_type', Value: 'pro' },
              { Name: 'custom:company_name', Value: 'Acme' },
            ],
          ],
        },
      ]);
    });

    it("adds the user's app roles as the roles claim: a list in V2, comma-separated text in V1", async () => {
      const sub = await userWithClaims();
      await handle.db
        .updateTable('users')
        .set({ claims: sql`claims || '{"roles": ["billing", "editor"]}'` })
        .where('cognito_sub', '=', sub)
        .execute();
      const handler = createPreTokenGenerationHandler(dependencies);
      const attributes = {
        sub,
        'custom:developer_id': 'dev-db',
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
      };
      const claims = { ...attributes, roles: 'billing,editor', 'usersync:claims': 'db' } as Record<
        string,
        string
      >;
      delete claims['sub'];
      const v1 = await handler(triggerEvent('TokenGeneration_Authentication', attributes));
      expect(v1.response).toEqual({ claimsOverrideDetails: { claimsToAddOrOverride: claims } });
      const v2 = await handler(
        triggerEvent('TokenGeneration_Authentication', attributes, { version: '2' }),
      );
      // V2 keeps each claim's type: the roles stay a list.
      const typed = { ...claims, roles: ['billing', 'editor'] };
      expect(v2.response).toEqual({
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: typed },
          accessTokenGeneration: { claimsToAddOrOverride: typed },
        },
      });
    });

    it('carries each claim in the tokens its definition names, typed, and suppresses the copies the id token does not carry', async () => {
      const sub = await userWithClaims();
      // The default set's claims, with the developer id in the access token only.
      const claims = DEFAULT_CLAIM_SET.map((claim) =>
        claim.name === 'custom:developer_id' ? { ...claim, tokens: 'access' as const } : claim,
      );
      const handler = createPreTokenGenerationHandler({ ...dependencies, claims });
      const attributes = {
        sub,
        'custom:developer_id': 'dev-db',
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
      };
      const v2 = await handler(
        triggerEvent('TokenGeneration_Authentication', attributes, { version: '2' }),
      );
      expect(v2.response).toEqual({
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: {
            claimsToAddOrOverride: {
              'custom:user_type': 'pro',
              'custom:company_name': 'Acme',
              'usersync:claims': 'db',
            },
            // Cognito would copy the cached attribute into the id token itself.
            claimsToSuppress: ['custom:developer_id'],
          },
          accessTokenGeneration: {
            claimsToAddOrOverride: {
              'custom:developer_id': 'dev-db',
              'custom:user_type': 'pro',
              'custom:company_name': 'Acme',
              'usersync:claims': 'db',
            },
          },
        },
      });
    });

    it("gives an unknown user's token no claims: none of usersync's, none the user wrote", async () => {
      const event = triggerEvent('TokenGeneration_Authentication', {
        sub: randomUUID(),
        'custom:user_type': 'admin',
      });
      const result = await createPreTokenGenerationHandler(dependencies)(event);
      expect(result.response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: {},
          claimsToSuppress: ['custom:user_type'],
        },
      });
    });

    it('overrides and suppresses claim attributes a user wrote, and restores the cache', async () => {
      const sub = await userWithClaims();
      await handle.db
        .updateTable('users')
        .set({ claims: sql`claims - 'custom:company_name'` })
        .where('cognito_sub', '=', sub)
        .execute();
      // What UpdateUserAttributes by the user themself leaves in the event's attributes.
      const result = await createPreTokenGenerationHandler(dependencies)(
        triggerEvent('TokenGeneration_RefreshTokens', {
          sub,
          'custom:developer_id': 'dev_victim',
          'custom:user_type': 'admin',
          'custom:company_name': 'EvilCorp',
        }),
      );
      expect(result.response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: {
            'custom:developer_id': 'dev-db',
            'custom:user_type': 'pro',
            'usersync:claims': 'db',
          },
          claimsToSuppress: ['custom:company_name'],
        },
      });
      expect(gateway.calls.map((call) => call.method)).toEqual(['adminUpdateUserAttributes']);
    });

    it('finishes the cache refresh before it returns, or gives it up within its budget', async () => {
      const sub = await userWithClaims();
      let finished = false;
      const slow = Object.create(gateway) as FakeGateway;
      slow.adminUpdateUserAttributes = async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      };
      await createPreTokenGenerationHandler({ ...dependencies, cognito: slow })(
        triggerEvent('TokenGeneration_Authentication', { sub, 'custom:developer_id': 'stale' }),
      );
      expect(finished).toBe(true);
      const hung = Object.create(gateway) as FakeGateway;
      hung.adminUpdateUserAttributes = () => new Promise<void>(() => undefined);
      const started = Date.now();
      const result = await createPreTokenGenerationHandler({ ...dependencies, cognito: hung })(
        triggerEvent('TokenGeneration_Authentication', { sub, 'custom:developer_id': 'stale' }),
      );
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(result.response).toMatchObject({
        claimsOverrideDetails: { claimsToAddOrOverride: { 'usersync:claims': 'db' } },
      });
    });

    /** A token for `sub` shaped while the database is held: what it carries, within the budget. */
    async function tokenWhileHeld(
      fallback: TriggerDependencies['claimsFallback'],
      attributes: Record<string, string>,
    ): Promise<unknown> {
      const release = await holdDatabase(handle);
      try {
        const started = Date.now();
        const result = await createPreTokenGenerationHandler({
          ...dependencies,
          claimsFallback: fallback,
          claims: DEFAULT_CLAIM_SET,
        })(triggerEvent('TokenGeneration_Authentication', attributes));
        expect(Date.now() - started).toBeLessThan(dependencies.preTokenBudgetMs + 200);
        return result.response;
      } finally {
        await release();
      }
    }

    it('with the cache fallback, issues the cached claims within the budget when the DB hangs', async () => {
      const sub = await userWithClaims();
      expect(await tokenWhileHeld('cache', { sub, 'custom:developer_id': 'dev-cached' })).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: {
            'custom:developer_id': 'dev-cached',
            'usersync:claims': 'cache',
          },
        },
      });
    });

    it('with no fallback, issues no claims when the DB hangs: a written attribute is suppressed', async () => {
      const sub = await userWithClaims();
      expect(await tokenWhileHeld('none', { sub, 'custom:user_type': 'admin' })).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: { 'usersync:claims': 'none' },
          claimsToSuppress: ['custom:user_type'],
        },
      });
    });

    it('issues the token unchanged for a malformed event', async () => {
      const event = {
        triggerSource: 'TokenGeneration_Authentication',
        userPoolId: 'p',
        request: {},
        response: {},
      };
      expect(await createPreTokenGenerationHandler(dependencies)(event)).toEqual(event);
    });
  });

  describe('user-migration', () => {
    async function legacyUser(email: string, hash: string): Promise<void> {
      await handle.db
        .insertInto('users')
        .values({
          email,
          status: 'guest',
          legacy_password_hash: hash,
          claims: { 'custom:developer_id': 'dev-legacy' },
          name: 'Old Timer',
        })
        .execute();
    }
    const migrate = (
      userName: string,
      password: string,
      triggerSource = 'UserMigration_Authentication',
    ) =>
      createUserMigrationHandler(dependencies)({
        ...triggerEvent(triggerSource, {}),
        userName,
        request: { password, validationData: null },
      });

    it('migrates a bcrypt user with the right password, with no reset and no message', async () => {
      await legacyUser('legacy@example.com', await bcrypt.hash('Old-pa55word', 4));
      const result = await migrate('Legacy@Example.com', 'Old-pa55word');
      expect(result.response).toEqual({
        userAttributes: {
          email: 'legacy@example.com',
          email_verified: 'true',
          name: 'Old Timer',
          'custom:developer_id': 'dev-legacy',
        },
        finalUserStatus: 'CONFIRMED',
        messageAction: 'SUPPRESS',
      });
    });

    it('migrates an scrypt user, and refuses wrong passwords and unknown users', async () => {
      await legacyUser(
        'scrypt@example.com',
        await hashScrypt('S3cret!', Buffer.from('salt-salt-salt')),
      );
      await expect(migrate('scrypt@example.com', 'S3cret!')).resolves.toMatchObject({
        response: { finalUserStatus: 'CONFIRMED' },
      });
      await expect(migrate('scrypt@example.com', 'wrong')).rejects.toThrow('User not found');
      await expect(migrate('nobody@example.com', 'S3cret!')).rejects.toThrow('User not found');
    });

    it('answers a forgotten password of a legacy user with RESET_REQUIRED', async () => {
      await legacyUser('forgot@example.com', await bcrypt.hash('x', 4));
      await expect(
        migrate('forgot@example.com', '', 'UserMigration_ForgotPassword'),
      ).resolves.toMatchObject({
        response: { finalUserStatus: 'RESET_REQUIRED', messageAction: 'SUPPRESS' },
      });
    });

    it('never migrates a row already linked to a Cognito user', async () => {
      await handle.db
        .insertInto('users')
        .values({
          email: 'linked@example.com',
          cognito_sub: randomUUID(),
          legacy_password_hash: await bcrypt.hash('pw', 4),
        })
        .execute();
      await expect(migrate('linked@example.com', 'pw')).rejects.toThrow('User not found');
    });
  });

  describe('pre-sign-up', () => {
    it('refuses a case variant of an email a linked DB user has', async () => {
      await handle.db
        .insertInto('users')
        .values({ email: 'taken@example.com', cognito_sub: randomUUID() })
        .execute();
      const handler = createPreSignUpHandler(dependencies);
      await expect(
        handler(
          triggerEvent(
            'PreSignUp_SignUp',
            { email: 'Taken@Example.com' },
            { userName: randomUUID() },
          ),
        ),
      ).rejects.toThrow(DUPLICATE_EMAIL_MESSAGE);
    });

    it('refuses an email a pool user already has', async () => {
      gateway.addUser('other-user', { email: 'pool@example.com', sub: randomUUID() });
      await expect(
        createPreSignUpHandler(dependencies)(
          triggerEvent('PreSignUp_SignUp', { email: 'POOL@example.com' }, { userName: 'new-user' }),
        ),
      ).rejects.toThrow(DUPLICATE_EMAIL_MESSAGE);
    });

    it('lets a guest sign up (PostConfirmation links the row) and allows admin-created users', async () => {
      await handle.db
        .insertInto('users')
        .values({ email: 'guest@example.com', status: 'guest' })
        .execute();
      const handler = createPreSignUpHandler(dependencies);
      const signUp = triggerEvent(
        'PreSignUp_SignUp',
        { email: 'guest@example.com' },
        { userName: 'u1' },
      );
      expect(await handler(signUp)).toEqual(signUp);
      gateway.addUser('existing', { email: 'dup@example.com' });
      const adminCreate = triggerEvent(
        'PreSignUp_AdminCreateUser',
        { email: 'dup@example.com' },
        { userName: 'u2' },
      );
      expect(await handler(adminCreate)).toEqual(adminCreate);
    });

    it('links a federated identity to the native user with the same email', async () => {
      gateway.addUser('native-sub', { email: 'fed@example.com', sub: 'native-sub' });
      const event = triggerEvent(
        'PreSignUp_ExternalProvider',
        { email: 'fed@example.com' },
        { userName: 'google_10987654321' },
      );
      expect(await createPreSignUpHandler(dependencies)(event)).toEqual(event);
      expect(gateway.calls).toEqual([
        {
          method: 'adminLinkProviderForUser',
          args: ['us-east-1_Test', 'native-sub', 'Google', '10987654321'],
        },
      ]);
    });
  });
});
