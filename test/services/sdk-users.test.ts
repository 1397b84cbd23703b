import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createUsersync, type Usersync } from '../../src/sdk/usersync.ts';
import { linkOrCreateUser } from '../../src/services/users/link.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

// `createUsersync().users`, as a team's own code calls it, on every store: read a user by
// `sub`, set claims with their event, and bad input refused with nothing written.

describe.each(TEST_STORES)("the package's users service on $name", (kind) => {
  let store: TestStore;
  let usersync: Usersync;
  beforeAll(async () => {
    store = await kind.open();
    usersync = createUsersync({
      config: loadConfig({ COGNITO_USER_POOL_ID: 'us-east-1_Users', COGNITO_CLIENT_ID: 'client' }),
      store: store.handle,
      logger: createLogger({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await usersync?.close();
    await store?.close();
  });

  it('reads a user by sub, and sets claims with one user.updated event', async () => {
    const sub = '0c1d2e3f-0000-4000-8000-000000000001';
    await linkOrCreateUser(store.handle.users, {
      sub,
      email: 'sdk.user@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await store.takeEvents();
    expect(await usersync.users.bySub(sub)).toMatchObject({ sub, email: 'sdk.user@example.com' });
    expect(await usersync.users.bySub('0c1d2e3f-0000-4000-8000-00000000ffff')).toBeUndefined();
    const updated = await usersync.users.setClaims(sub, {
      'custom:developer_id': 'dev-9',
      roles: ['editor'],
    });
    expect(updated.claims).toEqual({ 'custom:developer_id': 'dev-9', roles: ['editor'] });
    const events = await store.takeEvents();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'user.updated',
        data: expect.objectContaining({
          sub,
          claims: { 'custom:developer_id': 'dev-9', roles: ['editor'] },
          changes: { fields: ['custom:developer_id', 'roles'] },
        }),
      }),
    ]);
  });

  it('refuses an unknown claim, a value of the wrong type and an unknown user, writing nothing', async () => {
    const sub = '0c1d2e3f-0000-4000-8000-000000000001';
    await expect(usersync.users.setClaims(sub, { isAdmin: true })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(usersync.users.setClaims(sub, { roles: 'editor' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      usersync.users.setClaims('0c1d2e3f-0000-4000-8000-00000000ffff', { roles: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.takeEvents()).toEqual([]);
    expect((await usersync.users.bySub(sub))?.claims).toEqual({
      'custom:developer_id': 'dev-9',
      roles: ['editor'],
    });
  });
});
