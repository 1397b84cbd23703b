import { UsersyncError } from './errors.ts';

// A team's claims, defined once: each claim's token name, its type, where the store keeps
// it, the Cognito custom attribute that may cache it, and which tokens carry it. Everything
// that reads or writes a claim walks one {@link ClaimSet}: PreTokenGeneration, the guard and
// `GET /me/claims`, `backfill-claims`, `user set`, the user JSON, events, the CDK pool's
// custom attributes and `triggers attach`'s check. Claims flow one way, store → token and
// store → cache; nothing here reads a claim from an attribute a user could write.

/**
 * The claim that marks a token usersync shaped, and where its claims came from: `db` (the
 * store answered: the token's claims are the user's, a missing one is null), `cache` (the
 * store did not answer in time: Cognito's cached attributes, no roles; only on a pool
 * whose app clients cannot write them) or `none` (the store did not answer: no claims at
 * all). An API trusts a `db` token's claims without a lookup and reads the store for any
 * other token.
 */
export const CLAIMS_SOURCE_CLAIM = 'usersync:claims';

/** The types a token claim can carry (V2 events keep them; V1 carries text, see {@link v1Text}). */
export const CLAIM_TYPES = ['string', 'number', 'boolean', 'string[]'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Which tokens carry a claim. V1 events reach the id token only. */
export type ClaimTokens = 'id' | 'access' | 'both';

/** A claim's value as the store holds it; `null` is no value (the claim is left out). */
export type ClaimValue = string | number | boolean | string[] | null;

/** A user's claims by claim name, every claim of the set present (`null` when unset). */
export type Claims = Record<string, ClaimValue>;

/** Claims that each have a value, as the user JSON and events carry them. */
export type ClaimValues = Record<string, Exclude<ClaimValue, null>>;

/** One claim, as the configuration file defines it (`src/config/claims.ts` reads it). */
export interface ClaimDefinition {
  /** The token claim, e.g. `custom:developer_id`, `tenant_id` or `roles`. */
  name: string;
  type: ClaimType;
  /** The PostgreSQL column that holds it (on the users table). */
  column: string;
  /** The DynamoDB item attribute that holds it. */
  attribute: string;
  /** The Cognito custom attribute that caches it (`custom:…`), if any. */
  cache: `custom:${string}` | undefined;
  tokens: ClaimTokens;
  /**
   * The most UTF-8 bytes a value (of a `string[]`: each item) may take as JSON text, quotes
   * and escapes included: a longer one is refused where it is written, and the id token's
   * budget ({@link ID_TOKEN_CLAIMS_BUDGET_BYTES}) counts it. @default {@link defaultMaxBytes}
   */
  maxBytes: number;
  /** For `string[]`: the most items. @default 16 */
  maxItems: number;
}

/** The claims of a deployment, in the order they were defined. */
export type ClaimSet = readonly ClaimDefinition[];

/**
 * Claims Cognito sets or reserves, which PreTokenGeneration cannot add or override (its
 * developer guide, "Pre token generation Lambda trigger": the excluded claims), and the
 * access token's own. Any claim under `cognito:` is Cognito's too.
 */
export const RESERVED_CLAIMS: ReadonlySet<string> = new Set([
  'acr',
  'amr',
  'at_hash',
  'aud',
  'auth_time',
  'azp',
  'c_hash',
  'client_id',
  'device_key',
  'event_id',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'scope',
  'sub',
  'token_use',
  'username',
  'version',
]);

/**
 * The most bytes the claims usersync adds may take in an id token, as JSON, with every claim
 * at its largest value ({@link largestIdTokenClaimsBytes}). A browser keeps at most 4,096
 * bytes a cookie, name and attributes included (RFC 6265 §6.1's minimum, which browsers
 * hold to), and an app that keeps the id token in one is refused past it (Clerk's users
 * hit this limit). Base64url makes 1,536 bytes of JSON 2,048; Cognito's own id token (its
 * header, the standard claims of a user with an email, a name and a phone number, and the
 * RS256 signature) takes about 1,400 more, which leaves room for the cookie's name and
 * attributes and a few groups.
 */
export const ID_TOKEN_CLAIMS_BUDGET_BYTES = 1_536;

/** The widest a number claim is as JSON text (`-1.7976931348623157e+308`). */
const NUMBER_MAX_BYTES = 24;

/** The JSON bytes of `"name":value,` with the value at its largest. */
function largestEntryBytes(claim: ClaimDefinition): number {
  const name = Buffer.byteLength(JSON.stringify(claim.name)) + 2;
  switch (claim.type) {
    case 'string':
      return name + claim.maxBytes;
    case 'number':
      return name + NUMBER_MAX_BYTES;
    case 'boolean':
      return name + 'false'.length;
    case 'string[]':
      return name + 2 + claim.maxItems * (claim.maxBytes + 1);
  }
}

/** The bytes, as JSON, of every id-token claim of the set at its largest value. */
export function largestIdTokenClaimsBytes(claims: ClaimSet): number {
  return claims
    .filter((claim) => claim.tokens !== 'access')
    .reduce((sum, claim) => sum + largestEntryBytes(claim), 2);
}

/** The default most bytes of a value: 128 ASCII characters, or 32 for a list's item. */
export function defaultMaxBytes(type: ClaimType): number {
  return type === 'string[]' ? 34 : 130;
}

/** Where a claim lives by default: `custom:developer_id` → `developer_id`. */
export function defaultLocation(name: string): string {
  return name
    .replace(/^custom:/, '')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .slice(0, 63);
}

/**
 * Whether a name can be a team's claim: printable, no spaces, and not one Cognito keeps for
 * itself; what is wrong with it otherwise.
 */
export function claimNameProblem(name: string): string | undefined {
  if (!/^[\x21-\x7e]{1,128}$/.test(name)) return 'must be 1 to 128 printable characters';
  if (RESERVED_CLAIMS.has(name) || name.startsWith('cognito:') || name === CLAIMS_SOURCE_CLAIM) {
    return 'is a claim Cognito (or usersync) sets itself; choose another name';
  }
  return undefined;
}

/** One claim of the default set: a text claim, in both tokens, sized by default. */
function defaultClaim(
  name: string,
  type: ClaimType,
  where: {
    column: string;
    attribute: string;
    cache?: `custom:${string}`;
    maxBytes?: number;
    maxItems?: number;
  },
): ClaimDefinition {
  return {
    name,
    type,
    column: where.column,
    attribute: where.attribute,
    cache: where.cache,
    tokens: 'both',
    maxBytes: where.maxBytes ?? defaultMaxBytes(type),
    maxItems: where.maxItems ?? 16,
  };
}

/**
 * The claims a deployment has when it defines none: today's three, each cached in its
 * custom attribute, and the app roles (`roles`, uncached). A team that defines nothing
 * sees no change: the caches keep the lengths a deployed pool declared them with (256, 64
 * and 256 characters; Cognito cannot change a custom attribute once made).
 */
export const DEFAULT_CLAIM_SET: ClaimSet = [
  defaultClaim('custom:developer_id', 'string', {
    column: 'developer_id',
    attribute: 'developerId',
    cache: 'custom:developer_id',
    maxBytes: 258,
  }),
  defaultClaim('custom:user_type', 'string', {
    column: 'user_type',
    attribute: 'userType',
    cache: 'custom:user_type',
    maxBytes: 66,
  }),
  defaultClaim('custom:company_name', 'string', {
    column: 'company_name',
    attribute: 'companyName',
    cache: 'custom:company_name',
    maxBytes: 258,
  }),
  // A role name is at most 64 characters (ROLE_NAME); ten of them fit the budget.
  defaultClaim('roles', 'string[]', {
    column: 'roles',
    attribute: 'roles',
    maxBytes: 66,
    maxItems: 10,
  }),
];

/** The UTF-8 bytes of a string as JSON text, quotes and escapes included. */
function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text));
}

/** Whether a value is of its claim's type (a finite number, a list of text, …), size aside. */
export function isClaimType(claim: ClaimDefinition, value: unknown): value is ClaimValue {
  switch (claim.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

/**
 * Checks a value against its claim: its type, and its size ({@link ClaimDefinition.maxBytes},
 * `maxItems`). Returns what is wrong, or `undefined` when it fits. `null` always fits.
 */
export function claimValueProblem(claim: ClaimDefinition, value: unknown): string | undefined {
  if (value === null) return undefined;
  switch (claim.type) {
    case 'string':
      if (typeof value !== 'string') return 'must be text';
      return jsonBytes(value) > claim.maxBytes
        ? `must take at most ${claim.maxBytes} bytes as JSON`
        : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string[]':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        return 'must be a list of text';
      }
      if (value.length > claim.maxItems) return `must have at most ${claim.maxItems} items`;
      return value.some((item: string) => jsonBytes(item) > claim.maxBytes)
        ? `each item must take at most ${claim.maxBytes} bytes as JSON`
        : undefined;
  }
}

/**
 * Reads a claim's value from text, as `user set --claim NAME=VALUE` and Cognito's cache give
 * it: a number from its decimal text, a boolean from `true`/`false`, a list from its
 * comma-separated items; the empty text is `null`. Text that is not of the claim's type is
 * `undefined`.
 */
export function claimFromText(claim: ClaimDefinition, text: string): ClaimValue | undefined {
  if (text === '') return null;
  switch (claim.type) {
    case 'string':
      return text;
    case 'number': {
      const number = Number(text);
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) && Number.isFinite(number)
        ? number
        : undefined;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'string[]':
      return text.split(',').map((item) => item.trim());
  }
}

/**
 * A claim's value as text: how Cognito's cache (a custom attribute holds text) and V1
 * events (whose claims are text) carry it. A list is comma-separated; `null` is empty.
 */
export function claimToText(value: ClaimValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * The claims a token carries, typed (V2 events keep types: a number stays a number): the
 * claims of the set meant for `token` with a value. An empty list is left out, as `null` is.
 */
export function tokenClaims(
  claims: ClaimSet,
  values: Claims,
  token: 'id' | 'access',
): Record<string, Exclude<ClaimValue, null>> {
  const carried: Record<string, Exclude<ClaimValue, null>> = {};
  for (const claim of claims) {
    if (claim.tokens !== 'both' && claim.tokens !== token) continue;
    const value = values[claim.name] ?? null;
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    carried[claim.name] = value;
  }
  return carried;
}

/** The claims that have a value: no `null`, no empty list (neither reaches a token). */
export function withValues(values: Claims): ClaimValues {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, Exclude<ClaimValue, null>] =>
        entry[1] !== null && !(Array.isArray(entry[1]) && entry[1].length === 0),
    ),
  );
}

/** {@link tokenClaims} for a V1 event: the id token's claims, as text ({@link claimToText}). */
export function v1Text(claims: ClaimSet, values: Claims): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tokenClaims(claims, values, 'id')).map(([name, value]) => [
      name,
      claimToText(value),
    ]),
  );
}

/** The claims of the set that Cognito caches, with their custom attributes. */
export function cachedClaims(
  claims: ClaimSet,
): (ClaimDefinition & { cache: `custom:${string}` })[] {
  return claims.filter(
    (claim): claim is ClaimDefinition & { cache: `custom:${string}` } => claim.cache !== undefined,
  );
}

/** Cognito's longest custom attribute value. */
const CUSTOM_ATTRIBUTE_MAX_LENGTH = 2_048;

/**
 * How long a claim's cache attribute must be (in characters) for its longest value as text
 * ({@link claimToText}): a string's `maxBytes` less its quotes, a list's items and commas.
 */
export function cacheMaxLength(claim: ClaimDefinition): number {
  const length = {
    string: claim.maxBytes - 2,
    number: NUMBER_MAX_BYTES,
    boolean: 'false'.length,
    'string[]': claim.maxItems * (claim.maxBytes - 1) - 1,
  }[claim.type];
  return Math.min(length, CUSTOM_ATTRIBUTE_MAX_LENGTH);
}

/** The custom attributes a pool declares for the set's caches: name (no `custom:`), length. */
export function cacheAttributes(claims: ClaimSet): { name: string; maxLength: number }[] {
  return cachedClaims(claims).map((claim) => ({
    name: claim.cache.slice('custom:'.length),
    maxLength: cacheMaxLength(claim),
  }));
}

/**
 * Reads `NAME=VALUE` assignments (`usersync user set --claim`) against the claim set: each
 * NAME a claim of the set, each VALUE text of its type ({@link claimFromText}; empty clears
 * it) that fits its size. Throws `VALIDATION_FAILED` naming the first assignment that is
 * not one, before anything is written.
 */
export function claimAssignments(claims: ClaimSet, assignments: readonly string[]): Claims {
  const values: Claims = {};
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    const name = at < 0 ? assignment : assignment.slice(0, at);
    const claim = claims.find((candidate) => candidate.name === name);
    if (at < 0 || claim === undefined) {
      throw new UsersyncError(
        'VALIDATION_FAILED',
        `--claim takes NAME=VALUE, NAME one of ${claims.map((known) => known.name).join(', ')} (got "${name}").`,
      );
    }
    const value = claimFromText(claim, assignment.slice(at + 1));
    const problem = value === undefined ? `must be ${claim.type}` : claimValueProblem(claim, value);
    if (problem !== undefined || value === undefined) {
      throw new UsersyncError('VALIDATION_FAILED', `--claim ${name} ${problem ?? 'is not valid'}.`);
    }
    values[name] = value;
  }
  return values;
}
