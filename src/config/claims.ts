import * as z from 'zod/mini';
import '../domain/zod-messages.ts';
import {
  CLAIM_TYPES,
  ID_TOKEN_CLAIMS_BUDGET_BYTES,
  claimNameProblem,
  defaultLocation,
  defaultMaxBytes,
  largestIdTokenClaimsBytes,
  type ClaimDefinition,
  type ClaimSet,
} from '../domain/claims.ts';

/** Cognito's limit on a custom attribute's name, after `custom:`. */
const CUSTOM_ATTRIBUTE_NAME_MAX = 20;

const columnName = z.string().check(
  z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, {
    error: 'must be a column name (letters, digits and _, at most 63)',
  }),
);

/** One claim's entry in the configuration file's `claims` object. */
export const claimDefinitionSchema = z.strictObject({
  type: z.enum(CLAIM_TYPES, { error: `must be one of ${CLAIM_TYPES.join(', ')}` }),
  column: z.optional(columnName),
  attribute: z.optional(
    z.string().check(z.regex(/^[\w.-]{1,255}$/, { error: 'must be an attribute name' })),
  ),
  cache: z.optional(
    z.string().check(
      z.regex(new RegExp(`^custom:[\\w-]{1,${CUSTOM_ATTRIBUTE_NAME_MAX}}$`), {
        error: `must be a Cognito custom attribute: custom: and 1 to ${CUSTOM_ATTRIBUTE_NAME_MAX} letters, digits, _ or -`,
      }),
    ),
  ),
  tokens: z._default(z.enum(['id', 'access', 'both']), 'both'),
  maxBytes: z.optional(z.int().check(z.gte(3), z.lte(2_048))),
  maxItems: z._default(z.int().check(z.gte(1), z.lte(100)), 16),
});

/** One problem of a claim set: the path of its entry in the file, and what is wrong. */
export interface ClaimSetProblem {
  path: string;
  message: string;
}

/** A claim set that cannot be used: each problem names the path of its entry. */
export class ClaimSetError extends Error {
  override readonly name = 'ClaimSetError';
  constructor(readonly problems: ClaimSetProblem[]) {
    super(problems.map((problem) => `${problem.path} ${problem.message}`).join('; '));
  }
}

/** Two claims that share a column, an attribute or a cache attribute. */
function sharedPlaces(claims: readonly ClaimDefinition[], at: string): ClaimSetProblem[] {
  const problems: ClaimSetProblem[] = [];
  for (const key of ['column', 'attribute', 'cache'] as const) {
    const seen = new Map<string, string>();
    for (const claim of claims) {
      const value = claim[key];
      if (value === undefined) continue;
      const other = seen.get(value);
      if (other !== undefined) {
        problems.push({
          path: `${at}.${JSON.stringify(claim.name)}.${key}`,
          message: `is ${other}'s ${key} too; each claim needs its own`,
        });
      }
      seen.set(value, claim.name);
    }
  }
  return problems;
}

/**
 * Reads a claim set from the configuration file's `claims` object (`at` is its path there,
 * for the messages): each key is a claim's token name, each value its definition, whose
 * column and attribute default to the name without `custom:`. Refused, with the path of
 * each bad entry ({@link ClaimSetError}): a name Cognito reserves, a type a token cannot
 * carry, an unknown key, two claims on one column, attribute or cache attribute, and a set
 * whose largest values would push the id token past its budget
 * ({@link ID_TOKEN_CLAIMS_BUDGET_BYTES}).
 */
export function parseClaimSet(input: unknown, at = 'claims'): ClaimSet {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ClaimSetError([{ path: at, message: 'must be an object of claims by name' }]);
  }
  const problems: ClaimSetProblem[] = [];
  const claims: ClaimDefinition[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const path = `${at}.${JSON.stringify(name)}`;
    const bad = claimNameProblem(name);
    if (bad !== undefined) problems.push({ path, message: bad });
    const parsed = claimDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.map(String).join('.');
        problems.push({ path: where === '' ? path : `${path}.${where}`, message: issue.message });
      }
      continue;
    }
    const { cache, maxBytes, column, attribute, ...rest } = parsed.data;
    claims.push({
      name,
      ...rest,
      column: column ?? defaultLocation(name),
      attribute: attribute ?? defaultLocation(name),
      cache: cache as `custom:${string}` | undefined,
      maxBytes: maxBytes ?? defaultMaxBytes(rest.type),
    });
  }
  problems.push(...sharedPlaces(claims, at));
  const largest = largestIdTokenClaimsBytes(claims);
  if (problems.length === 0 && largest > ID_TOKEN_CLAIMS_BUDGET_BYTES) {
    problems.push({
      path: at,
      message: `would take up to ${largest} bytes of the id token at their largest values, past its budget of ${ID_TOKEN_CLAIMS_BUDGET_BYTES}: lower maxBytes or maxItems, or carry some in the access token only (tokens: "access")`,
    });
  }
  if (problems.length > 0) throw new ClaimSetError(problems);
  return claims;
}
