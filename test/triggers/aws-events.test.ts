import { postgresStore } from '../../src/stores/configured.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import bcrypt from 'bcryptjs';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { getUserBySub } from '../../src/db/users.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { TriggerDependencies } from '../../src/triggers/dependencies.ts';
import { createPostConfirmationHandler } from '../../src/triggers/post-confirmation.ts';
import { createPreTokenGenerationHandler } from '../../src/triggers/pre-token-generation.ts';
import { createUserMigrationHandler } from '../../src/triggers/user-migration.ts';
import { awsEvent } from '../support/cognito-events.ts';
import { TEST_DATABASES } from '../support/databases.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { captureLog } from '../support/log-capture.ts';
import { postgresUserStore } from '../../src/stores/postgres/users.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

/**
 * The triggers fed the events Cognito really sends (test/fixtures/cognito/README.md names
 * the source of each): nulls where a map is expected, a null client id, booleans where
 * strings are documented, users without an email, and machine tokens without a user.
 */
describe.each(TEST_DATABASES)('triggers on AWS-shaped events, on $name', (database) => {
  let handle: DatabaseHandle;
  let log: ReturnType<typeof captureLog>;
  let dependencies: TriggerDependencies;

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate usersync.users, usersync.outbox`.execute(handle.db);
    log = captureLog();
    dependencies = {
      store: postgresUserStore(handle.db),
      cacheWrites: postgresStore(handle).cacheWrites,
      logger: createLogger({ level: 'info', destination: log.stream }),
      cognito: new FakeGateway(),
      preTokenBudgetMs: 300,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    };
  });

  const errorLines = () => log.lines().filter((line) => Number(line['level']) >= 50);
  const outboxTypes = async () =>
    (await handle.db.selectFrom('outbox').select('type').execute()).map((row) => row.type);

  describe('UserMigration with userAttributes, validationData and password null', () => {
    beforeEach(async () => {
      await handle.db
        .insertInto('users')
        .values({
          email: 'legacy@example.com',
          status: 'guest',
          legacy_password_hash: await bcrypt.hash('Old-pa55word', 4),
        })
        .execute();
    });

    it('migrates a sign-in', async () => {
      const event = awsEvent('user-migration-authentication');
      event.request['password'] = 'Old-pa55word';
      const result = await createUserMigrationHandler(dependencies)(event);
      expect(result.response).toMatchObject({
        userAttributes: { email: 'legacy@example.com', email_verified: 'true' },
        finalUserStatus: 'CONFIRMED',
        messageAction: 'SUPPRESS',
      });
    });

    it('migrates a forgotten password with password null', async () => {
      const result = await createUserMigrationHandler(dependencies)(
        awsEvent('user-migration-forgot-password'),
      );
      expect(result.response).toMatchObject({
        userAttributes: { email: 'legacy@example.com' },
        finalUserStatus: 'RESET_REQUIRED',
      });
    });

    it('still refuses a wrong password', async () => {
      const event = awsEvent('user-migration-authentication');
      event.request['password'] = 'wrong';
      await expect(createUserMigrationHandler(dependencies)(event)).rejects.toThrow();
    });
  });

  describe('PostConfirmation', () => {
    it('writes the row after AdminConfirmSignUp (callerContext.clientId null)', async () => {
      const event = awsEvent('post-confirmation-admin-confirm');
      expect(await createPostConfirmationHandler(dependencies)(event)).toEqual(event);
      expect(await getUserBySub(handle.db, '4498f468-5041-70d2-97e8-6f1b1d8b6e11')).toMatchObject({
        email: 'admin.confirmed@example.com',
        emailVerified: false,
        status: 'active',
      });
      expect(await outboxTypes()).toEqual(['user.registered']);
    });

    it('writes a user with no email, keyed by sub, with the phone number', async () => {
      const event = awsEvent('post-confirmation-phone-only');
      expect(await createPostConfirmationHandler(dependencies)(event)).toEqual(event);
      const user = await getUserBySub(handle.db, '7418c4a8-c0a1-7024-b0b3-8a7e7c0f0d21');
      expect(user).toMatchObject({ email: null, emailVerified: false, phone: '+15555550123' });
      expect(await outboxTypes()).toEqual(['user.registered']);
      // A second user without an email is a second row: email is unique only where present.
      const other = awsEvent('post-confirmation-phone-only');
      other.request['userAttributes'] = {
        sub: 'a418c4a8-c0a1-7024-b0b3-8a7e7c0f0d22',
        phone_number: '+15555550124',
      };
      await createPostConfirmationHandler(dependencies)(other);
      expect((await handle.db.selectFrom('users').select('id').execute()).length).toBe(2);
    });

    it("reads Powertools' sample (email_verified a boolean, no sub) without failing the confirmation", async () => {
      const event = awsEvent('post-confirmation-powertools');
      expect(await createPostConfirmationHandler(dependencies)(event)).toEqual(event);
      expect(await outboxTypes()).toEqual([]);
      expect(errorLines()).toMatchObject([{ errorCode: 'VALIDATION_FAILED' }]);
    });

    it('reads email_verified given as a JSON boolean', async () => {
      const event = awsEvent('post-confirmation-powertools');
      event.request['userAttributes'] = {
        sub: '5e0b5b3e-1111-4a1a-9a9a-000000000001',
        email: 'user@example.com',
        email_verified: true,
      };
      await createPostConfirmationHandler(dependencies)(event);
      expect(await getUserBySub(handle.db, '5e0b5b3e-1111-4a1a-9a9a-000000000001')).toMatchObject({
        emailVerified: true,
      });
    });

    it('stores a name with a NUL byte and a lone surrogate, made safe, instead of failing', async () => {
      const event = awsEvent('post-confirmation-admin-confirm');
      event.request['userAttributes'] = {
        sub: '5e0b5b3e-1111-4a1a-9a9a-000000000002',
        email: 'hostile@example.com',
        name: 'Ada\u0000\ud800',
      };
      await createPostConfirmationHandler(dependencies)(event);
      expect(await getUserBySub(handle.db, '5e0b5b3e-1111-4a1a-9a9a-000000000002')).toMatchObject({
        name: 'Ada\ufffd',
      });
    });
  });

  describe('PreTokenGeneration', () => {
    it('passes a V3 machine-to-machine token through unchanged, with no error logged', async () => {
      const event = awsEvent('pre-token-v3-client-credentials');
      expect(await createPreTokenGenerationHandler(dependencies)(event)).toEqual(
        awsEvent('pre-token-v3-client-credentials'),
      );
      // The same event without userAttributes at all, as other samples give it.
      const bare = awsEvent('pre-token-v3-client-credentials');
      delete bare.request['userAttributes'];
      expect(await createPreTokenGenerationHandler(dependencies)(bare)).toEqual(bare);
      expect(log.lines().filter((line) => Number(line['level']) >= 40)).toEqual([]);
    });

    it("shapes Powertools' sample for a known user", async () => {
      await handle.db
        .insertInto('users')
        .values({
          cognito_sub: '0b0a57c5-f013-426a-81a1-f8ffbfba21f0',
          email: 'test@mail.com',
          claims: { 'custom:developer_id': 'dev-1' },
        })
        .execute();
      const result = await createPreTokenGenerationHandler(dependencies)(
        awsEvent('pre-token-v2-powertools'),
      );
      expect(result.response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: { 'custom:developer_id': 'dev-1', 'usersync:claims': 'db' },
        },
      });
    });

    it('suppresses a claim the DB cleared that Cognito still caches (V1 and V2)', async () => {
      const sub = '0b0a57c5-f013-426a-81a1-f8ffbfba21f0';
      await handle.db
        .insertInto('users')
        .values({ cognito_sub: sub, email: 'test@mail.com', claims: { 'custom:user_type': 'pro' } })
        .execute();
      const handler = createPreTokenGenerationHandler(dependencies);
      const cached = {
        sub,
        'custom:developer_id': 'dev-stale',
        'custom:user_type': 'pro',
        'custom:company_name': 'Stale Inc',
      };
      const v1 = awsEvent('pre-token-v2-powertools');
      v1.request['userAttributes'] = cached;
      expect((await handler(v1)).response).toEqual({
        claimsOverrideDetails: {
          claimsToAddOrOverride: { 'custom:user_type': 'pro', 'usersync:claims': 'db' },
          claimsToSuppress: ['custom:developer_id', 'custom:company_name'],
        },
      });
      const v2 = { ...awsEvent('pre-token-v2-powertools'), version: '2' };
      v2.request['userAttributes'] = cached;
      expect((await handler(v2)).response).toEqual({
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: {
            claimsToAddOrOverride: { 'custom:user_type': 'pro', 'usersync:claims': 'db' },
            claimsToSuppress: ['custom:developer_id', 'custom:company_name'],
          },
          accessTokenGeneration: {
            claimsToAddOrOverride: { 'custom:user_type': 'pro', 'usersync:claims': 'db' },
          },
        },
      });
    });

    it('passes an unknown trigger source with extra fields through unchanged', async () => {
      const event = {
        ...awsEvent('pre-token-v2-powertools'),
        triggerSource: 'TokenGeneration_Future',
      };
      (event as Record<string, unknown>)['somethingNew'] = { nested: [1, 2] };
      expect(await createPreTokenGenerationHandler(dependencies)(event)).toEqual(event);
    });
  });
});
