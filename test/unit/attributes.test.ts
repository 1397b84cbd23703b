import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';
import {
  attributeListToRecord,
  attributeRecord,
  cacheUpdate,
  readCachedClaims,
  staleCaches,
  fromCognitoAttributes,
} from '../../src/domain/attributes.ts';

describe('Cognito attribute mapping', () => {
  const attributes = attributeListToRecord([
    { Name: 'sub', Value: 'abc' },
    { Name: 'email', Value: 'Ada@Example.com' },
    { Name: 'email_verified', Value: 'true' },
    { Name: 'phone_number', Value: '+15555550100' },
    { Name: 'custom:developer_id', Value: 'dev-1' },
    { Name: 'custom:company_name', Value: '' },
    { Name: 'ignored', Value: undefined },
  ]);

  it('reads the fields usersync keeps, and never a claim (a user may write its attribute)', () => {
    expect(fromCognitoAttributes(attributes)).toEqual({
      sub: 'abc',
      email: 'ada@example.com',
      emailVerified: true,
      name: null,
      phone: '+15555550100',
    });
  });

  it('cannot map a user without a sub, and maps one without an email by sub alone', () => {
    expect(fromCognitoAttributes({ email: 'a@example.com' })).toBeNull();
    expect(fromCognitoAttributes({ sub: 'abc', phone_number: '+15555550100' })).toEqual({
      sub: 'abc',
      email: null,
      emailVerified: false,
      name: null,
      phone: '+15555550100',
    });
  });

  it('reads trigger attributes as AWS sends them: null, booleans, and bytes the DB refuses', () => {
    expect(attributeRecord(null)).toEqual({});
    // AWS's documented PostConfirmation sample (and Powertools' test event) sends a boolean.
    expect(attributeRecord({ email_verified: true, sub: 'abc', gone: null })).toEqual({
      email_verified: 'true',
      sub: 'abc',
    });
    const hostile = attributeRecord({ sub: 'abc', name: 'Ada\u0000 \ud800Lovelace' });
    expect(hostile['name']).toBe('Ada \ufffdLovelace');
    expect(attributeListToRecord([{ Name: 'name', Value: 'x\u0000y' }])).toEqual({ name: 'xy' });
  });

  it('writes claims back as custom attributes, null as empty; the roles are not cached', () => {
    const values = {
      'custom:developer_id': 'dev-1',
      'custom:user_type': null,
      'custom:company_name': 'Acme',
      roles: ['admin'],
    };
    expect(cacheUpdate(DEFAULT_CLAIM_SET, values)).toEqual([
      { Name: 'custom:developer_id', Value: 'dev-1' },
      { Name: 'custom:user_type', Value: '' },
      { Name: 'custom:company_name', Value: 'Acme' },
    ]);
    expect(readCachedClaims(DEFAULT_CLAIM_SET, attributes)).toEqual({
      'custom:developer_id': 'dev-1',
      'custom:user_type': null,
      'custom:company_name': null,
      roles: null,
    });
  });

  it('names the cache attributes that differ from the store', () => {
    const db = {
      'custom:developer_id': 'dev-2',
      'custom:user_type': 'pro',
      'custom:company_name': null,
      roles: [],
    };
    const cached = { 'custom:developer_id': 'dev-1', 'custom:user_type': 'pro' };
    expect(staleCaches(DEFAULT_CLAIM_SET, db, cached)).toEqual(['custom:developer_id']);
    expect(
      staleCaches(DEFAULT_CLAIM_SET, db, { ...cached, 'custom:developer_id': 'dev-2' }),
    ).toEqual([]);
  });
});
