// delivery: on the local stack, the time from an event's commit to its consumer, on the
// immediate path: the relay polling the outbox every 200 ms (as the relay Lambda does for
// its whole minute), the local bus, fauxqs, the consumer's poller, and a webhook receiver
// that notes each arrival. Events are committed one at a time, 25 ms apart, so each waits
// for a poll as a real one would. Targets: p50 under 200 ms, p99 under 2 s.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { enqueueEvent } from '../src/db/outbox.ts';
import { createEvent } from '../src/domain/events.ts';
import { startLocalStack } from '../src/local/stack.ts';
import { createLogger } from '../src/logging/logger.ts';
import { printTable, writeResult } from './results.ts';
import { localStackEnv } from '../support/local-stack-env.ts';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 400);
const SPACING_MS = 25;
/** The relay Lambda's poll interval (infra/lib/usersync-stack.ts). */
const RELAY_POLL_MS = 200;
const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function delivery(): Promise<void> {
  const arrivals = new Map<string, number>();
  const receiver: Server = createServer((request, response) => {
    const id = String(request.headers['webhook-id'] ?? '');
    if (!arrivals.has(id)) arrivals.set(id, performance.now());
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-delivery-'));
  const config = loadConfig(
    await localStackEnv(dataDir, {
      RELAY_POLL_MS: String(RELAY_POLL_MS),
      WEBHOOK_URLS: hook,
      WEBHOOK_SECRET: SECRET,
    }),
  );
  const stack = await startLocalStack(config, createLogger({ level: 'silent' }));
  const commits = new Map<string, number>();
  try {
    const { db } = stack.database;
    for (let i = 0; i < EVENTS; i++) {
      const event = createEvent('user.updated', { userId: `delivery-${i}`, n: i });
      await db.transaction().execute((trx) => enqueueEvent(trx, event, null));
      commits.set(event.id, performance.now());
      await new Promise((resolve) => setTimeout(resolve, SPACING_MS));
    }
    const deadline = Date.now() + 30_000;
    while (arrivals.size < EVENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await stack.stop();
    await new Promise((resolve) => receiver.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
  const latencies = [...commits]
    .flatMap(([id, committed]) => {
      const arrived = arrivals.get(id);
      return arrived === undefined ? [] : [arrived - committed];
    })
    .sort((a, b) => a - b);
  const result = {
    events: EVENTS,
    delivered: latencies.length,
    relayPollMs: RELAY_POLL_MS,
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies.at(-1) ?? 0),
  };
  printTable('delivery: commit → consumer, local stack', [
    { measure: 'events committed', value: result.events },
    { measure: 'events delivered', value: result.delivered },
    { measure: 'p50 ms', value: result.p50Ms },
    { measure: 'p99 ms', value: result.p99Ms },
    { measure: 'max ms', value: result.maxMs },
  ]);
  await writeResult('delivery', result);
}
