import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { repairState } from '../../src/local/cognito-local.ts';
import { createLogger } from '../../src/logging/logger.ts';

const logger = createLogger({ level: 'silent' });

describe("the Cognito emulator's state files", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const stateDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-cognito-state-'));
    dirs.push(dir);
    return dir;
  };

  it('keeps the whole state of a file that overlapping writes left with trailing garbage', async () => {
    const dir = await stateDir();
    const state = { Users: { a: { Username: 'a' } }, Options: { Id: 'local_1' } };
    const longer = JSON.stringify({ ...state, Users: { a: { Username: 'a' }, b: {} } }, null, 2);
    const whole = JSON.stringify(state, null, 2);
    // What two saves at once leave: the shorter state over the start of the longer one.
    await writeFile(path.join(dir, 'local_1.json'), whole + longer.slice(whole.length));
    await repairState(dir, logger);
    expect(JSON.parse(await readFile(path.join(dir, 'local_1.json'), 'utf8'))).toEqual(state);
    expect((await readdir(dir)).some((name) => name.startsWith('local_1.json.damaged-'))).toBe(
      true,
    );
  });

  it('stops the start with a message naming a file it cannot read, and leaves good files be', async () => {
    const dir = await stateDir();
    await writeFile(path.join(dir, 'clients.json'), '{"Clients": {}}');
    await writeFile(path.join(dir, 'local_2.json'), 'not json at all');
    const failure = await repairState(dir, logger).catch((error: unknown) => error);
    expect(isUsersyncError(failure, 'LOCAL_STACK_FAILED')).toBe(true);
    expect((failure as Error).message).toContain(path.join(dir, 'local_2.json'));
    expect(await readFile(path.join(dir, 'clients.json'), 'utf8')).toBe('{"Clients": {}}');
  });
});
