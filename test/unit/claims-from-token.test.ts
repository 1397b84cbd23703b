import { describe, expect, it } from 'vitest';
import { claimsFromToken } from '../../src/services/users/authenticate.ts';
import type { VerifiedToken } from '../../src/auth/verifier.ts';
import { parseClaimSet } from '../../src/config/claims.ts';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';

const token = (tokenUse: 'id' | 'access', payload: Record<string, unknown>): VerifiedToken => ({
  tokenUse,
  sub: 'sub-1',
  username: 'sub-1',
  email: undefined,
  groups: [],
  exp: 0,
  payload: { sub: 'sub-1', ...payload },
});

describe('claims first: which tokens answer /me/claims without the DB', () => {
  it('trusts a token usersync shaped from the DB, a claim it lacks being null', () => {
    const shaped = token('id', { 'custom:user_type': 'pro', 'usersync:claims': 'db' });
    expect(claimsFromToken(shaped, DEFAULT_CLAIM_SET)).toEqual({
      'custom:developer_id': null,
      'custom:user_type': 'pro',
      'custom:company_name': null,
      roles: null,
    });
    // V2 and V3 events shape the access token too, roles as a list; V1's are text.
    expect(
      claimsFromToken(
        token('access', { 'usersync:claims': 'db', roles: ['a', 'b'] }),
        DEFAULT_CLAIM_SET,
      ),
    ).toMatchObject({ 'custom:user_type': null, roles: ['a', 'b'] });
    expect(
      claimsFromToken(token('id', { 'usersync:claims': 'db', roles: 'a,b' }), DEFAULT_CLAIM_SET),
    ).toMatchObject({ roles: ['a', 'b'] });
  });

  it("reads a team's claims typed, from V2's values and V1's text; a value of another type is null", () => {
    const claims = parseClaimSet({
      seats: { type: 'number' },
      beta: { type: 'boolean' },
      plan: { type: 'string' },
    });
    expect(
      claimsFromToken(
        token('id', { 'usersync:claims': 'db', seats: 12, beta: 'true', plan: 7 }),
        claims,
      ),
    ).toEqual({ seats: 12, beta: true, plan: null });
  });

  it('reads the DB for a token usersync did not shape, or shaped from the cache', () => {
    const unshaped = token('id', {
      'custom:developer_id': 'dev-1',
      'custom:user_type': 'pro',
      'custom:company_name': 'Acme',
    });
    expect(claimsFromToken(unshaped, DEFAULT_CLAIM_SET)).toBeUndefined();
    expect(
      claimsFromToken(token('id', { 'usersync:claims': 'cache' }), DEFAULT_CLAIM_SET),
    ).toBeUndefined();
  });
});
