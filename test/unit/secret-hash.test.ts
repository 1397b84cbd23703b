import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretHash } from '../../src/cognito/auth-flows.ts';

describe('SECRET_HASH', () => {
  it('is Base64(HMAC-SHA256(client secret, username + client id)) for a client with a secret', () => {
    const app = { clientId: '7abc', clientSecret: 's3cr3t' };
    const expected = createHmac('sha256', 's3cr3t').update('ada@example.com7abc').digest('base64');
    expect(secretHash(app, 'ada@example.com')).toBe(expected);
    expect(secretHash(app, 'bob@example.com')).not.toBe(expected);
  });

  it('is absent for a public client', () => {
    expect(
      secretHash({ clientId: '7abc', clientSecret: undefined }, 'ada@example.com'),
    ).toBeUndefined();
  });
});
