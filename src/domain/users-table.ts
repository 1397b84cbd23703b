import type { UserStatus } from './user.ts';

// A team's own PostgreSQL users table, and which of its columns hold what usersync reads and
// writes (`users` in usersync.config.json). usersync reaches the table through a view of
// its own schema (src/db/mapped-users.ts), so every path runs on it as on its own table.

/** The fields a mapped table's columns may hold, beside each claim's `column`. */
export const MAPPED_FIELDS = [
  'key',
  'sub',
  'email',
  'emailVerified',
  'name',
  'phone',
  'profile',
  'status',
  'deletedAt',
  'disabled',
  'guest',
  'createdAt',
  'updatedAt',
  'lastLoginAt',
  'passwordHash',
] as const;

/** One of {@link MAPPED_FIELDS}. */
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** The three fields every mapping names: the rest may be left unmapped. */
export const REQUIRED_FIELDS = ['key', 'sub', 'email'] as const satisfies readonly MappedField[];

/** The team's users table, mapped. */
export interface UsersMapping {
  /** `schema.table`, or a table in `public`. */
  table: string;
  /** The column that holds each field; a field left out is never read or written. */
  columns: Partial<Record<MappedField, string>> & Record<(typeof REQUIRED_FIELDS)[number], string>;
  /**
   * The `status` column's value for each of usersync's statuses (a status left out cannot be
   * written; a value not listed reads as `active`, or `guest` for a row with no `sub`).
   * @default each status as its own name
   */
  statusValues: Partial<Record<UserStatus, string>>;
}

/** The schema and the table of a mapping's `table`. */
export function tableName(mapping: Pick<UsersMapping, 'table'>): {
  schema: string;
  table: string;
} {
  const at = mapping.table.indexOf('.');
  return at < 0
    ? { schema: 'public', table: mapping.table }
    : { schema: mapping.table.slice(0, at), table: mapping.table.slice(at + 1) };
}

/**
 * Whether a mapping can hold a status: `deleted` with a deleted-at column or a status value,
 * `disabled` with a disabled column or a status value, `guest` with a guest column, a status
 * value, or a `sub` column apart from the key (a row whose `sub` is empty is a guest).
 */
export function canHoldStatus(mapping: UsersMapping, status: UserStatus): boolean {
  const { columns, statusValues } = mapping;
  const byValue = columns.status !== undefined && statusValues[status] !== undefined;
  switch (status) {
    case 'active':
      return true;
    case 'deleted':
      return byValue || columns.deletedAt !== undefined;
    case 'disabled':
      return byValue || columns.disabled !== undefined;
    case 'guest':
      return byValue || columns.guest !== undefined || columns.sub !== columns.key;
  }
}

/**
 * The Cognito-owned fields and statuses a store can hold: every one on usersync's own table
 * and on DynamoDB; on a mapped table, those it has columns for. A job compares and writes
 * only these (a field the store cannot hold would otherwise differ at every run).
 */
export interface HeldFields {
  emailVerified: boolean;
  name: boolean;
  phone: boolean;
  deleted: boolean;
  disabled: boolean;
}

/** Every field: a store of usersync's own. */
export const ALL_FIELDS: HeldFields = {
  emailVerified: true,
  name: true,
  phone: true,
  deleted: true,
  disabled: true,
};

/** What a mapped table holds ({@link ALL_FIELDS} with no mapping). */
export function heldFields(mapping: UsersMapping | undefined): HeldFields {
  if (mapping === undefined) return ALL_FIELDS;
  const { columns } = mapping;
  return {
    emailVerified: columns.emailVerified !== undefined,
    name: columns.name !== undefined,
    phone: columns.phone !== undefined,
    deleted: canHoldStatus(mapping, 'deleted'),
    disabled: canHoldStatus(mapping, 'disabled'),
  };
}
