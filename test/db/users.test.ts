import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import {
  batchUpsertUsersFromCognito,
  getUserByEmail,
  getUserById,
  getUserBySub,
  listUsers,
  updateUserClaims,
  upsertUserFromCognito,
} from '../../src/db/users.ts';
import type { CognitoUserFields } from '../../src/domain/attributes.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { TEST_DATABASES } from '../support/databases.ts';

function cognitoUser(n: number, overrides: Partial<CognitoUserFields> = {}): CognitoUserFields {
  return {
    sub: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    email: `user${n}@example.com`,
    emailVerified: true,
    name: `User ${n}`,
    phone: null,
    claims: { developerId: null, userType: null, companyName: null },
    ...overrides,
  };
}

describe.each(TEST_DATABASES)('users repository on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate users`.execute(handle.db);
  });

  it('upserts a new user from Cognito attributes and finds it by id, sub and any-case email', async () => {
    const created = await upsertUserFromCognito(
      handle.db,
      cognitoUser(1, {
        email: 'Ada@Example.com',
        claims: { developerId: 'dev-1', userType: 'pro', companyName: null },
      }),
    );
    expect(created).toMatchObject({
      email: 'ada@example.com',
      sub: cognitoUser(1).sub,
      developerId: 'dev-1',
      userType: 'pro',
      status: 'active',
      profile: {},
    });
    expect((await getUserById(handle.db, created.id))?.id).toBe(created.id);
    expect((await getUserBySub(handle.db, cognitoUser(1).sub))?.id).toBe(created.id);
    expect((await getUserByEmail(handle.db, 'ADA@example.COM'))?.id).toBe(created.id);
    expect(await getUserByEmail(handle.db, 'nobody@example.com')).toBeUndefined();
  });

  it('updates Cognito-owned fields on a second upsert and keeps DB-owned claims and name', async () => {
    const first = await upsertUserFromCognito(handle.db, cognitoUser(1));
    await updateUserClaims(handle.db, first.id, { developerId: 'dev-db' });
    const second = await upsertUserFromCognito(
      handle.db,
      cognitoUser(1, {
        email: 'new@example.com',
        emailVerified: false,
        name: null,
        claims: { developerId: 'stale-cached', userType: null, companyName: null },
      }),
    );
    expect(second).toMatchObject({
      id: first.id,
      email: 'new@example.com',
      emailVerified: false,
      name: 'User 1',
      developerId: 'dev-db',
    });
  });

  it('batch-upserts with counts, and a second identical batch changes nothing', async () => {
    const users = Array.from({ length: 1_200 }, (_, i) => cognitoUser(i));
    expect(await batchUpsertUsersFromCognito(handle.db, users, { chunkSize: 500 })).toEqual({
      inserted: 1_200,
      updated: 0,
    });
    expect(await batchUpsertUsersFromCognito(handle.db, users, { chunkSize: 500 })).toEqual({
      inserted: 0,
      updated: 0,
    });
    const changed = users.map((user, i) => (i < 10 ? { ...user, name: 'Renamed' } : user));
    expect(await batchUpsertUsersFromCognito(handle.db, changed)).toEqual({
      inserted: 0,
      updated: 10,
    });
    const { count } = await handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(1_200);
  });

  it('refuses a batch where two subs share an email, writing nothing', async () => {
    const batch = [cognitoUser(1), cognitoUser(2, { email: 'USER1@example.com' })];
    await expect(batchUpsertUsersFromCognito(handle.db, batch)).rejects.toSatisfy((error) =>
      isUsersyncError(error, 'CONFLICT'),
    );
    expect(await getUserBySub(handle.db, cognitoUser(1).sub)).toBeUndefined();
  });

  it('rolls back every chunk when a later chunk conflicts with an existing row', async () => {
    await upsertUserFromCognito(handle.db, cognitoUser(9_999, { email: 'taken@example.com' }));
    const batch = [
      ...Array.from({ length: 20 }, (_, i) => cognitoUser(i)),
      cognitoUser(50, { email: 'Taken@example.com' }),
    ];
    await expect(batchUpsertUsersFromCognito(handle.db, batch, { chunkSize: 5 })).rejects.toSatisfy(
      (error) => isUsersyncError(error, 'CONFLICT'),
    );
    expect(await getUserBySub(handle.db, cognitoUser(0).sub)).toBeUndefined();
  });

  it('updates claims, and a developer id held by another user is a conflict', async () => {
    const a = await upsertUserFromCognito(handle.db, cognitoUser(1));
    const b = await upsertUserFromCognito(handle.db, cognitoUser(2));
    const updated = await updateUserClaims(handle.db, a.id, {
      developerId: 'dev-7',
      companyName: 'Acme',
    });
    expect(updated).toMatchObject({ developerId: 'dev-7', companyName: 'Acme', userType: null });
    expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(a.updatedAt.getTime());
    await expect(updateUserClaims(handle.db, b.id, { developerId: 'dev-7' })).rejects.toSatisfy(
      (error) => isUsersyncError(error, 'CONFLICT'),
    );
    expect(
      await updateUserClaims(handle.db, '00000000-0000-4000-8000-000000000000', { userType: 'x' }),
    ).toBeUndefined();
  });

  it('lists every user exactly once across keyset pages, in id order', async () => {
    await batchUpsertUsersFromCognito(
      handle.db,
      Array.from({ length: 23 }, (_, i) => cognitoUser(i)),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listUsers(handle.db, {
        limit: 5,
        ...(cursor !== undefined && { cursor }),
      });
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor !== undefined);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual([...seen].sort());
    // Version 7 ids: time-ordered, so id order is creation order.
    expect(seen.every((id) => id[14] === '7')).toBe(true);
  });

  it('filters the list by a case-insensitive email prefix, with LIKE wildcards taken literally', async () => {
    await batchUpsertUsersFromCognito(handle.db, [
      cognitoUser(1, { email: 'ada_x@example.com' }),
      cognitoUser(2, { email: 'adaYx@example.com' }),
      cognitoUser(3, { email: 'bob@example.com' }),
    ]);
    const page = await listUsers(handle.db, { emailPrefix: 'ADA_' });
    expect(page.items.map((user) => user.email)).toEqual(['ada_x@example.com']);
  });

  it('rejects a forged cursor with VALIDATION_FAILED', async () => {
    await expect(listUsers(handle.db, { cursor: 'not-a-cursor' })).rejects.toSatisfy((error) =>
      isUsersyncError(error, 'VALIDATION_FAILED'),
    );
  });

  it('enforces one row per email whatever the case', async () => {
    await upsertUserFromCognito(handle.db, cognitoUser(1, { email: 'same@example.com' }));
    await expect(
      handle.db
        .insertInto('users')
        .values({ email: 'SAME@example.com' } as never)
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
