// db-upsert: 100,000 users built from Cognito-style attributes, written into PostgreSQL and
// PGlite as the reconcile writes the users the DB lacks (`sync --create-missing`): the
// plan's set-based apply, one `unnest` statement that writes the rows and, in the same
// statement, their `user.registered` events. Against the naive loop on PostgreSQL: one
// INSERT and one outbox INSERT per user, committed per user.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { connectPostgres, fromPool, type DatabaseHandle } from '../src/db/connection.ts';
import { openPglitePool } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { enqueueEvent } from '../src/db/outbox.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../src/domain/attributes.ts';
import { userEvent } from '../src/domain/events.ts';
import { emptyCounts, type Plan } from '../src/services/jobs/reconcile-plan.ts';
import { applyPlan } from '../src/stores/postgres/apply-plan.ts';
import { rowToUser } from '../src/db/users.ts';
import { createScratchDatabase } from '../support/scratch-database.ts';
import { printTable, timed, writeResult } from './results.ts';
import { benchDatabaseUrl } from './scratch.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);
/** The naive loop runs on a sample: at about a thousand rows a second, all of them would take minutes. */
const NAIVE_SAMPLE = Math.min(ROWS, Number(process.env['BENCH_NAIVE_SAMPLE'] ?? 5_000));
/** Each figure is the median of this many runs, after one warm-up run. */
const RUNS = 3;

function cognitoUsers(count: number): CognitoUserFields[] {
  return Array.from({ length: count }, (_, i) => {
    const fields = fromCognitoAttributes({
      sub: randomUUID(),
      email: `Bench.User${i}@Example.com`,
      email_verified: 'true',
      name: `Bench User ${i}`,
      phone_number: `+1555${String(i).padStart(7, '0')}`,
      'custom:developer_id': `dev-${i}`,
      'custom:user_type': i % 2 === 0 ? 'pro' : 'free',
      'custom:company_name': `Company ${i % 100}`,
    });
    if (fields === null) throw new Error('unmappable bench user');
    return fields;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The plan a reconcile makes for Cognito users the DB lacks, with `createMissing`. */
function createPlan(users: CognitoUserFields[]): Plan {
  return {
    actions: users.map((user) => ({ kind: 'create' as const, user })),
    details: [],
    counts: { ...emptyCounts(), created: users.length },
  };
}

/** Rows per second of the batch path into an empty table: the median of {@link RUNS} after a warm-up. */
async function batch(handle: DatabaseHandle, users: CognitoUserFields[]): Promise<number> {
  const plan = createPlan(users);
  const rates: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await sql`truncate usersync.users, usersync.outbox`.execute(handle.db);
    const ms = await timed(async () => {
      const { failures } = await applyPlan(handle.db, plan.actions);
      if (failures.length > 0) throw new Error('the bench users were refused');
    });
    if (run > 0) rates.push((users.length / ms) * 1000);
  }
  return median(rates);
}

/** The same rows and events, one user at a time, each in its own transaction. */
async function naive(handle: DatabaseHandle, users: CognitoUserFields[]): Promise<number> {
  await sql`truncate usersync.users, usersync.outbox`.execute(handle.db);
  const ms = await timed(async () => {
    for (const user of users) {
      await handle.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('users')
          .values({
            cognito_sub: user.sub,
            email: user.email,
            email_verified: user.emailVerified,
            name: user.name,
            phone: user.phone,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const created = rowToUser(row);
        await enqueueEvent(trx, userEvent('user.registered', created), created.id);
      });
    }
  });
  return (users.length / ms) * 1000;
}

export async function dbUpsert(): Promise<void> {
  const users = cognitoUsers(ROWS);
  const rows: Record<string, string | number>[] = [];
  const result: {
    rows: number;
    naiveSample: number;
    postgres: {
      batchRowsPerSec: number;
      naiveRowsPerSec: number;
    } | null;
    pglite: { batchRowsPerSec: number };
  } = { rows: ROWS, naiveSample: NAIVE_SAMPLE, postgres: null, pglite: { batchRowsPerSec: 0 } };

  const adminUrl = benchDatabaseUrl();
  if (adminUrl === undefined) {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  } else {
    const scratch = await createScratchDatabase(adminUrl);
    const handle = connectPostgres(scratch.url, { max: 4 });
    try {
      await migrateToLatest(handle);
      const batchRowsPerSec = await batch(handle, users);
      const naiveRowsPerSec = await naive(handle, users.slice(0, NAIVE_SAMPLE));
      result.postgres = {
        batchRowsPerSec: Math.round(batchRowsPerSec),
        naiveRowsPerSec: Math.round(naiveRowsPerSec),
      };
      rows.push(
        {
          database: 'postgres',
          path: 'batch (the apply: one unnest statement, rows and events)',
          rows: ROWS,
          rowsPerSec: Math.round(batchRowsPerSec),
        },
        {
          database: 'postgres',
          path: 'naive (row and event per user, a commit each)',
          rows: NAIVE_SAMPLE,
          rowsPerSec: Math.round(naiveRowsPerSec),
        },
      );
    } finally {
      await handle.close();
      await scratch.drop();
    }
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'usersync-bench-'));
  const { pglite, pool } = await openPglitePool(dir);
  const handle = fromPool('pglite', pool, () => pglite.close());
  try {
    await migrateToLatest(handle);
    const batchRowsPerSec = await batch(handle, users);
    result.pglite = { batchRowsPerSec: Math.round(batchRowsPerSec) };
    rows.push({
      database: 'pglite (file)',
      path: 'batch (the apply: one unnest statement, rows and events)',
      rows: ROWS,
      rowsPerSec: Math.round(batchRowsPerSec),
    });
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }

  printTable('db-upsert', rows);
  if (result.postgres !== null) {
    console.log(
      `batch / naive on PostgreSQL: ${(result.postgres.batchRowsPerSec / result.postgres.naiveRowsPerSec).toFixed(1)}x`,
    );
  }
  await writeResult('db-upsert', result);
}
