import { DEFAULT_CLAIM_SET, type ClaimSet } from '../domain/claims.ts';
import type { UsersMapping } from '../domain/users-table.ts';
import {
  DEFAULT_CONFIG_FILE,
  configBase,
  readConfigFile,
  type ConfigFileSettings,
} from './file.ts';
import { isIP } from 'node:net';
import path from 'node:path';
import * as z from 'zod/mini';
import { UsersyncError } from '../domain/errors.ts';
import { QUOTA_CATEGORIES, type QuotaCategory } from '../domain/quotas.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number from `min` to `max`, from its text. */
const wholeNumber = (min: number, max: number) =>
  z.coerce.number().check(z.int(), z.gte(min), z.lte(max));
const port = wholeNumber(0, 65_535);
/** Text matching `pattern`. */
const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));
const optionalText = z.optional(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((value: string) => (value === '' ? undefined : value)),
  ),
);
const url = (protocols: readonly string[]) =>
  z.string().check(
    z.trim(),
    z.refine((value: string) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }),
  );

/** A comma-separated list (unset or empty: none), each item trimmed. */
const commaList = () =>
  z.pipe(
    z._default(z.string(), ''),
    z.transform((text: string) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  );

/** An address, or a CIDR range (`10.0.0.0/16`, `2001:db8::/32`). */
function isAddressOrRange(value: string): boolean {
  const [address = '', bits, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const width = Number(bits);
  return /^\d{1,3}$/.test(bits) && width <= (family === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: `false` (unset, empty or `off`: believe no proxy), a number of hops
 * (`1`: the one load balancer in front), or the proxies' addresses and CIDR ranges.
 */
const trustProxy = z.pipe(
  z._default(z.string().check(z.trim()), 'off'),
  z.transform((text: string, context): false | number | string[] => {
    if (text === '' || text === 'off') return false;
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops >= 1 && hops <= 10) return hops;
    } else {
      const ranges = text.split(',').map((item) => item.trim());
      if (ranges.every(isAddressOrRange)) return ranges;
    }
    context.issues.push({ code: 'custom', message: 'not a trusted proxy setting', input: text });
    return z.NEVER;
  }),
);

/** `name=number,…` for the given names, each number from `min` to `max`; unset or empty: none. */
function keyedNumbers<const K extends string>(names: readonly K[], min: number, max: number) {
  return z.pipe(
    z._default(z.string(), ''),
    z.transform((text: string, context): Partial<Record<K, number>> => {
      const pairs: Partial<Record<K, number>> = {};
      for (const item of text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const [name = '', value = '', ...rest] = item.split('=').map((part) => part.trim());
        const number = Number(value);
        if (
          rest.length > 0 ||
          !(names as readonly string[]).includes(name) ||
          !/^\d+$/.test(value) ||
          number < min ||
          number > max
        ) {
          context.issues.push({
            code: 'custom',
            message: `not a name=number pair: ${item}`,
            input: text,
          });
          return z.NEVER;
        }
        pairs[name as K] = number;
      }
      return pairs;
    }),
  );
}

/**
 * Every environment variable usersync reads: what it means, what it takes (said when it is
 * wrong), and its schema. A variable that is unset or empty takes its default.
 * `docs/configuration.md` is generated from this table.
 */
export const VARIABLES = {
  DATABASE_URL: {
    meaning:
      'the PostgreSQL connection string (PostgreSQL 14+); unset, the embedded PGlite database in the data directory',
    schema: z.optional(url(['postgres:', 'postgresql:'])),
    takes: 'a postgres:// or postgresql:// connection URL',
  },
  DATABASE_SECRET_ARN: {
    meaning:
      'instead of DATABASE_URL: a Secrets Manager secret as RDS writes it ({host, port, username, password, dbname}), read at start and again for a new connection after a minute (a rotation reaches it)',
    schema: z.optional(
      matching(/^arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:[\w/+=.@!-]+$/),
    ),
    takes: 'a Secrets Manager secret ARN',
  },
  DATABASE_HOST: {
    meaning:
      "with DATABASE_SECRET_ARN: the host to connect to instead of the secret's (an RDS Proxy endpoint)",
    schema: z.optional(matching(/^[\w.-]+$/)),
    takes: 'a host name',
  },
  DATABASE_TLS: {
    meaning:
      'rds: TLS verified against the RDS and RDS Proxy certificate authorities (the default with DATABASE_SECRET_ARN); off: none; unset with DATABASE_URL: as its sslmode says',
    schema: z.optional(z.enum(['rds', 'off'])),
    takes: 'rds or off',
  },
  USERSYNC_CONFIG: {
    meaning:
      'the configuration file (usersync.config.json: the claims, and what usersync adopts of the schema), validated at start-up',
    schema: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
    takes: 'a file path',
    shownDefault: './usersync.config.json (when it exists)',
  },
  DATABASE_SCHEMA: {
    meaning:
      "the PostgreSQL schema usersync keeps its own tables and functions in (outbox, consumers' records, job runs, the staged listing, migrations, and its users table); nothing of usersync's is made outside it",
    schema: z._default(
      matching(/^[a-z_][a-z0-9_]{0,62}$/).check(
        z.refine(
          (name: string) =>
            name !== 'public' && !name.startsWith('pg_') && name !== 'information_schema',
        ),
      ),
      'usersync',
    ),
    takes: 'a lower-case schema name (letters, digits, _; not public, pg_* or information_schema)',
  },
  COGNITO_USER_POOL_ID: {
    meaning: "the user pool; unset, the running local stack's pool",
    schema: z.optional(matching(/^[\w-]+_[0-9a-zA-Z]+$/)),
    takes: 'a user pool id such as us-east-1_AbC123',
  },
  COGNITO_CLIENT_ID: {
    meaning: 'the app client the API signs users in with',
    schema: z.optional(matching(/^[\w+]+$/)),
    takes: 'an app client id',
  },
  COGNITO_CLIENT_SECRET: {
    meaning: "the app client's secret, if it has one: every call then carries SECRET_HASH",
    schema: optionalText,
    takes: "the app client's secret",
  },
  COGNITO_ENDPOINT: {
    meaning: 'a Cognito endpoint override (cognito-local); unset, AWS',
    schema: z.optional(url(['http:', 'https:'])),
    takes: 'an http:// or https:// URL',
  },
  AWS_REGION: {
    meaning: 'the AWS region of the pool and the event bus',
    schema: z._default(matching(/^[a-z]{2}(-[a-z]+)+-\d$/), 'us-east-1'),
    takes: 'an AWS region such as us-east-1',
  },
  PORT: {
    meaning: "the API's port",
    schema: z._default(port, 3000),
    takes: 'a port number from 0 to 65535',
  },
  HOST: {
    meaning: 'the address the API listens on',
    schema: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
    takes: 'a host name or IP address',
  },
  LOG_LEVEL: {
    meaning: 'the level of the JSON logs',
    schema: z._default(z.enum(LOG_LEVELS), 'info'),
    takes: `one of ${LOG_LEVELS.join(', ')}`,
  },
  USERSYNC_DATA_DIR: {
    meaning: 'where the local stack and the embedded database keep their state',
    schema: z._default(z.string().check(z.minLength(1)), './.usersync'),
    takes: 'a directory path',
  },
  COGNITO_LOCAL_PORT: {
    meaning: "the local stack's Cognito emulator port",
    schema: z._default(port, 9229),
    takes: 'a port number from 0 to 65535',
  },
  LOCAL_DB_PORT: {
    meaning:
      'the port on which the local stack serves its embedded database over the PostgreSQL protocol',
    schema: z._default(port, 5433),
    takes: 'a port number from 0 to 65535',
  },
  LOCAL_AUTH_SESSION_SECONDS: {
    meaning:
      "how long a sign-in challenge's session lasts on the local stack (an app client's AuthSessionValidity, 3 to 15 minutes on AWS)",
    schema: z._default(wholeNumber(1, 900), 180),
    takes: 'seconds, from 1 to 900',
  },
  LOCAL_ADMIN_EMAIL: {
    meaning:
      "the local stack's own admin, made at its first start in the pool's `admin` group so that the console (/console) can be signed in to at once; `none`: no admin",
    schema: z.pipe(
      z.pipe(
        z._default(z.string().check(z.trim()), 'admin@example.com'),
        z.transform((value: string) => (value === 'none' ? undefined : value.toLowerCase())),
      ),
      z.optional(z.email()),
    ),
    takes: 'an email, or `none`',
  },
  LOCAL_ADMIN_PASSWORD: {
    meaning:
      "the local admin's password, set when the stack makes the admin (a local stack's only: no real account has it)",
    schema: z._default(z.string().check(z.minLength(8), z.maxLength(256)), 'Console-Admin-1'),
    takes: "a password the pool's policy takes",
  },
  USERSYNC_LOCAL_CODE: {
    meaning: "the local stack's fixed confirmation and reset code",
    schema: z._default(matching(/^\d{6}$/), '123456'),
    takes: 'six digits',
  },
  REFRESH_TOKEN_ROTATION: {
    meaning:
      'whether the app client rotates refresh tokens (its RefreshTokenRotation): `on` refreshes with GetTokensFromRefreshToken and answers a new refresh token, `off` with REFRESH_TOKEN_AUTH',
    schema: z._default(z.enum(['on', 'off']), 'off'),
    takes: '`on` or `off`',
  },
  TOTP_ISSUER: {
    meaning:
      "the issuer an authenticator app shows beside a TOTP code enrolled through /me/mfa/totp (the app's name)",
    schema: z._default(
      z.string().check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[^:]+$/)),
      'usersync',
    ),
    takes: 'a name of 1 to 64 characters without a colon',
  },
  SYNC_FUNCTION_NAME: {
    meaning:
      'the sync Lambda function the API invokes (asynchronously) to run a reconcile an admin starts from the console; the CDK construct sets it. `usersync serve` and the local stack run it in their own process and do not read it',
    schema: optionalText,
    takes: 'a Lambda function name or ARN',
  },
  CONSUMER_QUEUES: {
    meaning:
      'each consumer\'s queue and dead-letter queue, which the admin console lists and redrives (JSON: {"consumer": {"queueUrl": …, "deadLetterUrl": …}}); the CDK construct sets it, the local stack knows its own',
    schema: z.pipe(
      z._default(z.string(), '{}'),
      z.transform((text: string, context) => {
        const pair = z.strictObject({ queueUrl: z.url(), deadLetterUrl: z.url() });
        const name = z.string().check(z.minLength(1), z.maxLength(80));
        try {
          const parsed = z.record(name, pair).safeParse(JSON.parse(text));
          if (parsed.success) return parsed.data;
        } catch {
          // reported below
        }
        context.issues.push({
          code: 'custom',
          message: 'not a JSON object of queue URL pairs',
          input: text,
        });
        return z.NEVER;
      }),
    ),
    takes: 'a JSON object: consumer name → {queueUrl, deadLetterUrl}',
  },
  CORS_ORIGINS: {
    meaning:
      'browser origins allowed to call the API (comma-separated, e.g. https://app.example.com); none by default',
    schema: z.pipe(
      commaList(),
      z.array(
        z.string().check(
          z.refine((value: string) => {
            try {
              const parsed = new URL(value);
              // An origin is scheme, host and port: nothing after it.
              return ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === value;
            } catch {
              return false;
            }
          }),
        ),
      ),
    ),
    takes: 'origins (scheme://host[:port], no path) separated by commas',
  },
  TRUST_PROXY: {
    meaning:
      "which proxies in front of the API to believe about the client's address (X-Forwarded-For), which the rate limits count by; none by default",
    schema: trustProxy,
    takes:
      'off, a number of proxy hops from 1 to 10, or proxy addresses and CIDR ranges separated by commas',
  },
  AUTH_RATE_LIMIT_PER_IP: {
    meaning: 'requests a minute per IP address, one budget across every /auth route',
    schema: z._default(wholeNumber(1, 100_000), 60),
    takes: 'a whole number of requests per minute, from 1 to 100000',
  },
  AUTH_RATE_LIMIT_PER_EMAIL: {
    meaning: 'failed attempts and code sends a minute per email and client',
    schema: z._default(wholeNumber(1, 100_000), 10),
    takes: 'a whole number of failed attempts per email and client a minute, from 1 to 100000',
  },
  AUTH_FAILURES_PER_EMAIL: {
    meaning: 'failed attempts a minute per email across clients (the much higher bar)',
    schema: z._default(wholeNumber(1, 1_000_000), 100),
    takes: 'a whole number of failed attempts per email a minute, from 1 to 1000000',
  },
  COGNITO_SHARES: {
    meaning:
      "calls a second usersync may make in each of Cognito's quota categories, shared by all its processes through the store (the rest of each quota is left to the team's own code); unlisted categories keep their default (UserList 27, UserRead 108, UserUpdate 22, UserCreation 45: 90% of each quota)",
    schema: keyedNumbers(QUOTA_CATEGORIES, 1, 10_000),
    takes: `comma-separated category=calls pairs (${QUOTA_CATEGORIES.join(', ')}), each from 1 to 10000`,
  },
  COGNITO_PRIORITY_PERCENT: {
    meaning:
      'the part of each share the change feed (feed) and jobs (jobs) may fill, in percent; the rest is kept for the API and the triggers (default feed=95,jobs=60)',
    schema: keyedNumbers(['feed', 'jobs'] as const, 1, 100),
    takes: 'comma-separated feed=percent and jobs=percent, each from 1 to 100',
  },
  PRE_TOKEN_DB_BUDGET_MS: {
    meaning:
      'how long PreTokenGeneration and PostAuthentication wait for the database before they go on without it',
    schema: z._default(wholeNumber(50, 4_500), 1_500),
    takes: 'milliseconds from 50 to 4500 (Cognito gives a trigger 5 seconds)',
  },
  TOKEN_CLAIMS_FALLBACK: {
    meaning:
      "what PreTokenGeneration issues when the store does not answer: none (no claims, usersync:claims none) or cache (Cognito's cached custom attributes: only where no app client of the pool can write them, as in the CDK app's pool; triggers attach checks)",
    schema: z._default(z.enum(['none', 'cache']), 'none'),
    takes: 'none or cache',
  },
  LOCAL_SQS_PORT: {
    meaning: "the local stack's SQS emulator (fauxqs) port",
    schema: z._default(port, 9324),
    takes: 'a port number from 0 to 65535',
  },
  LOCAL_DYNAMODB_PORT: {
    meaning:
      "with USER_STORE=dynamodb: the local stack's DynamoDB emulator (dynalite) port (0: a free one)",
    schema: z._default(port, 0),
    takes: 'a port number from 0 to 65535',
  },
  PROFILE_DEFAULTS: {
    meaning: 'profile fields the profile provisioner gives every new user who lacks them',
    schema: z.pipe(
      z._default(z.string(), '{}'),
      z.transform((text: string, context) => {
        try {
          const value: unknown = JSON.parse(text);
          if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            return value as Record<string, unknown>;
          }
        } catch {
          // reported below
        }
        context.issues.push({ code: 'custom', message: 'not a JSON object', input: text });
        return z.NEVER;
      }),
    ),
    takes: 'a JSON object of default profile fields',
  },
  WEBHOOK_URLS: {
    meaning: 'where the webhook forwarder POSTs every event (comma-separated; one consumer each)',
    schema: z.pipe(commaList(), z.array(url(['http:', 'https:']))),
    takes: 'http:// or https:// URLs separated by commas',
  },
  WEBHOOK_SECRET: {
    meaning: 'the Standard Webhooks signing secret; required with WEBHOOK_URLS',
    schema: z.optional(
      z.pipe(
        z.string().check(z.trim()),
        z
          .transform((value: string) => (value === '' ? undefined : value))
          .check(
            z.refine(
              (value: string | undefined) =>
                value === undefined ||
                (/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(value) &&
                  Buffer.from(value.slice('whsec_'.length), 'base64').length >= 24),
            ),
          ),
      ),
    ),
    takes: 'a Standard Webhooks secret: whsec_ and at least 24 bytes in base64',
  },
  WEBHOOK_SECRET_ARN: {
    meaning:
      'instead of WEBHOOK_SECRET: a Secrets Manager secret holding it, read once per process or container',
    schema: z.optional(
      matching(/^arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:[\w/+=.@!-]+$/),
    ),
    takes: 'a Secrets Manager secret ARN',
  },
  EVENT_BUS_NAME: {
    meaning:
      'the EventBridge bus usersync relay and the relay function publish to (required by them); the local stack relays to its own local bus and does not read it',
    schema: optionalText,
    takes: 'an EventBridge event bus name or ARN',
  },
  RELAY_POLL_MS: {
    meaning: 'how often the relay looks for due events when no notification wakes it',
    schema: z._default(wholeNumber(10, 60_000), 1_000),
    takes: 'milliseconds from 10 to 60000',
  },
  RETENTION_DAYS: {
    meaning:
      "how long published events, consumers' records and positions are kept before the relay prunes them",
    schema: z._default(wholeNumber(1, 3_650), 7),
    takes: 'a whole number of days from 1 to 3650',
  },
  OUTBOX_MAX_ATTEMPTS: {
    meaning:
      'attempts to publish an event before the relay parks it (usersync outbox list|redrive)',
    schema: z._default(wholeNumber(1, 1_000), 12),
    takes: 'a whole number of attempts from 1 to 1000',
  },
  DATABASE_POOL_MAX: {
    meaning: "connections in a CLI command's or server's database pool",
    schema: z._default(wholeNumber(1, 100), 10),
    takes: 'a whole number from 1 to 100',
  },
  USER_STORE: {
    meaning: 'where users are kept: PostgreSQL, or a DynamoDB table the team already has',
    schema: z._default(z.enum(['postgres', 'dynamodb']), 'postgres'),
    takes: 'postgres or dynamodb',
  },
  DYNAMODB_USERS_TABLE: {
    meaning: 'with USER_STORE=dynamodb: the users table (required)',
    schema: z.optional(matching(/^[\w.-]{3,255}$/)),
    takes: 'a DynamoDB table name',
  },
  DYNAMODB_ENDPOINT: {
    meaning: 'a DynamoDB endpoint to use instead of AWS (a local emulator)',
    schema: z.optional(url(['http:', 'https:'])),
    takes: 'an http:// or https:// URL',
  },
  DYNAMODB_KEY_ATTRIBUTE: {
    meaning: "the users table's key attribute, which holds the Cognito sub",
    schema: z._default(matching(/^[\w.-]{1,255}$/), 'userId'),
    takes: 'an attribute name',
  },
  DYNAMODB_CLAIM_ATTRIBUTES: {
    meaning:
      "which attribute holds each claim: usersync's claim = the table's attribute, comma-separated",
    schema: z.pipe(
      z._default(
        z.string(),
        'developer_id=developerId,user_type=userType,company_name=companyName',
      ),
      z.transform((text: string, context) => {
        const pairs = text
          .split(',')
          .map((pair) => pair.trim())
          .filter(Boolean)
          .map((pair) => pair.split('=').map((part) => part.trim()));
        const claims = { developer_id: '', user_type: '', company_name: '' };
        for (const [claim = '', attribute = ''] of pairs) {
          if (!(claim in claims) || !/^[\w.-]{1,255}$/.test(attribute)) {
            context.issues.push({
              code: 'custom',
              message: `bad pair ${claim}=${attribute}`,
              input: text,
            });
            return z.NEVER;
          }
          claims[claim as keyof typeof claims] = attribute;
        }
        if (Object.values(claims).some((attribute) => attribute === '')) {
          context.issues.push({
            code: 'custom',
            message: 'every claim needs an attribute',
            input: text,
          });
          return z.NEVER;
        }
        return {
          developerId: claims.developer_id,
          userType: claims.user_type,
          companyName: claims.company_name,
        };
      }),
    ),
    takes: 'developer_id=ATTR,user_type=ATTR,company_name=ATTR',
    shownDefault: 'developer_id=developerId,user_type=userType,company_name=companyName',
  },
  DYNAMODB_PROFILE_ATTRIBUTE: {
    meaning: "the users table's attribute that holds the profile (a map)",
    schema: z._default(matching(/^[\w.-]{1,255}$/), 'profile'),
    takes: 'an attribute name',
  },
} as const;

type Variables = typeof VARIABLES;
type Parsed = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

/** usersync's settings, read and validated once at start-up by {@link loadConfig}. */
export interface Config {
  /** PostgreSQL URL; `undefined` means the embedded PGlite database in {@link Config.dataDir}. */
  databaseUrl: string | undefined;
  /** An RDS-style Secrets Manager secret to connect with, instead of {@link Config.databaseUrl}. */
  databaseSecretArn: string | undefined;
  /** With {@link Config.databaseSecretArn}: the host to use instead of the secret's (RDS Proxy). */
  databaseHost: string | undefined;
  /** TLS to the database: `rds` (verified against RDS's CAs), `off`, or as the URL says. */
  databaseTls: 'rds' | 'off' | undefined;
  /** @default 10 */
  databasePoolMax: number;
  /** The schema usersync's own tables live in. @default `usersync` */
  databaseSchema: string;
  /**
   * The claims tokens carry and Cognito caches. @default {@link DEFAULT_CLAIM_SET} (until the
   * configuration file defines a team's own, which the stores' users then hold)
   */
  claims: ClaimSet;
  /**
   * The team's users table, mapped (the configuration file's `users`); `undefined`:
   * usersync's own table, in its schema.
   */
  users: UsersMapping | undefined;
  /** Absolute path of the local state directory. @default `./.usersync` */
  dataDir: string;
  cognito: {
    userPoolId: string | undefined;
    clientId: string | undefined;
    clientSecret: string | undefined;
    /** Whether the app client rotates refresh tokens (`REFRESH_TOKEN_ROTATION`). @default false */
    refreshTokenRotation: boolean;
    /** Endpoint override (cognito-local); `undefined` means AWS. */
    endpoint: string | undefined;
    /** @default `us-east-1` */
    region: string;
  };
  api: {
    /** @default 3000 */
    port: number;
    /** @default `127.0.0.1` */
    host: string;
    /** Browser origins allowed to call the API (CORS). @default [] */
    corsOrigins: string[];
    /** The issuer authenticator apps show for a TOTP code (`TOTP_ISSUER`). @default `usersync` */
    totpIssuer: string;
    /** The sync function the API's Lambda invokes for an admin's reconcile (`SYNC_FUNCTION_NAME`). */
    syncFunctionName: string | undefined;
    /** Each consumer's queue and dead-letter queue, for the console (`CONSUMER_QUEUES`). @default {} */
    consumerQueues: Record<string, { queueUrl: string; deadLetterUrl: string }>;
    /** Which proxies to believe about the client's address (`TRUST_PROXY`). @default false */
    trustProxy: false | number | string[];
    /** Requests per minute one IP address may make to the `/auth` routes. @default 60 */
    authRateLimitPerIp: number;
    /** Failed attempts (and code sends) per email and client a minute on `/auth`. @default 10 */
    authRateLimitPerEmail: number;
    /** Failed attempts per email across clients a minute. @default 100 */
    authFailuresPerEmail: number;
  };
  /** usersync's shares of Cognito's quotas (`COGNITO_SHARES`, `COGNITO_PRIORITY_PERCENT`). */
  quotas: {
    /** Calls a second per category; unlisted categories keep `DEFAULT_SHARES`. */
    shares: Partial<Record<QuotaCategory, number>>;
    /** The part of each share the change feed and jobs may fill. */
    priorityPercent: Partial<Record<'feed' | 'jobs', number>>;
  };
  /** @default `info` */
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where the webhook forwarder POSTs every event, signed with `webhookSecret`. @default [] */
  webhookUrls: string[];
  webhookSecret: string | undefined;
  /** A Secrets Manager secret holding {@link Config.webhookSecret}, read at start instead. */
  webhookSecretArn: string | undefined;
  /** Where users are kept. @default `postgres` */
  userStore: 'postgres' | 'dynamodb';
  /** The DynamoDB store's table and attribute names (used with `userStore: 'dynamodb'`). */
  dynamodb: {
    usersTable: string | undefined;
    endpoint: string | undefined;
    /** @default `userId` */
    keyAttribute: string;
    /** Which attribute holds each claim. @default developerId, userType, companyName */
    claimAttributes: { developerId: string; userType: string; companyName: string };
    /** @default `profile` */
    profileAttribute: string;
  };
  /** Fields the profile provisioner gives every new user's profile. @default `{}` */
  profileDefaults: Record<string, unknown>;
  events: {
    /** The EventBridge bus the relay publishes to; `undefined` when not on AWS. */
    busName: string | undefined;
    /** How often the relay polls when no NOTIFY wakes it. @default 1_000 */
    relayPollMs: number;
    /** Attempts before the relay parks an event. @default 12 */
    outboxMaxAttempts: number;
    /** Days published events and consumers' records are kept. @default 7 */
    retentionDays: number;
  };
  /** How long PreTokenGeneration waits for the DB before it uses the cached claims. @default 1_500 */
  preTokenBudgetMs: number;
  /**
   * What a token carries when the store does not answer: `none`, no claims; `cache`, the
   * claims cached in Cognito's custom attributes, which is safe only where no app client
   * can write them. @default `none`
   */
  tokenClaimsFallback: 'none' | 'cache';
  local: {
    /** @default 9229 */
    cognitoPort: number;
    /** @default 5433 */
    dbPort: number;
    /** The fixed confirmation and reset code of the local stack. @default `123456` */
    code: string;
    /** The local stack's own admin, made at its first start (`LOCAL_ADMIN_EMAIL`). */
    admin: { email: string; password: string } | undefined;
    /** How long a challenge's session lasts on the local stack, in seconds. @default 180 */
    authSessionSeconds: number;
    /** The local SQS (fauxqs) port. @default 9324 */
    sqsPort: number;
    /** dynalite's port (0: a free one). */
    dynamodbPort: number;
  };
}

/** Whether a variable was given (not unset, not blank). */
function given(env: NodeJS.ProcessEnv, name: string): boolean {
  return (env[name] ?? '').trim() !== '';
}

/**
 * Settles what both the configuration file and a variable can say, one way each: the file's
 * `store` and `schema` over `USER_STORE` and `DATABASE_SCHEMA` (both given and different is
 * `CONFIG_INVALID`), and the file's claims feed the DynamoDB claim attributes, which
 * `DYNAMODB_CLAIM_ATTRIBUTES` then must not also set.
 */
function fromFile(
  file: ConfigFileSettings,
  v: Parsed,
  env: NodeJS.ProcessEnv,
): {
  store: Parsed['USER_STORE'];
  schema: string;
  claims: ClaimSet;
  claimAttributes: Parsed['DYNAMODB_CLAIM_ATTRIBUTES'];
  users: UsersMapping | undefined;
} {
  const clash = (variable: string, key: string) =>
    new UsersyncError(
      'CONFIG_INVALID',
      `Invalid configuration: ${variable} and ${file.file ?? DEFAULT_CONFIG_FILE}'s ${key} both say where; keep one.`,
      { context: { variable } },
    );
  if (file.store !== undefined && given(env, 'USER_STORE') && file.store !== v.USER_STORE) {
    throw clash('USER_STORE', 'store');
  }
  if (
    file.schema !== undefined &&
    given(env, 'DATABASE_SCHEMA') &&
    file.schema !== v.DATABASE_SCHEMA
  ) {
    throw clash('DATABASE_SCHEMA', 'schema');
  }
  let claimAttributes = v.DYNAMODB_CLAIM_ATTRIBUTES;
  if (file.claims !== DEFAULT_CLAIM_SET) {
    if (given(env, 'DYNAMODB_CLAIM_ATTRIBUTES')) throw clash('DYNAMODB_CLAIM_ATTRIBUTES', 'claims');
    const attribute = (name: string, fallback: string) =>
      file.claims.find((claim) => claim.name === name)?.attribute ?? fallback;
    claimAttributes = {
      developerId: attribute('custom:developer_id', claimAttributes.developerId),
      userType: attribute('custom:user_type', claimAttributes.userType),
      companyName: attribute('custom:company_name', claimAttributes.companyName),
    };
  }
  // One way: the store reads each claim's attribute from the claim set, which the
  // variable feeds when the file defines no claims.
  const attributes: Record<string, string> = {
    'custom:developer_id': claimAttributes.developerId,
    'custom:user_type': claimAttributes.userType,
    'custom:company_name': claimAttributes.companyName,
  };
  const claims =
    file.claims === DEFAULT_CLAIM_SET && given(env, 'DYNAMODB_CLAIM_ATTRIBUTES')
      ? DEFAULT_CLAIM_SET.map((claim) => ({
          ...claim,
          attribute: attributes[claim.name] ?? claim.attribute,
        }))
      : file.claims;
  return {
    store: file.store ?? v.USER_STORE,
    schema: file.schema ?? v.DATABASE_SCHEMA,
    claims,
    claimAttributes,
    users: file.users,
  };
}

/**
 * Reads and validates usersync's environment. A bad value throws a `CONFIG_INVALID`
 * {@link UsersyncError} whose one-line message names the variable and what it takes.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = {} as Record<string, unknown>;
  for (const [name, { schema, takes }] of Object.entries(VARIABLES)) {
    const raw = env[name];
    const value = raw === undefined || raw.trim() === '' ? undefined : raw;
    const result = (schema as z.ZodMiniType).safeParse(value);
    if (!result.success) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        `Invalid configuration: ${name} must be ${takes} (got ${JSON.stringify(describe(name, raw))}).`,
        { context: { variable: name } },
      );
    }
    parsed[name] = result.data;
  }
  const fromEnv = parsed as Parsed;
  const file = fromFile(readConfigFile(fromEnv.USERSYNC_CONFIG, configBase(env)), fromEnv, env);
  const v: Parsed = {
    ...fromEnv,
    USER_STORE: file.store,
    DATABASE_SCHEMA: file.schema,
    DYNAMODB_CLAIM_ATTRIBUTES: file.claimAttributes,
  };
  if (v.USER_STORE === 'dynamodb' && file.users !== undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: the file maps a PostgreSQL users table (users), and USER_STORE is dynamodb; on DynamoDB the table is DYNAMODB_USERS_TABLE.',
      { context: { variable: 'USER_STORE' } },
    );
  }
  if (v.USER_STORE === 'dynamodb' && v.DYNAMODB_USERS_TABLE === undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: DYNAMODB_USERS_TABLE must be set when USER_STORE is dynamodb.',
      { context: { variable: 'DYNAMODB_USERS_TABLE' } },
    );
  }
  if (v.DATABASE_URL !== undefined && v.DATABASE_SECRET_ARN !== undefined) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: set DATABASE_URL or DATABASE_SECRET_ARN, not both.',
      { context: { variable: 'DATABASE_SECRET_ARN' } },
    );
  }
  if (
    v.WEBHOOK_URLS.length > 0 &&
    v.WEBHOOK_SECRET === undefined &&
    v.WEBHOOK_SECRET_ARN === undefined
  ) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      'Invalid configuration: WEBHOOK_SECRET (or WEBHOOK_SECRET_ARN) must be set when WEBHOOK_URLS is.',
      {
        context: { variable: 'WEBHOOK_SECRET' },
      },
    );
  }
  return {
    databaseUrl: v.DATABASE_URL,
    databaseSecretArn: v.DATABASE_SECRET_ARN,
    databaseHost: v.DATABASE_HOST,
    databaseTls: v.DATABASE_TLS,
    databasePoolMax: v.DATABASE_POOL_MAX,
    databaseSchema: v.DATABASE_SCHEMA,
    claims: file.claims,
    users: file.users,
    dataDir: path.resolve(v.USERSYNC_DATA_DIR),
    cognito: {
      userPoolId: v.COGNITO_USER_POOL_ID,
      clientId: v.COGNITO_CLIENT_ID,
      clientSecret: v.COGNITO_CLIENT_SECRET,
      refreshTokenRotation: v.REFRESH_TOKEN_ROTATION === 'on',
      endpoint: v.COGNITO_ENDPOINT,
      region: v.AWS_REGION,
    },
    api: {
      port: v.PORT,
      host: v.HOST,
      corsOrigins: v.CORS_ORIGINS,
      totpIssuer: v.TOTP_ISSUER,
      syncFunctionName: v.SYNC_FUNCTION_NAME,
      consumerQueues: v.CONSUMER_QUEUES,
      trustProxy: v.TRUST_PROXY,
      authRateLimitPerIp: v.AUTH_RATE_LIMIT_PER_IP,
      authRateLimitPerEmail: v.AUTH_RATE_LIMIT_PER_EMAIL,
      authFailuresPerEmail: v.AUTH_FAILURES_PER_EMAIL,
    },
    quotas: { shares: v.COGNITO_SHARES, priorityPercent: v.COGNITO_PRIORITY_PERCENT },
    logLevel: v.LOG_LEVEL,
    preTokenBudgetMs: v.PRE_TOKEN_DB_BUDGET_MS,
    tokenClaimsFallback: v.TOKEN_CLAIMS_FALLBACK,
    events: {
      busName: v.EVENT_BUS_NAME,
      relayPollMs: v.RELAY_POLL_MS,
      outboxMaxAttempts: v.OUTBOX_MAX_ATTEMPTS,
      retentionDays: v.RETENTION_DAYS,
    },
    local: {
      cognitoPort: v.COGNITO_LOCAL_PORT,
      dbPort: v.LOCAL_DB_PORT,
      code: v.USERSYNC_LOCAL_CODE,
      admin:
        v.LOCAL_ADMIN_EMAIL === undefined
          ? undefined
          : { email: v.LOCAL_ADMIN_EMAIL, password: v.LOCAL_ADMIN_PASSWORD },
      authSessionSeconds: v.LOCAL_AUTH_SESSION_SECONDS,
      sqsPort: v.LOCAL_SQS_PORT,
      dynamodbPort: v.LOCAL_DYNAMODB_PORT,
    },
    profileDefaults: v.PROFILE_DEFAULTS,
    webhookUrls: v.WEBHOOK_URLS,
    webhookSecret: v.WEBHOOK_SECRET,
    webhookSecretArn: v.WEBHOOK_SECRET_ARN,
    userStore: v.USER_STORE,
    dynamodb: {
      usersTable: v.DYNAMODB_USERS_TABLE,
      endpoint: v.DYNAMODB_ENDPOINT,
      keyAttribute: v.DYNAMODB_KEY_ATTRIBUTE,
      claimAttributes: v.DYNAMODB_CLAIM_ATTRIBUTES,
      profileAttribute: v.DYNAMODB_PROFILE_ATTRIBUTE,
    },
  };
}

/**
 * A setting something cannot run without: its value, or `CONFIG_INVALID` naming the
 * variable (and, when given, what it is needed for: "for the relay").
 */
export function requiredSetting<T>(value: T | undefined, variable: string, why?: string): T {
  if (value !== undefined) return value;
  throw new UsersyncError(
    'CONFIG_INVALID',
    `Invalid configuration: ${variable} must be set${why === undefined ? '' : ` ${why}`}.`,
    { context: { variable } },
  );
}

/** Secrets are never echoed back, not even when they are wrong. */
function describe(name: string, raw: string | undefined): string {
  if (raw === undefined) return '';
  if (name.includes('SECRET') || name === 'DATABASE_URL') return '<hidden>';
  return raw;
}
