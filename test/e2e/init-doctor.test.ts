import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../support/databases.ts';
import { runCli } from '../support/local-stack.ts';
import { STAGING } from '../../support/team-tables.ts';
import { startTestStack, type TestStack } from '../support/test-stack.ts';

interface DoctorReport {
  ok: boolean;
  checks: { check: string; ok: boolean; detail: string; fix?: string }[];
}

/**
 * What a team runs on a copy of its database, as the staging team would:
 * `usersync init --yes`, `usersync doctor` (with the fix for each miss), `db migrate`,
 * `db adopt` (printed, then applied), `doctor` again, and `npm start`, and doctor once more
 * with the pool there.
 */
describe('init, doctor and db adopt on a copy of a team database', () => {
  let team: pg.Client;
  let url: string;
  let drop: () => Promise<void>;
  let dir: string;
  let file: string;
  let stack: TestStack | undefined;

  beforeAll(async () => {
    const scratch = await createPostgresDatabase();
    ({ url, drop } = scratch);
    team = new pg.Client({ connectionString: url });
    await team.connect();
    await team.query(STAGING.ddl);
    // Two rows of one person in different case: what stops the email index.
    await team.query(`insert into users (email, cognito_sub) values
      ('Dup@example.com', 'production-1'), ('dup@example.com', 'production-2'),
      ('solo@example.com', 'production-3')`);
    dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-init-'));
    file = path.join(dir, 'usersync.config.json');
  });
  afterAll(async () => {
    await stack?.close();
    await team?.end();
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  const env = () => ({
    PATH: process.env['PATH'],
    DATABASE_URL: url,
    USERSYNC_CONFIG: file,
    USERSYNC_DATA_DIR: path.join(dir, 'data'),
    ...stack?.env,
  });
  const cli = (...args: string[]) => runCli(['--json', ...args], env());

  it('init proposes the mapping from the names it recognises, writes it, and writes nothing else', async () => {
    const before = await team.query(`select count(*)::int as n from pg_class`);
    const noTerminal = await runCli(['init'], env());
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('--yes');
    const init = await cli('init', '--yes');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ store: 'postgres', claims: {} });
    expect(written['users']).toEqual(STAGING.file.users);
    expect((await team.query(`select count(*)::int as n from pg_class`)).rows).toEqual(before.rows);
    const again = await cli('init', '--yes');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
  });

  it('doctor lists each miss with its fix, and exits 1', async () => {
    const doctor = await cli('doctor');
    expect(doctor.code).toBe(1);
    const report = JSON.parse(doctor.stdout) as DoctorReport;
    const byName = Object.fromEntries(report.checks.map((check) => [check.check, check]));
    expect(byName['database']).toMatchObject({ ok: true });
    expect(byName['columns']).toMatchObject({ ok: true });
    expect(byName['schema migrated']).toMatchObject({ ok: false, fix: 'Run usersync db migrate.' });
    expect(byName['sub index']).toMatchObject({ ok: false });
    expect(byName['email index']?.detail).toContain('d***@example.com (2)');
    expect(doctor.stdout).not.toContain('dup@example.com');
    expect(byName['user pool']).toMatchObject({ ok: false });
  });

  it('db adopt prints the indexes, and applies them once the duplicates are resolved', async () => {
    expect((await cli('db', 'migrate')).code).toBe(0);
    const printed = await cli('db', 'adopt');
    expect(printed.code).toBe(0);
    const plan = JSON.parse(printed.stdout) as {
      statements: { sql: string }[];
      duplicateEmails: unknown[];
      applied: boolean;
    };
    expect(plan.applied).toBe(false);
    expect(plan.statements.map((statement) => statement.sql)).toEqual([
      'create unique index concurrently if not exists "users_cognito_sub_usersync_key" on "public"."users" ("cognito_sub");',
      'create unique index concurrently if not exists "users_email_lower_usersync_key" on "public"."users" (lower("email"));',
    ]);
    expect(plan.duplicateEmails).toEqual([{ email: 'd***@example.com', rows: 2 }]);
    const refused = await cli('db', 'adopt', '--apply');
    expect(refused.code).not.toBe(0);
    await team.query(
      `update users set email = 'dup2@example.com' where cognito_sub = 'production-2'`,
    );
    const applied = await cli('db', 'adopt', '--apply');
    expect(applied.code).toBe(0);
    expect(JSON.parse((await cli('db', 'adopt')).stdout)).toMatchObject({ statements: [] });
  }, 90_000);

  it('doctor holds on every check once the stack runs on the database', async () => {
    stack = await startTestStack({ DATABASE_URL: url, USERSYNC_CONFIG: file });
    const doctor = await cli('doctor');
    const report = JSON.parse(doctor.stdout) as DoctorReport;
    expect(
      report.checks.filter((check) => !check.ok),
      doctor.stdout,
    ).toEqual([]);
    expect(doctor.code).toBe(0);
  });
});
