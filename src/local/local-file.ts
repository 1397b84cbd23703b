import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { currentLockOwner } from './data-dir.ts';

/** What the local stack writes to `<data dir>/local.json` once it is ready (CONTRACT.md). */
export interface LocalStackInfo {
  apiUrl: string;
  databaseUrl: string;
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  code: string;
  /** The local SQS API (fauxqs). */
  sqsEndpoint: string;
  /** Each consumer's queue and dead-letter queue. */
  queues: Record<string, { queueUrl: string; deadLetterUrl: string }>;
  /** The local admin the console is signed in to as (`LOCAL_ADMIN_EMAIL`), when there is one. */
  adminEmail?: string;
  /** With `USER_STORE=dynamodb`: dynalite's endpoint. */
  dynamodbEndpoint?: string;
  /** With `USER_STORE=dynamodb`: the users table. */
  usersTable?: string;
}

/** The path of a data directory's `local.json`. */
export function localFilePath(dataDir: string): string {
  return path.join(dataDir, 'local.json');
}

/** Writes `local.json` atomically, so a reader never sees half of it. */
export async function writeLocalFile(dataDir: string, info: LocalStackInfo): Promise<void> {
  const file = localFilePath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(info, null, 2)}\n`);
  await rename(temporary, file);
}

/**
 * Reads `local.json` of a running stack: `undefined` when the stack is not running (no
 * live process holds the data directory's lock, so a file left by a killed stack is
 * ignored) or has not written it yet.
 */
export async function readLocalFile(dataDir: string): Promise<LocalStackInfo | undefined> {
  if ((await currentLockOwner(dataDir)) === undefined) return undefined;
  try {
    return JSON.parse(await readFile(localFilePath(dataDir), 'utf8')) as LocalStackInfo;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Removes `local.json`: a stopped stack leaves no URLs that lead nowhere. */
export async function removeLocalFile(dataDir: string): Promise<void> {
  await rm(localFilePath(dataDir), { force: true });
}

/**
 * With `USER_STORE=dynamodb` and no `DYNAMODB_USERS_TABLE`, the running local stack's
 * table (it defaults one, `usersync-users`): a CLI command then finds what `npm start`
 * made without being told its name again. Anything set is left as it is.
 */
export async function runningStackDefaults(env: NodeJS.ProcessEnv): Promise<void> {
  if (env['USER_STORE'] !== 'dynamodb' || (env['DYNAMODB_USERS_TABLE'] ?? '') !== '') return;
  const dataDir = path.resolve(env['USERSYNC_DATA_DIR'] || './.usersync');
  const running = await readLocalFile(dataDir).catch(() => undefined);
  if (running?.usersTable !== undefined) env['DYNAMODB_USERS_TABLE'] = running.usersTable;
}
