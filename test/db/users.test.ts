import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { insertUsersFromCognito, updateUsersFromCognito } from '../../src/db/users-bulk.ts';
import {
  getUserByEmail,
  getUserById,
  getUserBySub,
  listUsers,
  updateUserClaims,
} from '../../src/db/users.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../../src/domain/attributes.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { TEST_DATABASES } from '../support/databases.ts';

function cognitoUser(n: number, overrides: Partial<CognitoUserFields> = {}): CognitoUserFields {
  return {
    sub: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    email: `user${n}@example.com`,
    emailVerified: true,
    name: `User ${n}`,
    phone: null,
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
    await sql`truncate usersync.users, usersync.outbox`.execute(handle.db);
  });

  /** Inserts users as the reconcile does, and returns them as the repository reads them. */
  async function insert(...users: CognitoUserFields[]) {
    await insertUsersFromCognito(handle.db, users);
    return Promise.all(
      users.map(async (user) => {
        const found = await getUserBySub(handle.db, user.sub);
        if (found === undefined) throw new Error('not inserted');
        return found;
      }),
    );
  }

  it('inserts a user from Cognito attributes, never a claim, and finds it by id, sub and any-case email', async () => {
    const fields = fromCognitoAttributes({
      sub: cognitoUser(1).sub,
      email: 'Ada@Example.com',
      email_verified: 'true',
      'custom:developer_id': 'dev-1',
      'custom:user_type': 'pro',
    });
    if (fields === null) throw new Error('unmappable');
    const [created] = await insert(fields);
    expect(created).toMatchObject({
      email: 'ada@example.com',
      sub: cognitoUser(1).sub,
      claims: {},
      status: 'active',
      profile: {},
    });
    expect((await getUserById(handle.db, created!.id))?.id).toBe(created!.id);
    expect((await getUserBySub(handle.db, cognitoUser(1).sub))?.id).toBe(created!.id);
    expect((await getUserByEmail(handle.db, 'ADA@example.COM'))?.id).toBe(created!.id);
    expect(await getUserByEmail(handle.db, 'nobody@example.com')).toBeUndefined();
  });

  it("updates Cognito-owned fields from Cognito and keeps the DB's claims and name", async () => {
    const [first] = await insert(cognitoUser(1));
    const claimed = await updateUserClaims(handle.db, first!.id, {
      'custom:developer_id': 'dev-db',
    });
    await updateUsersFromCognito(handle.db, [
      {
        kind: 'update',
        rowId: first!.id,
        version: String(claimed!.version),
        changes: { email: 'new@example.com', emailVerified: false },
      },
    ]);
    expect(await getUserById(handle.db, first!.id)).toMatchObject({
      id: first!.id,
      email: 'new@example.com',
      emailVerified: false,
      name: 'User 1',
      claims: { 'custom:developer_id': 'dev-db' },
    });
  });

  it('writes a set of users whole or not at all: an email another row holds refuses the statement', async () => {
    await insert(cognitoUser(9_999, { email: 'taken@example.com' }));
    const batch = [
      ...Array.from({ length: 20 }, (_, i) => cognitoUser(i)),
      cognitoUser(50, { email: 'taken@example.com' }),
    ];
    await expect(insertUsersFromCognito(handle.db, batch)).rejects.toMatchObject({
      code: '23505',
    });
    expect(await getUserBySub(handle.db, cognitoUser(0).sub)).toBeUndefined();
  });

  it('updates claims, and a developer id held by another user is a conflict', async () => {
    const [a, b] = await insert(cognitoUser(1), cognitoUser(2));
    const updated = await updateUserClaims(handle.db, a!.id, {
      'custom:developer_id': 'dev-7',
      'custom:company_name': 'Acme',
    });
    expect(updated?.claims).toEqual({
      'custom:developer_id': 'dev-7',
      'custom:company_name': 'Acme',
    });
    expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(a!.updatedAt.getTime());
    await expect(
      updateUserClaims(handle.db, b!.id, { 'custom:developer_id': 'dev-7' }),
    ).rejects.toSatisfy((error) => isUsersyncError(error, 'CONFLICT'));
    expect(
      await updateUserClaims(handle.db, '00000000-0000-4000-8000-000000000000', {
        'custom:user_type': 'x',
      }),
    ).toBeUndefined();
  });

  it('lists every user exactly once across keyset pages, in id order', async () => {
    await insert(...Array.from({ length: 23 }, (_, i) => cognitoUser(i)));
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
    await insert(
      cognitoUser(1, { email: 'ada_x@example.com' }),
      cognitoUser(2, { email: 'adaYx@example.com' }),
      cognitoUser(3, { email: 'bob@example.com' }),
    );
    const page = await listUsers(handle.db, { emailPrefix: 'ADA_' });
    expect(page.items.map((user) => user.email)).toEqual(['ada_x@example.com']);
  });

  it('rejects a forged cursor with VALIDATION_FAILED', async () => {
    await expect(listUsers(handle.db, { cursor: 'not-a-cursor' })).rejects.toSatisfy((error) =>
      isUsersyncError(error, 'VALIDATION_FAILED'),
    );
  });

  it('enforces one row per email whatever the case', async () => {
    await insert(cognitoUser(1, { email: 'same@example.com' }));
    await expect(
      handle.db
        .insertInto('users')
        .values({ email: 'SAME@example.com' } as never)
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
