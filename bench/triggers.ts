// triggers: the warm PreTokenGeneration handler in-process against PostgreSQL and against
// the DynamoDB store on dynalite (p50, p99; dynalite is not DynamoDB),
// the time it answers while the DB hangs (a held lock), each Lambda bundle's size, and each
// bundle's cold start: a fresh Node process importing it and serving its first event.
import { postgresStore } from '../src/stores/configured.ts';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createCognitoClient } from '../src/cognito/client.ts';
import { createCognitoGateway } from '../src/cognito/gateway.ts';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { createPreTokenGenerationHandler } from '../src/triggers/pre-token-generation.ts';
import type { CognitoTriggerEvent } from '../src/triggers/types.ts';
import { build } from 'esbuild';
import { buildLambdas, pgNotAWorker } from '../scripts/build-lambdas.ts';
import { triggerEvent } from '../support/trigger-events.ts';
import { printTable, writeResult } from './results.ts';
import { scratchDatabase, seedUsers } from './scratch.ts';
import { postgresUserStore } from '../src/stores/postgres/users.ts';
import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { dynamoStore } from '../src/stores/dynamodb/handle.ts';
import { ensureTables } from '../src/stores/dynamodb/tables.ts';
import { startDynalite } from '../support/dynalite.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';
import { AURORA } from '../support/team-tables.ts';

const USERS = 1_000;
const CALLS = Number(process.env['BENCH_CALLS'] ?? 5_000);
const BUDGET_MS = 1_500;
/** Cold starts per bundle (and as many of the empty handler): the median is reported. */
const COLD_RUNS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function coldStart(
  bundle: string,
  payload: CognitoTriggerEvent,
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.resolve(import.meta.dirname, 'cold-start.mjs'), bundle, JSON.stringify(payload)],
      {
        env,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as { ms: number; ok: boolean });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** Warms the handler with 500 calls, then times CALLS of them; the latencies, sorted. */
async function measure(
  handler: (event: CognitoTriggerEvent) => Promise<CognitoTriggerEvent>,
  events: CognitoTriggerEvent[],
): Promise<number[]> {
  for (let i = 0; i < 500; i++) await handler(events[i % events.length]!);
  const latencies: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await handler(events[i % events.length]!);
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

/**
 * The same users as items of a team's table (key `userId`, the three claim attributes) on
 * dynalite, behind the local stack's front, and the same events: one GetItem a token.
 */
async function onDynalite(subs: string[], events: CognitoTriggerEvent[]): Promise<number[]> {
  const dynamo = await startDynalite();
  try {
    // The default names: key `userId`, claims `developerId`, `userType`, `companyName`.
    const names = {
      ...loadConfig({ USER_STORE: 'dynamodb', DYNAMODB_USERS_TABLE: 'bench-users' }).dynamodb,
      usersTable: 'bench-users',
    };
    await ensureTables(dynamo.client, names);
    for (let at = 0; at < subs.length; at += 25) {
      await dynamo.client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [names.usersTable]: subs.slice(at, at + 25).map((sub, i) => ({
              PutRequest: {
                Item: marshall({
                  userId: sub,
                  developerId: `dev-${at + i}`,
                  userType: 'pro',
                  companyName: 'Acme',
                }),
              },
            })),
          },
        }),
      );
    }
    const cognitoClient = createCognitoClient({
      cognito: { endpoint: 'http://127.0.0.1:9', region: 'us-east-1' },
    });
    try {
      const handler = createPreTokenGenerationHandler({
        store: dynamoStore(dynamo.client, names, DEFAULT_CLAIM_SET).users,
        cacheWrites: dynamoStore(dynamo.client, names, DEFAULT_CLAIM_SET).cacheWrites,
        logger: createLogger({ level: 'silent' }),
        cognito: createCognitoGateway(cognitoClient),
        preTokenBudgetMs: BUDGET_MS,
        claimsFallback: 'none',
        claims: DEFAULT_CLAIM_SET,
      });
      return await measure(handler, events);
    } finally {
      cognitoClient.destroy();
    }
  } finally {
    await dynamo.stop();
  }
}

/**
 * The same handler on a team's own table (the Aurora table, mapped through
 * usersync's view, with its five claims of four types), seeded alike: the latencies, sorted.
 */
async function onMappedTable(): Promise<number[]> {
  const scratch = await scratchDatabase('triggers-mapped', 2, AURORA);
  const cognitoClient = createCognitoClient({
    cognito: { endpoint: 'http://127.0.0.1:9', region: 'us-east-1' },
  });
  try {
    const subs = await seedUsers(scratch.database, USERS, 'mapped', (i) => ({
      tenant_id: `t-${i % 50}`,
      plan: 'pro',
      seats: i % 20,
      beta: i % 2 === 0,
      groups: ['ops', 'billing'],
    }));
    const handler = createPreTokenGenerationHandler({
      store: postgresUserStore(scratch.database.db, AURORA.mapping),
      cacheWrites: postgresStore(scratch.database).cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: createCognitoGateway(cognitoClient),
      preTokenBudgetMs: BUDGET_MS,
      claimsFallback: 'none',
      claims: AURORA.claims,
    });
    // The plan's cache equal to the table: no cache refresh in the measured path.
    const events = subs.map((sub) =>
      triggerEvent('TokenGeneration_Authentication', { sub, 'custom:plan': 'pro' }),
    );
    return await measure(handler, events);
  } finally {
    cognitoClient.destroy();
    await scratch.drop();
  }
}

export async function triggers(): Promise<void> {
  const scratch = await scratchDatabase('triggers', 2);
  const { database } = scratch;
  const cognitoClient = createCognitoClient({
    cognito: { endpoint: 'http://127.0.0.1:9', region: 'us-east-1' },
  });
  try {
    const subs = await seedUsers(database, USERS, 'trigger');
    const handler = createPreTokenGenerationHandler({
      store: postgresUserStore(database.db),
      cacheWrites: postgresStore(database).cacheWrites,
      logger: createLogger({ level: 'silent' }),
      cognito: createCognitoGateway(cognitoClient),
      preTokenBudgetMs: BUDGET_MS,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    });
    // Cached attributes equal to the DB: no cache refresh in the measured path.
    const events = subs.map((sub, i) =>
      triggerEvent('TokenGeneration_Authentication', {
        sub,
        'custom:developer_id': `dev-${i}`,
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
      }),
    );
    const latencies = await measure(handler, events);
    const dynamo = await onDynalite(subs, events);
    const mapped = await onMappedTable();

    // The DB hangs: another session holds an exclusive lock on users.
    const locker = new pg.Client({ connectionString: scratch.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table usersync.users in access exclusive mode');
    const fallbackStarted = performance.now();
    await handler(events[0]!);
    const preTokenFallbackMs = performance.now() - fallbackStarted;
    await locker.query('rollback');
    await locker.end();

    const { start: bundleBytes, total: bundleBytesTotal } = await buildLambdas();
    // The floor: pg and one query, bundled as a function is.
    const floor = path.resolve(import.meta.dirname, '../dist/bench/pg-handler/index.mjs');
    await build({
      entryPoints: [path.resolve(import.meta.dirname, 'pg-handler.mjs')],
      outfile: floor,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      minify: true,
      external: ['pg-native'],
      plugins: [pgNotAWorker],
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    const env = {
      PATH: process.env['PATH'],
      DATABASE_URL: scratch.url,
      LOG_LEVEL: 'silent',
      AWS_REGION: 'us-east-1',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9',
    };
    const sub = subs[1] ?? '';
    const firstEvents: Record<string, CognitoTriggerEvent> = {
      'pre-sign-up': triggerEvent('PreSignUp_AdminCreateUser', { email: 'cold@example.com' }),
      'post-confirmation': triggerEvent('PostConfirmation_ConfirmSignUp', {
        sub: randomUUID(),
        email: 'cold-start@example.com',
      }),
      'pre-token-generation': events[1]!,
      'post-authentication': triggerEvent('PostAuthentication_Authentication', {
        sub,
        email: 'trigger1@example.com',
      }),
      'user-migration': {
        ...triggerEvent('UserMigration_ForgotPassword', {}),
        userName: 'nobody@example.com',
        request: {},
      },
    };
    const coldStartMs: Record<string, number> = {};
    const firstEventAnswered: Record<string, boolean> = {};
    const median = (runs: number[]) => runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    // The empty handler's cold start, and the floor's, in turn with the triggers', so that
    // all see the same machine: the ratio to the empty one is what the target reads.
    const emptyRuns: number[] = [];
    const floorRuns: number[] = [];
    const empty = path.resolve(import.meta.dirname, 'empty-handler.mjs');
    for (const name of Object.keys(firstEvents)) {
      const bundle = path.resolve(import.meta.dirname, '../dist/lambdas', name, 'index.mjs');
      const runs = [];
      for (let run = 0; run < COLD_RUNS; run++) {
        emptyRuns.push((await coldStart(empty, firstEvents[name]!, env)).ms);
        floorRuns.push((await coldStart(floor, firstEvents[name]!, env)).ms);
        const { ms, ok } = await coldStart(bundle, firstEvents[name]!, env);
        runs.push(ms);
        firstEventAnswered[name] = ok;
      }
      coldStartMs[name] = Math.round(median(runs));
    }
    const emptyColdStartMs = Math.round(median(emptyRuns));
    const pgFloorColdStartMs = Math.round(median(floorRuns));
    const coldStartVsEmpty = Object.fromEntries(
      Object.entries(coldStartMs).map(([name, ms]) => [
        name,
        Number((ms / emptyColdStartMs).toFixed(2)),
      ]),
    );

    const result = {
      preTokenP50Ms: Number(percentile(latencies, 50).toFixed(2)),
      preTokenP99Ms: Number(percentile(latencies, 99).toFixed(2)),
      preTokenFallbackMs: Math.round(preTokenFallbackMs),
      dynalite: {
        preTokenP50Ms: Number(percentile(dynamo, 50).toFixed(2)),
        preTokenP99Ms: Number(percentile(dynamo, 99).toFixed(2)),
      },
      mappedTable: {
        preTokenP50Ms: Number(percentile(mapped, 50).toFixed(2)),
        preTokenP99Ms: Number(percentile(mapped, 99).toFixed(2)),
      },
      budgetMs: BUDGET_MS,
      // What a cold start loads (the entry and its static chunks), and all a function carries.
      bundleBytes,
      bundleBytesTotal,
      coldStartMs,
      emptyColdStartMs,
      coldStartVsEmpty,
      // What pg's load, connection and one query cost alone (bench/pg-handler.mjs): the
      // least any function that reads PostgreSQL pays, as a ratio to the empty handler.
      pgFloorColdStartMs,
      pgFloorVsEmpty: Number((pgFloorColdStartMs / emptyColdStartMs).toFixed(2)),
      // user-migration answers an unknown user by failing, as Cognito expects: false there.
      firstEventAnswered,
      calls: CALLS,
    };
    printTable('triggers: PreTokenGeneration, warm, in-process, PostgreSQL', [
      { measure: 'p50 ms', value: result.preTokenP50Ms },
      { measure: 'p99 ms', value: result.preTokenP99Ms },
      {
        measure: "a team's mapped table (Aurora): p50 ms",
        value: result.mappedTable.preTokenP50Ms,
      },
      {
        measure: "a team's mapped table (Aurora): p99 ms",
        value: result.mappedTable.preTokenP99Ms,
      },
      { measure: 'DynamoDB store on dynalite: p50 ms', value: result.dynalite.preTokenP50Ms },
      { measure: 'DynamoDB store on dynalite: p99 ms', value: result.dynalite.preTokenP99Ms },
      {
        measure: `answer while the DB hangs (budget ${BUDGET_MS} ms), ms`,
        value: result.preTokenFallbackMs,
      },
    ]);
    printTable(
      'triggers: bundles',
      Object.keys(firstEvents).map((name) => ({
        bundle: name,
        kib: Math.round((bundleBytes[name] ?? 0) / 1024),
        totalKib: Math.round((bundleBytesTotal[name] ?? 0) / 1024),
        coldStartMs: coldStartMs[name] ?? 0,
        vsEmpty: coldStartVsEmpty[name] ?? 0,
      })),
    );
    printTable('triggers: cold-start baselines', [
      { handler: 'empty (bench/empty-handler.mjs)', coldStartMs: emptyColdStartMs, vsEmpty: 1 },
      {
        handler: 'pg and one query (bench/pg-handler.mjs)',
        coldStartMs: pgFloorColdStartMs,
        vsEmpty: result.pgFloorVsEmpty,
      },
    ]);
    await writeResult('triggers', result);
  } finally {
    cognitoClient.destroy();
    await scratch.drop();
  }
}
