import { describe, expect, it } from 'vitest';
import { maskEmail, normalizeEmail, sameEmail } from '../../src/domain/email.ts';

describe('email', () => {
  it('normalises case and surrounding space', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(sameEmail('Ada@Example.com', 'ada@example.com')).toBe(true);
    expect(sameEmail('ada@example.com', 'ada@example.org')).toBe(false);
  });

  it('masks the local part and keeps the domain', () => {
    expect(maskEmail('ada.lovelace@example.com')).toBe('a***@example.com');
    expect(maskEmail('not an email')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
  });
});
