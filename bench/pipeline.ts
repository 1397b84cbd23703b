// pipeline: 50,000 events end to end on PostgreSQL — outbox → relay → local bus → fauxqs →
// consumer — counting lost and doubly applied effects; the relay alone with a no-op
// publisher; and the entries per PutEvents request against a mocked EventBridge (no
// emulator exists) under the same load.
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { sql } from 'kysely';
import { createEvent } from '../src/domain/events.ts';
import { createConsumer } from '../src/events/consumer.ts';
import { postgresLedger } from '../src/stores/postgres/ledger.ts';
import { createEventBridgePublisher } from '../src/events/eventbridge-publisher.ts';
import { createLocalBus } from '../src/events/local-bus.ts';
import type { Publisher } from '../src/events/publisher.ts';
import { createRelay } from '../src/events/relay.ts';
import { runSqsPoller } from '../src/events/sqs-poller.ts';
import { ensureQueue, localSqsClient, type LocalSqs } from '../src/local/local-sqs.ts';
import { createLogger } from '../src/logging/logger.ts';
import type { DatabaseHandle } from '../src/db/connection.ts';
import { printTable, timed, writeResult } from './results.ts';
import { scratchDatabase } from './scratch.ts';
import { postgresOutbox } from '../src/stores/postgres/outbox.ts';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 50_000);
const POLLERS = 4;
const logger = createLogger({ level: 'silent' });

/** fauxqs in a child process, so that it does not share the bench's event loop. */
async function fauxqsProcess(): Promise<LocalSqs> {
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, 'fauxqs-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`fauxqs exited ${code}`)));
  });
  const client = localSqsClient(endpoint);
  return {
    endpoint,
    client,
    stop: async () => {
      client.destroy();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Writes `count` events to the outbox with one set-based insert. */
async function fillOutbox(database: DatabaseHandle, count: number): Promise<void> {
  await sql`truncate usersync.outbox, usersync.processed_events`.execute(database.db);
  const events = Array.from({ length: count }, (_, i) =>
    createEvent('user.updated', { n: i, userId: `u${i % 1000}` }),
  );
  for (let start = 0; start < count; start += 10_000) {
    const chunk = events.slice(start, start + 10_000);
    await sql`
      insert into usersync.outbox (id, type, payload, occurred_at)
      select * from unnest(${chunk.map((e) => e.id)}::uuid[], ${chunk.map((e) => e.type)}::text[],
                           ${chunk.map((e) => JSON.stringify(e))}::jsonb[], ${chunk.map((e) => e.occurredAt)}::timestamptz[])
    `.execute(database.db);
  }
}

async function drainAll(database: DatabaseHandle, publisher: Publisher): Promise<void> {
  const relay = createRelay({
    outbox: postgresOutbox(database.db),
    publisher,
    logger,
    batchSize: 500,
  });
  await relay.drain();
}

export async function pipeline(): Promise<void> {
  const scratch = await scratchDatabase('pipeline', 10);
  const { database } = scratch;
  const sqs = await fauxqsProcess();
  try {
    await sql`create table bench_effects (event_id uuid not null)`.execute(database.db);

    // Relay alone: a publisher that does nothing.
    await fillOutbox(database, EVENTS);
    const noop: Publisher = {
      publish: (events) =>
        Promise.resolve(events.map((event) => ({ id: event.id, ok: true as const }))),
    };
    const relayMs = await timed(() => drainAll(database, noop));

    // EventBridge (mocked): how full each PutEvents request is.
    await fillOutbox(database, EVENTS);
    const eventBridge = new EventBridgeClient({ region: 'us-east-1' });
    const mock = mockClient(eventBridge);
    mock.on(PutEventsCommand).callsFake((input: { Entries?: PutEventsRequestEntry[] }) => ({
      FailedEntryCount: 0,
      Entries: (input.Entries ?? []).map((_, i) => ({ EventId: `e${i}` })),
    }));
    const puts: number[] = [];
    await drainAll(
      database,
      createEventBridgePublisher({
        client: eventBridge,
        eventBusName: 'bench',
        onPut: (n) => puts.push(n),
      }),
    );
    mock.restore();
    eventBridge.destroy();

    // End to end through fauxqs and the consumer.
    await fillOutbox(database, EVENTS);
    const pair = await ensureQueue(sqs.client, 'bench-pipeline', { visibilityTimeoutSeconds: 30 });
    const controller = new AbortController();
    const consumer = createConsumer({
      name: 'bench',
      ledger: postgresLedger(database.db),
      logger,
      sink: async (event) => {
        await sql`insert into bench_effects (event_id) values (${event.id}::uuid)`.execute(
          database.db,
        );
      },
    });
    const processedCount = async () =>
      Number(
        (
          await sql<{ n: string }>`select count(*) as n from usersync.processed_events`.execute(
            database.db,
          )
        ).rows[0]?.n ?? 0,
      );
    const endToEndMs = await timed(async () => {
      const pollers = Array.from({ length: POLLERS }, () =>
        runSqsPoller({
          sqs: sqs.client,
          queueUrl: pair.queueUrl,
          handler: consumer,
          logger,
          signal: controller.signal,
          waitSeconds: 1,
        }),
      );
      await drainAll(
        database,
        createLocalBus(sqs.client, [{ name: 'bench', eventTypes: '*', queueUrl: pair.queueUrl }]),
      );
      while ((await processedCount()) < EVENTS)
        await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      await Promise.all(pollers);
    });
    const { rows } = await sql<{ total: string; distinct: string }>`
      select count(*) as total, count(distinct event_id) as distinct from bench_effects
    `.execute(database.db);
    const applied = Number(rows[0]?.total ?? 0);
    const distinct = Number(rows[0]?.distinct ?? 0);

    const result = {
      events: EVENTS,
      endToEndPerSec: Math.round((EVENTS / endToEndMs) * 1000),
      relayOnlyPerSec: Math.round((EVENTS / relayMs) * 1000),
      avgEntriesPerPutEvents: Number((puts.reduce((a, b) => a + b, 0) / puts.length).toFixed(2)),
      lost: EVENTS - distinct,
      duplicatesApplied: applied - distinct,
      pollers: POLLERS,
    };
    printTable('pipeline', [
      {
        measure: 'end to end (outbox → relay → local bus → fauxqs → consumer), events/s',
        value: result.endToEndPerSec,
      },
      { measure: 'relay alone (no-op publisher), events/s', value: result.relayOnlyPerSec },
      {
        measure: 'entries per PutEvents (mocked EventBridge)',
        value: result.avgEntriesPerPutEvents,
      },
      { measure: 'lost', value: result.lost },
      { measure: 'duplicates applied', value: result.duplicatesApplied },
    ]);
    await writeResult('pipeline', result);
  } finally {
    await sqs.stop();
    await scratch.drop();
  }
}
