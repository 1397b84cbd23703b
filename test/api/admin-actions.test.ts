import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../src/domain/events.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { assertValidEvent } from '../support/event-schemas.ts';
import { FAKE_TOKENS, fakeApp, type FakeApp } from '../support/fake-app.ts';

const SUB = 'b0b0b0b0-0000-4000-8000-000000000001';
const OTHER = 'b0b0b0b0-0000-4000-8000-000000000002';

/**
 * The admin actions over the fake Cognito and an in-memory store: each action does its
 * work, writes its event where the stored user changes and an audit entry naming the admin;
 * bad input is refused before anything is done or audited, and a non-admin is refused.
 */
describe('admin actions on a user', () => {
  let fake: FakeApp;
  let store: StoreHandle;
  beforeAll(async () => {
    fake = await fakeApp();
    store = postgresStore(fake.database);
    for (const [sub, email] of [
      [SUB, 'ada@example.com'],
      [OTHER, 'grace@example.com'],
    ] as const) {
      fake.gateway.addUser(sub, { sub, email, email_verified: 'true' });
      await store.users.linkOrCreate({ sub, email, emailVerified: true, name: null, phone: null });
    }
    await events();
  });
  afterAll(async () => {
    await fake?.close();
  });

  /** The events written since the last call. */
  async function events(): Promise<EventEnvelope[]> {
    const taken: EventEnvelope[] = [];
    while (
      (await store.outbox.relayBatch(100, (batch) => {
        taken.push(...batch.map((event) => event.payload));
        return Promise.resolve({ published: batch.map((event) => event.id), failures: [] });
      })) > 0
    );
    taken.forEach(assertValidEvent);
    return taken;
  }

  const act = (body: unknown, sub = SUB, token: string = FAKE_TOKENS.admin) =>
    fake.app.inject({
      method: 'POST',
      url: `/admin/users/${sub}/actions`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const audit = async (query = '') =>
    (
      await fake.app.inject({
        method: 'GET',
        url: `/admin/audit${query}`,
        headers: { authorization: `Bearer ${FAKE_TOKENS.admin}` },
      })
    ).json<{
      items: { action: string; target: string; actor: string; outcome: string; detail: object }[];
    }>();

  it('sets claims with a user.updated event and an audit entry naming the claims, not their values', async () => {
    const answer = await act({
      action: 'set-claims',
      claims: { 'custom:developer_id': 'dev-7', 'custom:user_type': 'pro' },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      outcome: 'done',
      detail: { claims: ['custom:developer_id', 'custom:user_type'] },
      audit: { actor: 'fake-sub', action: 'user.claims', target: SUB, outcome: 'done' },
    });
    expect((await store.users.userBySub(SUB))?.claims).toMatchObject({
      'custom:developer_id': 'dev-7',
      'custom:user_type': 'pro',
    });
    const [event] = await events();
    expect(event).toMatchObject({ type: 'user.updated', data: { sub: SUB } });
    expect(JSON.stringify((await audit()).items[0])).not.toContain('dev-7');
  });

  it('disables and enables in Cognito and the store, signing the user out, with their events', async () => {
    const disabled = await act({ action: 'disable' });
    expect(disabled.json()).toMatchObject({
      outcome: 'done',
      detail: { signedOut: true, decisions: ['updated'] },
    });
    expect((await store.users.userBySub(SUB))?.status).toBe('disabled');
    expect(await store.counters.signOuts.since(SUB)).toBeInstanceOf(Date);
    expect(fake.gateway.calls.map((call) => call.method)).toEqual(
      expect.arrayContaining(['adminDisableUser', 'adminUserGlobalSignOut']),
    );
    expect((await events()).map((event) => event.type)).toEqual(['user.disabled']);

    expect((await act({ action: 'enable' })).json()).toMatchObject({ outcome: 'done' });
    expect((await store.users.userBySub(SUB))?.status).toBe('active');
    expect((await events()).map((event) => event.type)).toEqual(['user.enabled']);
  });

  it('adds and removes a group in Cognito, signing the user out on removal', async () => {
    expect((await act({ action: 'add-group', group: 'support' })).json()).toMatchObject({
      detail: { group: 'support' },
    });
    expect(fake.gateway.groups.get(SUB)).toEqual(new Set(['support']));
    const record = await fake.app.inject({
      method: 'GET',
      url: `/admin/users/${SUB}`,
      headers: { authorization: `Bearer ${FAKE_TOKENS.admin}` },
    });
    expect(record.json()).toMatchObject({ cognito: { groups: ['support'] } });
    expect((await act({ action: 'remove-group', group: 'support' })).json()).toMatchObject({
      detail: { group: 'support', signedOut: true },
    });
    expect(fake.gateway.groups.get(SUB)).toEqual(new Set());
  });

  it('turns off MFA and signs out everywhere, each audited', async () => {
    fake.gateway.mfa.set(SUB, ['SOFTWARE_TOKEN_MFA']);
    expect((await act({ action: 'reset-mfa' })).json()).toMatchObject({
      detail: { methodsTurnedOff: ['SOFTWARE_TOKEN_MFA'] },
    });
    expect((await act({ action: 'sign-out' })).json()).toMatchObject({ outcome: 'done' });
    // Each action is recorded before it is done, then with how it ended.
    const mine = await audit(`?target=${SUB}&limit=4`);
    expect(mine.items.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['user.sign-out', 'done'],
      ['user.sign-out', 'started'],
      ['user.reset-mfa', 'done'],
      ['user.reset-mfa', 'started'],
    ]);
  });

  it('refuses bad input before anything is done or audited, and a non-admin', async () => {
    const before = (await audit()).items.length;
    const calls = fake.gateway.calls.length;
    for (const [what, body, code] of [
      ['an unknown action', { action: 'promote' }, 'VALIDATION_FAILED'],
      ['an unknown claim', { action: 'set-claims', claims: { shoeSize: 44 } }, 'VALIDATION_FAILED'],
      [
        'a claim of the wrong type',
        { action: 'set-claims', claims: { 'custom:developer_id': 7 } },
        'VALIDATION_FAILED',
      ],
      ['a NUL in a group', { action: 'add-group', group: 'a\u0000b' }, 'VALIDATION_FAILED'],
      [
        'an erase confirmed with another sub',
        { action: 'erase', confirm: OTHER },
        'VALIDATION_FAILED',
      ],
      ['a delete unconfirmed', { action: 'delete' }, 'VALIDATION_FAILED'],
      ['an extra field', { action: 'sync', force: true }, 'VALIDATION_FAILED'],
    ] as const) {
      const answer = await act(body);
      expect(answer.statusCode, what).toBe(400);
      expect(answer.json(), what).toMatchObject({ error: { code } });
    }
    const refused = await act({ action: 'sync' }, SUB, FAKE_TOKENS.user);
    expect(refused.statusCode).toBe(403);
    const audited = await fake.app.inject({
      method: 'GET',
      url: '/admin/audit',
      headers: { authorization: `Bearer ${FAKE_TOKENS.user}` },
    });
    expect(audited.statusCode).toBe(403);
    expect((await audit()).items.length).toBe(before);
    expect(fake.gateway.calls.length).toBe(calls);
    expect(await events()).toEqual([]);
  });

  it('audits an action that fails once started, with its code', async () => {
    const answer = await act({ action: 'disable' }, 'c0c0c0c0-0000-4000-8000-000000000009');
    expect(answer.statusCode).toBe(404);
    expect((await audit()).items[0]).toMatchObject({
      action: 'user.disable',
      outcome: 'failed',
      detail: { code: 'NOT_FOUND' },
    });
  });

  it('deletes a user in Cognito and marks the record deleted, then erases another, each confirmed', async () => {
    const deleted = await act({ action: 'delete', confirm: OTHER }, OTHER);
    expect(deleted.json()).toMatchObject({ detail: { cognitoDeleted: true, markedDeleted: true } });
    expect((await store.users.userBySub(OTHER))?.status).toBe('deleted');
    expect((await events()).map((event) => event.type)).toEqual(['user.deleted']);

    const erased = await act({ action: 'erase', confirm: SUB });
    expect(erased.json()).toMatchObject({ detail: { erased: true, cognitoDeleted: true } });
    expect(await store.users.userBySub(SUB)).toMatchObject({ email: null, status: 'deleted' });
    expect((await events()).map((event) => event.type)).toEqual(['user.erased']);
    // The log keeps who erased whom, and nothing of the person.
    const entries = await audit(`?target=${SUB}`);
    expect(entries.items[0]).toMatchObject({ action: 'user.erase', outcome: 'done' });
    expect(JSON.stringify(entries)).not.toContain('ada@example.com');
  });
});
