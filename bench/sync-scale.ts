// sync-scale: the whole reconcile at 100,000 and 1,000,000 users (and 10,000,000 with
// BENCH_SCALE_MAX=10000000), each run in a process of its own to read its peak RSS,
// against a real PostgreSQL holding the same users with 1% of them drifted (another
// email). Target: peak RSS at 1,000,000 at most 1.5x the peak at 100,000, and 512 MB.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { printTable, writeResult } from './results.ts';
import { scratchDatabase } from './scratch.ts';

const run = promisify(execFile);
const MAX = Number(process.env['BENCH_SCALE_MAX'] ?? 1_000_000);
const SIZES = [100_000, 1_000_000, 10_000_000].filter((size) => size <= MAX);

export async function syncScale(): Promise<void> {
  const runs: { users: number; peakRssMb: number; usersPerSec: number }[] = [];
  for (const users of SIZES) {
    const scratch = await scratchDatabase('sync-scale', 2);
    try {
      // The same users as the simulated pool: sub from md5(i), email user<i>; every
      // hundredth row holds an old email, the drift the run corrects.
      await sql`
        insert into usersync.users (cognito_sub, email, email_verified)
        select substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' ||
               substr(h, 18, 3) || '-' || substr(h, 21, 12),
               case when g % 100 = 0 then 'old' || g || '@example.com' else 'user' || g || '@example.com' end,
               true
        from generate_series(0, ${users - 1}::int) g, lateral (select md5(g::text) as h) m
      `.execute(scratch.database.db);
      await sql`analyze users`.execute(scratch.database.db);
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          path.resolve(import.meta.dirname, 'sync-scale-run.ts'),
          String(users),
          scratch.url,
        ],
        { maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
        users: number;
        peakRssMb: number;
        usersPerSec: number;
        updated: number;
      };
      if (result.updated !== users / 100) {
        throw new Error(`expected ${users / 100} users updated, the run updated ${result.updated}`);
      }
      runs.push({ users, peakRssMb: result.peakRssMb, usersPerSec: result.usersPerSec });
    } finally {
      await scratch.drop();
    }
  }
  printTable('sync-scale: the whole reconcile, simulated Cognito without latency', runs);
  const [small, large] = runs;
  if (small !== undefined && large !== undefined) {
    console.log(
      `peak RSS at ${large.users} / at ${small.users}: ${(large.peakRssMb / small.peakRssMb).toFixed(2)}x`,
    );
  }
  await writeResult('sync-scale', { runs });
}
