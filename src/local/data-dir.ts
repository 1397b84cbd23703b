import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { UsersyncError } from '../domain/errors.ts';

/** How long a lock whose holder stopped refreshing it (a killed process) is honoured. */
const STALE_MS = 10_000;

/** The lock's directory inside a data directory. */
export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'usersync.lock');
}

/** Who holds a data directory's lock, as written beside it. */
export interface LockOwner {
  pid: number;
  startedAt: string;
  purpose: string;
}

/** Releases a lock taken by {@link lockDataDir}; safe to call twice. */
export type ReleaseLock = () => Promise<void>;

/**
 * Takes the data directory's exclusive lock (creating the directory). Two processes never
 * open the same embedded data directory: the second gets a `DATA_DIR_LOCKED` error that
 * names the lock and its holder. A lock whose holder is no longer alive is taken over.
 */
export function lockDataDir(
  dataDir: string,
  purpose: string,
  onCompromised: (error: Error) => void = (error) =>
    process.emitWarning(`usersync: the data directory's lock was lost: ${error.message}`),
): Promise<ReleaseLock> {
  return takeLock(dataDir, purpose, onCompromised, true);
}

async function takeLock(
  dataDir: string,
  purpose: string,
  onCompromised: (error: Error) => void,
  mayTakeOver: boolean,
): Promise<ReleaseLock> {
  await mkdir(dataDir, { recursive: true });
  const ownerFile = `${lockPath(dataDir)}.json`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath(dataDir),
      stale: STALE_MS,
      update: STALE_MS / 2,
      retries: 0,
      realpath: false,
      // A lost lock (the machine slept past `stale`) must not crash a running stack; it is
      // reported.
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = await readOwner(ownerFile);
    if (owner !== undefined && !isAlive(owner.pid) && mayTakeOver) {
      // Its holder is dead (killed outright): the lock is taken over at once, not after
      // the staleness window.
      await rm(lockPath(dataDir), { recursive: true, force: true });
      await rm(ownerFile, { force: true });
      return takeLock(dataDir, purpose, onCompromised, false);
    }
    const holder = owner ? ` by ${owner.purpose} (pid ${owner.pid}, since ${owner.startedAt})` : '';
    throw new UsersyncError(
      'DATA_DIR_LOCKED',
      `The data directory ${dataDir} is in use${holder}: lock ${lockPath(dataDir)} is held. ` +
        `Stop that process, or set USERSYNC_DATA_DIR to another directory.`,
      { cause: error, context: { dataDir, owner } },
    );
  }
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), purpose };
  await writeFile(ownerFile, JSON.stringify(owner));
  let released: Promise<void> | undefined;
  return () =>
    (released ??= rm(ownerFile, { force: true }).then(() => release().catch(() => undefined)));
}

/** The lock's holder, if the directory is locked by a live process. */
export async function currentLockOwner(dataDir: string): Promise<LockOwner | undefined> {
  const locked = await lockfile
    .check(dataDir, { lockfilePath: lockPath(dataDir), stale: STALE_MS, realpath: false })
    .catch(() => false);
  if (!locked) return undefined;
  const owner = await readOwner(`${lockPath(dataDir)}.json`);
  return owner !== undefined && isAlive(owner.pid) ? owner : undefined;
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockOwner;
  } catch (error) {
    // No owner file: the lock is being taken or released right now. Anything else is odd.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      process.emitWarning(`usersync: cannot read the lock's owner file ${file}: ${String(error)}`);
    }
    return undefined;
  }
}
