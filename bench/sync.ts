// sync: (a) the batch apply of 100,000 stale subs (a database copied from production)
// against the naive loop (one UPDATE and commit per user, on a sample); (b) listing a
// simulated Cognito — aws-sdk-client-mock serving ListUsers pages of 60 with 100 ms latency
// and throttling above 30 calls/s — with 16 segments against one sequential loop; (c) the
// whole reconcile of 100,000 users under that simulation.
import { randomUUID } from 'node:crypto';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUsersCommand,
  type ListUsersCommandInput,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { sql } from 'kysely';
import { createCognitoGateway } from '../src/cognito/gateway.ts';
import type { DatabaseHandle } from '../src/db/connection.ts';
import { fromCognitoAttributes, type CognitoUserFields } from '../src/domain/attributes.ts';
import { createLogger } from '../src/logging/logger.ts';
import { listUserIdentities } from '../src/db/users.ts';
import { applyPlan } from '../src/stores/postgres/apply-plan.ts';
import { listPool } from '../src/services/jobs/list-users.ts';
import { planReconcile } from '../src/services/jobs/reconcile-plan.ts';
import { runSync } from '../src/services/jobs/reconcile.ts';
import { printTable, timed, writeResult } from './results.ts';
import { scratchDatabase } from './scratch.ts';
import { planWriters, postgresJobScope } from '../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';
import { AURORA, type TeamTable } from '../support/team-tables.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 100_000);
const NAIVE_SAMPLE = 2_000;
const LATENCY_MS = 100;
const QUOTA_PER_SEC = 30;
const RPS = Number(process.env['BENCH_RPS'] ?? 29);

function population(count: number): UserType[] {
  return Array.from({ length: count }, (_, i) => ({
    Username: `u${i}`,
    Enabled: true,
    UserStatus: 'CONFIRMED',
    Attributes: [
      { Name: 'sub', Value: randomUUID() },
      { Name: 'email', Value: `user${i}@example.com` },
      { Name: 'email_verified', Value: 'true' },
    ],
  }));
}

/** A Cognito that pages, filters by sub prefix, answers after 100 ms and throttles above 30 calls/s. */
function simulatedCognito(users: UserType[]) {
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  const recent: number[] = [];
  let throttled = 0;
  const bySegment = new Map<string, UserType[]>();
  for (const user of users) {
    const key = user.Attributes?.[0]?.Value?.[0] ?? '';
    bySegment.set(key, [...(bySegment.get(key) ?? []), user]);
  }
  mock.on(ListUsersCommand).callsFake(async (input: ListUsersCommandInput) => {
    const now = Date.now();
    while (recent.length > 0 && now - (recent[0] ?? 0) >= 1_000) recent.shift();
    recent.push(now);
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    if (recent.length > QUOTA_PER_SEC) {
      throttled++;
      throw Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    }
    const prefix = /^sub \^= "(.)"$/.exec(input.Filter ?? '')?.[1];
    const matching = prefix === undefined ? users : (bySegment.get(prefix) ?? []);
    const start = Number(input.PaginationToken ?? 0);
    const limit = input.Limit ?? 60;
    const next = start + limit < matching.length ? String(start + limit) : undefined;
    return {
      Users: matching.slice(start, start + limit),
      ...(next !== undefined && { PaginationToken: next }),
    };
  });
  mock
    .on(DescribeUserPoolCommand)
    .resolves({ UserPool: { Id: 'us-east-1_Bench', EstimatedNumberOfUsers: users.length } });
  return {
    gateway: createCognitoGateway(client),
    throttled: () => throttled,
    restore: () => mock.restore(),
  };
}

async function listRate(
  users: UserType[],
  segments: 1 | 16,
): Promise<{ perSec: number; throttled: number }> {
  const cognito = simulatedCognito(users);
  let listed = 0;
  const ms = await timed(() =>
    listPool(cognito.gateway, 'us-east-1_Bench', {
      segments,
      rps: RPS,
      onPage: (page) => {
        listed += page.length;
        return Promise.resolve();
      },
    }),
  );
  cognito.restore();
  return { perSec: (listed / ms) * 1000, throttled: cognito.throttled() };
}

/** Rows of a database copied from production: each user's email, under a stale sub. */
async function seedStale(
  database: DatabaseHandle,
  users: CognitoUserFields[],
  team: TeamTable | undefined,
): Promise<void> {
  await sql`truncate usersync.outbox, usersync.sync_runs, usersync.sync_listed, usersync.user_state`.execute(
    database.db,
  );
  if (team === undefined) await sql`truncate usersync.users`.execute(database.db);
  else await sql.raw(`truncate ${team.mapping.table} cascade`).execute(database.db);
  // Through usersync's users relation: on a mapped table, its view puts them in the team's.
  for (let start = 0; start < users.length; start += 10_000) {
    const chunk = users.slice(start, start + 10_000);
    await sql`
      insert into usersync.users (email, cognito_sub)
      select * from unnest(${chunk.map((u) => u.email)}::text[], ${chunk.map((u) => `prod-${u.sub}`)}::text[])
    `.execute(database.db);
  }
  // A copied database is analyzed, as autovacuum keeps a live one: the planner sizes the
  // tables (and a mapped table's trigger plans its statements) as they are.
  await sql
    .raw(`analyze ${team?.mapping.table ?? 'usersync.users'}; analyze usersync.user_state`)
    .execute(database.db);
}

/** (a) and (c) on one users table: usersync's own, or a team's mapped one. */
async function onTable(pool: UserType[], fields: CognitoUserFields[], team: TeamTable | undefined) {
  const scratch = await scratchDatabase('sync', 4, team);
  const { database } = scratch;
  try {
    // (a) apply
    await seedStale(database, fields, team);
    const rows = await listUserIdentities(database.db);
    const plan = planReconcile(fields, rows, { listingComplete: true });
    const applyMs = await timed(() => applyPlan(database.db, plan.actions));
    await seedStale(database, fields.slice(0, NAIVE_SAMPLE), team);
    const naiveMs = await timed(async () => {
      for (const user of fields.slice(0, NAIVE_SAMPLE)) {
        await sql`update usersync.users set cognito_sub = ${user.sub}, email_verified = ${user.emailVerified}, updated_at = now() where lower(email) = ${user.email}`.execute(
          database.db,
        );
      }
    });

    // (c) end to end
    await seedStale(database, fields, team);
    const cognito = simulatedCognito(pool);
    const logger = createLogger({ level: 'silent' });
    let linked = 0;
    // When each phase began, to show where the end-to-end time goes.
    const phaseStarts = new Map<string, number>();
    const endToEndStart = performance.now();
    const endToEndMs = await timed(async () => {
      const report = await runSync(
        {
          store: postgresJobScope(database.db, team?.mapping, planWriters(database.db, 4)),
          cognito: { gateway: cognito.gateway, userPoolId: 'us-east-1_Bench' },
          logger,
          claims: team?.claims ?? DEFAULT_CLAIM_SET,
        },
        { dryRun: false, createMissing: false, markDeleted: false, segments: 16, rps: RPS },
        {
          onProgress: ({ phase }) => {
            if (!phaseStarts.has(phase)) phaseStarts.set(phase, performance.now());
          },
        },
      );
      linked = report.counts.linked;
    });
    const phaseMs = (from: string, to: string) =>
      Math.round((phaseStarts.get(to) ?? 0) - (phaseStarts.get(from) ?? endToEndStart));
    cognito.restore();
    return {
      applyRowsPerSec: Math.round((fields.length / applyMs) * 1000),
      naiveRowsPerSec: Math.round((NAIVE_SAMPLE / naiveMs) * 1000),
      endToEndUsersPerSec: Math.round((fields.length / endToEndMs) * 1000),
      endToEndLinked: linked,
      endToEndListingMs: phaseMs('listing', 'planning'),
      endToEndPlanningMs: phaseMs('planning', 'applying'),
      endToEndApplyingMs: phaseMs('applying', 'done'),
      endToEndFinishingMs: Math.round(endToEndStart + endToEndMs - (phaseStarts.get('done') ?? 0)),
    };
  } finally {
    await scratch.drop();
  }
}

export async function sync(): Promise<void> {
  const pool = population(USERS);
  const fields = pool.map((user) => {
    const record = Object.fromEntries(
      (user.Attributes ?? []).map((a) => [a.Name ?? '', a.Value ?? '']),
    );
    const mapped = fromCognitoAttributes(record);
    if (mapped === null) throw new Error('unmappable');
    return mapped;
  });
  const own = await onTable(pool, fields, undefined);
  const team = await onTable(pool, fields, AURORA);
  // (b) listing
  const sixteen = await listRate(pool.slice(0, 30_000), 16);
  const one = await listRate(pool.slice(0, 6_000), 1);
  // The ceiling: Cognito's UserList quota, 60 users a page.
  const ceiling = QUOTA_PER_SEC * 60;
  const result = {
    users: USERS,
    ...own,
    naiveSample: NAIVE_SAMPLE,
    listUsersPerSec16: Math.round(sixteen.perSec),
    listUsersPerSec1: Math.round(one.perSec),
    throttledCalls16: sixteen.throttled,
    quotaCeilingUsersPerSec: ceiling,
    rps: RPS,
    mappedTable: { table: AURORA.mapping.table, ...team },
  };
  printTable('sync', [
    { measure: '(a) batch apply, rows/s', own: own.applyRowsPerSec, mapped: team.applyRowsPerSec },
    {
      measure: `(a) naive loop (${NAIVE_SAMPLE} sample), rows/s`,
      own: own.naiveRowsPerSec,
      mapped: team.naiveRowsPerSec,
    },
    {
      measure: '(a) apply / naive',
      own: Number((own.applyRowsPerSec / own.naiveRowsPerSec).toFixed(1)),
      mapped: Number((team.applyRowsPerSec / team.naiveRowsPerSec).toFixed(1)),
    },
    {
      measure: '(c) end to end, users/s',
      own: own.endToEndUsersPerSec,
      mapped: team.endToEndUsersPerSec,
    },
    {
      measure: `(c) end to end / quota ceiling (${ceiling}/s)`,
      own: Number((own.endToEndUsersPerSec / ceiling).toFixed(2)),
      mapped: Number((team.endToEndUsersPerSec / ceiling).toFixed(2)),
    },
    { measure: '(b) listing, 16 segments, users/s', own: result.listUsersPerSec16, mapped: '' },
    { measure: '(b) listing, 1 loop, users/s', own: result.listUsersPerSec1, mapped: '' },
  ]);
  await writeResult('sync', result);
}
