import type { Kysely } from 'kysely';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import { listTables, tableColumns, type CatalogColumn } from '../../db/catalog.ts';
import type { ClaimType } from '../../domain/claims.ts';
import type { MappedField } from '../../domain/users-table.ts';

// `usersync init`: what usersync proposes for a team's database and pool, from the names it
// recognises. It reads the catalog and DescribeUserPool, and writes to neither.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the team's tables are not in the schema type
type AnyDb = Kysely<any>;

/** The column names each field is recognised by, best first (compared case-insensitively). */
export const RECOGNISED: Record<Exclude<MappedField, 'key'>, readonly string[]> = {
  sub: ['cognito_sub', 'cognito_id', 'cognito_user_id', 'cognito_username', 'sub', 'cognitosub'],
  email: ['email', 'email_address', 'mail'],
  emailVerified: ['email_verified', 'is_email_verified', 'verified'],
  name: ['name', 'display_name', 'full_name', 'username'],
  phone: ['phone', 'phone_number', 'mobile'],
  profile: ['profile', 'settings', 'metadata', 'preferences'],
  status: ['status', 'state'],
  deletedAt: ['deleted_at', 'removed_at'],
  disabled: ['disabled', 'is_disabled', 'suspended', 'is_suspended'],
  guest: ['is_guest', 'guest'],
  createdAt: ['created_at', 'inserted_at', 'createdat'],
  updatedAt: ['updated_at', 'modified_at', 'updatedat'],
  lastLoginAt: ['last_login_at', 'last_sign_in_at', 'last_seen', 'last_login'],
  passwordHash: ['password_hash', 'encrypted_password', 'password_digest', 'hashed_password'],
};

/** The table names a users table goes by, best first. */
const TABLE_NAMES = ['users', 'user', 'accounts', 'account', 'app_users', 'members', 'customers'];

/** The configuration file init writes (usersync.config.json's keys). */
export interface ProposedFile {
  $schema: string;
  store: 'postgres' | 'dynamodb';
  users?: { table: string; columns: Partial<Record<MappedField, string>> };
  claims?: Record<string, { type: ClaimType; column?: string; attribute?: string; cache?: string }>;
}

/** What init found, and what it could not tell. */
export interface Proposal {
  file: ProposedFile;
  /** The required fields it found no column for, in the proposed table. */
  missing: ('sub' | 'email')[];
  /** The proposed table's columns (for the questions it asks). */
  columns: string[];
  /** What it decided and why, for people. */
  notes: string[];
}

/** The JSON Schema a written file names (shipped with the package). */
export const SCHEMA_REFERENCE = './node_modules/usersync/schema/usersync.config.schema.json';

function recognise(
  columns: Map<string, CatalogColumn>,
  names: readonly string[],
): string | undefined {
  const byLower = new Map([...columns.keys()].map((name) => [name.toLowerCase(), name]));
  for (const name of names) {
    const found = byLower.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A claim's type for a column: its values as a token would carry them. */
export function claimTypeOf(column: CatalogColumn): ClaimType {
  if (/^(smallint|integer|bigint|numeric|real|double precision)/.test(column.type)) return 'number';
  if (column.type === 'boolean') return 'boolean';
  if (column.type.endsWith('[]')) return 'string[]';
  return 'string';
}

/** The pool's custom attributes, by name without `custom:` (none when there is no pool to ask). */
export async function customAttributes(
  cognito: { gateway: CognitoGateway; userPoolId: string } | undefined,
): Promise<string[]> {
  if (cognito === undefined) return [];
  const pool = await cognito.gateway.describeUserPoolSettings(cognito.userPoolId);
  return (pool.SchemaAttributes ?? [])
    .map((attribute) => attribute.Name ?? '')
    .filter((name) => name.startsWith('custom:'))
    .map((name) => name.slice('custom:'.length));
}

/**
 * Proposes `usersync.config.json` for a PostgreSQL database: the users table (the one whose
 * name and columns look most like one), the column of each field it recognises, and a
 * claim for each of the pool's custom attributes that a column of the same name holds
 * (cached in that attribute). A database with no such table keeps usersync's own.
 */
export async function proposeForPostgres(
  db: AnyDb,
  ownSchema: string,
  cognito: { gateway: CognitoGateway; userPoolId: string } | undefined,
): Promise<Proposal> {
  const notes: string[] = [];
  const candidates = await Promise.all(
    (await listTables(db, ownSchema)).map(async (table) => {
      const columns = await tableColumns(db, { schema: table.schema, table: table.name });
      const named = TABLE_NAMES.indexOf(table.name.toLowerCase());
      const score =
        (recognise(columns, RECOGNISED.email) !== undefined ? 4 : 0) +
        (recognise(columns, RECOGNISED.sub) !== undefined ? 4 : 0) +
        (named < 0 ? 0 : 3 - Math.min(named, 2));
      return { table, columns, score };
    }),
  );
  const best = candidates
    .filter((candidate) => candidate.score >= 4)
    .sort((a, b) => b.score - a.score)[0];
  const attributes = await customAttributes(cognito);
  if (best === undefined) {
    notes.push(
      'No table looks like a users table (an email column and a users-like name): usersync keeps a users table of its own, in its schema.',
    );
    return {
      file: { $schema: SCHEMA_REFERENCE, store: 'postgres' },
      missing: [],
      columns: [],
      notes,
    };
  }
  const { table, columns } = best;
  const name = `${table.schema}.${table.name}`;
  notes.push(`The users table: ${name}.`);
  const mapped: Partial<Record<MappedField, string>> = {};
  const key = [...columns.values()].find((column) => column.primaryKey);
  if (key !== undefined) mapped.key = key.name;
  const taken = new Set<string>();
  for (const field of Object.keys(RECOGNISED) as (keyof typeof RECOGNISED)[]) {
    const column = recognise(columns, RECOGNISED[field]);
    if (column === undefined) continue;
    // The key may be the sub (a table keyed by it); no other column holds two fields.
    if (taken.has(column) || (column === mapped.key && field !== 'sub')) continue;
    mapped[field] = column;
    taken.add(column);
  }
  if (mapped.profile !== undefined && !/^jsonb?$/.test(columns.get(mapped.profile)?.type ?? '')) {
    delete mapped.profile;
  }
  if (mapped.status !== undefined) {
    notes.push(
      `The status column ${mapped.status} is read with usersync's own values (active, disabled, deleted, guest); set users.statusValues if yours differ.`,
    );
  }
  const claims: NonNullable<ProposedFile['claims']> = {};
  for (const attribute of attributes) {
    const column = recognise(columns, [attribute.toLowerCase()]);
    if (column === undefined || taken.has(column)) continue;
    claims[`custom:${attribute}`] = {
      type: claimTypeOf(columns.get(column) as CatalogColumn),
      column,
      cache: `custom:${attribute}`,
    };
    taken.add(column);
    notes.push(
      `The claim custom:${attribute}: the column ${column}, cached in the pool's custom:${attribute}.`,
    );
  }
  const missing = (['sub', 'email'] as const).filter((field) => mapped[field] === undefined);
  if (key === undefined) notes.push(`${name} has no one-column primary key: usersync needs one.`);
  return {
    file: {
      $schema: SCHEMA_REFERENCE,
      store: 'postgres',
      users: { table: name, columns: mapped },
      claims,
    },
    missing,
    columns: [...columns.keys()],
    notes,
  };
}

/** A claim's type for a DynamoDB value: a number, a boolean, a list or set of text, or text. */
function claimTypeOfValue(value: unknown): ClaimType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) || value instanceof Set) return 'string[]';
  return 'string';
}

/** The names an attribute holding `custom:<name>` may go by: as it is, and in camelCase. */
function attributeNames(name: string): string[] {
  const camel = name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return [...new Set([name, camel])];
}

/**
 * Proposes `usersync.config.json` for a team's DynamoDB table (`DYNAMODB_USERS_TABLE`), from
 * DescribeTable and a small sample of its items: a claim for each of the pool's custom
 * attributes that the items hold under its name (or that name in camelCase), typed by the
 * values found, cached in that attribute. The table and its key stay variables
 * (`DYNAMODB_USERS_TABLE`, `DYNAMODB_KEY_ATTRIBUTE`); a key other than the configured one
 * is noted.
 */
export function proposeForDynamo(
  sample: { keyAttribute: string; items: Record<string, unknown>[] },
  configuredKey: string,
  attributes: readonly string[],
): Proposal {
  const notes: string[] = [];
  if (sample.keyAttribute !== configuredKey) {
    notes.push(
      `The table's key is ${sample.keyAttribute}: set DYNAMODB_KEY_ATTRIBUTE=${sample.keyAttribute}.`,
    );
  }
  const claims: NonNullable<ProposedFile['claims']> = {};
  for (const attribute of attributes) {
    const held = attributeNames(attribute).find((name) =>
      sample.items.some((item) => item[name] !== undefined),
    );
    if (held === undefined) continue;
    const value = sample.items.find((item) => item[held] !== undefined)?.[held];
    claims[`custom:${attribute}`] = {
      type: claimTypeOfValue(value),
      attribute: held,
      cache: `custom:${attribute}`,
    };
    notes.push(
      `The claim custom:${attribute}: the attribute ${held}, cached in the pool's custom:${attribute}.`,
    );
  }
  if (Object.keys(claims).length === 0) {
    notes.push(
      `No item of the ${sample.items.length} read holds a custom attribute of the pool: the claims are usersync's default set.`,
    );
  }
  return {
    file: {
      $schema: SCHEMA_REFERENCE,
      store: 'dynamodb',
      ...(Object.keys(claims).length > 0 && { claims }),
    },
    missing: [],
    columns: [],
    notes,
  };
}
