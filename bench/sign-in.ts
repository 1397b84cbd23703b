// sign-in: what usersync's triggers add to a sign-in. On the local stack, the same pool and
// the same users sign in through the API (`POST /auth/login`) with usersync's sign-in
// triggers (PostAuthentication and PreTokenGeneration: the store read, the claims, the
// cache kept in step), and with those two swapped for handlers that answer the event
// unchanged, in alternating rounds so that both see the same machine. Without triggers a
// sign-in still pays cognito-local's call of a trigger (on AWS, Lambda's own invoke): the
// difference is usersync's work in them. Warm: each user has signed in once before.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { startLocalStack } from '../src/local/stack.ts';
import { createLogger } from '../src/logging/logger.ts';
import { TRIGGERS } from '../src/triggers/index.ts';
import type { TriggerHandler } from '../src/triggers/types.ts';
import { localStackEnv } from '../support/local-stack-env.ts';
import { printTable, writeResult } from './results.ts';

const USERS = 20;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const PER_ROUND = 20;
const PASSWORD = 'Correct-Horse-9';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function signIn(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-sign-in-'));
  const config = loadConfig(
    await localStackEnv(dataDir, {
      AUTH_RATE_LIMIT_PER_IP: '100000',
      AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    }),
  );
  const stack = await startLocalStack(config, createLogger({ level: 'silent' }));
  const api = stack.info.apiUrl;
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${api}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${route} answered ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  try {
    const emails = Array.from({ length: USERS }, (_, i) => `signin${i}@example.com`);
    for (const [i, email] of emails.entries()) {
      const { sub } = await post('/auth/signup', { email, password: PASSWORD });
      await post('/auth/confirm', { email, code: stack.info.code });
      const user = await stack.store.users.userBySub(String(sub));
      if (user === undefined) throw new Error('no row after sign-up');
      await stack.store.users.setClaims(user.id, {
        'custom:developer_id': `dev-${i}`,
        'custom:user_type': 'partner',
        'custom:company_name': 'Acme',
      });
      // Warm: the first sign-in writes the cache; the ones measured find it in step.
      await post('/auth/login', { email, password: PASSWORD });
    }
    const names = new Set(
      TRIGGERS.filter(({ trigger }) =>
        ['PostAuthentication', 'PreTokenGeneration'].includes(trigger),
      ).map(({ functionName }) => functionName),
    );
    const usersync = new Map([...stack.triggers].filter(([name]) => names.has(name)));
    const passThrough: TriggerHandler = (event) => Promise.resolve(event);
    const timings = { with: [] as number[], without: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const phase of round % 2 === 0
        ? (['with', 'without'] as const)
        : (['without', 'with'] as const)) {
        for (const [name, handler] of usersync)
          stack.triggers.set(name, phase === 'with' ? handler : passThrough);
        for (let n = 0; n < PER_ROUND; n++) {
          const email = emails[(round * PER_ROUND + n) % USERS] ?? '';
          const started = performance.now();
          const tokens = await post('/auth/login', { email, password: PASSWORD });
          timings[phase].push(performance.now() - started);
          if (typeof tokens['idToken'] !== 'string') throw new Error('no token');
        }
      }
    }
    for (const [name, handler] of usersync) stack.triggers.set(name, handler);
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    };
    const withTriggers = stats(timings.with);
    const without = stats(timings.without);
    const round1 = (value: number) => Math.round(value * 10) / 10;
    const result = {
      signInsEach: timings.with.length,
      addedP50Ms: round1(withTriggers.p50 - without.p50),
      addedP99Ms: round1(withTriggers.p99 - without.p99),
      withTriggers: { p50Ms: round1(withTriggers.p50), p99Ms: round1(withTriggers.p99) },
      withoutTriggers: { p50Ms: round1(without.p50), p99Ms: round1(without.p99) },
    };
    printTable('sign-in: POST /auth/login on the local stack, warm', [
      { measure: "with usersync's sign-in triggers, p50 ms", value: result.withTriggers.p50Ms },
      { measure: "with usersync's sign-in triggers, p99 ms", value: result.withTriggers.p99Ms },
      { measure: 'with pass-through triggers, p50 ms', value: result.withoutTriggers.p50Ms },
      { measure: 'with pass-through triggers, p99 ms', value: result.withoutTriggers.p99Ms },
      { measure: 'added by usersync at p50, ms (target ≤ 15)', value: result.addedP50Ms },
      { measure: 'added by usersync at p99, ms', value: result.addedP99Ms },
    ]);
    await writeResult('sign-in', result);
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
