import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClaimSet } from '../../src/config/claims.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createPreTokenGenerationHandler } from '../../src/triggers/pre-token-generation.ts';
import { triggerEvent } from '../../support/trigger-events.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

/** The team claim set: a tenant, a plan, a seat count, a beta flag and groups. */
const TEAM_CLAIMS = parseClaimSet({
  tenant_id: { type: 'string', column: 'tenant_id', attribute: 'tenantId' },
  plan: { type: 'string', column: 'plan', attribute: 'plan', cache: 'custom:plan' },
  seats: { type: 'number', column: 'seats', attribute: 'seats' },
  beta: { type: 'boolean', column: 'beta', attribute: 'beta', tokens: 'access' },
  groups: { type: 'string[]', column: 'groups', attribute: 'groups' },
});

/**
 * A team's own claims on every store: written typed, read typed, carried typed in V2
 * tokens (a number stays a number) and as text in V1, and in every event's `claims`.
 */
describe.each(TEST_STORES)("a team's own claim set on $name", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open(TEAM_CLAIMS);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('holds each claim typed, clears one, and carries them in tokens and events', async () => {
    const sub = '5e0b5b3e-7ea0-4000-8000-000000000001';
    const { user } = await store.handle.users.linkOrCreate({
      sub,
      email: 'team@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    const set = await store.handle.users.setClaims(user.id, {
      tenant_id: 't-1',
      plan: 'pro',
      seats: 12,
      beta: true,
      groups: ['ops', 'billing'],
    });
    const claims = {
      tenant_id: 't-1',
      plan: 'pro',
      seats: 12,
      beta: true,
      groups: ['ops', 'billing'],
    };
    expect(set?.claims).toEqual(claims);
    expect((await store.handle.users.userBySub(sub))?.claims).toEqual(claims);

    const handler = createPreTokenGenerationHandler({
      store: store.handle.users,
      cacheWrites: store.handle.cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: new FakeGateway(),
      preTokenBudgetMs: 1_000,
      claimsFallback: 'none',
      claims: TEAM_CLAIMS,
    });
    const attributes = { sub, email: 'team@example.com', 'custom:plan': 'pro' };
    const v2 = await handler(
      triggerEvent('TokenGeneration_Authentication', attributes, { version: '2' }),
    );
    const { beta: _beta, ...idClaims } = claims;
    expect(v2.response).toEqual({
      claimsAndScopeOverrideDetails: {
        // Cognito copies the cache into the id token; no claim of its name replaces it.
        idTokenGeneration: {
          claimsToAddOrOverride: { ...idClaims, 'usersync:claims': 'db' },
          claimsToSuppress: ['custom:plan'],
        },
        accessTokenGeneration: { claimsToAddOrOverride: { ...claims, 'usersync:claims': 'db' } },
      },
    });
    const v1 = await handler(triggerEvent('TokenGeneration_Authentication', attributes));
    expect(v1.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: {
          tenant_id: 't-1',
          plan: 'pro',
          seats: '12',
          groups: 'ops,billing',
          'usersync:claims': 'db',
        },
        claimsToSuppress: ['custom:plan'],
      },
    });

    const cleared = await store.handle.users.setClaims(user.id, { seats: null, groups: [] });
    expect(cleared?.claims).toEqual({ tenant_id: 't-1', plan: 'pro', beta: true });
    const events = await store.takeEvents();
    expect(events.map((event) => [event.type, event.data['claims']])).toEqual([
      ['user.registered', {}],
      ['user.updated', claims],
      ['user.updated', { tenant_id: 't-1', plan: 'pro', beta: true }],
    ]);
    expect(events[2]?.data['changes']).toEqual({ fields: ['groups', 'seats'] });
  });
});
