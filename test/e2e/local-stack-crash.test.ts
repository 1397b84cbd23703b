import { afterAll, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/local/local-file.ts';
import { removeDataDir, startStack, stopStack, type RunningStack } from '../support/local-stack.ts';

const PASSWORD = 'Corr3ct-Horse!';
// The /auth counters live in the stack's database and outlast a restart: this file sends
// more than a minute's per-address budget from 127.0.0.1.
const LIMITS = { AUTH_RATE_LIMIT_PER_IP: '1000' };

async function post(
  stack: RunningStack,
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.info.apiUrl}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : JSON.parse(text) };
}

/**
 * `usersync dev` crashed and stopped on purpose, with work in flight: nothing is left that
 * blocks the next start, the emulator's state stays whole, and users confirmed without a
 * row heal at their first sign-in.
 */
describe('the local stack under crashes and concurrent use', () => {
  let stack: RunningStack | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    if (stack !== undefined) await stopStack(stack);
    if (dataDir !== undefined) await removeDataDir(dataDir);
  });

  it('restarts at once after SIGKILL with confirms in flight, and the confirmed users heal at sign-in', async () => {
    stack = await startStack(undefined, 90_000, LIMITS);
    dataDir = stack.dataDir;
    const emails = Array.from({ length: 10 }, (_, i) => `killed${i}@example.com`);
    for (const email of emails) {
      expect((await post(stack, '/auth/signup', { email, password: PASSWORD })).status).toBe(201);
    }
    const code = stack.info.code;
    const confirms = emails.map((email) =>
      post(stack!, '/auth/confirm', { email, code }).catch(() => undefined),
    );
    await Promise.race(confirms);
    const exited = new Promise((resolve) => stack!.child.once('exit', resolve));
    stack.child.kill('SIGKILL');
    await exited;
    await Promise.all(confirms);
    // A dead stack's local.json describes nothing that runs.
    expect(await readLocalFile(dataDir)).toBeUndefined();

    // The next start takes the dead holder's lock at once.
    stack = await startStack(dataDir, 60_000, LIMITS);
    for (const email of emails) {
      // Not confirmed before the kill: confirm now. Confirmed: the code is spent.
      await post(stack, '/auth/confirm', { email, code });
      const login = await post(stack, '/auth/login', { email, password: PASSWORD });
      expect(login.status, email).toBe(200);
      const me = await fetch(`${stack.info.apiUrl}/me`, {
        headers: { authorization: `Bearer ${login.body['idToken'] as string}` },
      });
      expect(me.status, email).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe(email);
    }
  }, 120_000);

  it("keeps the emulator's state whole under twenty concurrent confirms, so the next start works", async () => {
    const running = stack!;
    const emails = Array.from({ length: 20 }, (_, i) => `together${i}@example.com`);
    await Promise.all(
      emails.map((email) => post(running, '/auth/signup', { email, password: PASSWORD })),
    );
    const confirmed = await Promise.all(
      emails.map((email) => post(running, '/auth/confirm', { email, code: running.info.code })),
    );
    expect(confirmed.map((result) => result.status)).toEqual(emails.map(() => 200));
    expect(await stopStack(running)).toBe(0);
    stack = await startStack(dataDir, 60_000, LIMITS);
    for (const email of emails) {
      expect((await post(stack, '/auth/login', { email, password: PASSWORD })).status).toBe(200);
    }
  }, 120_000);

  it('stops within its deadline on SIGTERM with requests in flight', async () => {
    const running = stack!;
    const inFlight = Array.from({ length: 60 }, (_, i) =>
      post(running, '/auth/signup', {
        email: `inflight${i}@example.com`,
        password: PASSWORD,
      }).catch(() => undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    // stopStack sends SIGKILL after 15 s: an exit code means it stopped by itself.
    const code = await stopStack(running, 15_000);
    await Promise.all(inFlight);
    expect([0, 1]).toContain(code);
    expect(await readLocalFile(dataDir!)).toBeUndefined();
    stack = undefined;
  }, 60_000);
});
