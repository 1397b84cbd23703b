import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { currentLockOwner, lockDataDir } from '../../src/local/data-dir.ts';

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
});
