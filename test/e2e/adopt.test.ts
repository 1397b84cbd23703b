import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import bcrypt from 'bcryptjs';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../support/databases.ts';
import { runCli } from '../support/local-stack.ts';
import { AURORA, SUB_KEYED, type TeamTable } from '../../support/team-tables.ts';
import {
  adminCreateUser,
  call,
  emulatorClient,
  startTestStack,
  type TestStack,
} from '../support/test-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';

/** A scratch PostgreSQL database holding a team's tables, and the local stack on it. */
interface TeamStack {
  stack: TestStack;
  /** A client of the team's database, as the team's own code would use it. */
  team: pg.Client;
  close(): Promise<void>;
}

/**
 * Makes `table`'s schema in a scratch database, lets `seed` fill it, writes its
 * usersync.config.json, and starts the local stack on it (DATABASE_URL and the file).
 */
async function startOnTeamDatabase(
  table: TeamTable,
  seed: (team: pg.Client) => Promise<void>,
): Promise<TeamStack> {
  const scratch = await createPostgresDatabase();
  const team = new pg.Client({ connectionString: scratch.url });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-adopt-'));
  let stack: TestStack | undefined;
  const close = async () => {
    await stack?.close();
    await team.end();
    await scratch.drop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await team.connect();
    await team.query(table.ddl);
    await seed(team);
    const file = path.join(dir, 'usersync.config.json');
    await writeFile(file, JSON.stringify({ store: 'postgres', ...table.file }));
    stack = await startTestStack({ DATABASE_URL: scratch.url, USERSYNC_CONFIG: file });
    return { stack, team, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A team's own database, as the Aurora team has it (a VARCHAR key, the Cognito id
 * and the email NOT NULL and unique, five claim columns, an app table pointing at users),
 * with a staging row whose Cognito id is stale: `npm start` on DATABASE_URL and the file,
 * then sign-up, claims typed, the reconcile's remap, and erase, as a team runs them.
 */
describe("the local stack on a team's own users table", () => {
  let stack: TestStack;
  let team: pg.Client;
  let opened: TeamStack | undefined;

  beforeAll(async () => {
    opened = await startOnTeamDatabase(AURORA, async (client) => {
      // A staging copy: the row's Cognito id is production's, and a project points at it.
      await client.query(`insert into users (id, cognito_id, email, name)
        values ('legacy-1', 'production-sub-1', 'copied@example.com', 'Copied');
        insert into projects (owner_id, name) values ('legacy-1', 'kept')`);
    });
    ({ stack, team } = opened);
  });
  afterAll(async () => {
    await opened?.close();
  });

  const cli = (...args: string[]) =>
    runCli(['--json', ...args], { PATH: process.env['PATH'], ...stack.env });

  it('signs up into a row of their table, with its key made by usersync', async () => {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'team@example.com', password: PASSWORD, name: 'Tea M' },
    });
    expect(signup.status).toBe(201);
    const { sub } = signup.body as { sub: string };
    await call(stack, 'POST', '/auth/confirm', {
      body: { email: 'team@example.com', code: stack.info.code },
    });
    const { rows } = await team.query('select * from users where cognito_id = $1', [sub]);
    expect(rows).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: 'team@example.com',
        name: 'Tea M',
        beta: false,
        groups: [],
      }),
    ]);
  });

  it('carries their claims, typed, from their columns into tokens and /me', async () => {
    const set = await cli(
      'user',
      'set',
      'team@example.com',
      '--claim',
      'tenant_id=t-1',
      '--claim',
      'seats=12',
      '--claim',
      'beta=true',
      '--claim',
      'groups=ops,billing',
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const { rows } = await team.query(
      `select tenant_id, seats, beta, groups from users where email = 'team@example.com'`,
    );
    expect(rows).toEqual([{ tenant_id: 't-1', seats: 12, beta: true, groups: ['ops', 'billing'] }]);

    const login = await call(stack, 'POST', '/auth/login', {
      body: { email: 'team@example.com', password: PASSWORD },
    });
    const { idToken } = login.body as { idToken: string };
    // cognito-local sends V1 events: the id token's claims are text.
    expect(decomposeUnverifiedJwt(idToken).payload).toMatchObject({
      tenant_id: 't-1',
      seats: '12',
      beta: 'true',
      groups: 'ops,billing',
      'usersync:claims': 'db',
    });
    const claims = { tenant_id: 't-1', seats: 12, beta: true, groups: ['ops', 'billing'] };
    const fromToken = await call(stack, 'GET', '/me/claims', { token: idToken });
    expect(fromToken.body).toMatchObject({ claims, source: 'token' });
    const me = await call(stack, 'GET', '/me', { token: idToken });
    expect(me.body).toMatchObject({ email: 'team@example.com', claims });
  });

  it("remaps the staging row's stale Cognito id by email, and its project stays with it", async () => {
    const client = emulatorClient(stack.info.cognitoEndpoint);
    const sub = await adminCreateUser(client, stack.info.userPoolId, 'copied@example.com');
    client.destroy();
    const dry = await cli('sync', '--dry-run');
    expect(JSON.parse(dry.stdout)).toMatchObject({ counts: { linked: 1, failed: 0 } });
    const sync = await cli('sync');
    expect(sync.code).toBe(0);
    expect(JSON.parse(sync.stdout)).toMatchObject({ counts: { linked: 1, failed: 0 } });
    const { rows } = await team.query(
      `select u.id, u.cognito_id, p.name from users u join projects p on p.owner_id = u.id`,
    );
    expect(rows).toEqual([{ id: 'legacy-1', cognito_id: sub, name: 'kept' }]);
  });

  it('erases what their table lets go, and says which constraint refuses the rest', async () => {
    const erase = await cli('user', 'erase', 'copied@example.com');
    // Their email column is NOT NULL: the erase is refused, and nothing changed.
    expect(erase.code).not.toBe(0);
    expect(erase.stderr).toContain('DATA_REFUSED');
    expect(erase.stderr).toContain('"email"');
    expect(erase.stderr).not.toContain('copied@example.com');
    const { rows } = await team.query(`select email from users where id = 'legacy-1'`);
    expect(rows).toEqual([{ email: 'copied@example.com' }]);
    const client = emulatorClient(stack.info.cognitoEndpoint);
    const still = await client.send(
      new AdminGetUserCommand({
        UserPoolId: stack.info.userPoolId,
        Username: 'copied@example.com',
      }),
    );
    client.destroy();
    // The Cognito user is still there: the store refused first, so nothing was deleted.
    expect(still.UserAttributes?.find((attribute) => attribute.Name === 'email')?.Value).toBe(
      'copied@example.com',
    );
  });
});

/**
 * A local table keyed by the Cognito `sub` itself, with a guest row holding a legacy bcrypt
 * hash and a document pointing at it (ON UPDATE CASCADE): the guest signs in with their old
 * password, the row takes the new `sub` as its key and the document follows; the erasure
 * clears what the mapping names and says which column it does not know.
 */
describe("the local stack on a team's table keyed by the sub", () => {
  let stack: TestStack;
  let team: pg.Client;
  let opened: TeamStack | undefined;

  beforeAll(async () => {
    opened = await startOnTeamDatabase(SUB_KEYED, async (client) => {
      const hash = await bcrypt.hash('Legacy-pa55!', 6);
      await client.query(
        `insert into app.accounts (sub, email, password_hash, is_guest, postal_address)
           values ('guest-7', 'legacy@example.com', $1, true, '1 Main St')`,
        [hash],
      );
      await client.query(
        `insert into app.documents (owner_sub, title) values ('guest-7', 'thesis')`,
      );
    });
    ({ stack, team } = opened);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('moves a legacy guest to Cognito at sign-in: the key becomes the sub, the document follows', async () => {
    const wrong = await call(stack, 'POST', '/auth/login', {
      body: { email: 'legacy@example.com', password: 'Not-the-pa55!' },
    });
    expect(wrong.status).toBe(401);
    const right = await call(stack, 'POST', '/auth/login', {
      body: { email: 'Legacy@Example.com', password: 'Legacy-pa55!' },
    });
    expect(right.status).toBe(200);
    const { sub } = decomposeUnverifiedJwt((right.body as { idToken: string }).idToken).payload;
    const { rows } = await team.query(
      `select a.sub, a.is_guest, d.owner_sub from app.accounts a join app.documents d on d.owner_sub = a.sub`,
    );
    expect(rows).toEqual([{ sub, is_guest: false, owner_sub: sub }]);
  });

  it('erases the mapped columns, marks the row deleted, and names the column it does not know', async () => {
    const erase = await runCli(['--json', 'user', 'erase', 'legacy@example.com'], {
      PATH: process.env['PATH'],
      ...stack.env,
    });
    expect(erase.stderr).toBe('');
    expect(JSON.parse(erase.stdout)).toMatchObject({
      erased: true,
      cognitoDeleted: true,
      columnsKept: ['postal_address'],
    });
    const { rows } = await team.query(
      `select email, password_hash, deleted_at is not null as deleted, postal_address from app.accounts`,
    );
    expect(rows).toEqual([
      { email: null, password_hash: null, deleted: true, postal_address: '1 Main St' },
    ]);
  });
});
