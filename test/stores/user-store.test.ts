import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoUserFields } from '../../src/domain/attributes.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { linkOrCreateUser } from '../../src/services/users/link.ts';
import { emailTaken, setUserClaims } from '../../src/services/users/claims.ts';
import { updateOwnProfile } from '../../src/services/users/profile.ts';
import type { UserStore } from '../../src/stores/store.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

let next = 0;
/** A Cognito user no other test uses (each test works on users of its own). */
function cognitoUser(overrides: Partial<CognitoUserFields> = {}): CognitoUserFields {
  next += 1;
  return {
    sub: `5e0b5b3e-0000-4000-8000-${String(next).padStart(12, '0')}`,
    email: `store.user${next}@example.com`,
    emailVerified: true,
    name: `User ${next}`,
    phone: null,
    ...overrides,
  };
}

const MAX_PROFILE = 4_096;

/**
 * The user services on every store, from one suite: the same calls, the same answers, the
 * same events (PGlite, PostgreSQL with TEST_DATABASE_URL, DynamoDB on dynalite).
 */
describe.each(TEST_STORES)('the user store on $name', (kind) => {
  let store: TestStore;
  let users: UserStore;
  const gateway = new FakeGateway();
  const cognito = { gateway, userPoolId: 'us-east-1_Store' };
  beforeAll(async () => {
    store = await kind.open();
    users = store.handle.users;
  });
  afterAll(async () => {
    await store?.close();
  });

  it('creates a user with one user.registered event; a retry and a race change nothing', async () => {
    await store.takeEvents();
    const fields = cognitoUser();
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => linkOrCreateUser(users, fields)),
    );
    expect(outcomes.filter((outcome) => outcome.outcome === 'created')).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.user.id)).size).toBe(1);
    expect((await linkOrCreateUser(users, fields)).outcome).toBe('existing');
    const user = await users.userBySub(fields.sub);
    expect(user).toMatchObject({
      sub: fields.sub,
      email: fields.email,
      emailVerified: true,
      name: fields.name,
      claims: {},
      status: 'active',
      version: 1,
    });
    const events = await store.takeEvents();
    expect(events.map((event) => [event.type, event.data['sub']])).toEqual([
      ['user.registered', fields.sub],
    ]);
    expect(events[0]?.data).toMatchObject({ userId: user?.id, version: 1 });
    expect(events[0]?.data['claims']).toEqual({});
  });

  it('finds a user by email in any case, and says whether an email is taken', async () => {
    const fields = cognitoUser();
    await linkOrCreateUser(users, fields);
    expect((await users.userByEmail(fields.email?.toUpperCase() ?? ''))?.sub).toBe(fields.sub);
    expect(await emailTaken(users, fields.email ?? '', 'sign-up')).toBe(true);
    expect(await emailTaken(users, 'nobody.here@example.com', 'sign-up')).toBe(false);
    expect(await users.userBySub('5e0b5b3e-ffff-4000-8000-000000000000')).toBeUndefined();
  });

  it("releases a deleted user's email: taken for nobody, free to sign up again, the tombstone found by it", async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    const email = fields.email ?? '';
    // Taken while the user is active: by a sign-up, and by another user's email change.
    expect(await emailTaken(users, email, 'sign-up')).toBe(true);
    expect(await emailTaken(users, email, { userId: 'someone-else' })).toBe(true);
    expect(await emailTaken(users, email, { userId: user.id })).toBe(false);
    await users.markDeleted(user.id);
    expect(await users.userByEmail(email)).toBeUndefined();
    expect(await emailTaken(users, email.toUpperCase(), 'sign-up')).toBe(false);
    expect((await users.deletedUserByEmail(email.toUpperCase()))?.id).toBe(user.id);
    // The same person signs up again, in another case: a new user, the tombstone kept.
    const again = cognitoUser({ email: email.toUpperCase() });
    const { user: second, outcome } = await linkOrCreateUser(users, again);
    expect(outcome).toBe('created');
    expect(second.id).not.toBe(user.id);
    expect((await users.userByEmail(email))?.id).toBe(second.id);
    expect(await users.userBySub(fields.sub)).toMatchObject({ status: 'deleted', email: null });
  });

  it("refuses a second Cognito user with a user's email, writing nothing", async () => {
    const first = cognitoUser();
    await linkOrCreateUser(users, first);
    await store.takeEvents();
    const second = cognitoUser({ email: first.email });
    const error = await linkOrCreateUser(users, second).catch((caught: unknown) => caught);
    expect(isUsersyncError(error) && error.code).toBe('CONFLICT');
    expect(await users.userBySub(second.sub)).toBeUndefined();
    expect(await store.takeEvents()).toEqual([]);
  });

  it('lets one of two racing sign-ups with one email in, in any case, and writes nothing for the other', async () => {
    await store.takeEvents();
    const first = cognitoUser();
    const email = first.email ?? '';
    const racers = [first, cognitoUser({ email: email.toUpperCase() })];
    const outcomes = await Promise.allSettled(
      racers.map((fields) => linkOrCreateUser(users, fields)),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected');
    const reason: unknown = refusal?.status === 'rejected' ? refusal.reason : undefined;
    expect(isUsersyncError(reason) && reason.code).toBe('CONFLICT');
    const stored = await Promise.all(racers.map((fields) => users.userBySub(fields.sub)));
    expect(stored.filter((user) => user !== undefined)).toHaveLength(1);
    expect((await store.takeEvents()).map((event) => event.type)).toEqual(['user.registered']);
  });

  it("refuses an email change to another user's email, and frees an email its user leaves", async () => {
    const holder = cognitoUser();
    const mover = cognitoUser();
    await linkOrCreateUser(users, holder);
    const { user } = await linkOrCreateUser(users, mover);
    const error = await users
      .setEmail(user.id, (holder.email ?? '').toUpperCase(), true)
      .catch((caught: unknown) => caught);
    expect(isUsersyncError(error) && error.code).toBe('CONFLICT');
    expect((await users.userBySub(mover.sub))?.email).toBe(mover.email);
    // The mover leaves their email for another: a new sign-up may take the old one.
    await users.setEmail(user.id, `elsewhere.${mover.email ?? ''}`, true);
    const taker = cognitoUser({ email: mover.email });
    expect((await linkOrCreateUser(users, taker)).outcome).toBe('created');
  });

  it('records a sign-in of a known user only', async () => {
    const fields = cognitoUser();
    await linkOrCreateUser(users, fields);
    expect(await users.recordLogin(fields.sub)).toBe(true);
    expect((await users.userBySub(fields.sub))?.lastLoginAt).toBeInstanceOf(Date);
    expect(await users.recordLogin('5e0b5b3e-ffff-4000-8000-000000000001')).toBe(false);
  });

  it('sets and clears claims and roles with a user.updated event', async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    await store.takeEvents();
    const set = await setUserClaims(users, user, {
      'custom:developer_id': 'dev-9',
      'custom:user_type': 'partner',
      roles: ['editor'],
    });
    expect(set.claims).toEqual({
      'custom:developer_id': 'dev-9',
      'custom:user_type': 'partner',
      roles: ['editor'],
    });
    const cleared = await setUserClaims(users, set, { 'custom:user_type': null, roles: [] });
    expect(cleared.claims).toEqual({ 'custom:developer_id': 'dev-9' });
    expect(await users.userBySub(fields.sub)).toMatchObject({
      claims: { 'custom:developer_id': 'dev-9' },
      version: 3,
    });
    const events = await store.takeEvents();
    expect(
      events.map((event) => [event.type, event.data['version'], event.data['claims']]),
    ).toEqual([
      [
        'user.updated',
        2,
        { 'custom:developer_id': 'dev-9', 'custom:user_type': 'partner', roles: ['editor'] },
      ],
      ['user.updated', 3, { 'custom:developer_id': 'dev-9' }],
    ]);
    expect(
      await users.setClaims('5e0b5b3e-ffff-4000-8000-000000000002', { 'custom:user_type': 'x' }),
    ).toBe(undefined);
  });

  it('merges thirty parallel profile edits of distinct keys so that every one lands, each with its event', async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    await store.takeEvents();
    const who = { id: user.id, username: fields.sub };
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        updateOwnProfile(
          { store: users, cognito },
          who,
          { profile: { [`k${i}`]: i } },
          MAX_PROFILE,
        ),
      ),
    );
    const after = await users.userBySub(fields.sub);
    expect(after?.profile).toEqual(
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])),
    );
    expect(after?.version).toBe(31);
    const events = await store.takeEvents();
    expect(events).toHaveLength(30);
    expect(events.every((event) => event.type === 'user.updated')).toBe(true);
  });

  it('removes a profile key with null, changes name and phone, and writes nothing for no change', async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    const who = { id: user.id, username: fields.sub };
    const deps = { store: users, cognito };
    await updateOwnProfile(
      deps,
      who,
      { profile: { plan: 'pro', theme: 'dark', nested: { a: [1, null] } } },
      MAX_PROFILE,
    );
    await store.takeEvents();
    const updated = await updateOwnProfile(
      deps,
      who,
      { name: 'New Name', phone: '+15550100', profile: { theme: null } },
      MAX_PROFILE,
    );
    expect(updated).toMatchObject({
      name: 'New Name',
      phone: '+15550100',
      profile: { plan: 'pro', nested: { a: [1, null] } },
    });
    expect(Object.keys(updated.profile)).not.toContain('theme');
    expect((await store.takeEvents()).map((event) => event.data['changes'])).toEqual([
      { fields: ['name', 'phone', 'profile'] },
    ]);
    const same = await updateOwnProfile(
      deps,
      who,
      { name: 'New Name', profile: { plan: 'pro' } },
      MAX_PROFILE,
    );
    expect(same.version).toBe(updated.version);
    expect(await store.takeEvents()).toEqual([]);
    const cleared = await updateOwnProfile(deps, who, { phone: null }, MAX_PROFILE);
    expect(cleared.phone).toBeNull();
    expect((await users.userBySub(fields.sub))?.phone).toBeNull();
  });

  it('refuses a profile over the limit, and keeps nothing when Cognito refuses the change', async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    await store.takeEvents();
    const who = { id: user.id, username: fields.sub };
    const tooLarge = await updateOwnProfile(
      { store: users, cognito },
      who,
      { profile: { big: 'x'.repeat(MAX_PROFILE) } },
      MAX_PROFILE,
    ).catch((caught: unknown) => caught);
    expect(isUsersyncError(tooLarge) && tooLarge.code).toBe('VALIDATION_FAILED');
    const refusing = {
      ...cognito,
      gateway: {
        ...gateway,
        adminUpdateUserAttributes: () => Promise.reject(new Error('Cognito says no')),
      },
    } as unknown as typeof cognito;
    await expect(
      updateOwnProfile({ store: users, cognito: refusing }, who, { name: 'Refused' }, MAX_PROFILE),
    ).rejects.toThrow('Cognito says no');
    expect(await users.userBySub(fields.sub)).toMatchObject({ name: fields.name, version: 1 });
    expect(await store.takeEvents()).toEqual([]);
  });

  it("adds missing profile fields without replacing the user's own", async () => {
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    await updateOwnProfile(
      { store: users, cognito },
      { id: user.id, username: fields.sub },
      { profile: { plan: 'pro' } },
      MAX_PROFILE,
    );
    await users.addMissingProfileFields(user.id, { plan: 'free', locale: 'en' });
    expect((await users.userBySub(fields.sub))?.profile).toEqual({ plan: 'pro', locale: 'en' });
  });

  it('lists every user once across pages, and filters by email prefix', async () => {
    const prefix = `lister${kind.name}`;
    const made = [];
    for (let i = 0; i < 5; i += 1) {
      const fields = cognitoUser({ email: `${prefix}.${i}@example.com` });
      made.push((await linkOrCreateUser(users, fields)).user.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await users.listUsers({
        limit: 2,
        emailPrefix: prefix.toUpperCase(),
        ...(cursor !== undefined && { cursor }),
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual(made.sort());
    const bad = await users
      .listUsers({ cursor: 'not a cursor' })
      .catch((caught: unknown) => caught);
    expect(isUsersyncError(bad) && bad.code).toBe('VALIDATION_FAILED');
  });

  it("finds users by a claim's value: a text claim equal to it, a list claim holding it", async () => {
    const prefix = `claimed${kind.name}`;
    const [first, second, third] = await Promise.all(
      [0, 1, 2].map(
        async (i) =>
          (await linkOrCreateUser(users, cognitoUser({ email: `${prefix}.${i}@example.com` })))
            .user,
      ),
    );
    await users.setClaims(first?.id ?? '', {
      'custom:user_type': 'searchable',
      roles: ['auditor'],
    });
    await users.setClaims(second?.id ?? '', {
      'custom:user_type': 'other',
      roles: ['auditor', 'ops'],
    });
    await users.setClaims(third?.id ?? '', { 'custom:user_type': 'searchable' });
    const ids = async (claim: { name: string; value: string | [string] }) =>
      (await users.listUsers({ limit: 500, emailPrefix: prefix, claim })).items
        .map((user) => user.id)
        .sort();
    expect(await ids({ name: 'custom:user_type', value: 'searchable' })).toEqual(
      [first?.id, third?.id].sort(),
    );
    expect(await ids({ name: 'roles', value: ['auditor'] })).toEqual(
      [first?.id, second?.id].sort(),
    );
    expect(await ids({ name: 'roles', value: ['ops'] })).toEqual([second?.id]);
    // Text that looks like a filter is a value like any other.
    expect(await ids({ name: 'custom:user_type', value: "' or 1=1 --" })).toEqual([]);
    await store.takeEvents();
  });

  it('gives a failed event an attempt and a later retry, and publishes it then', async () => {
    await store.takeEvents();
    await linkOrCreateUser(users, cognitoUser());
    const failed = await store.handle.outbox.relayBatch(10, (events) =>
      Promise.resolve({
        published: [],
        failures: events.map((event) => ({ id: event.id, error: 'bus down', delayMs: 300 })),
      }),
    );
    expect(failed).toBe(1);
    // Not due yet.
    expect(await store.takeEvents()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // It has waited since it was written: the relay's health metric says so.
    expect(await store.handle.outbox.oldestUnpublishedAgeSeconds()).toBeGreaterThan(0.3);
    let attempts = -1;
    await store.handle.outbox.relayBatch(10, (events) => {
      attempts = events[0]?.attempts ?? -1;
      return Promise.resolve({ published: events.map((event) => event.id), failures: [] });
    });
    expect(attempts).toBe(1);
    expect(await store.handle.outbox.oldestUnpublishedAgeSeconds()).toBe(0);
  });

  it('erases a user: personal data gone from the user and their earlier events, a tombstone and user.erased left', async () => {
    await store.takeEvents();
    const fields = cognitoUser({ name: 'Erin Erasable', phone: '+15550199' });
    const { user } = await linkOrCreateUser(users, fields);
    await updateOwnProfile(
      { store: users, cognito },
      { id: user.id, username: fields.sub },
      { profile: { city: 'Lyon' } },
      MAX_PROFILE,
    );
    const erased = await users.erase(user.id);
    expect(erased).toMatchObject({ erased: true, eventsScrubbed: 2 });
    expect(await users.userBySub(fields.sub)).toMatchObject({
      id: user.id,
      sub: fields.sub,
      email: null,
      name: null,
      phone: null,
      profile: {},
      status: 'deleted',
    });
    expect(await users.userByEmail(fields.email ?? '')).toBeUndefined();
    const events = await store.takeEvents();
    expect(events.map((event) => event.type)).toEqual([
      'user.registered',
      'user.updated',
      'user.erased',
    ]);
    const text = JSON.stringify(events);
    for (const personal of [fields.email ?? '', 'Erin', '+15550199', 'Lyon']) {
      expect(text).not.toContain(personal);
    }
    // Again: nothing left to do, nothing written.
    expect(await users.erase(user.id)).toMatchObject({ erased: false, eventsScrubbed: 0 });
    expect(await store.takeEvents()).toEqual([]);
  });

  it('sets a verified email change and marks a user deleted, each with its event, once', async () => {
    await store.takeEvents();
    const fields = cognitoUser();
    const { user } = await linkOrCreateUser(users, fields);
    const moved = `moved.${fields.email ?? ''}`;
    expect(await users.setEmail(user.id, moved, true)).toMatchObject({
      email: moved,
      emailVerified: true,
    });
    expect((await users.userByEmail(moved.toUpperCase()))?.id).toBe(user.id);
    expect(await users.userByEmail(fields.email ?? '')).toBeUndefined();
    expect(await users.setEmail(user.id, moved, true)).toMatchObject({ email: moved });
    expect(await users.markDeleted(user.id)).toMatchObject({ status: 'deleted' });
    expect(await users.markDeleted(user.id)).toMatchObject({ status: 'deleted' });
    const events = await store.takeEvents();
    expect(events.map((event) => [event.type, event.data['email']])).toEqual([
      ['user.registered', fields.email],
      ['user.updated', moved],
      // The email is released at deletion: the event names the user by id and sub.
      ['user.deleted', null],
    ]);
    expect(
      await users.setEmail('5e0b5b3e-ffff-4000-8000-000000000009', moved, true),
    ).toBeUndefined();
  });
});
