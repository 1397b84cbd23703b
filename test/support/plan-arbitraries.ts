// The planner's arbitraries: pools and tables that collide on emails and subs, shared by
// the planner's property tests and the staged planner's equivalence test.
import fc from 'fast-check';
import type { CognitoUserFields } from '../../src/domain/attributes.ts';
import type { PlanRow } from '../../src/services/jobs/reconcile-plan.ts';

export const EMAILS = [
  'ada@example.com',
  'Ada@Example.com',
  'bob@example.com',
  'cy@example.com',
  'dee@example.com',
];
export const SUBS = ['s1', 's2', 's3', 's4', 's5', 's6'];

export const cognitoUser = (
  sub: string,
  email: string | null,
  name: string | null = null,
): CognitoUserFields => ({
  sub,
  email,
  emailVerified: true,
  name,
  phone: null,
});

/**
 * Pools: distinct subs (Cognito guarantees it), emails from a small set so they collide,
 * and users with no email (a pool where people sign in with a phone number).
 */
export const pools = fc.uniqueArray(
  fc.record({
    sub: fc.constantFrom(...SUBS),
    email: fc.option(fc.constantFrom(...EMAILS), { nil: null, freq: 4 }),
    name: fc.option(fc.constantFrom('A', 'B')),
    enabled: fc.boolean(),
  }),
  { selector: (user) => user.sub, maxLength: 6 },
);

/** A drawn pool as the planner sees it listed: each user's fields and whether it is enabled. */
export const listedUsers = (
  pool: readonly { sub: string; email: string | null; name: string | null; enabled: boolean }[],
) =>
  pool.map((user) => ({ ...cognitoUser(user.sub, user.email, user.name), enabled: user.enabled }));

/** Emails present, lower-cased: what the unique index on `lower(email)` covers. */
export const presentEmails = (rows: readonly { email: string | null }[]): string[] =>
  rows.flatMap((row) => (row.email === null ? [] : [row.email.toLowerCase()]));

/** DB states the schema allows: unique non-null subs, unique emails whatever the case. */
export const tables = fc
  .array(
    fc.record({
      sub: fc.option(fc.constantFrom(...SUBS, 'gone-1', 'gone-2'), { nil: null }),
      email: fc.option(fc.constantFrom(...EMAILS), { nil: null, freq: 4 }),
      name: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null }),
      emailVerified: fc.boolean(),
      status: fc.constantFrom(
        'active' as const,
        'guest' as const,
        'deleted' as const,
        'disabled' as const,
      ),
    }),
    { maxLength: 5 },
  )
  .filter((rows) => {
    const subs = rows.map((row) => row.sub).filter((sub) => sub !== null);
    const emails = presentEmails(rows);
    return new Set(subs).size === subs.length && new Set(emails).size === emails.length;
  })
  .map((rows) =>
    rows.map((row, i): PlanRow => ({ id: `row-${i}`, phone: null, version: '1', ...row })),
  );

export const flags = fc.record({
  createMissing: fc.boolean(),
  markDeleted: fc.boolean(),
  listingComplete: fc.boolean(),
});
