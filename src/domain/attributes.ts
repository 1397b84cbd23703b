import { DEFAULT_CLAIM_SET, cachedClaims, type ClaimSet } from './claims.ts';
import { normalizeEmail } from './email.ts';
import { safeText } from './text.ts';
import type { UserClaims } from './user.ts';

/** A Cognito attribute as the Cognito API lists it (structurally the SDK's `AttributeType`). */
export interface CognitoAttribute {
  Name: string | undefined;
  Value?: string | undefined;
}

/** The custom attribute that caches the default set's claim of this name. */
function defaultCache(name: string): `custom:${string}` {
  const cache = DEFAULT_CLAIM_SET.find((claim) => claim.name === name)?.cache;
  if (cache === undefined) throw new TypeError(`the default claim set caches no ${name}`);
  return cache;
}

/** Which Cognito custom attribute caches which of the user's claims (the default set's caches). */
export const CLAIM_ATTRIBUTES: Record<keyof UserClaims, `custom:${string}`> = {
  developerId: defaultCache('custom:developer_id'),
  userType: defaultCache('custom:user_type'),
  companyName: defaultCache('custom:company_name'),
};

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

/** The claims, in the one order every mapping walks them. */
const CLAIM_KEYS = Object.keys(CLAIM_ATTRIBUTES) as (keyof UserClaims)[];

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

/**
 * Reads the claims cached in Cognito custom attributes; absent or empty ones are `null`.
 * What it reads is only as trustworthy as the pool's app clients let it be: compare it with
 * the store (to refresh the cache, to suppress a stale claim), or issue it only where no
 * client can write the attributes (PreTokenGeneration's `cache` fallback).
 */
export function readClaims(attributes: Readonly<Record<string, string>>): UserClaims {
  return {
    developerId: emptyToNull(attributes[CLAIM_ATTRIBUTES.developerId]),
    userType: emptyToNull(attributes[CLAIM_ATTRIBUTES.userType]),
    companyName: emptyToNull(attributes[CLAIM_ATTRIBUTES.companyName]),
  };
}

/**
 * The Cognito attribute list that caches `claims`. A `null` claim is written as an empty
 * string, which Cognito treats as clearing the attribute.
 */
export function claimsToAttributes(claims: UserClaims): CognitoAttribute[] {
  return CLAIM_KEYS.map((key) => ({
    Name: CLAIM_ATTRIBUTES[key],
    Value: claims[key] ?? '',
  }));
}

/**
 * The claims that have a value, keyed by their custom attribute: what a token carries (the
 * claim names are the attribute names) and what a migrated user takes into Cognito.
 */
export function claimAttributeRecord(claims: UserClaims): Record<string, string> {
  const record: Record<string, string> = {};
  for (const key of CLAIM_KEYS) {
    const value = claims[key];
    if (value !== null) record[CLAIM_ATTRIBUTES[key]] = value;
  }
  return record;
}

/** The custom attributes of the claims the DB has cleared but Cognito still caches. */
export function clearedClaimAttributes(db: UserClaims, cached: UserClaims): string[] {
  return CLAIM_KEYS.filter((key) => db[key] === null && cached[key] !== null).map(
    (key) => CLAIM_ATTRIBUTES[key],
  );
}

/** The claims whose values differ between the DB and what Cognito caches. */
export function differingClaims(db: UserClaims, cached: UserClaims): (keyof UserClaims)[] {
  return CLAIM_KEYS.filter((key) => (db[key] ?? null) !== (cached[key] ?? null));
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
): Record<string, string> {
  const claims = new Set<string>(Object.values(CLAIM_ATTRIBUTES));
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
