import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CLAIM_SET, type ClaimSet } from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import { jsonValueProblem } from '../domain/text.ts';
import { ClaimSetError, claimDefinitionSchema, parseClaimSet } from './claims.ts';

/** The configuration file read when `USERSYNC_CONFIG` names none. */
export const DEFAULT_CONFIG_FILE = 'usersync.config.json';

/**
 * `usersync.config.json`: what usersync adopts of a team's schema. Its JSON Schema
 * (`schema/usersync.config.schema.json`, for editors) is made from this one definition.
 */
export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows (for editors).'),
    store: z
      .enum(['postgres', 'dynamodb'])
      .optional()
      .describe(
        'Where users are kept, as USER_STORE says it (when both are given, they must agree).',
      ),
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .refine((name) => name !== 'public' && !name.startsWith('pg_'))
      .optional()
      .describe(
        "The PostgreSQL schema of usersync's own tables (default usersync), as DATABASE_SCHEMA says it (when both are given, they must agree).",
      ),
    users: z
      .unknown()
      .optional()
      .describe("The team's users table and which of its columns hold what (the mapped table)."),
    claims: z
      .record(z.string(), claimDefinitionSchema)
      .optional()
      .describe(
        'The claims tokens carry, by token claim name: type, where the store keeps each, an optional Cognito cache, which tokens.',
      ),
  })
  .describe('usersync: the configuration file (usersync.config.json).');

/** What the file settles, once read and checked. */
export interface ConfigFileSettings {
  /** The file read, or `undefined` when there is none. */
  file: string | undefined;
  store: 'postgres' | 'dynamodb' | undefined;
  schema: string | undefined;
  claims: ClaimSet;
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
    return { file: undefined, store: undefined, schema: undefined, claims: DEFAULT_CLAIM_SET };
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
  if (parsed.data.users !== undefined) {
    throw invalid(
      file,
      'users: a mapped users table of the team is not here yet; leave it out, and usersync keeps its own users table.',
    );
  }
  let claims: ClaimSet = DEFAULT_CLAIM_SET;
  if (parsed.data.claims !== undefined) {
    try {
      claims = parseClaimSet(parsed.data.claims);
    } catch (error) {
      if (error instanceof ClaimSetError) throw invalid(file, `${error.message}.`);
      throw error;
    }
  }
  return { file, store, schema, claims };
}

/** The JSON Schema of the configuration file, made from {@link ConfigFileSchema}. */
export function configFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ConfigFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://usersync.dev/schema/usersync.config.schema.json',
    title: 'usersync.config.json',
  };
}
