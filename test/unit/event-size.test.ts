import { describe, expect, it } from 'vitest';
import { EVENT_MAX_BYTES, userEvent } from '../../src/domain/events.ts';
import type { User } from '../../src/domain/user.ts';

const user: User = {
  id: '01a23c11-4270-7647-acc5-51dd8c18d4cd',
  sub: '5e0b5b3e-0000-4000-8000-000000000001',
  email: 'big@example.com',
  emailVerified: true,
  name: 'Big',
  phone: null,
  claims: { 'custom:developer_id': 'dev-1', 'custom:user_type': 'pro' },
  profile: {},
  status: 'active',
  createdAt: new Date(),
  updatedAt: new Date(),
  lastLoginAt: null,
  deletedAt: null,
  version: 7,
};
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('events larger than EventBridge takes', () => {
  it('are written slimmed: no changes, the user named by id and version, to be re-read', () => {
    const huge = { fields: Array.from({ length: 30_000 }, (_, i) => `profile.field${i}`) };
    const event = userEvent('user.updated', user, huge);
    expect(bytes(event)).toBeLessThanOrEqual(EVENT_MAX_BYTES);
    expect(event.data).toMatchObject({
      userId: user.id,
      sub: user.sub,
      version: 7,
      email: 'big@example.com',
      slimmed: true,
    });
    expect(event.data).not.toHaveProperty('changes');
  });

  it('leave the claims and the email out too when those alone are too large', () => {
    const claims = { ...user.claims, 'custom:company_name': 'y'.repeat(300 * 1024) };
    const event = userEvent('user.updated', { ...user, claims });
    expect(bytes(event)).toBeLessThanOrEqual(EVENT_MAX_BYTES);
    expect(event.data).toMatchObject({ claims: {}, email: null, slimmed: true, version: 7 });
  });

  it('are left whole when they fit', () => {
    const event = userEvent('user.updated', user, { fields: ['name'] });
    expect(event.data).toMatchObject({ changes: { fields: ['name'] } });
    expect(event.data).not.toHaveProperty('slimmed');
  });
});
