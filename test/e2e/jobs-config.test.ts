import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEmbedded } from '../../src/local/open-database.ts';
import { runCli } from '../support/local-stack.ts';

const JOBS = [['sync'], ['backfill-claims'], ['import-profiles'], ['migrate-guests']];

describe('job commands without a pool or credentials', () => {
  let dataDir: string;
  let home: string;
  // An environment with nothing AWS in it: no credentials, no profile, no instance role.
  const env = () => ({
    PATH: process.env['PATH'],
    HOME: home,
    USERSYNC_DATA_DIR: dataDir,
    AWS_EC2_METADATA_DISABLED: 'true',
    LOG_LEVEL: 'silent',
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'usersync-jobs-'));
    home = await mkdtemp(path.join(tmpdir(), 'usersync-home-'));
    const migrated = await runCli(['db', 'migrate'], env());
    expect(migrated.code).toBe(0);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(home, { recursive: true, force: true });
  });

  it.each(JOBS)('%s exits 1 naming what to set when there is no pool', async (command) => {
    const result = await runCli([command], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No user pool: set COGNITO_USER_POOL_ID');
    // A stack running on another data directory is found by naming it.
    expect(result.stderr).toContain(`No local stack runs on the data directory ${dataDir}`);
    expect(result.stderr).toContain('set USERSYNC_DATA_DIR to that directory');
  });

  it.each(JOBS)(
    '%s exits 1 with a clear message when there are no credentials, writing nothing',
    async (command) => {
      const result = await runCli([command], { ...env(), COGNITO_USER_POOL_ID: 'us-east-1_Abc' });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No AWS credentials');
      expect(result.stderr).toContain('[CONFIG_INVALID]');
    },
  );

  it('left no run behind', async () => {
    const handle = await connectEmbedded(dataDir, 'the test', 'usersync');
    try {
      expect(await handle.db.selectFrom('sync_runs').selectAll().execute()).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
