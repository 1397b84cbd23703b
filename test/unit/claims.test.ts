import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSetError, parseClaimSet } from '../../src/config/claims.ts';
import {
  DEFAULT_CLAIM_SET,
  ID_TOKEN_CLAIMS_BUDGET_BYTES,
  cacheAttributes,
  claimAssignments,
  cachedClaims,
  cacheMaxLength,
  claimFromText,
  claimToText,
  claimValueProblem,
  largestIdTokenClaimsBytes,
  tokenClaims,
  v1Text,
} from '../../src/domain/claims.ts';

/** The team claim set. */
const TEAM = {
  tenant_id: { type: 'string', column: 'tenant_id' },
  plan: { type: 'string', column: 'plan', cache: 'custom:plan' },
  seats: { type: 'number', column: 'seats' },
  beta: { type: 'boolean', column: 'beta', tokens: 'access' },
  groups: { type: 'string[]', column: 'groups' },
};

/** The problems a refused claim set names, as `path message`. */
function problems(input: unknown): string[] {
  try {
    parseClaimSet(input);
  } catch (error) {
    if (error instanceof ClaimSetError) {
      return error.problems.map((problem) => `${problem.path} ${problem.message}`);
    }
    throw error;
  }
  return [];
}

describe('claim sets', () => {
  it("defaults to today's three cached claims and the roles, within the id token's budget", () => {
    expect(DEFAULT_CLAIM_SET.map((claim) => [claim.name, claim.type, claim.column])).toEqual([
      ['custom:developer_id', 'string', 'developer_id'],
      ['custom:user_type', 'string', 'user_type'],
      ['custom:company_name', 'string', 'company_name'],
      ['roles', 'string[]', 'roles'],
    ]);
    expect(cachedClaims(DEFAULT_CLAIM_SET).map((claim) => claim.cache)).toEqual([
      'custom:developer_id',
      'custom:user_type',
      'custom:company_name',
    ]);
    // The lengths a deployed pool declared its caches with: Cognito cannot change them.
    expect(cacheAttributes(DEFAULT_CLAIM_SET)).toEqual([
      { name: 'developer_id', maxLength: 256 },
      { name: 'user_type', maxLength: 64 },
      { name: 'company_name', maxLength: 256 },
    ]);
    expect(largestIdTokenClaimsBytes(DEFAULT_CLAIM_SET)).toBeLessThanOrEqual(
      ID_TOKEN_CLAIMS_BUDGET_BYTES,
    );
    // The default is what the file's reader makes of the same entries.
    expect(
      parseClaimSet({
        'custom:developer_id': {
          type: 'string',
          attribute: 'developerId',
          cache: 'custom:developer_id',
          maxBytes: 258,
        },
        'custom:user_type': {
          type: 'string',
          attribute: 'userType',
          cache: 'custom:user_type',
          maxBytes: 66,
        },
        'custom:company_name': {
          type: 'string',
          attribute: 'companyName',
          cache: 'custom:company_name',
          maxBytes: 258,
        },
        roles: { type: 'string[]', maxBytes: 66, maxItems: 10 },
      }),
    ).toEqual(DEFAULT_CLAIM_SET);
  });

  it("reads a team's claims and carries them typed: a number stays a number, V1 gets text", () => {
    const claims = parseClaimSet(TEAM);
    const values = {
      tenant_id: 't-1',
      plan: 'pro',
      seats: 12,
      beta: true,
      groups: ['eng', 'ops'],
    };
    expect(tokenClaims(claims, values, 'id')).toEqual({
      tenant_id: 't-1',
      plan: 'pro',
      seats: 12,
      groups: ['eng', 'ops'],
    });
    expect(tokenClaims(claims, values, 'access')).toMatchObject({ seats: 12, beta: true });
    expect(v1Text(claims, values)).toEqual({
      tenant_id: 't-1',
      plan: 'pro',
      seats: '12',
      groups: 'eng,ops',
    });
    // A cleared claim, and an empty list, are left out of the token.
    expect(tokenClaims(claims, { ...values, plan: null, groups: [] }, 'id')).toEqual({
      tenant_id: 't-1',
      seats: 12,
    });
  });

  it.each([
    [{ sub: { type: 'string' } }, 'claims."sub" is a claim Cognito'],
    [{ 'cognito:groups': { type: 'string[]' } }, 'claims."cognito:groups" is a claim Cognito'],
    [{ 'usersync:claims': { type: 'string' } }, 'claims."usersync:claims" is a claim'],
    [{ 'has space': { type: 'string' } }, 'claims."has space" must be 1 to 128 printable'],
    [{ tenant: { type: 'object' } }, 'claims."tenant".type must be one of string, number'],
    [{ tenant: { type: 'string', colum: 'x' } }, 'claims."tenant"'],
    [{ tenant: { type: 'string', cache: 'tenant' } }, 'claims."tenant".cache must be a Cognito'],
    [
      { a: { type: 'string', column: 'x' }, b: { type: 'string', column: 'x' } },
      'claims."b".column is a\'s column too',
    ],
    [{ tenant: { type: 'string', column: 'x; drop table users' } }, 'claims."tenant".column'],
    [{ groups: { type: 'string[]', maxItems: 100, maxBytes: 64 } }, 'claims would take up to'],
  ])('refuses %j, naming the entry', (input, expected) => {
    const found = problems(input);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(expected);
  });

  it('refuses what is not an object of claims', () => {
    expect(problems(['custom:x'])).toEqual(['claims must be an object of claims by name']);
  });

  it('fits a value to its claim by type and size', () => {
    const [tenant, , seats, beta, groups] = parseClaimSet(TEAM);
    expect(claimValueProblem(tenant!, 'x'.repeat(128))).toBeUndefined();
    expect(claimValueProblem(tenant!, 'x'.repeat(129))).toContain('at most 130 bytes');
    // Escapes count: 60 NULs are 360 bytes of JSON.
    expect(claimValueProblem(tenant!, '\u0000'.repeat(60))).toContain('at most');
    expect(claimValueProblem(seats!, '12')).toBe('must be a number');
    expect(claimValueProblem(seats!, Number.NaN)).toBe('must be a number');
    expect(claimValueProblem(beta!, 'true')).toBe('must be true or false');
    expect(
      claimValueProblem(
        groups!,
        Array.from({ length: 17 }, () => 'g'),
      ),
    ).toContain('16');
    expect(claimValueProblem(groups!, null)).toBeUndefined();
  });

  it('sizes a cache attribute for the longest value as text', () => {
    const [tenant, , seats, beta, groups] = parseClaimSet(TEAM);
    expect(cacheMaxLength(tenant!)).toBe(128);
    expect(cacheMaxLength(seats!)).toBe(24);
    expect(cacheMaxLength(beta!)).toBe(5);
    const longest = Array.from({ length: 16 }, () => 'g'.repeat(32));
    expect(claimValueProblem(groups!, longest)).toBeUndefined();
    expect(cacheMaxLength(groups!)).toBe(claimToText(longest).length);
  });

  it('reads a value from text and writes it back as the cache holds it', () => {
    const [tenant, , seats, beta, groups] = parseClaimSet(TEAM);
    expect(claimFromText(seats!, '12')).toBe(12);
    expect(claimFromText(seats!, '12abc')).toBeUndefined();
    expect(claimFromText(seats!, 'Infinity')).toBeUndefined();
    expect(claimFromText(beta!, 'yes')).toBeUndefined();
    expect(claimFromText(groups!, 'eng, ops')).toEqual(['eng', 'ops']);
    expect(claimFromText(tenant!, '')).toBeNull();
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        (n) => {
          expect(claimFromText(seats!, claimToText(n))).toBe(n === 0 ? 0 : n);
        },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { minLength: 1 }), (items) => {
        expect(claimFromText(groups!, claimToText(items))).toEqual(items);
      }),
    );
  });

  it('reads --claim assignments against the set, typed, refusing what does not fit', () => {
    const claims = parseClaimSet(TEAM);
    expect(claimAssignments(claims, ['seats=12', 'beta=false', 'groups=a,b', 'plan='])).toEqual({
      seats: 12,
      beta: false,
      groups: ['a', 'b'],
      plan: null,
    });
    for (const [bad, message] of [
      ['seats=twelve', '--claim seats must be number'],
      ['nope=1', 'NAME one of tenant_id, plan, seats, beta, groups'],
      ['seats', 'NAME one of'],
      [`tenant_id=${'x'.repeat(129)}`, '--claim tenant_id must take at most 130 bytes'],
    ] as const) {
      expect(() => claimAssignments(claims, [bad])).toThrow(message);
    }
  });
});
