import { createHash } from 'node:crypto';

/**
 * Emails compare case-insensitively everywhere: one person is one row. The normal form is
 * the trimmed, lower-cased address (Unicode-aware), which is also what the DB stores.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * What a deleted user keeps of their released email: its SHA-256 (hex) once normalised,
 * as PostgreSQL's `usersync_email_hash` computes it. The address is free to sign up again;
 * an operator who has it still finds the tombstone.
 */
export function releasedEmailHash(email: string): string {
  return createHash('sha256').update(normalizeEmail(email), 'utf8').digest('hex');
}

/** True when two emails are the same address once normalised. */
export function sameEmail(a: string, b: string): boolean {
  return normalizeEmail(a) === normalizeEmail(b);
}

/**
 * Masks an email for logs: the first character of the local part, and the domain.
 * `ada.lovelace@example.com` → `a***@example.com`. Anything that is not an email is
 * masked entirely, and a missing email reads `(none)`.
 */
export function maskEmail(email: string | null | undefined): string {
  if (email === null || email === undefined) return '(none)';
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * The message PreSignUp refuses a taken email with. Cognito shows it to the user, wrapped
 * in its own words ("PreSignUp failed with error …"), which the Cognito gateway reads to
 * answer `USER_EXISTS`.
 */
export const DUPLICATE_EMAIL_MESSAGE = 'An account with this email already exists.';
