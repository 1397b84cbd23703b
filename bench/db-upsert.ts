// db-upsert: 100,000 users built from Cognito-style attributes, upserted into PostgreSQL and
// PGlite through the batch path (one `unnest` statement per chunk), against the naive loop
// (one `INSERT … ON CONFLICT` per row, autocommit) on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { connectPostgres, fromPool, type DatabaseHandle } from '../src/db/connection.ts';
import { openPglitePool } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { batchUpsertUsersFromCognito } from '../src/db/users.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../src/domain/attributes.ts';
import { createPostgresDatabase } from '../test/support/databases.ts';
import { printTable, timed, writeResult } from './results.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);
/** The naive loop runs on a sample: at about a thousand rows a second, all of them would take minutes. */
const NAIVE_SAMPLE = Math.min(ROWS, Number(process.env['BENCH_NAIVE_SAMPLE'] ?? 5_000));
const CHUNK = 10_000;
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

/** Rows per second of the batch path into an empty table: the median of {@link RUNS} after a warm-up. */
async function batch(handle: DatabaseHandle, users: CognitoUserFields[]): Promise<number> {
  const rates: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await sql`truncate users`.execute(handle.db);
    const ms = await timed(() =>
      batchUpsertUsersFromCognito(handle.db, users, { chunkSize: CHUNK }),
    );
    if (run > 0) rates.push((users.length / ms) * 1000);
  }
  return median(rates);
}

/**
 * The server's own floor: the same upsert fed from a table already on the server, so no
 * parameters travel or parse. It shows how much of the batch path's time is the indexes.
 */
async function serverFloor(handle: DatabaseHandle, users: CognitoUserFields[]): Promise<number> {
  await sql`truncate users`.execute(handle.db);
  await sql`drop table if exists bench_stage`.execute(handle.db);
  await sql`create table bench_stage (like users including defaults)`.execute(handle.db);
  await batchUpsertUsersFromCognito(handle.db, users, { chunkSize: CHUNK });
  await sql`insert into bench_stage select * from users`.execute(handle.db);
  await sql`truncate users`.execute(handle.db);
  const ms = await timed(() =>
    sql`
      insert into users select * from bench_stage
      on conflict (cognito_sub) do update set email = excluded.email
      where users.email is distinct from excluded.email
    `.execute(handle.db),
  );
  await sql`drop table bench_stage`.execute(handle.db);
  return (users.length / ms) * 1000;
}

async function naive(handle: DatabaseHandle, users: CognitoUserFields[]): Promise<number> {
  await sql`truncate users`.execute(handle.db);
  const ms = await timed(async () => {
    for (const user of users) {
      await sql`
        insert into users (cognito_sub, email, email_verified, name, phone, developer_id, user_type, company_name)
        values (${user.sub}, ${user.email}, ${user.emailVerified}, ${user.name}, ${user.phone},
                ${user.claims.developerId}, ${user.claims.userType}, ${user.claims.companyName})
        on conflict (cognito_sub) do update set
          email = excluded.email, email_verified = excluded.email_verified,
          name = coalesce(excluded.name, users.name), phone = coalesce(excluded.phone, users.phone),
          updated_at = now()
      `.execute(handle.db);
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
      serverFloorRowsPerSec: number;
    } | null;
    pglite: { batchRowsPerSec: number };
  } = { rows: ROWS, naiveSample: NAIVE_SAMPLE, postgres: null, pglite: { batchRowsPerSec: 0 } };

  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  if (adminUrl === undefined) {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  } else {
    process.env['TEST_DATABASE_URL'] = adminUrl;
    const scratch = await createPostgresDatabase();
    const handle = connectPostgres(scratch.url, { max: 4 });
    try {
      await migrateToLatest(handle.db);
      const batchRowsPerSec = await batch(handle, users);
      const naiveRowsPerSec = await naive(handle, users.slice(0, NAIVE_SAMPLE));
      const floorRowsPerSec = await serverFloor(handle, users);
      result.postgres = {
        batchRowsPerSec: Math.round(batchRowsPerSec),
        naiveRowsPerSec: Math.round(naiveRowsPerSec),
        serverFloorRowsPerSec: Math.round(floorRowsPerSec),
      };
      rows.push(
        {
          database: 'postgres',
          path: `batch (unnest, ${CHUNK}/statement)`,
          rows: ROWS,
          rowsPerSec: Math.round(batchRowsPerSec),
        },
        {
          database: 'postgres',
          path: 'naive (row by row, autocommit)',
          rows: NAIVE_SAMPLE,
          rowsPerSec: Math.round(naiveRowsPerSec),
        },
        {
          database: 'postgres',
          path: 'server floor (from a server-side table)',
          rows: ROWS,
          rowsPerSec: Math.round(floorRowsPerSec),
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
    await migrateToLatest(handle.db);
    const batchRowsPerSec = await batch(handle, users);
    result.pglite = { batchRowsPerSec: Math.round(batchRowsPerSec) };
    rows.push({
      database: 'pglite (file)',
      path: `batch (unnest, ${CHUNK}/statement)`,
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
