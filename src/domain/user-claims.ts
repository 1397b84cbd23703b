import type { Claims } from './claims.ts';
import type { User, UserClaims } from './user.ts';

// The bridge between the user as the stores hold it today (three claim fields and the
// roles) and the claim set's values by claim name. It is the one place that knows which
// field is which claim of the default set; it goes once the stores hold the team's set.

/** The user's claims by the default set's claim names. */
export function claimValuesOf(user: UserClaims & Pick<User, 'roles'>): Claims {
  return {
    'custom:developer_id': user.developerId,
    'custom:user_type': user.userType,
    'custom:company_name': user.companyName,
    roles: user.roles,
  };
}

/** The user's claim fields from values by the default set's claim names (absent is null). */
export function userClaimsOf(values: Claims): UserClaims & Pick<User, 'roles'> {
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : null;
  };
  const roles = values['roles'];
  return {
    developerId: text('custom:developer_id'),
    userType: text('custom:user_type'),
    companyName: text('custom:company_name'),
    roles: Array.isArray(roles) ? roles : [],
  };
}

/** The fields a change of these claims sets (only the claims given; `null` clears one). */
export function claimsChangeOf(values: Claims): Partial<UserClaims> & { roles?: string[] } {
  const known = userClaimsOf(values);
  const has = (name: string) => Object.hasOwn(values, name);
  return {
    ...(has('custom:developer_id') && { developerId: known.developerId }),
    ...(has('custom:user_type') && { userType: known.userType }),
    ...(has('custom:company_name') && { companyName: known.companyName }),
    ...(has('roles') && { roles: known.roles }),
  };
}
