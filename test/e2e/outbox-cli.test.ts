import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/local-stack.ts';
import { call, startTestStack, type TestStack } from '../support/test-stack.ts';

/** `usersync outbox list|redrive` against the local stack's outbox and its running relay. */
describe('usersync outbox', () => {
  let stack: TestStack;
  let db: pg.Client;
  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client(stack.info.databaseUrl);
    await db.connect();
  }, 90_000);
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });
  const cli = (...args: string[]) => runCli(args, { PATH: process.env['PATH'], ...stack.env });

  it('lists a parked event with its error, refuses bad ids, and re-drives it to the relay', async () => {
    const signup = await call(stack, 'POST', '/auth/signup', {
      body: { email: 'parked@example.com', password: 'Corr3ct-Horse!' },
    });
    expect(signup.status).toBe(201);
    await call(stack, 'POST', '/auth/confirm', {
      body: { email: 'parked@example.com', code: stack.info.code },
    });
    // As the relay leaves an event EventBridge refused on its last attempt.
    const { rows } = await db.query<{ id: string }>(
      `update usersync.outbox set parked_at = now(), published_at = null, attempts = 12,
         last_error = 'EventBridge: entry size exceeds 256 KB'
       where id = (select id from usersync.outbox where type = 'user.registered' order by created_at desc limit 1)
       returning id`,
    );
    const id = rows[0]?.id ?? '';
    const listed = await cli('--json', 'outbox', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual({
      count: 1,
      events: [
        expect.objectContaining({
          id,
          type: 'user.registered',
          attempts: 12,
          error: 'EventBridge: entry size exceeds 256 KB',
        }),
      ],
    });
    expect((await cli('outbox', 'redrive', 'not-an-id')).code).toBe(2);
    expect((await cli('outbox', 'redrive')).code).toBe(2);
    const redriven = await cli('--json', 'outbox', 'redrive', '--all');
    expect(redriven.code, redriven.stderr).toBe(0);
    expect(JSON.parse(redriven.stdout)).toEqual({ redriven: 1 });
    let published: Date | null = null;
    for (let attempt = 0; attempt < 100 && published === null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      published =
        (
          await db.query<{ published_at: Date | null }>(
            'select published_at from usersync.outbox where id = $1',
            [id],
          )
        ).rows[0]?.published_at ?? null;
    }
    expect(published).toBeInstanceOf(Date);
    expect(JSON.parse((await cli('--json', 'outbox', 'list')).stdout)).toEqual({
      count: 0,
      events: [],
    });
  }, 90_000);
});
