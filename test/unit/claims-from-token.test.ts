import { describe, expect, it } from 'vitest';
import { claimsFromToken } from '../../src/api/current-user.ts';
import type { VerifiedToken } from '../../src/auth/verifier.ts';

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
    expect(claimsFromToken(shaped)).toEqual({
      developerId: null,
      userType: 'pro',
      companyName: null,
    });
    // V2 and V3 events shape the access token too.
    expect(claimsFromToken(token('access', { 'usersync:claims': 'db' }))).toEqual({
      developerId: null,
      userType: null,
      companyName: null,
    });
  });

  it('reads the DB for a token usersync did not shape, or shaped from the cache', () => {
    const unshaped = token('id', {
      'custom:developer_id': 'dev-1',
      'custom:user_type': 'pro',
      'custom:company_name': 'Acme',
    });
    expect(claimsFromToken(unshaped)).toBeUndefined();
    expect(claimsFromToken(token('id', { 'usersync:claims': 'cache' }))).toBeUndefined();
  });
});
