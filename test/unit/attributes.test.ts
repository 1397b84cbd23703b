import { describe, expect, it } from 'vitest';
import {
  attributeListToRecord,
  attributeRecord,
  claimsToAttributes,
  differingClaims,
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

  it('writes claims back as custom attributes, null as empty', () => {
    expect(
      claimsToAttributes({ developerId: 'dev-1', userType: null, companyName: 'Acme' }),
    ).toEqual([
      { Name: 'custom:developer_id', Value: 'dev-1' },
      { Name: 'custom:user_type', Value: '' },
      { Name: 'custom:company_name', Value: 'Acme' },
    ]);
  });

  it('names the claims that differ between the DB and the cache', () => {
    const db = { developerId: 'dev-2', userType: 'pro', companyName: null };
    const cached = { developerId: 'dev-1', userType: 'pro', companyName: null };
    expect(differingClaims(db, cached)).toEqual(['developerId']);
    expect(differingClaims(db, db)).toEqual([]);
  });
});
