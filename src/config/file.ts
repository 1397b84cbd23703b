import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import '../domain/zod-messages.ts';
import { DEFAULT_CLAIM_SET, type ClaimSet } from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import { jsonValueProblem } from '../domain/text.ts';
import type { UsersMapping } from '../domain/users-table.ts';
import { ClaimSetError, claimDefinitionSchema, parseClaimSet } from './claims.ts';

/** The configuration file read when `USERSYNC_CONFIG` names none. */
export const DEFAULT_CONFIG_FILE = 'usersync.config.json';

/** A PostgreSQL name as the team wrote it (usersync quotes it): no quote, no NUL. */
const identifier = z.string().check(
  z.minLength(1),
  z.maxLength(63),
  z.refine((name: string) => !/[".]/.test(name) && !name.includes(String.fromCharCode(0)), {
    message: 'must be a PostgreSQL name (1 to 63 characters, no quote or dot)',
  }),
);

/** `schema` with its description, which the file's JSON Schema shows. */
const described = <S extends z.ZodMiniType>(schema: S, description: string): S =>
  schema.check(z.describe(description));

const column = (what: string) =>
  described(z.optional(identifier), `The column that holds ${what}.`);

/** `users`: the team's table, and the column of each field (see src/domain/users-table.ts). */
const usersMappingSchema = z.strictObject({
  table: described(
    z
      .string()
      .check(
        z.refine(
          (name: string) =>
            !name.includes('"') &&
            !name.includes(String.fromCharCode(0)) &&
            /^([^.]{1,63}\.)?[^.]{1,63}$/.test(name),
          { message: 'must be schema.table, or a table in public' },
        ),
      ),
    'The table, schema-qualified (public when no schema is given).',
  ),
  columns: described(
    z.strictObject({
      key: described(identifier, 'The primary key column.'),
      sub: described(
        identifier,
        'The column that holds the Cognito sub (the key itself for a table keyed by the sub).',
      ),
      email: described(identifier, 'The column that holds the email.'),
      emailVerified: column('whether the email is verified (boolean)'),
      name: column('the name'),
      phone: column('the phone number'),
      profile: column('the profile (a jsonb object)'),
      status: column('the status (text; its values in statusValues)'),
      deletedAt: column('when the user was deleted (a timestamp; set is deleted)'),
      disabled: column('whether the user is disabled (boolean)'),
      guest: column('whether the row is a guest with no Cognito user yet (boolean)'),
      createdAt: column('when the row was made'),
      updatedAt: column('when the row was last written'),
      lastLoginAt: column('the last sign-in'),
      passwordHash: column('a legacy password hash (bcrypt or scrypt), for UserMigration'),
    }),
    'Which column holds each field; a field left out is never read or written.',
  ),
  statusValues: described(
    z.optional(
      z.strictObject({
        active: z.optional(identifier),
        disabled: z.optional(identifier),
        deleted: z.optional(identifier),
        guest: z.optional(identifier),
      }),
    ),
    "The status column's value for each of usersync's statuses (default: the status's own name).",
  ),
});

/**
 * `usersync.config.json`: what usersync adopts of a team's schema. Its JSON Schema
 * (`schema/usersync.config.schema.json`, for editors) is made from this one definition.
 */
export const ConfigFileSchema = described(
  z.strictObject({
    $schema: described(z.optional(z.string()), 'The JSON Schema this file follows (for editors).'),
    store: described(
      z.optional(z.enum(['postgres', 'dynamodb'])),
      'Where users are kept, as USER_STORE says it (when both are given, they must agree).',
    ),
    schema: described(
      z.optional(
        z.string().check(
          z.regex(/^[a-z_][a-z0-9_]{0,62}$/),
          z.refine((name: string) => name !== 'public' && !name.startsWith('pg_')),
        ),
      ),
      "The PostgreSQL schema of usersync's own tables (default usersync), as DATABASE_SCHEMA says it (when both are given, they must agree).",
    ),
    users: described(
      z.optional(usersMappingSchema),
      "The team's users table and which of its columns hold what (the mapped table); with none, usersync keeps a users table of its own, in its schema.",
    ),
    claims: described(
      z.optional(z.record(z.string(), claimDefinitionSchema)),
      'The claims tokens carry, by token claim name: type, where the store keeps each, an optional Cognito cache, which tokens.',
    ),
  }),
  'usersync: the configuration file (usersync.config.json).',
);

/** What the file settles, once read and checked. */
export interface ConfigFileSettings {
  /** The file read, or `undefined` when there is none. */
  file: string | undefined;
  store: 'postgres' | 'dynamodb' | undefined;
  schema: string | undefined;
  claims: ClaimSet;
  /** The team's users table, mapped; `undefined`: usersync's own table. */
  users: UsersMapping | undefined;
}

function invalid(file: string, message: string): UsersyncError {
  return new UsersyncError('CONFIG_INVALID', `Invalid configuration: ${file}: ${message}`, {
    context: { variable: 'USERSYNC_CONFIG' },
  });
}

/**
 * Where the configuration file is looked for when `USERSYNC_CONFIG` names none: in a Lambda
 * function, its code's directory (`LAMBDA_TASK_ROOT`, which Lambda sets, where
 * `npm run build:lambdas` puts the file beside each bundle); elsewhere the working directory.
 */
export function configBase(env: NodeJS.ProcessEnv): string {
  return env['LAMBDA_TASK_ROOT'] ?? process.cwd();
}

/**
 * Reads the configuration file: `USERSYNC_CONFIG`'s path, else `usersync.config.json` in
 * `base` ({@link configBase}) when it exists (no file is no change: the defaults). A file that is not JSON, or not of
 * {@link ConfigFileSchema}, is `CONFIG_INVALID` naming the path of each bad entry.
 */
export function readConfigFile(explicit: string | undefined, base: string): ConfigFileSettings {
  const file = path.resolve(base, explicit ?? DEFAULT_CONFIG_FILE);
  if (explicit === undefined && !existsSync(file)) {
    return {
      file: undefined,
      store: undefined,
      schema: undefined,
      claims: DEFAULT_CLAIM_SET,
      users: undefined,
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw invalid(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(file, `is not JSON (${(error as Error).message}).`);
  }
  // Unsafe text, or nesting zod would recurse through until the stack runs out, is refused
  // first, by the one iterative check usersync has for JSON from outside.
  const problem = jsonValueProblem(json, 'the file');
  if (problem !== undefined) throw invalid(file, `${problem}.`);
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `${issue.path.map((part) => JSON.stringify(part)).join('.') || 'the file'} ${issue.message}`,
    );
    throw invalid(file, `${problems.join('; ')}.`);
  }
  const { store, schema } = parsed.data;
  // A team's own table holds the claims the file names, and no others: its columns are not
  // the default set's.
  let claims: ClaimSet = parsed.data.users === undefined ? DEFAULT_CLAIM_SET : [];
  if (parsed.data.claims !== undefined) {
    try {
      claims = parseClaimSet(parsed.data.claims);
    } catch (error) {
      if (error instanceof ClaimSetError) throw invalid(file, `${error.message}.`);
      throw error;
    }
  }
  const users = parsed.data.users && usersMapping(file, parsed.data.users, claims);
  if (users !== undefined && store === 'dynamodb') {
    throw invalid(
      file,
      'users: a mapped users table is a PostgreSQL table; on DynamoDB the table is DYNAMODB_USERS_TABLE.',
    );
  }
  return { file, store, schema, claims, users };
}

/**
 * The mapping as usersync uses it, checked across its entries: no column holds two fields
 * (but the key may be the `sub`), no claim's column holds a field, and `statusValues`
 * only beside a `status` column (whose values default to the statuses' own names).
 */
function usersMapping(
  file: string,
  given: z.infer<typeof usersMappingSchema>,
  claims: ClaimSet,
): UsersMapping {
  const holders = new Map<string, string>();
  const hold = (columnName: string, what: string) => {
    const other = holders.get(columnName);
    if (other !== undefined) {
      throw invalid(
        file,
        `${what}: the column ${JSON.stringify(columnName)} already holds ${other}.`,
      );
    }
    holders.set(columnName, what);
  };
  for (const [field, columnName] of Object.entries(given.columns)) {
    if (columnName === undefined || (field === 'sub' && columnName === given.columns.key)) continue;
    hold(columnName, `users.columns.${field}`);
  }
  for (const claim of claims) hold(claim.column, `claims.${JSON.stringify(claim.name)}.column`);
  if (given.statusValues !== undefined && given.columns.status === undefined) {
    throw invalid(
      file,
      'users.statusValues: needs users.columns.status, the column that holds them.',
    );
  }
  return {
    table: given.table,
    columns: given.columns,
    statusValues:
      given.columns.status === undefined
        ? {}
        : (given.statusValues ?? {
            active: 'active',
            disabled: 'disabled',
            deleted: 'deleted',
            guest: 'guest',
          }),
  };
}

/** The JSON Schema of the configuration file, made from {@link ConfigFileSchema}. */
export function configFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ConfigFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://usersync.dev/schema/usersync.config.schema.json',
    title: 'usersync.config.json',
  };
}
