import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import type { Config } from '../../config/config.ts';
import {
  appliedMigrations,
  duplicateEmails,
  lowerEmailIsUnique,
  subIsUnique,
  tableColumns,
  uniqueIndexes,
  usersRelation,
} from '../../db/catalog.ts';
import { fingerprintOf, mappingProblems } from '../../db/mapped-users.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { cachedClaims } from '../../domain/claims.ts';
import { maskEmail } from '../../domain/email.ts';
import { signInWarnings } from '../triggers/attach.ts';
import { TRIGGER_SLOTS } from '../../domain/triggers.ts';
import { tableName } from '../../domain/users-table.ts';

// `usersync doctor`: the configuration file held against the live database and pool, as a
// checklist with the fix for each miss. It reads; it writes nothing.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the team's tables are not in the schema type
type AnyDb = Kysely<any>;

/** One line of the checklist. */
export interface Check {
  check: string;
  ok: boolean;
  /** What was found. */
  detail: string;
  /** What to do when it does not hold. */
  fix?: string;
}

function check(name: string, ok: boolean, detail: string, fix: string): Check {
  return ok ? { check: name, ok, detail } : { check: name, ok, detail, fix };
}

/** The database's part: reachable, usersync's schema migrated, the mapped table and its indexes. */
export async function databaseChecks(
  db: AnyDb,
  config: Pick<Config, 'databaseSchema' | 'users' | 'claims'>,
): Promise<Check[]> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return [
      check(
        'database',
        false,
        `not reachable: ${(error as Error).message}`,
        'Set DATABASE_URL (or DATABASE_SECRET_ARN) to the database, and check that it answers.',
      ),
    ];
  }
  const checks: Check[] = [check('database', true, 'reachable', '')];
  const schema = config.databaseSchema;
  const applied = new Set(await appliedMigrations(db, schema));
  const pending = Object.keys(MIGRATIONS).filter((name) => !applied.has(name));
  checks.push(
    check(
      'schema migrated',
      pending.length === 0,
      pending.length === 0
        ? `${schema}: every migration applied`
        : `${schema}: ${pending.length} migration(s) pending (${pending.join(', ')})`,
      'Run usersync db migrate.',
    ),
  );
  const { users } = config;
  const relation = await usersRelation(db, schema);
  if (users === undefined) {
    checks.push(
      check(
        'users table',
        relation?.kind === 'table',
        relation?.kind === 'table'
          ? `usersync's own, ${schema}.users`
          : relation?.kind === 'view'
            ? `${schema}.users is a view of a team's table, and the file maps none`
            : 'none yet',
        relation?.kind === 'view' ? "Put the file's users entry back." : 'Run usersync db migrate.',
      ),
    );
    return checks;
  }
  const table = tableName(users);
  const columns = await tableColumns(db, table);
  if (columns.size === 0) {
    checks.push(
      check(
        'users table',
        false,
        `no table ${users.table}`,
        'Name the table in users.table (schema.table), or run usersync init.',
      ),
    );
    return checks;
  }
  checks.push(check('users table', true, `${users.table}: ${columns.size} columns`, ''));
  const problems = mappingProblems(users, config.claims, columns);
  checks.push(
    check(
      'columns',
      problems.length === 0,
      problems.length === 0
        ? 'every mapped column is there, with a type that fits'
        : problems.join('; '),
      'Correct the column names and claim types in usersync.config.json (usersync init proposes them).',
    ),
  );
  const indexes = await uniqueIndexes(db, table);
  const sub = users.columns.sub;
  const subUnique = subIsUnique(indexes, users.columns);
  checks.push(
    check(
      'sub index',
      subUnique,
      subUnique
        ? `${sub} is unique`
        : `no unique index on ${sub}: every sign-in reads the table by it`,
      'Run usersync db adopt (it prints the index), then usersync db adopt --apply.',
    ),
  );
  const email = users.columns.email;
  const emailUnique = lowerEmailIsUnique(indexes, email);
  const duplicates = await duplicateEmails(db, table, email);
  checks.push(
    check(
      'email index',
      emailUnique,
      emailUnique
        ? `lower(${email}) is unique`
        : `no unique index on lower(${email})${duplicates.length > 0 ? `; held by more than one row: ${duplicates.map((duplicate) => `${maskEmail(duplicate.email)} (${duplicate.rows})`).join(', ')}` : ''}`,
      duplicates.length > 0
        ? 'Resolve the duplicates listed, then run usersync db adopt --apply.'
        : 'Run usersync db adopt --apply.',
    ),
  );
  const fingerprint = fingerprintOf(users, config.claims);
  const viewCurrent =
    relation?.kind === 'view' && relation.comment?.includes(`(${fingerprint})`) === true;
  checks.push(
    check(
      'view',
      viewCurrent,
      viewCurrent
        ? `${schema}.users maps ${users.table} as the file says`
        : `${schema}.users does not map ${users.table} as the file says yet`,
      'Run usersync db migrate.',
    ),
  );
  return checks;
}

/** The pool's part: the cached claims' attributes, the app client's flows, the triggers, the plan. */
export async function poolChecks(
  gateway: CognitoGateway,
  config: Pick<Config, 'cognito' | 'claims'>,
): Promise<Check[]> {
  const poolId = config.cognito.userPoolId;
  if (poolId === undefined) {
    return [
      check(
        'user pool',
        false,
        'COGNITO_USER_POOL_ID is not set',
        'Set COGNITO_USER_POOL_ID (and COGNITO_CLIENT_ID).',
      ),
    ];
  }
  let pool;
  try {
    pool = await gateway.describeUserPoolSettings(poolId);
  } catch (error) {
    return [
      check(
        'user pool',
        false,
        `${poolId}: ${(error as Error).message}`,
        'Check COGNITO_USER_POOL_ID, the region and the credentials.',
      ),
    ];
  }
  const checks: Check[] = [check('user pool', true, `${poolId} (${pool.Name ?? ''})`, '')];
  const attributes = new Map(
    (pool.SchemaAttributes ?? []).map((attribute) => [attribute.Name ?? '', attribute]),
  );
  for (const claim of cachedClaims(config.claims)) {
    const attribute = attributes.get(claim.cache);
    checks.push(
      check(
        `cache ${claim.cache}`,
        attribute !== undefined && attribute.Mutable !== false,
        attribute === undefined
          ? `the pool has no ${claim.cache}`
          : attribute.Mutable === false
            ? `${claim.cache} is not mutable: usersync cannot write the claim into it`
            : `${claim.cache} exists and is mutable`,
        attribute === undefined
          ? `Add the custom attribute ${claim.cache} (String, mutable) to the pool, or remove cache from the claim ${claim.name}.`
          : `Remove cache from the claim ${claim.name}: Cognito cannot make an attribute mutable once made.`,
      ),
    );
  }
  const clientId = config.cognito.clientId;
  if (clientId !== undefined) {
    const client = (await gateway.appClientAccess(poolId)).find(
      (candidate) => candidate.clientId === clientId,
    );
    const needed = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    const lacking = needed.filter((flow) => !(client?.authFlows ?? []).includes(flow));
    checks.push(
      check(
        'app client auth flows',
        client !== undefined && lacking.length === 0,
        client === undefined
          ? `no app client ${clientId} in the pool`
          : lacking.length === 0
            ? `${clientId}: ${client.authFlows.join(', ')}`
            : `${clientId} lacks ${lacking.join(', ')}`,
        `Allow ${lacking.join(' and ') || 'the flows'} on the app client (the API signs in with USER_PASSWORD_AUTH and refreshes with REFRESH_TOKEN_AUTH).`,
      ),
    );
    if (client !== undefined) {
      const [unusable] = signInWarnings(pool, [client]);
      const factors = pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD'];
      checks.push(
        check(
          'sign-in factors',
          unusable === undefined,
          unusable === undefined
            ? `the pool allows ${factors.join(', ')}${factors.length > 1 ? `; ${clientId} allows ALLOW_USER_AUTH` : ''}`
            : unusable.message,
          `Add ALLOW_USER_AUTH to ${clientId}'s explicit auth flows, or take ${unusable?.factors.join(', ') ?? 'them'} out of the pool's sign-in policy.`,
        ),
      );
      const wanted = config.cognito.refreshTokenRotation;
      checks.push(
        check(
          'refresh token rotation',
          client.rotatesRefreshTokens === wanted,
          `${clientId} ${client.rotatesRefreshTokens ? 'rotates' : 'does not rotate'} refresh tokens; REFRESH_TOKEN_ROTATION is ${wanted ? 'on' : 'off'}`,
          client.rotatesRefreshTokens
            ? 'Set REFRESH_TOKEN_ROTATION=on: a client that rotates takes GetTokensFromRefreshToken only.'
            : 'Set REFRESH_TOKEN_ROTATION=off, or turn rotation on for the app client (RefreshTokenRotation).',
        ),
      );
    }
  }
  const lambda = pool.LambdaConfig ?? {};
  const attached = Object.entries(TRIGGER_SLOTS).map(([trigger, slot]) => {
    const arn =
      trigger === 'pre-token-generation'
        ? (lambda.PreTokenGenerationConfig?.LambdaArn ?? lambda.PreTokenGeneration)
        : (lambda as Record<string, unknown>)[slot];
    return { trigger, arn: typeof arn === 'string' ? arn : undefined };
  });
  const missing = attached.filter((slot) => slot.arn === undefined);
  checks.push(
    check(
      'triggers',
      missing.length === 0,
      attached.map((slot) => `${slot.trigger}: ${slot.arn ?? 'none'}`).join('; '),
      `Attach ${missing.map((slot) => slot.trigger).join(', ')} with usersync triggers attach (it keeps the pool's other settings).`,
    ),
  );
  const version = lambda.PreTokenGenerationConfig?.LambdaVersion ?? 'V1_0';
  const tier = pool.UserPoolTier;
  const accessClaims = config.claims.filter((claim) => claim.tokens !== 'id');
  const typedOk = version !== 'V1_0' || accessClaims.length === 0;
  const tierOk = version === 'V1_0' || tier === undefined || tier !== 'LITE';
  checks.push(
    check(
      'feature plan',
      typedOk && tierOk,
      `plan ${tier ?? 'not reported'}, PreTokenGeneration ${version}${typedOk ? '' : `: V1 reaches the id token only, and ${accessClaims.map((claim) => claim.name).join(', ')} ${accessClaims.length === 1 ? 'is' : 'are'} meant for the access token`}${tierOk ? '' : ': V2 and V3 events need the Essentials or Plus plan'}`,
      tierOk
        ? 'Attach PreTokenGeneration as V2_0 (usersync triggers attach --pre-token-version V2_0) on a pool with the Essentials or Plus plan.'
        : 'Move the pool to the Essentials plan, or attach PreTokenGeneration as V1_0 and carry claims in the id token.',
    ),
  );
  return checks;
}
