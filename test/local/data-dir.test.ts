import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { currentLockOwner, lockDataDir } from '../../src/local/data-dir.ts';
import { readLocalFile } from '../../src/local/local-file.ts';

describe('data directory lock', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('lets one holder in, refuses the next with the holder named, and frees on release', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-lock-'));
    dirs.push(dir);
    const release = await lockDataDir(dir, 'first');
    expect(await currentLockOwner(dir)).toMatchObject({ pid: process.pid, purpose: 'first' });
    const refused = await lockDataDir(dir, 'second').catch((error: unknown) => error);
    expect(isUsersyncError(refused, 'DATA_DIR_LOCKED')).toBe(true);
    expect((refused as Error).message).toContain('in use by first');
    expect((refused as Error).message).toContain(path.join(dir, 'usersync.lock'));
    await release();
    await release();
    expect(await currentLockOwner(dir)).toBeUndefined();
    const again = await lockDataDir(dir, 'third');
    await again();
  });

  it('takes over at once a lock whose holder is dead, and reads no local.json of a dead stack', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-lock-'));
    dirs.push(dir);
    // A holder killed outright: its lock and local.json stay, its pid is gone.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    const release = await lockDataDir(dir, 'killed');
    await writeFile(
      path.join(dir, 'usersync.lock.json'),
      JSON.stringify({ pid: child.pid, startedAt: new Date().toISOString(), purpose: 'killed' }),
    );
    await writeFile(path.join(dir, 'local.json'), JSON.stringify({ apiUrl: 'http://gone' }));
    expect(await readLocalFile(dir)).toEqual({ apiUrl: 'http://gone' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await currentLockOwner(dir)).toBeUndefined();
    expect(await readLocalFile(dir)).toBeUndefined();
    const taken = await lockDataDir(dir, 'next');
    expect(await currentLockOwner(dir)).toMatchObject({ pid: process.pid, purpose: 'next' });
    await taken();
    await release();
  });
});
