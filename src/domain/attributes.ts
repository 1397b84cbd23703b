import { cachedClaims, claimFromText, claimToText, type ClaimSet, type Claims } from './claims.ts';
import { normalizeEmail } from './email.ts';
import { safeText } from './text.ts';

/** A Cognito attribute as the Cognito API lists it (structurally the SDK's `AttributeType`). */
export interface CognitoAttribute {
  Name: string | undefined;
  Value?: string | undefined;
}

/**
 * The attributes a user may write through an app client (SignUp, UpdateUserAttributes):
 * their own profile. Not `email_verified` or `phone_number_verified` (Cognito sets those
 * when a code is entered), and no custom attribute: the claims are cached there by usersync
 * alone. Every app client usersync makes gets exactly these as its `WriteAttributes`.
 */
export const USER_WRITABLE_ATTRIBUTES = [
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'website',
  'zoneinfo',
] as const;

/**
 * The attributes an app client usersync makes may read: the writable ones, verification,
 * and the custom attributes that cache the claims (read, never written, by the user).
 */
export function clientReadableAttributes(claims: ClaimSet): string[] {
  return [
    ...USER_WRITABLE_ATTRIBUTES,
    'email_verified',
    'phone_number_verified',
    ...cachedClaims(claims).map((claim) => claim.cache),
  ];
}

/**
 * The user fields Cognito is the source of, read from its attributes. The `sub` is the
 * identity; a pool where users sign in with a phone number may have users with no email.
 *
 * Claims are not among them: claims flow one way, from the store into tokens and into
 * Cognito's cache, never back. A custom attribute is written by whoever the pool's app
 * clients let write it (every attribute, for a client with no `WriteAttributes`), so a
 * value read from one is never stored as a claim.
 */
export interface CognitoUserFields {
  sub: string;
  /** Normalised; `null` for a user with no email attribute. */
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  phone: string | null;
}

/**
 * Attributes as usersync reads them, from wherever Cognito sends them: a trigger's
 * `userAttributes` (which may be `null`, and whose `email_verified` AWS's own sample events
 * give as a JSON boolean) or an API answer's attribute list. Values become strings, `null`
 * and absent values are left out, and text is made storable ({@link safeText}): Cognito
 * accepts NUL characters and lone surrogates that the database refuses.
 */
export function attributeRecord(
  attributes: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'string') record[safeText(name)] = safeText(value);
    else if (typeof value === 'boolean' || typeof value === 'number')
      record[safeText(name)] = String(value);
  }
  return record;
}

/** Turns Cognito's attribute list into a name → value record (see {@link attributeRecord}). */
export function attributeListToRecord(list: readonly CognitoAttribute[]): Record<string, string> {
  return attributeRecord(
    Object.fromEntries(
      list.flatMap(({ Name, Value }) => (Name === undefined ? [] : [[Name, Value]])),
    ),
  );
}

/**
 * Reads the fields usersync keeps from a Cognito attribute record ({@link attributeRecord}
 * of a trigger's `userAttributes` or of an API answer). Returns `null` when `sub` is
 * missing: such a user cannot be matched to a row. A user with no email keeps `null`.
 */
export function fromCognitoAttributes(
  attributes: Readonly<Record<string, string>>,
): CognitoUserFields | null {
  const sub = attributes['sub'];
  if (!sub) return null;
  const email = emptyToNull(attributes['email']);
  return {
    sub,
    email: email === null ? null : normalizeEmail(email),
    emailVerified: email !== null && attributes['email_verified'] === 'true',
    name: emptyToNull(attributes['name']),
    phone: emptyToNull(attributes['phone_number']),
  };
}

function emptyToNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/**
 * Which standard Cognito attribute `usersync import-profiles` copies into which key of the
 * DB profile. (`name` and `phone_number` have columns of their own; `profile`, a URL in
 * Cognito, becomes `profileUrl` beside the profile object.)
 */
export const PROFILE_ATTRIBUTES: Readonly<Record<string, string>> = {
  given_name: 'givenName',
  family_name: 'familyName',
  middle_name: 'middleName',
  nickname: 'nickname',
  preferred_username: 'preferredUsername',
  picture: 'picture',
  profile: 'profileUrl',
  website: 'website',
  gender: 'gender',
  birthdate: 'birthdate',
  zoneinfo: 'zoneinfo',
  locale: 'locale',
  address: 'address',
};

/**
 * The profile fields Cognito holds for a user: the standard attributes of
 * {@link PROFILE_ATTRIBUTES}, and every custom attribute but the cached claims (its name
 * without `custom:`). Empty values are left out.
 */
export function profileFromAttributes(
  attributes: Readonly<Record<string, string>>,
  claimSet: ClaimSet,
): Record<string, string> {
  const claims = new Set<string>(cachedClaims(claimSet).map((claim) => claim.cache));
  const profile: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '') continue;
    const key =
      (Object.hasOwn(PROFILE_ATTRIBUTES, name) ? PROFILE_ATTRIBUTES[name] : undefined) ??
      (name.startsWith('custom:') && !claims.has(name) ? name.slice('custom:'.length) : undefined);
    if (key !== undefined) profile[key] = value;
  }
  return profile;
}

/**
 * The claims Cognito caches for a user, read from its attributes by the claim set: each
 * cached claim from its custom attribute's text ({@link claimFromText}); an absent, empty or
 * unreadable value is `null`, and a claim with no cache is `null`. As trustworthy as the
 * pool's app clients let the attributes be: compare them with the store (to refresh the
 * cache), or issue them only where no client can write them (PreTokenGeneration's `cache`
 * fallback).
 */
export function readCachedClaims(
  claims: ClaimSet,
  attributes: Readonly<Record<string, string>>,
): Claims {
  const values: Claims = {};
  for (const claim of claims) {
    const text = claim.cache === undefined ? undefined : attributes[claim.cache];
    values[claim.name] = text === undefined ? null : (claimFromText(claim, text) ?? null);
  }
  return values;
}

/**
 * The attribute list that caches `values` (AdminUpdateUserAttributes): each cached claim as
 * text ({@link claimToText}); a `null` claim is the empty string, which clears the attribute.
 */
export function cacheUpdate(claims: ClaimSet, values: Claims): CognitoAttribute[] {
  return cachedClaims(claims).map((claim) => ({
    Name: claim.cache,
    Value: claimToText(values[claim.name] ?? null),
  }));
}

/** The cache attributes whose text differs from what `values` would cache. */
export function staleCaches(
  claims: ClaimSet,
  values: Claims,
  attributes: Readonly<Record<string, string>>,
): string[] {
  return cachedClaims(claims)
    .filter((claim) => claimToText(values[claim.name] ?? null) !== (attributes[claim.cache] ?? ''))
    .map((claim) => claim.cache);
}

/** The cache attributes that hold a value: what Cognito copies into the id token itself. */
export function presentCaches(
  claims: ClaimSet,
  attributes: Readonly<Record<string, string>>,
): string[] {
  return cachedClaims(claims)
    .filter((claim) => (attributes[claim.cache] ?? '') !== '')
    .map((claim) => claim.cache);
}
